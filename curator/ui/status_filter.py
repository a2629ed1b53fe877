"""The status box over the documents list: show all documents or those of one workflow status, with the
number of documents in each (among those the filter box matches), kept up to date as statuses change."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from curator.core.services.review import STATUS_ORDER
from curator.ui.i18n_main import status_word


class StatusFilterBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status-filter")
        self.setToolTip(self.tr("Show the documents of one review status; the numbers count them"))
        self.addItem(self.tr("All statuses"), None)
        for status in STATUS_ORDER:
            self.addItem(status_word(status), status.value)

    def status(self) -> str | None:
        return self.currentData()

    def set_counts(self, counts: dict[str, int]) -> None:
        self.setItemText(0, self.tr("All statuses ({count})").format(count=sum(counts.values())))
        for index, status in enumerate(STATUS_ORDER, 1):
            self.setItemText(index, f"{status_word(status)} ({counts.get(status.value, 0)})")
