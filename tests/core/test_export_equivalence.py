"""The fast export path writes exactly what the plain spaCy path writes, byte for byte.

The exporters tokenize many documents joined into one string, align spans on integer offsets, format
JSON lines by hand and fill the DocBin column by column. The reference here is the straightforward way
they replaced: one `nlp.make_doc` per document on a plain `spacy.blank` pipeline, tokens refined into a
new `Doc`, spans as `doc.char_span`, `json.dumps` of the task, `DocBin.add` of the annotated `Doc`. Random
corpora (scripts, whitespace of every kind, URLs, emoji, tokenizer special cases, spans that overlap, are
blank, out of range or repeated once trimmed) must give the same files and the same report, read from
a project file and from a team server alike.
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import pytest
import spacy
from spacy.attrs import IDX, LENGTH, NORM, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from sqlalchemy import select, update

from curator.core import services
from curator.core.exporters import base, docbin, export_project
from curator.core.exporters import split as splits
from curator.core.exporters.alignment import TokenSplit, TrimmedSpan, UnalignedSpan
from curator.core.exporters.report import ExportReport, LeftOutSpan, SpanOnlyInGroup
from curator.core.project.setup import open_project
from curator.core.queries import ExportDocument
from curator.core.storage import Project
from curator.core.storage.models import Document, Label
from curator.core.storage.models import Span as SpanRow
from curator.core.text.tokenization import (
    EXPORT_LEXEME_ATTRIBUTES,
    JoinRules,
    TokenizerCache,
    language_code,
    tokenize_texts,
)
from tests.helpers.engines import ENGINES, open_on

PIECES = [
    *"abcçğıiöşüxyzABÇĞİÖŞÜ",
    *"АБВЖКУҢӨҮабвжкуңөүнуе",
    *"0123456789",
    *".,;:!?'’\"()[]{}-–—/\\#@&%$€+*=<>_|~^`",
    *[" ", " ", " ", "  ", "\n", "\n\n", "\t", "\r\n", "\u00a0", "\u2028", "\u2029", "\x85", "\x1e", "\x1f"],
    *["🙂", "🇰🇬", "👩‍💻", "\u0301", "\u200b", "\ufeff"],
    *["Bişkek'te", "ЖККУнун", "Dr.", "Prof.", "vs.", "don't", "can't", ":)", ":-(", "a.m.", "U.S.", "etc."],
    *["https://example.org/a?b=c", "www.kg", "ali@example.org", "#etiket", "@kullanıcı", "3.14", "1,000"],
    *["в н.в.", "т.е.", "г.", "z.B.", "'s", "''", "...", "—"],
]
LANGUAGES = ["tr", "ky", "en", "ru", "de", "kk", "und", "tr-TR", "xx", "uz", "KY", "zh"]
LABELS = ["PER", "ORG", "GPE", "LOC", "MISC", "Kişi", "ÜLKE", "a b"]


def random_text(rng: random.Random, size: int) -> str:
    return "".join(rng.choice(PIECES) + (" " if rng.random() < 0.5 else "") for _ in range(size))


def random_spans(rng: random.Random, text: str) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for _ in range(rng.randint(0, 7)):
        if not text or rng.random() < 0.05:
            start = rng.randint(0, len(text) + 3)
            spans.append((start, start + rng.randint(1, 4), rng.choice(LABELS)))  # maybe out of range
            continue
        start = rng.randrange(len(text))
        end = rng.randint(start + 1, min(len(text), start + 30))
        spans.append((start, end, rng.choice(LABELS)))
        if rng.random() < 0.2:  # the same span, one character wider: repeated once trimmed if blank there
            spans.append((max(0, start - 1), end, spans[-1][2]))
    return spans


def random_meta(rng: random.Random, number: int) -> dict:
    meta: dict = {"url": f"https://example.org/{number}"}
    if rng.random() < 0.3:
        meta["title"] = "overridden"
    if rng.random() < 0.3:
        meta["not\u2028ascii"] = ["Ö", 1.5, None, {"x": True}]
    return meta


def make_corpus(tmp_path: Path, seed: int, count: int, project: Project | None = None) -> Project:
    """A random corpus in `project` (a new file unless given)."""
    rng = random.Random(seed)
    documents = []
    for number in range(count):
        text = random_text(rng, rng.choice([0, 1, 3, 10, 25, 60]))
        if rng.random() < 0.2:
            text = rng.choice([" ", "\n", "\t ", "\u00a0"]) + text
        if rng.random() < 0.2:
            text += rng.choice([" ", "\n", "  ", "\x1e"])
        documents.append(
            services.NewDocument(
                text=text,
                title=f"doc {number} {rng.choice(PIECES)}",
                language=rng.choice(LANGUAGES),
                source=rng.choice(["test", "içe aktarım"]),
                pub_date=rng.choice([None, "2024-05-01"]),
                meta=random_meta(rng, number),
                spans=[services.NewSpan(*span) for span in random_spans(rng, text)],
            )
        )
    project = project or open_project(tmp_path / "p.curator")
    with project.write() as session:
        services.add_documents(session, documents, annotator_id=project.annotator_id, source="test")
        ids = list(session.execute(select(Document.id)).scalars())
        for document_id in rng.sample(ids, len(ids) // 4):
            session.execute(update(Document).where(Document.id == document_id).values(status="approved"))
        span_ids = list(session.execute(select(SpanRow.id)).scalars())
        for span_id in rng.sample(span_ids, len(span_ids) // 10):  # rejected spans are not exported
            session.execute(update(SpanRow).where(SpanRow.id == span_id).values(status="rejected"))
    return project


# --- the reference: how the exporters worked with a spaCy Doc per document ---------------------------


def reference_documents(project: Project, status: str | None) -> Iterator[ExportDocument]:
    """The documents through the ORM, as `iter_export_documents` read them before."""
    statement = select(
        Document.id,
        Document.title,
        Document.text,
        Document.language,
        Document.status,
        Document.source,
        Document.pub_date,
        Document.meta,
    )
    if status is not None:
        statement = statement.where(Document.status == status)
    with project.read() as session:
        rows = session.execute(statement.order_by(Document.id)).all()
        spans: dict[int, list[tuple[int, int, str]]] = {row[0]: [] for row in rows}
        span_rows = session.execute(
            select(SpanRow.document_id, SpanRow.start, SpanRow.end, Label.name)
            .join(Label, Label.id == SpanRow.label_id)
            .where(SpanRow.status == "accepted")
            .order_by(SpanRow.document_id, SpanRow.start, SpanRow.end, SpanRow.label_id)
        )
        for document_id, start, end, label in span_rows:
            if document_id in spans:
                spans[document_id].append((start, end, label))
    for row in rows:
        yield ExportDocument(*row[:7], meta=dict(row[7] or {}), spans=spans[row[0]])


def reference_clean_spans(
    text: str, spans: Sequence[tuple[int, int, str]]
) -> tuple[list[tuple[int, int, str]], list[TrimmedSpan], list[UnalignedSpan]]:
    """Trim whitespace off span edges; set aside spans that are out of range, blank or repeated."""
    kept: list[tuple[int, int, str]] = []
    trimmed: list[TrimmedSpan] = []
    left_out: list[UnalignedSpan] = []
    seen: set[tuple[int, int, str]] = set()
    for start, end, label in spans:
        if not 0 <= start < end <= len(text):
            left_out.append(UnalignedSpan(start, end, label, f"offsets outside the text (0-{len(text)})"))
            continue
        new_start, new_end = start, end
        while new_start < new_end and text[new_start].isspace():
            new_start += 1
        while new_end > new_start and text[new_end - 1].isspace():
            new_end -= 1
        if new_start == new_end:
            left_out.append(UnalignedSpan(start, end, label, "only whitespace"))
            continue
        key = (new_start, new_end, label)
        if key in seen:
            left_out.append(
                UnalignedSpan(start, end, label, "same as another span once whitespace is trimmed")
            )
            continue
        seen.add(key)
        if (new_start, new_end) != (start, end):
            trimmed.append(TrimmedSpan(start, end, label, new_start, new_end))
        kept.append(key)
    kept.sort()
    return kept, trimmed, left_out


@dataclass
class ReferenceAligned:
    doc: Doc
    spans: list[Span]
    splits: list[TokenSplit]
    inside: list[tuple[Span, str]]
    trimmed: list[TrimmedSpan]
    left_out: list[UnalignedSpan] = field(default_factory=list)


def reference_align(nlp: Language, text: str, spans: Sequence[tuple[int, int, str]]) -> ReferenceAligned:
    kept, trimmed, left_out = reference_clean_spans(text, spans)
    tokenized = nlp.make_doc(text)
    cuts = sorted({offset for start, end, _ in kept for offset in (start, end)})
    words: list[str] = []
    spaces: list[bool] = []
    splits: list[TokenSplit] = []
    next_cut = 0
    for token in tokenized:
        start, end = token.idx, token.idx + len(token.text)
        while next_cut < len(cuts) and cuts[next_cut] <= start:
            next_cut += 1
        inner: list[int] = []
        while next_cut < len(cuts) and cuts[next_cut] < end:
            inner.append(cuts[next_cut])
            next_cut += 1
        if not inner:
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
            continue
        pieces = [text[a:b] for a, b in pairwise([start, *inner, end])]
        words.extend(pieces)
        spaces.extend([False] * (len(pieces) - 1) + [bool(token.whitespace_)])
        splits.append(TokenSplit(token.text, tuple(pieces)))
    doc = Doc(tokenized.vocab, words=words, spaces=spaces) if splits else tokenized
    assert doc.text == text
    aligned: list[Span] = []
    for start, end, label in kept:
        span = doc.char_span(start, end, label=label, alignment_mode="strict")
        if span is None:
            left_out.append(UnalignedSpan(start, end, label, "no token boundary at its start or end"))
        else:
            aligned.append(span)
    inside: list[tuple[Span, str]] = []
    if splits:
        for span in aligned:
            if tokenized.char_span(span.start_char, span.end_char, alignment_mode="strict") is None:
                covering = tokenized.char_span(span.start_char, span.end_char, alignment_mode="expand")
                inside.append((span, covering.text if covering is not None else span.text))
    return ReferenceAligned(doc, aligned, splits, inside, trimmed, left_out)


def reference_choose(spans: list[Span]) -> tuple[list[Span], list[tuple[Span, Span]]]:
    taken: dict[int, Span] = {}
    entities: list[Span] = []
    blocked: list[tuple[Span, Span]] = []
    for span in sorted(spans, key=lambda s: (s.start_char - s.end_char, s.start_char, s.label_)):
        blocker = next((taken[i] for i in range(span.start, span.end) if i in taken), None)
        if blocker is None:
            entities.append(span)
            taken.update(dict.fromkeys(range(span.start, span.end), span))
        else:
            blocked.append((span, blocker))
    entities.sort(key=lambda s: s.start)
    blocked.sort(key=lambda pair: (pair[0].start, pair[0].end))
    return entities, blocked


def reference_task(document: ExportDocument, aligned: ReferenceAligned) -> str:
    meta = dict(document.meta)
    meta.update(
        doc_id=document.id,
        title=document.title,
        source=document.source,
        language=document.language,
        pub_date=document.pub_date,
        status=document.status,
    )
    task = {
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
    line = json.dumps(task, ensure_ascii=False)
    for separator, escaped in {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}.items():
        line = line.replace(separator, escaped)
    return line


@dataclass
class Reference:
    jsonl: bytes
    train: bytes
    dev: bytes
    report: ExportReport


def reference_export(project: Project, status: str | None, dev_fraction: float, seed: int) -> Reference:
    pipelines: dict[str, Language] = {}
    cache = TokenizerCache()  # only for the fallback reasons
    report = ExportReport(format="reference", status=status)
    report.spans_in_ents = 0
    documents = list(reference_documents(project, status))
    # The same split plan (by near-duplicate group, per language): what is compared is the files' content.
    languages = {document.id: document.language for document in documents}
    plan = splits.plan_split(languages, splits.duplicate_groups(project, languages), dev_fraction, 0.0, seed)
    lines: list[str] = []
    train, dev = DocBin(store_user_data=True), DocBin(store_user_data=True)
    for document in documents:
        code = language_code(document.language)
        if code not in pipelines:
            pipelines[code] = spacy.blank(cache.get(document.language).lang)  # every lexeme attribute
        aligned = reference_align(pipelines[code], document.text, document.spans)
        for split in aligned.splits:
            report.add_split(split.token, split.pieces)
        for span, token_text in aligned.inside:
            report.add_inside_token(span.text, token_text)
        report.spans_trimmed += len(aligned.trimmed)
        report.left_out.extend(
            LeftOutSpan(document.id, i.start, i.end, i.label, document.text[i.start : i.end], i.reason)
            for i in aligned.left_out
        )
        reason = cache.fallback_reason(document.language)
        if reason is not None:
            report.fallback_languages[document.language] += 1
            report.fallback_reasons.setdefault(document.language, reason)
        lines.append(reference_task(document, aligned) + "\n")
        doc = aligned.doc
        doc.spans["sc"] = aligned.spans
        entities, blocked = reference_choose(aligned.spans)
        doc.ents = entities
        doc.user_data.update(
            curator_doc_id=document.id,
            curator_title=document.title,
            curator_source=document.source,
            curator_language=document.language,
            curator_pub_date=document.pub_date,
            curator_status=document.status,
        )
        report.spans_written += len(aligned.spans)
        report.spans_in_ents += len(entities)
        report.only_in_span_group.extend(
            SpanOnlyInGroup(
                document.id,
                span.start_char,
                span.end_char,
                span.label_,
                span.text,
                (blocker.start_char, blocker.end_char, blocker.label_),
            )
            for span, blocker in blocked
        )
        (dev if plan.of(document.id) == splits.DEV else train).add(doc)
    report.documents = len(documents)
    report.train_documents, report.dev_documents = len(train), len(dev)
    return Reference("".join(lines).encode("utf-8"), train.to_bytes(), dev.to_bytes(), report)


# --- the checks ---------------------------------------------------------------------------------------


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches, joined strings and DocBin flushes much smaller than a corpus, so all their edges occur."""
    import curator.core.text.tokenization as tokenization

    monkeypatch.setattr(base, "BATCH_SIZE", 23)
    monkeypatch.setattr(base, "BATCH_CHARACTERS", 400)
    monkeypatch.setattr(tokenization, "JOINED_CHARACTERS", 300)
    monkeypatch.setattr(docbin, "_TOKENS_PER_FLUSH", 97)


REPORT_FIELDS = [
    "documents",
    "spans_written",
    "tokens_split",
    "split_examples",
    "spans_inside_tokens",
    "inside_token_examples",
    "spans_trimmed",
    "left_out",
    "fallback_languages",
    "fallback_reasons",
]


@pytest.fixture(params=ENGINES)
def empty_project(request: pytest.FixtureRequest, tmp_path: Path) -> Project:
    return open_on(request, tmp_path, "tester")


@pytest.mark.parametrize(("seed", "status"), [(1, None), (2, None), (3, "approved")])
def test_exports_are_byte_identical_to_the_doc_based_reference(
    tmp_path: Path, small_batches: None, seed: int, status: str | None, empty_project: Project
) -> None:
    with make_corpus(tmp_path, seed, count=260, project=empty_project) as project:
        # Every document, untouched ones too, as the reference reads them.
        jsonl_report = export_project(
            project, "jsonl", tmp_path / "out.jsonl", status=status, include_untouched=True
        )
        spacy_report = export_project(
            project,
            "spacy",
            tmp_path / "corpus",
            dev_fraction=0.3,
            seed=seed,
            status=status,
            include_untouched=True,
        )
        reference = reference_export(project, status, dev_fraction=0.3, seed=seed)

    assert reference.report.documents > 40 and reference.report.tokens_split > 10
    assert reference.report.left_out and reference.report.only_in_span_group
    assert (tmp_path / "out.jsonl").read_bytes() == reference.jsonl
    assert (tmp_path / "corpus" / "train.spacy").read_bytes() == reference.train
    assert (tmp_path / "corpus" / "dev.spacy").read_bytes() == reference.dev
    for report in (jsonl_report, spacy_report):
        for name in REPORT_FIELDS:
            assert getattr(report, name) == getattr(reference.report, name), name
    for name in ["spans_in_ents", "only_in_span_group", "train_documents", "dev_documents"]:
        assert getattr(spacy_report, name) == getattr(reference.report, name), name


def test_the_docbin_files_read_back_as_the_reference_docs(tmp_path: Path) -> None:
    with make_corpus(tmp_path, 4, count=120) as project:
        export_project(project, "spacy", tmp_path / "corpus", dev_fraction=0, include_untouched=True)
        reference = reference_export(project, None, dev_fraction=0, seed=0)
    vocab = spacy.blank("xx").vocab
    ours = list(DocBin().from_disk(tmp_path / "corpus" / "train.spacy").get_docs(vocab))
    theirs = list(DocBin().from_bytes(reference.train).get_docs(vocab))
    assert len(ours) == len(theirs) == reference.report.documents
    for doc, expected in zip(ours, theirs, strict=True):
        assert doc.to_json() == expected.to_json()
        assert doc.user_data == expected.user_data
        assert [(s.start, s.end, s.label_) for s in doc.spans["sc"]] == [
            (s.start, s.end, s.label_) for s in expected.spans["sc"]
        ]


def token_columns(nlp: Language, text: str) -> tuple[list | int, ...]:
    array = nlp.make_doc(text).to_array([IDX, LENGTH, SPACY, ORTH, NORM, SENT_START])
    starts = array[:, 0].tolist()
    return (
        starts,
        [start + length for start, length in zip(starts, array[:, 1].tolist(), strict=True)],
        array[:, 2].astype(bool).tolist(),
        array[:, 3].tolist(),
        array[:, 4].tolist(),
        int(array[0, 5]) if len(array) else 1,
    )


@pytest.mark.parametrize("language", ["tr", "ky", "en", "ru", "de", "xx", "fr", "ja", "zh"])
def test_joined_texts_get_exactly_the_tokens_they_get_alone(
    monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    import curator.core.text.tokenization as tokenization

    monkeypatch.setattr(tokenization, "JOINED_CHARACTERS", 700)
    cache = TokenizerCache(EXPORT_LEXEME_ATTRIBUTES)
    nlp = cache.get(language)
    plain = spacy.blank(nlp.lang)  # every lexeme attribute, as a user's pipeline has
    rng = random.Random(language)
    rules = [rule for rule in getattr(nlp.tokenizer, "rules", {}) if rule.strip()]
    texts = []
    for _ in range(1000):
        pieces = [rng.choice(PIECES + rules) for _ in range(rng.randint(0, 12))]
        texts.append("".join(piece + rng.choice(["", "", " ", "\n"]) for piece in pieces))
    texts += ["", " ", "x" * 800, "Ali " * 300, string.printable]
    rng.shuffle(texts)

    got = cache.tokenize(language, texts)

    assert JoinRules.of(nlp).joinable == (language != "zh")  # Chinese has a tokenizer of its own
    for text, tokens in zip(texts, got, strict=True):
        expected = token_columns(plain, text)
        actual = (tokens.starts, tokens.ends, tokens.spaces, tokens.orths, tokens.norms, tokens.sent_start)
        assert actual == expected, text
    alone = tokenize_texts(nlp, texts[:50], JoinRules(joinable=False, first_orths=frozenset()))
    assert alone == got[:50]
    assert [tokens.orths for tokens in alone] == [tokens.orths for tokens in got[:50]]
