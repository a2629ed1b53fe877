"""Prodigy / spaCy JSONL: one task per document, with tokens so spans can be checked against them.

Tokens come from the same refined tokenization as the DocBin export, so every span's `token_start` and
(inclusive) `token_end` point at tokens that begin and end exactly where the span does.
"""

from __future__ import annotations

import json

from curator.core.exporters.alignment import AlignedDocument
from curator.core.exporters.atomic import StagedFiles
from curator.core.exporters.base import Exporter, ExportRun
from curator.core.queries import ExportDocument

# JSON allows these raw inside strings, but readers that split lines with str.splitlines() would break
# a task in two; escaping them keeps one document per physical line for every reader.
_LINE_SEPARATORS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def task(document: ExportDocument, aligned: AlignedDocument) -> dict:
    """The Prodigy task of one document (see FORMATS.md)."""
    meta = dict(document.meta)
    meta.update(
        doc_id=document.id,
        title=document.title,
        source=document.source,
        language=document.language,
        pub_date=document.pub_date,
        status=document.status,
    )
    return {
        "text": document.text,
        "tokens": [
            {
                "text": token.text,
                "start": token.idx,
                "end": token.idx + len(token.text),
                "id": token.i,
                "ws": bool(token.whitespace_),
            }
            for token in aligned.doc
        ],
        "spans": [
            {
                "start": span.start_char,
                "end": span.end_char,
                "label": span.label_,
                "token_start": span.start,
                "token_end": span.end - 1,
            }
            for span in aligned.spans
        ],
        "meta": meta,
        "answer": "accept",
    }


def _one_line(line: str) -> str:
    for separator, escaped in _LINE_SEPARATORS.items():
        if separator in line:
            line = line.replace(separator, escaped)
    return line


def write(run: ExportRun) -> None:
    with StagedFiles() as staged:
        temporary = staged.add(run.out)
        with temporary.open("w", encoding="utf-8", newline="\n") as handle:
            for document in run.documents():
                aligned = run.align(document)
                handle.write(_one_line(json.dumps(task(document, aligned), ensure_ascii=False)) + "\n")
                run.report.spans_written += len(aligned.spans)
        staged.commit()
    run.report.outputs.append(run.out)


EXPORTER = Exporter(
    name="jsonl",
    description="Prodigy/spaCy JSONL: one task per document with tokens and token-aligned spans",
    target="file",
    write=write,
)
