"""Tables dropped on the window or chosen in File → Import are mapped in a dialog, then imported."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QPushButton

from curator.core import queries
from curator.ui import file_dialogs, messages
from curator.ui.column_mapping import ColumnMappingDialog, current_mapping_dialog
from curator.ui.main_window import MainWindow

ARTICLES = [
    (
        "Caparov Moskova'da Putin ile görüştü",
        "Kırgızistan Cumhurbaşkanı Sadır Caparov, Moskova'da Rusya Devlet Başkanı Vladimir Putin ile "
        "bir araya geldi. Görüşmede ekonomik işbirliği ele alındı.",
        "11.01.2022",
        "AA",
        "dünya",
    ),
    (
        "Жапаров Москвада Путин менен жолукту",
        "Кыргыз Республикасынын Президенти Садыр Жапаров Москвада Орусиянын Президенти Владимир Путин "
        "менен жолукту. Жолугушууда экономикалык кызматташтыкты өнүктүрүү маселелери талкууланды.",
        "12.01.2022",
        "Кабар",
        "саясат",
    ),
]
# The editor's notes are longer than the articles, so a guess by length takes the wrong column.
NOTES = "Editörün notu: " + "kaynak doğrulandı, fotoğraf telifi kontrol edilecek, " * 6


@pytest.fixture
def quiet_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(messages, name, lambda _parent, _title, text, *a, **k: said.append(text))
    return said


def write_table(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["baslik", "haber", "yayin", "ajans", "kategori", "notlar"])
        for title, body, date, agency, category in ARTICLES:
            writer.writerow([title, body, date, agency, category, NOTES])
    return path


def drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert event.isAccepted()


def open_dialog(qtbot, window: MainWindow) -> ColumnMappingDialog:
    qtbot.waitUntil(lambda: (d := current_mapping_dialog(window)) is not None and d.isVisible(), timeout=5000)
    dialog = current_mapping_dialog(window)
    assert dialog is not None
    return dialog


def choose(qtbot, dialog: ColumnMappingDialog, role: str, column: str) -> None:
    """Pick a column the way a keyboard user does: focus the combo box and type the column's name."""
    combo = dialog.combos[role]
    combo.setFocus()
    qtbot.keyClicks(combo, column)
    assert combo.currentData() == column


def wait_for_import(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: "table_import" not in window.open_dialogs and not window.jobs.running,
        timeout=20_000,
    )


def test_a_dropped_csv_is_imported_with_the_columns_the_user_chose(
    qtbot,
    window: MainWindow,
    quiet_boxes: list[str],
    tmp_path: Path,
) -> None:
    table = write_table(tmp_path / "haberler.csv")
    before = queries.count_documents(window.project)

    drop(window, [table])
    dialog = open_dialog(qtbot, window)

    # The guess: title by its name, text by the longest values (the notes: wrong), nothing for the date.
    assert dialog.combos["title"].currentData() == "baslik"
    assert dialog.combos["text"].currentData() == "notlar"
    assert dialog.combos["date"].currentData() is None
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "baslik [title]"
    choose(qtbot, dialog, "text", "haber")
    choose(qtbot, dialog, "date", "yayin")
    choose(qtbot, dialog, "source", "ajans")
    assert not dialog.meta_checks["yayin"].isEnabled()  # mapped columns are stored in their own fields
    qtbot.mouseClick(dialog.meta_checks["notlar"], Qt.MouseButton.LeftButton)  # do not keep the notes
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_import(qtbot, window)

    assert queries.count_documents(window.project) == before + 2
    documents = [queries.get_document(window.project, d.id) for d in queries.list_documents(window.project)]
    imported = {d.title: d for d in documents[before:]}
    turkish = imported["Caparov Moskova'da Putin ile görüştü"]
    assert turkish.text == ARTICLES[0][1]
    assert (turkish.pub_date, turkish.source, turkish.language) == ("2022-01-11", "AA", "tr")
    assert turkish.meta["kategori"] == "dünya" and "notlar" not in turkish.meta
    kyrgyz = imported["Жапаров Москвада Путин менен жолукту"]
    assert (kyrgyz.pub_date, kyrgyz.source, kyrgyz.language) == ("2022-01-12", "Кабар", "ky")
    assert "imported 2 documents" in quiet_boxes[-1]
    assert window.documents.model.total == before + 2


def test_one_column_cannot_play_two_roles(qtbot, window: MainWindow, tmp_path: Path) -> None:
    drop(window, [write_table(tmp_path / "haberler.csv")])
    dialog = open_dialog(qtbot, window)

    choose(qtbot, dialog, "source", "notlar")  # the text column already

    assert not dialog.import_button.isEnabled()
    assert dialog.problem.text() == '"notlar" is chosen for text and source'
    choose(qtbot, dialog, "text", "haber")
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.findChild(QPushButton, "mapping-skip"), Qt.MouseButton.LeftButton)
    wait_for_import(qtbot, window)


def test_file_import_asks_about_each_table_and_imports_other_files_as_they_are(
    qtbot,
    window: MainWindow,
    quiet_boxes: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = write_table(tmp_path / "kept.csv")
    records = tmp_path / "skipped.jsonl"
    records.write_text(
        "\n".join(
            json.dumps({"body": body, "headline": title}, ensure_ascii=False) for title, body, *_ in ARTICLES
        ),
        encoding="utf-8",
    )
    prodigy = tmp_path / "tasks.jsonl"  # annotated tasks are no table: imported without a dialog
    prodigy.write_text(
        json.dumps({"text": "Bişkek'te toplantı.", "spans": [{"start": 0, "end": 6, "label": "GPE"}]})
    )
    plain = tmp_path / "note.txt"
    plain.write_text("Ankara'da yeni bir anlaşma imzalandı.", encoding="utf-8")
    chosen = [str(kept), str(records), str(prodigy), str(plain)]
    monkeypatch.setattr(file_dialogs, "open_file_names", lambda *a, **k: chosen)
    before = queries.count_documents(window.project)

    window.registry["documents.import"].trigger()
    first = open_dialog(qtbot, window)
    assert first.preview.path == kept
    choose(qtbot, first, "text", "haber")
    qtbot.mouseClick(first.import_button, Qt.MouseButton.LeftButton)
    second = open_dialog(qtbot, window)
    assert second.preview.path == records and second.combos["text"].currentData() == "body"
    qtbot.mouseClick(second.findChild(QPushButton, "mapping-skip"), Qt.MouseButton.LeftButton)
    wait_for_import(qtbot, window)

    titles = [d.title for d in queries.list_documents(window.project)[before:]]
    assert sorted(titles) == sorted(
        [ARTICLES[0][0], ARTICLES[1][0], "Bişkek'te toplantı.", "Ankara'da yeni bir anlaşma imzalandı."]
    )
    assert "imported 4 documents, 1 span from 3 files" in quiet_boxes[-1]
