"""The Qt-free core: domain types, storage, services, import and export.

Nothing under this package may import PySide6; a test enforces it so that every data operation
stays scriptable and testable without a window.
"""
