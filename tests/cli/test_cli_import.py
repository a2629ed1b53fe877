"""`curator import` on the command line: exit codes, what it prints where, and what `stats` sees after."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from curator.cli.main import EXIT_FAILED, EXIT_OK, main
from curator.core.project.resources import SAMPLE_DOCS_DIR
from curator.core.project.setup import open_project
from curator.core.queries import get_document, list_documents, list_spans

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "import"


def stats(project: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["--project", str(project), "stats", "--json"]) == EXIT_OK
    return json.loads(capsys.readouterr().out)


def test_import_sample_docs_then_stats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "p.curator"

    code = main(["--project", str(project), "import", str(SAMPLE_DOCS_DIR)])

    captured = capsys.readouterr()
    assert code == EXIT_OK
    assert captured.out.splitlines() == ["imported 5 documents, 0 spans from 5 files"]
    assert captured.err == ""
    counts = stats(project, capsys)
    assert (counts["documents"], counts["spans"]) == (5, 0)
    assert counts["languages"] == {"ky": 1, "tr": 4}
    assert counts["statuses"] == {"new": 5}


def test_reimport_says_nothing_new_and_succeeds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "p.curator"
    main(["--project", str(project), "import", str(SAMPLE_DOCS_DIR)])
    capsys.readouterr()

    code = main(["--project", str(project), "import", str(SAMPLE_DOCS_DIR)])

    assert code == EXIT_OK
    assert capsys.readouterr().out.splitlines() == [
        "nothing imported: all 5 documents from 5 files are already in the project"
    ]
    assert stats(project, capsys)["documents"] == 5


def test_a_bad_file_fails_the_command_but_not_the_good_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.curator"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "bir"}\n{"text": "iki"}\n{"text": "üç",}\n', encoding="utf-8")

    code = main(["--project", str(project), "import", str(DATA / "prodigy.jsonl"), str(bad)])

    captured = capsys.readouterr()
    assert code == EXIT_FAILED
    assert captured.err.splitlines() == [
        f"error: {bad}: line 3: malformed JSON (Expecting property name enclosed in double quotes)"
    ]
    assert captured.out.splitlines() == [
        f'note: {DATA / "prodigy.jsonl"}: skipped 1 rejected record(s) ("answer": "reject")',
        "imported 3 documents, 7 spans from 1 file; new labels added to the schema: IGO; 1 file failed",
    ]
    counts = stats(project, capsys)
    assert (counts["documents"], counts["spans"]) == (3, 7)
    assert counts["labels"]["IGO"] == 2


def test_format_option_and_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "p.curator"
    missing = tmp_path / "missing.jsonl"

    code = main(
        [
            "--project",
            str(project),
            "import",
            "--format",
            "doccano",
            str(DATA / "doccano_label.jsonl"),
            str(missing),
        ]
    )

    captured = capsys.readouterr()
    assert code == EXIT_FAILED
    assert captured.err.splitlines() == [f"error: {missing}: no such file or folder"]
    assert captured.out.splitlines()[-1] == "imported 2 documents, 4 spans from 1 file; 1 file failed"
    assert stats(project, capsys)["spans"] == 4


def test_unknown_format_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--project", str(tmp_path / "p.curator"), "import", "--format", "rtf", str(SAMPLE_DOCS_DIR)])
    assert exit_info.value.code == 2
    assert "invalid choice: 'rtf'" in capsys.readouterr().err


@pytest.mark.slow
def test_console_entry_point_runs_an_import(tmp_path: Path) -> None:
    project = tmp_path / "p.curator"
    environment = {**os.environ, "PYTHONPATH": str(REPO)}

    def curator(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "curator", "--project", str(project), *args],
            capture_output=True, text=True, cwd=tmp_path, env=environment, timeout=120,
        )  # fmt: skip

    imported = curator("import", str(SAMPLE_DOCS_DIR), str(DATA / "doccano_entities.jsonl"))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.splitlines()[-1] == (
        "imported 6 documents, 2 spans from 6 files; new labels added to the schema: SUMMIT"
    )
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    failed = curator("import", str(empty))
    assert failed.returncode == 1
    assert failed.stderr.splitlines() == [f"error: {empty}: empty file"]
    counted = curator("stats", "--json")
    assert counted.returncode == 0, counted.stderr
    assert json.loads(counted.stdout)["documents"] == 6


def test_a_mistyped_project_is_an_error_for_commands_that_only_read(tmp_path, capsys) -> None:
    from curator.cli.main import main as curator_main

    missing = tmp_path / "typo.curator"
    assert curator_main(["--project", str(missing), "stats"]) == 1
    assert f"error: {missing}: no such project" in capsys.readouterr().err
    assert not missing.exists()


def test_a_symlink_in_a_zip_is_refused_not_imported_as_its_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.curator"
    secret = tmp_path / "secret.txt"
    secret.write_text("Gizli belge: kimse okumamalı.", encoding="utf-8")
    archive = tmp_path / "links.zip"
    link = zipfile.ZipInfo("notes/link.txt")
    link.create_system = 3  # Unix, as `zip --symlinks` writes it
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr(link, str(secret))
        handle.writestr("good.txt", "Bakan Kazakbayev Bişkek'te görüştü.")

    code = main(["--project", str(project), "import", str(archive)])

    captured = capsys.readouterr()
    assert code == EXIT_FAILED
    assert captured.err.splitlines() == [
        f"error: {archive}: member notes/link.txt refused: a symbolic link, not a file"
    ]
    with open_project(project, create=False) as opened:
        assert [get_document(opened, row.id).text for row in list_documents(opened)] == [
            "Bakan Kazakbayev Bişkek'te görüştü."
        ]


def test_a_jsonl_span_cutting_an_accent_off_its_letter_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.curator"
    text = "Cafe\u0301 Bişkek'te açıldı."
    spans = [{"start": 0, "end": 4, "label": "ORG"}, {"start": 6, "end": 12, "label": "GPE"}]
    path = tmp_path / "cut.jsonl"
    path.write_text(json.dumps({"text": text, "spans": spans}, ensure_ascii=False) + "\n", encoding="utf-8")

    code = main(["--project", str(project), "import", str(path)])

    captured = capsys.readouterr()
    assert code == EXIT_OK
    assert captured.out.splitlines() == [
        f"note: {path}: line 1: span 1 (ORG) 0-4 cut a character in two; widened to 0-5 ('Cafe\u0301')",
        "imported 1 document, 2 spans from 1 file",
    ]
    with open_project(project, create=False) as opened:
        [document] = list_documents(opened)
        stored = get_document(opened, document.id).text
        assert [stored[s.start : s.end] for s in list_spans(opened, document.id)] == ["Cafe\u0301", "Bişkek"]


def test_an_import_whose_process_died_is_removed_and_named_by_the_next_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.curator"
    imported = sorted(SAMPLE_DOCS_DIR.glob("*.txt"))[0]
    main(["--project", str(project), "import", str(imported)])
    capsys.readouterr()
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    raw = sqlite3.connect(project)  # as a `curator import` killed before its last chunk leaves its run
    with raw:
        raw.execute("UPDATE import_runs SET status = 'running', pid = ?, finished_at = NULL", (ended.pid,))
    raw.close()

    assert main(["--project", str(project), "stats", "--json"]) == EXIT_OK
    captured = capsys.readouterr()

    assert captured.err == (
        f"note: an import of {imported} started {captured.err.split(' started ')[1][:16]} did not finish"
        f" (process {ended.pid} ended); its 1 stored document was removed\n"
    )
    assert json.loads(captured.out)["documents"] == 0
    assert main(["--project", str(project), "stats"]) == EXIT_OK
    assert capsys.readouterr().err == ""  # said once: the run is closed as failed


def test_import_help_lists_the_formats_and_the_options_they_declare(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from curator.core.importers import FORMATS

    monkeypatch.setenv("COLUMNS", "2000")
    with pytest.raises(SystemExit) as exited:
        main(["import", "--help"])
    assert exited.value.code == 0
    printed = " ".join(capsys.readouterr().out.split())
    for name, importer in FORMATS.items():
        assert f"{name}: {importer.description}" in printed
        for option in importer.options:
            assert f"{option.flag} {option.metavar}" in printed
    assert "options of csv, records:" in printed
