"""Guards the PySide6 pin: 6.12.0 takes a reference from None on every call of some void methods, and on
CPython 3.11 a real session dies with "Fatal Python error: none_dealloc" (shared/guide/RELIABILITY.md)."""

from __future__ import annotations

import gc
import sys

import PySide6
from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

CALLS = 50_000
MARGIN = 100


def test_installed_pyside6_is_below_6_12() -> None:
    assert (6, 11) <= tuple(PySide6.__version_info__[:2]) < (6, 12), PySide6.__version__


def test_void_methods_do_not_leak_references_to_none(qapp: QApplication) -> None:
    document = QTextDocument()
    document.setPlainText("Бишкек Bişkek " * 20)
    cursor = QTextCursor(document)
    char_format = QTextCharFormat()
    brushes = [QBrush(QColor("#ffb703")), QBrush(QColor("#8ecae6"))]
    length = document.characterCount() - 1

    gc.collect()
    before = sys.getrefcount(None)
    for call in range(CALLS):
        cursor.setPosition(call % length)
        char_format.setBackground(brushes[call % 2])
    gc.collect()
    after = sys.getrefcount(None)

    assert before - after <= MARGIN, f"None lost {before - after} references over {CALLS} calls"
    assert cursor.position() == (CALLS - 1) % length
