"""PDF (.pdf): the text layer of every page, repaired into paragraphs, parsed out of process.

A crafted or merely broken PDF can make a parser loop forever or eat all memory, and an import runs
inside the GUI, so pypdf runs in a child process (pdf_worker.py) with an address-space limit. The child
sends back plain data (page texts and metadata); everything else, including the line-break repair
(pdf_text.py), happens here. The whole import of one PDF, the child's parse and the repair after it,
has one deadline (TIME_LIMIT_S): a 20,000-page PDF once took 86 s under a 60 s limit that bound only
the parse. Past it the child is killed or the repair stopped, and nothing of the file is imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from curator.core.importers.base import (
    CancelCheck,
    ImportCancelled,
    ImportProblem,
    ParsedFile,
    title_from_text,
)
from curator.core.importers.file_metadata import DeclaredMetadata, merge_metadata
from curator.core.importers.format import ImportFormat
from curator.core.importers.pdf_text import repair_pdf_text
from curator.core.services import NewDocument
from curator.core.text.language import guess_language

PDF_EXTENSIONS = (".pdf",)
TIME_LIMIT_S: float = 60
MEMORY_LIMIT_BYTES = 1536 * 1024 * 1024
# How often a waiting import looks at the cancel button.
POLL_S = 0.2
# The worker's command after the interpreter; tests point it at a stand-in that hangs. It runs as a
# script in isolated mode: `-m curator...` would import the curator packages (trafilatura, SQLAlchemy)
# first, 1.5 s per PDF instead of 0.1 s, and -I keeps this folder (whose html.py would shadow the
# standard library's) and the environment's PYTHON* variables out of the child's imports. In the packaged
# build (packaging/curator.spec) the executable is Curator itself, whose launcher runs the same script.
WORKER_ARGS: tuple[str, ...] = (
    ("--pdf-worker",)
    if getattr(sys, "frozen", False)
    else ("-I", str(Path(__file__).with_name("pdf_worker.py")))
)
STDERR_SHOWN_CHARS = 200


@dataclass(slots=True)
class Deadline:
    """The one time limit of a PDF's import, started when the import of the file starts."""

    limit_s: float
    is_cancelled: CancelCheck
    ends_at: float = field(init=False)

    def __post_init__(self) -> None:
        self.ends_at = time.monotonic() + self.limit_s

    def remaining(self) -> float:
        return max(0.0, self.ends_at - time.monotonic())

    def check(self, doing: str) -> None:
        """Raise when the user cancelled or the time is up; called between steps of the work."""
        if self.is_cancelled():
            raise ImportCancelled
        if self.remaining() <= 0:
            raise ImportProblem(
                f"PDF import took longer than its limit of {self.limit_s:g} s ({doing}); nothing imported"
            )


def _run_worker(path: Path, deadline: Deadline) -> dict[str, Any]:
    """The worker's JSON answer; the child is killed at the deadline or on cancel and never outlives us."""
    command = [sys.executable, *WORKER_ARGS, str(path), str(MEMORY_LIMIT_BYTES)]
    with subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as child:
        while True:
            try:
                out, err = child.communicate(timeout=min(POLL_S, deadline.remaining()))
                break
            except subprocess.TimeoutExpired:
                try:
                    deadline.check("parsing")
                except (ImportCancelled, ImportProblem):
                    child.kill()
                    child.communicate()
                    raise
    try:
        answer = json.loads(out)
    except (json.JSONDecodeError, UnicodeDecodeError):
        answer = None
    if not isinstance(answer, dict):
        detail = err.decode("utf-8", "replace").strip().splitlines()
        last = detail[-1][:STDERR_SHOWN_CHARS] if detail else f"exit code {child.returncode}"
        if "MemoryError" in last or child.returncode in (-9, 137):
            raise ImportProblem(f"PDF parser ran out of memory (limit {MEMORY_LIMIT_BYTES // 2**20} MB)")
        raise ImportProblem(f"PDF parser failed ({last})")
    return answer


def _raise_for_error(answer: dict[str, Any]) -> None:
    kind, reason = answer.get("error"), answer.get("reason", "")
    if kind is None:
        return
    if kind == "encrypted":
        raise ImportProblem("encrypted PDF: cannot read without its password")
    if kind == "memory":
        raise ImportProblem(f"PDF parser ran out of memory (limit {MEMORY_LIMIT_BYTES // 2**20} MB)")
    raise ImportProblem(f"damaged PDF: {reason}")


def _meta_text(answer: dict[str, Any], key: str) -> str | None:
    value = answer.get(key)
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return value or None


def parse_pdf(path: Path, is_cancelled: CancelCheck) -> ParsedFile:
    """One document per PDF; title, date, source and author from its document info and its text
    (see file_metadata.py), else the first line of text and the file name."""
    if not path.is_file():
        raise ImportProblem("cannot read: no such file")
    deadline = Deadline(TIME_LIMIT_S, is_cancelled)
    answer = _run_worker(path, deadline)
    _raise_for_error(answer)
    pages = [page for page in answer.get("pages", []) if isinstance(page, str)]
    repaired = repair_pdf_text(pages, before_page=lambda: deadline.check("repairing its text"))
    deadline.check("repairing its text")
    if not repaired.text.strip():
        raise ImportProblem("no text in this PDF (a scan? OCR it first)")
    language = guess_language(repaired.text)
    declared = DeclaredMetadata(
        origin="the PDF's document info",
        title=_meta_text(answer, "title"),
        pub_date=_meta_text(answer, "created"),
        pub_date_is_creation=True,
        author=_meta_text(answer, "author"),
    )
    merged = merge_metadata(repaired.text, language, declared)
    deadline.check("reading its metadata")
    meta: dict[str, Any] = {"path": str(path), "pages": len(pages), "import_log": repaired.log()}
    meta.update(merged.meta)
    parsed = ParsedFile()
    failed = answer.get("pages_failed")
    if isinstance(failed, int) and failed:
        parsed.notes.append(f"{failed} of {len(pages)} page(s) could not be read and are left out")
        meta["import_log"].append(f"{failed} unreadable page(s) left out")
    parsed.documents.append(
        NewDocument(
            text=repaired.text,
            title=title_from_text(merged.title or repaired.text),
            language=language,
            source=merged.source or path.name,
            pub_date=merged.pub_date,
            meta=meta,
        )
    )
    return parsed


IMPORTER = ImportFormat("pdf", "PDF text, parsed in a limited child process", PDF_EXTENSIONS, parse_pdf)
