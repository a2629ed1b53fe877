"""File dialogs that list a folder without opening any file in it.

POSIX locks belong to the process and the file: closing any descriptor of the project file drops every
lock the window's SQLite connection holds on it, and a `curator stats` beside it then deletes the WAL the
window still uses. Qt's dialogs open the files they list: the icon provider and the Type column ask
`QMimeDatabase` for each file's type, which reads the first bytes of a file whose name it does not
know (`*.curator`, `*.curator-shm`), and a native (GTK/portal) dialog does the same in its own way.
These dialogs are Qt's widget dialogs (never native) with an icon provider that decides from the
directory entry only (folder or file, name suffix), so listing a folder is `stat` and nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class EntryOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from `QFileInfo.isDir()` and the name only; never the file's content.

    The icons are made once, on the GUI thread, from Qt's own provider's generic icons; the dialog's
    file-info thread only hands out copies.
    """

    def __init__(self) -> None:
        super().__init__()
        generic = QFileIconProvider()
        kinds = QAbstractFileIconProvider.IconType
        self._icons = {kind: generic.icon(kind) for kind in (kinds.Folder, kinds.File, kinds.Drive)}

    def icon(self, which):  # Qt overload: IconType or QFileInfo
        kinds = QAbstractFileIconProvider.IconType
        if isinstance(which, QFileInfo):
            if which.isRoot():
                return self._icons[kinds.Drive]
            return self._icons[kinds.Folder if which.isDir() else kinds.File]
        return self._icons.get(which, self._icons[kinds.File])

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        suffix = info.suffix()
        if suffix:
            return QCoreApplication.translate("FileDialogs", "{suffix} file").format(suffix=suffix.upper())
        return QCoreApplication.translate("FileDialogs", "File")


_provider: list[EntryOnlyIconProvider] = []


def _icon_provider() -> EntryOnlyIconProvider:
    """One provider for the process's life: a dialog does not own it, and its file-info thread may
    still ask it for icons after the dialog has closed."""
    if not _provider:
        _provider.append(EntryOnlyIconProvider())
    return _provider[0]


def _dialog(parent: QWidget | None, caption: str, directory: str, name_filter: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption, directory, name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setIconProvider(_icon_provider())
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        return dialog.selectedFiles()
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, caption: str, directory: str = "", name_filter: str = "") -> str:
    """One existing file, or "" when cancelled."""
    dialog = _dialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return next(iter(_run(dialog)), "")


def open_file_names(
    parent: QWidget | None, caption: str, directory: str = "", name_filter: str = ""
) -> list[str]:
    """Existing files, or [] when cancelled."""
    dialog = _dialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def save_file_name(parent: QWidget | None, caption: str, directory: str = "", name_filter: str = "") -> str:
    """A file to write (the dialog asks before replacing one), or "" when cancelled."""
    dialog = _dialog(parent, caption, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return next(iter(_run(dialog)), "")


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    """A folder, or "" when cancelled."""
    dialog = _dialog(parent, caption, directory, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return next(iter(_run(dialog)), "")
