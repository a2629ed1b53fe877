"""File menu flows in the real window: import and export off the GUI thread, new/open/recent projects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curator.core import queries
from curator.core.project.location import default_project_path
from curator.core.project.resources import SAMPLE_DOCS_DIR
from curator.core.project.setup import open_user_project
from curator.ui import file_dialogs, messages, project_flows
from curator.ui.main_window import MainWindow
from curator.ui.recent_projects import recent_projects


@pytest.fixture
def quiet_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Collect what message boxes would have said instead of blocking the test."""
    said: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(messages, name, lambda _parent, _title, text, *a, **k: said.append(text))
    return said


def wait_for_job(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=20_000)


def test_file_import_runs_in_the_background_and_refreshes_the_list(
    qtbot, window: MainWindow, quiet_boxes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    files = sorted(str(p) for p in SAMPLE_DOCS_DIR.glob("*.txt"))
    monkeypatch.setattr(file_dialogs, "open_file_names", lambda *a, **k: files)
    window.registry["documents.import"].trigger()
    wait_for_job(qtbot, window)
    assert queries.count_documents(window.project) == 3 + len(files)
    assert window.documents.model.total == 3 + len(files)
    assert "imported 5 documents" in quiet_boxes[-1]


def test_a_bad_file_in_a_gui_import_is_named_and_the_rest_imports(
    qtbot, window: MainWindow, quiet_boxes: list[str], tmp_path: Path
) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(
        json.dumps({"text": "Bişkek'te toplantı.", "spans": [{"start": 0, "end": 6, "label": "GPE"}]})
    )
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\n{"text": broken\n')
    project_flows.start_import(window, [good, bad])
    wait_for_job(qtbot, window)
    assert queries.count_documents(window.project) == 4
    assert "bad.jsonl" in quiet_boxes[-1] and "line 2" in quiet_boxes[-1]


def test_cancelling_an_import_stops_between_files(
    qtbot, window: MainWindow, quiet_boxes: list[str], tmp_path: Path
):
    for number in range(40):
        (tmp_path / f"doc{number:02d}.txt").write_text(f"Belge {number}: Bişkek'te toplantı yapıldı.")
    worker = project_flows.start_import(window, [tmp_path])
    worker.cancel()
    wait_for_job(qtbot, window)
    added = queries.count_documents(window.project) - 3
    assert added < 40
    assert "cancel" in quiet_boxes[-1].lower()


def test_file_export_writes_a_docbin_that_spacy_loads(
    qtbot, window: MainWindow, quiet_boxes: list[str], tmp_path: Path
) -> None:
    import spacy
    from spacy.tokens import DocBin

    document = window.controller.document
    assert document is not None
    start = document.text.index("Bişkek")
    window.text_view.select_range(start, start + len("Bişkek'te"))
    window.tag("GPE")
    out = tmp_path / "spacy"
    project_flows.start_export(window, "spacy", out, dev_fraction=0.0)
    wait_for_job(qtbot, window)
    docs = list(DocBin().from_disk(out / "train.spacy").get_docs(spacy.blank("tr").vocab))
    assert [(e.text, e.label_) for d in docs for e in d.ents] == [("Bişkek", "GPE")]
    assert "wrote" in quiet_boxes[-1]


def test_new_project_and_the_recent_list(
    qtbot, window: MainWindow, quiet_boxes: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_path = window.project.path
    new_path = tmp_path / "fresh"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: str(new_path))
    window.registry["project.new"].trigger()
    assert window.project.path == new_path.with_suffix(".curator")
    assert window.documents.model.total == 0
    assert window.windowTitle() == "Curator — fresh.curator — tester"  # whose layer the window edits
    assert recent_projects()[0] == new_path.with_suffix(".curator").resolve()
    project_flows.switch_project(window, old_path, create=False)
    assert window.project.path == old_path
    assert window.documents.model.total == 3


def test_opening_a_file_that_is_not_a_project_says_why(
    qtbot, window: MainWindow, quiet_boxes: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "notes.curator"
    junk.write_text("just some notes")
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(junk))
    before = window.project.path
    window.registry["project.open"].trigger()
    assert window.project.path == before
    assert "notes.curator" in quiet_boxes[-1] and "not a Curator project" in quiet_boxes[-1]


def test_the_default_project_starts_with_the_sample_corpus() -> None:
    path = default_project_path()
    assert not path.exists()
    project = open_user_project(path)
    try:
        summaries = queries.list_documents(project)
        assert len(summaries) == 5
        assert {s.language for s in summaries} == {"tr", "ky"}
        assert [label.name for label in queries.list_labels(project)][:3] == ["PER", "ORG", "GPE"]
    finally:
        project.close()
        for file in path.parent.glob(path.name + "*"):
            file.unlink()


def test_the_export_dialog_names_the_target_after_the_format(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = project_flows.ExportDialog(window, tmp_path)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentText("brat")
    assert dialog.path_edit.text() == str(tmp_path / "brat")
    dialog.format_box.setCurrentText("events-csv")
    assert dialog.path_edit.text() == str(tmp_path / "export-events-csv.csv")
    assert dialog.inputs["csv_bom"].isEnabled() and not dialog.inputs["conll_scheme"].isEnabled()
    dialog.format_box.setCurrentText("conll")
    assert dialog.inputs["conll_scheme"].isEnabled() and dialog.path_edit.text().endswith(".conll")


def test_event_records_export_from_the_window(
    qtbot, window: MainWindow, quiet_boxes: list[str], tmp_path: Path
):
    import csv

    from curator.core import services

    document = window.controller.document
    assert document is not None
    start = document.text.index("toplantısı")
    services.create_event(window.project, document.id, "MEETING", trigger=(start, start + len("toplantısı")))
    services.set_document_status(window.project, document.id, "annotated")  # records come from finished ones
    out = tmp_path / "events.csv"
    project_flows.start_export(window, "events-csv", out, csv_bom=True)
    wait_for_job(qtbot, window)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["event_type"] == "MEETING" and row["plover_type"] == "CONSULT"


def test_the_export_dialog_exports_events_of_unfinished_documents_when_asked(
    qtbot, window: MainWindow, quiet_boxes: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Event records default to annotated and approved documents; "Any status" takes the one just tagged."""
    import csv

    from PySide6.QtWidgets import QDialog

    from curator.core import services

    document = window.controller.document
    assert document is not None
    start = document.text.index("toplantısı")
    services.create_event(window.project, document.id, "MEETING", trigger=(start, start + len("toplantısı")))

    def export(choice: str, out: Path) -> list[dict[str, str]]:
        def fill_in(dialog: project_flows.ExportDialog) -> int:
            dialog.format_box.setCurrentText("events-csv")
            dialog.path_edit.setText(str(out))
            dialog.status_box.setCurrentIndex(dialog.status_box.findText(choice))
            dialog.accept()
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(project_flows.ExportDialog, "exec", fill_in)
        window.registry["documents.export"].trigger()
        wait_for_job(qtbot, window)
        with out.open(encoding="utf-8-sig", newline="") as handle:
            return list(csv.DictReader(handle))

    assert export("The format's default", tmp_path / "default.csv") == []
    [row] = export("Any status", tmp_path / "any.csv")
    assert row["event_type"] == "MEETING"
    assert export("Only in progress", tmp_path / "in_progress.csv") == [row]


def test_files_dropped_on_the_window_are_imported(qtbot, window: MainWindow, quiet_boxes: list[str]) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLE_DOCS_DIR))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    wait_for_job(qtbot, window)
    assert queries.count_documents(window.project) == 3 + 5


def test_the_export_dialog_keeps_untouched_documents_only_when_asked(
    qtbot, window: MainWindow, quiet_boxes: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import spacy
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog
    from spacy.tokens import DocBin

    document = window.controller.document
    assert document is not None
    start = document.text.index("Bişkek")
    window.text_view.select_range(start, start + len("Bişkek'te"))
    window.tag("GPE")
    seen: list[project_flows.ExportDialog] = []

    def fill_in(dialog: project_flows.ExportDialog, keep_untouched: bool, out: Path) -> int:
        """What the user does in File → Export: pick spaCy, a folder, maybe tick the box, press OK."""
        seen.append(dialog)
        dialog.show()
        dialog.format_box.setCurrentText("spacy")
        dialog.path_edit.setText(str(out))
        dialog.inputs["dev_fraction"].setValue(0.0)
        if keep_untouched:
            box = dialog.inputs["include_untouched"]
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        return QDialog.DialogCode.Accepted

    def export(keep_untouched: bool, out: Path) -> list:
        monkeypatch.setattr(project_flows.ExportDialog, "exec", lambda d: fill_in(d, keep_untouched, out))
        window.registry["documents.export"].trigger()
        wait_for_job(qtbot, window)
        return list(DocBin().from_disk(out / "train.spacy").get_docs(spacy.blank("tr").vocab))

    assert len(export(False, tmp_path / "worked")) == 1
    assert not seen[0].inputs["include_untouched"].isChecked()  # off unless the user ticks it
    assert "left out 2 untouched documents (new, no annotations)" in quiet_boxes[-1]
    assert len(export(True, tmp_path / "all")) == 3
    assert seen[1].inputs["include_untouched"].isChecked() and "untouched document" not in quiet_boxes[-1]
    seen[1].format_box.setCurrentText("events-csv")
    assert not seen[1].inputs["include_untouched"].isEnabled()  # event records are not training data


def test_a_failed_export_keeps_the_dialog_open_with_the_chosen_format_and_path(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    said: dict[str, list[tuple[str, str]]] = {"warning": [], "information": []}
    for box in said:
        monkeypatch.setattr(
            messages, box, lambda _p, title, text, *a, box=box, **k: said[box].append((title, text))
        )
    opened: list[project_flows.ExportDialog] = []

    def show(dialog: project_flows.ExportDialog) -> None:
        """File → Export opens the dialog; the test then uses it like the user would."""
        opened.append(dialog)
        dialog.show()

    monkeypatch.setattr(project_flows.ExportDialog, "exec", show)
    window.registry["documents.export"].trigger()
    [dialog] = opened
    qtbot.addWidget(dialog)
    dialog.format_box.setFocus()
    dialog.format_box.setCurrentIndex(dialog.format_box.findText("conll"))
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, so nothing can be written under it")
    unwritable = blocker / "export.conll"
    dialog.path_edit.selectAll()
    qtbot.keyClicks(dialog.path_edit, str(unwritable))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, window)
    [(title, text)] = said["warning"]
    assert title == "Export failed" and str(unwritable) in text
    assert said["information"] == []  # no report: nothing was written
    assert dialog.isVisible()
    assert dialog.format_box.currentText() == "conll"
    assert dialog.path_edit.text() == str(unwritable)
    assert dialog.export_button.isEnabled()  # the user can correct the path and export again
    assert not unwritable.exists()


def test_the_import_file_dialog_offers_every_registered_format(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from curator.core.importers import FORMATS

    filters: list[str] = []
    monkeypatch.setattr(
        file_dialogs, "open_file_names", lambda _w, _t, _d, chosen: filters.append(chosen) or []
    )
    window.registry["documents.import"].trigger()
    [offered] = filters
    for importer in FORMATS.values():
        if importer.auto:
            assert all(f"*{extension}" in offered.split(";;")[0] for extension in importer.extensions)
    assert "*.conll" in offered and "*.ann" in offered and "*.zip" in offered
