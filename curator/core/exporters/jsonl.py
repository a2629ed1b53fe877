"""Prodigy / spaCy JSONL: one task per document, with tokens so spans can be checked against them.

Tokens come from the same refined tokenization as the DocBin export, so every span's `token_start` and
(inclusive) `token_end` point at tokens that begin and end exactly where the span does.
"""

from __future__ import annotations

import json

from curator.core.exporters.alignment import TokenAlignment
from curator.core.exporters.atomic import StagedFiles
from curator.core.exporters.base import ExportRun, named_exporter
from curator.core.queries import ExportDocument
from curator.core.text.token_json import TOKEN_SEPARATOR, encode_string, json_tokens, token_object

# JSON allows these raw inside strings, but readers that split lines with str.splitlines() would break
# a task in two; escaping them keeps one document per physical line for every reader.
# (They can only occur inside JSON strings, so escaping a block of lines at once is the same.)
_LINE_SEPARATORS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}
# What json.dumps(..., ensure_ascii=False) uses: its encoder, and its function for strings.
_ENCODER = json.JSONEncoder(ensure_ascii=False)
_IDS: dict[int, tuple[int, ...]] = {}  # the token ids 0, 1, ... by token count, up to:
_IDS_KEPT = 500
_SPAN_TEMPLATE = '{"start": %d, "end": %d, "label": %s, "token_start": %d, "token_end": %d}'
_META_TEMPLATE = '{"doc_id": %d, "title": %s, "source": %s, "language": %s, "pub_date": %s, "status": %s}'
_LINES_PER_WRITE = 500


def task(document: ExportDocument, alignment: TokenAlignment) -> str:
    """The Prodigy task of one document (see FORMATS.md) as one line of JSON.

    The line is what `json.dumps(task, ensure_ascii=False)` gives for the task as a dict ({"text",
    "tokens": [{"text", "start", "end", "id", "ws"}, ...], "spans": [{"start", "end", "label",
    "token_start", "token_end"}, ...], "meta", "answer": "accept"}), which
    tests/core/test_export_equivalence.py checks. It is written out because building and encoding ~15
    token dicts per document took a quarter of the export, and every string is escaped by the function
    `json.dumps` uses. The tokens' objects come from the token store, made once per text
    (`curator.core.text.token_json`): only the pieces of tokens a span cuts are formatted here, and the
    ids filled in with one `%`.
    """
    text = document.text
    tokens = alignment.tokens
    stored = tokens.json
    if stored is None:
        stored = json_tokens(text, tokens.starts, tokens.ends, tokens.spaces)
    if alignment.splits:
        objects = stored.split(TOKEN_SEPARATOR)
        for index, split in zip(reversed(alignment.cut_tokens), reversed(alignment.splits), strict=True):
            objects[index : index + 1] = _piece_objects(
                split.pieces, tokens.starts[index], tokens.spaces[index]
            )
        template, count = ", ".join(objects), len(objects)
    else:
        template, count = stored.replace(TOKEN_SEPARATOR, ", "), len(tokens.starts)
    ids = _IDS.get(count)
    if ids is None:
        ids = tuple(range(count))
        if count <= _IDS_KEPT:
            _IDS[count] = ids
    spans = ", ".join(
        [
            _SPAN_TEMPLATE % (start, end, encode_string(label), first, last - 1)
            for start, end, label, first, last in alignment.spans
        ]
    )
    return (
        f'{{"text": {encode_string(text)}, "tokens": [{template % ids}], "spans": [{spans}], '
        f'"meta": {_meta_json(document)}, "answer": "accept"}}'
    )


def _piece_objects(pieces: tuple[str, ...], start: int, space: bool) -> list[str]:
    """The token objects of a cut token's pieces from its first character on; the last one keeps the
    token's trailing space."""
    objects = []
    for piece in pieces[:-1]:
        objects.append(token_object(piece, start, start + len(piece), False))
        start += len(piece)
    objects.append(token_object(pieces[-1], start, start + len(pieces[-1]), space))
    return objects


def _meta_json(document: ExportDocument) -> str:
    """`_ENCODER.encode(_meta(document))`, formatted directly for a document without meta of its own
    (most: a dict and the encoder per document were a tenth of the task's time)."""
    title, source, language, status = document.title, document.source, document.language, document.status
    pub_date = document.pub_date
    if document.meta or not all(type(value) is str for value in (title, source, language, status)):
        return _ENCODER.encode(_meta(document))
    return _META_TEMPLATE % (
        document.id,
        encode_string(title),
        encode_string(source),
        encode_string(language),
        "null" if pub_date is None else encode_string(pub_date),
        encode_string(status),
    )


def _meta(document: ExportDocument) -> dict:
    meta = dict(document.meta)
    meta.update(
        doc_id=document.id,
        title=document.title,
        source=document.source,
        language=document.language,
        pub_date=document.pub_date,
        status=document.status,
    )
    return meta


def _one_line(lines: str) -> str:
    for separator, escaped in _LINE_SEPARATORS.items():
        if separator in lines:
            lines = lines.replace(separator, escaped)
    return lines


def write(run: ExportRun) -> None:
    with StagedFiles() as staged:
        temporary = staged.add(run.out)
        with temporary.open("w", encoding="utf-8", newline="\n") as handle:
            lines: list[str] = []
            every_layer = run.options.layer_choice.kind == "all"
            for document, alignment in run.aligned_documents(json=True):
                line = task(document, alignment)
                if every_layer and document.layer is not None:
                    # One task per layer, told apart the way Prodigy tells its annotators' answers apart.
                    line = f'{line[:-1]}, "_annotator_id": {encode_string(document.layer)}}}'
                lines.append(line)
                run.report.spans_written += len(alignment.spans)
                if len(lines) == _LINES_PER_WRITE:
                    handle.write(_one_line("\n".join(lines)) + "\n")
                    lines.clear()
            if lines:
                handle.write(_one_line("\n".join(lines)) + "\n")
        staged.commit()
    run.report.outputs.append(run.out)


EXPORTER = named_exporter("jsonl", write)
