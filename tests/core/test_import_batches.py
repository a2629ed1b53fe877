"""Small files share a transaction, each in its own savepoint: one bad file rolls back alone, and each
file keeps its import run and history entry; the bulk paths give what the one-by-one paths gave."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from curator.core import importers
from curator.core.domain import AnnotationError
from curator.core.importers import import_paths
from curator.core.queries import project_stats
from curator.core.storage import Project
from curator.core.storage.models import Document, HistoryEntry, ImportRun, Label
from curator.core.storage.sort_keys import natural_sort_key
from curator.core.text.language import guess_language, guess_languages, language_prior
from tests.helpers.engines import ENGINES, open_on

SENTENCES = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "language_sentences.tsv"


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    with open_on(request, tmp_path, "importer") as opened:
        yield opened


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def texts(project: Project) -> list[str]:
    with project.read() as session:
        return sorted(session.execute(select(Document.text)).scalars())


def runs(project: Project) -> list[tuple[str, str, int]]:
    with project.read() as session:
        rows = session.execute(
            select(ImportRun.description, ImportRun.status, ImportRun.documents).order_by(ImportRun.id)
        )
        return [(Path(d).name, s, n) for d, s, n in rows]


def history(project: Project) -> list[str]:
    with project.read() as session:
        entries = session.execute(select(HistoryEntry.text).order_by(HistoryEntry.id)).scalars()
        return [text for text in entries if text.startswith("Import")]


def test_a_bad_file_among_small_files_rolls_back_alone(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    write(folder / "1.txt", "Birinci haber ve metin.")
    write(folder / "2.jsonl", '{"text": "İkinci haber.", "spans": [{"start": 0, "end": 6, "label": "ORG"}]}')
    bad = write(
        folder / "3.jsonl", '{"text": "Bozuk haber.", "spans": [{"start": 0, "end": 5, "label": "YENI"}]}'
    )
    write(folder / "4.txt", "")  # unreadable as a document: refused before anything is stored
    write(folder / "5.txt", "Beşinci haber ve metin.")
    real_add = importers.add_documents

    def fails_after_writing_the_bad_file(session, documents, **kwargs):  # type: ignore[no-untyped-def]
        result = real_add(session, documents, **kwargs)
        if documents[0].text.startswith("Bozuk"):
            raise AnnotationError("label YENI is refused")  # after its rows, label and run were written
        return result

    monkeypatch.setattr(importers, "add_documents", fails_after_writing_the_bad_file)

    report = import_paths(project, [folder])

    assert [p.line() for p in report.problems] == [
        f"error: {bad}: label YENI is refused",
        f"error: {folder / '4.txt'}: empty file",
    ]
    assert report.files_ok == 3 and report.documents_added == 3
    assert texts(project) == ["Beşinci haber ve metin.", "Birinci haber ve metin.", "İkinci haber."]
    assert "YENI" not in project_stats(project)["labels"]
    assert [name for name, _, _ in runs(project)] == ["1.txt", "2.jsonl", "5.txt"]
    assert history(project) == ["Import 1.txt", "Import 2.jsonl", "Import 5.txt"]


def test_small_files_keep_a_run_and_a_history_entry_each(project: Project, tmp_path: Path) -> None:
    for number in range(1, 6):
        write(tmp_path / "in" / f"{number}.txt", f"Haber {number}: Bişkek'te toplantı yapıldı.")
    write(tmp_path / "in" / "6.txt", "Haber 1: Bişkek'te toplantı yapıldı.")  # the same text as 1.txt

    report = import_paths(project, [tmp_path / "in"])

    assert report.ok and report.documents_added == 5 and report.duplicates == 1
    assert runs(project) == [*((f"{n}.txt", "done", 1) for n in range(1, 6)), ("6.txt", "done", 0)]
    assert history(project) == [f"Import {n}.txt" for n in range(1, 6)]
    with project.read() as session:
        assert set(session.execute(select(Document.language)).scalars()) == {"tr"}


def test_a_database_error_at_commit_stores_the_batch_again_file_by_file(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(1, 4):
        write(tmp_path / "in" / f"{number}.txt", f"Belge {number} ve metin.")
    real_commit = importers._FileBatch.commit
    failed = []

    def commit_failing_once(self, **kwargs):  # type: ignore[no-untyped-def]
        if self.pending and not failed:
            failed.append(True)
            self._end(RuntimeError("rolled back"))  # what a failed COMMIT leaves: nothing of the batch
            raise importers.ProjectDamagedError("the disk is full")
        return real_commit(self, **kwargs)

    monkeypatch.setattr(importers._FileBatch, "commit", commit_failing_once)

    report = import_paths(project, [tmp_path / "in"], chunks=importers.StoreChunks(seconds=60))

    # The commit after the last file failed: each file was then stored on its own, and the import stops.
    assert failed and report.files_ok == 3 and report.problems == []
    assert texts(project) == ["Belge 1 ve metin.", "Belge 2 ve metin.", "Belge 3 ve metin."]
    assert len(runs(project)) == 3


def test_new_labels_of_a_batched_file_are_in_the_schema(project: Project, tmp_path: Path) -> None:
    write(
        tmp_path / "in" / "a.jsonl",
        '{"text": "Ankara haberi.", "spans": [{"start": 0, "end": 6, "label": "TOPLANTI"}]}',
    )
    write(tmp_path / "in" / "b.txt", "Başka bir haber.")

    report = import_paths(project, [tmp_path / "in"])

    assert report.ok and report.new_labels == ["TOPLANTI"] and report.spans_added == 1
    with project.read() as session:
        assert "TOPLANTI" in set(session.execute(select(Label.name)).scalars())


def corpus_sentences() -> list[str]:
    rows = SENTENCES.read_text(encoding="utf-8").splitlines()
    return [row.split("\t")[-1] for row in rows if row.strip()]


def test_languages_guessed_together_are_the_one_by_one_guesses() -> None:
    sentences = corpus_sentences()
    texts_ = [*sentences, "", "12 345", "ANKARA'DA TOPLANTI", "Бишкек " * 600, "a" * 9_000, *sentences[:40]]
    with language_prior({"tr": 5}):
        one_by_one = [guess_language(text) for text in texts_]
    with language_prior({"tr": 5}):
        together = guess_languages(texts_)
    assert together == one_by_one
    assert len(set(together)) == 6  # und and all five languages occur


def reference_sort_key(text: str) -> str:
    """natural_sort_key as it was written before the combining marks were removed a mark at a time."""
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c)
    )

    def sized(match: re.Match[str]) -> str:
        digits = match.group().lstrip("0") or "0"
        return f"{min(len(digits), 99):02d}{digits}"

    return re.sub("[0-9]+", sized, folded)


def test_the_title_sort_key_is_what_it_was() -> None:
    titles = [
        "Çin'de 10 gün",
        "İSTANBUL ıı 007",
        "Ǆemal é\u0303",
        "\u0301Başta",
        "Emoji 😀 é",
        "Бишкек ёлка",
        "ﬁne",
    ]
    titles += [chr(code) + "a\u0308" for code in range(0x300, 0x110000, 97)]
    assert [natural_sort_key(t) for t in titles] == [reference_sort_key(t) for t in titles]


def test_the_cached_language_model_scores_as_the_package_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from curator.core.text import language_model

    monkeypatch.setattr(language_model, "user_cache_path", lambda *_args, **_kwargs: tmp_path)
    package = LanguageIdentifier.from_model_file(MODEL_FILE)
    package.set_languages(["tr", "ky", "kk", "ru", "en"])
    written = language_model.load_identifier(("tr", "ky", "kk", "ru", "en"))  # made and written
    [cached_file] = (tmp_path / "language").iterdir()
    read = language_model.load_identifier(("tr", "ky", "kk", "ru", "en"))  # read back
    cached_file.write_bytes(b"damaged")
    rebuilt = language_model.load_identifier(("tr", "ky", "kk", "ru", "en"))
    for text in corpus_sentences()[::25]:
        expected = package.rank(text)
        assert (
            written.rank(text) == expected and read.rank(text) == expected and rebuilt.rank(text) == expected
        )
    assert cached_file.stat().st_size > 1_000_000  # written again whole


def test_a_cancel_before_the_first_file_imports_nothing_and_says_so(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(3):
        write(folder / f"doc{number}.txt", f"Belge {number}: Bişkek'te toplantı yapıldı.")
    report = import_paths(project, [folder], is_cancelled=lambda: True)
    assert report.cancelled and report.documents_added == 0 and texts(project) == []
