"""Message boxes and tooltips that show their text as plain text, whatever it contains.

`QMessageBox`'s static functions and tooltips guess the format (`Qt.mightBeRichText`): a document title,
a label name or an error message quoting imported text that looks like HTML would be drawn as HTML (a
red heading, a table, an image fetched from a path). Every message box of the app goes through these
wrappers, which take the same arguments as the `QMessageBox` statics they replace and fix the format.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def _show(
    icon: QMessageBox.Icon,
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button,
    default: Button,
) -> Button:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    return Button(box.exec())


def information(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> Button:
    return _show(QMessageBox.Icon.Information, parent, title, text, buttons, default)


def warning(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> Button:
    return _show(QMessageBox.Icon.Warning, parent, title, text, buttons, default)


def critical(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> Button:
    return _show(QMessageBox.Icon.Critical, parent, title, text, buttons, default)


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Yes | Button.No,
    default: Button = Button.NoButton,
) -> Button:
    return _show(QMessageBox.Icon.Question, parent, title, text, buttons, default)


def markup_information(parent: QWidget | None, title: str, markup: str) -> Button:
    """A box of our own markup (a table of shortcuts); every user string in it is escaped by the caller."""
    box = QMessageBox(QMessageBox.Icon.Information, title, markup, Button.Ok, parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    return Button(box.exec())


def get_text(parent: QWidget | None, title: str, label: str, text: str = "") -> tuple[str, bool]:
    """`QInputDialog.getText` whose prompt is plain text (it may quote the document's own text)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    for prompt in dialog.findChildren(QLabel):
        prompt.setTextFormat(Qt.TextFormat.PlainText)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    value = dialog.textValue()
    dialog.deleteLater()
    return value, accepted


def plain_tooltip(text: str) -> str:
    """A tooltip string that Qt draws as exactly `text`: escaped, with its line breaks and spaces kept.

    Tooltips have no format setting; wrapping the escaped text in a paragraph makes Qt take it as rich
    text of our own, in which the user's `<`, `>` and `&` are only characters.
    """
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"
