"""Stored token boundaries: exports read them instead of tokenizing, and write the same bytes.

The random corpora of test_export_equivalence (every script, whitespace of every kind, special cases
with their own norms, spans that cut tokens) are exported three ways: with nothing stored (every text
tokenized, then stored), with every token read from the store (tokenizing forbidden), and with the
cache folder unusable (no store at all); the files must be the same bytes, and the JSONL and DocBin
files those of the spaCy-Doc reference. CoNLL, which now takes the batched path, is compared with the
per-document way it used to work: a spaCy `Doc` per document and spaCy's sentencizer on a second one.
"""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import pytest
import spacy
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc
from sqlalchemy import update
from sqlmodel import col

from curator.core import services
from curator.core.exporters import export_project
from curator.core.exporters.alignment import align
from curator.core.exporters.conll import (
    PlainTokens,
    conll_scheme,
    document_lines,
    sentencizer_starts,
)
from curator.core.exporters.docbin import choose_entity_tuples
from curator.core.project.setup import open_project
from curator.core.queries import iter_export_documents
from curator.core.services.text_edits import edit_text
from curator.core.storage import Project
from curator.core.storage.models import Label
from curator.core.text import token_store
from curator.core.text.token_json import TOKEN_SEPARATOR, json_tokens
from curator.core.text.token_store import TokenStore, pack, unpack
from curator.core.text.tokenization import EXPORT_LEXEME_ATTRIBUTES, TokenizerCache
from tests.core.test_export_equivalence import PIECES, make_corpus, random_text, reference_export

FILES = ("out.jsonl", "out.conll", "corpus/train.spacy", "corpus/dev.spacy")


def export_all(project: Project, out: Path) -> dict[str, bytes | str]:
    """The files of a JSONL, CoNLL and spaCy export into `out`, and their reports (`out` taken out)."""
    out.mkdir()
    reports = [
        export_project(project, "jsonl", out / "out.jsonl", include_untouched=True),
        export_project(project, "conll", out / "out.conll", include_untouched=True),
        export_project(project, "spacy", out / "corpus", dev_fraction=0.3, seed=5, include_untouched=True),
    ]
    written: dict[str, bytes | str] = {name: (out / name).read_bytes() for name in FILES}
    for report in reports:
        written[f"report {report.format}"] = json.dumps(report.to_dict()).replace(str(out), "OUT")
    return written


def forbid_tokenizing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise AssertionError("tokenized although every token is stored")

    monkeypatch.setattr(TokenizerCache, "tokenize", refuse)


def per_document_conll(project: Project) -> bytes:
    """The CoNLL file as the per-document path wrote it: a Doc per document, the sentencizer on another."""
    tokenizers = TokenizerCache()
    sentencizer = Sentencizer()
    vocab = spacy.blank("xx").vocab
    scheme = conll_scheme("IOB2")
    lines: list[str] = []
    for document in iter_export_documents(project):
        aligned = align(tokenizers.get(document.language), document.text, document.spans)
        tokens = PlainTokens.of(document.text, aligned)
        entities, _ = choose_entity_tuples(
            [(s.start_char, s.end_char, s.label_, s.start, s.end) for s in aligned.spans]
        )
        lines.extend(
            document_lines(
                tokens, entities, sentencizer_doc_starts(tokens, sentencizer, vocab), None, scheme, " "
            )
        )
    return "".join(line + "\n" for line in lines).encode("utf-8")


def sentencizer_doc_starts(
    tokens: PlainTokens, sentencizer: Sentencizer, vocab: spacy.vocab.Vocab
) -> set[int]:
    """Sentence starts as the CoNLL export found them before: spaCy's sentencizer on a Doc of the words."""
    words = [tokens.text[start:end] for start, end in zip(tokens.starts, tokens.ends, strict=True)]
    doc = sentencizer(Doc(vocab, words=words, spaces=[False] * len(words)))
    starts: set[int] = set()
    pending = True
    for token, start, blank in zip(doc, tokens.starts, tokens.blank, strict=True):
        if blank:
            pending = (
                pending
                or bool(token.is_sent_start)
                or any(c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029" for c in token.text)
            )
            continue
        if pending or token.is_sent_start:
            starts.add(start)
        pending = False
    return starts


@pytest.mark.parametrize("seed", [11, 12])
def test_exports_with_stored_tokens_are_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    with make_corpus(tmp_path, seed, count=220) as project:
        with project.write() as session:  # CoNLL columns cannot hold a label with a space
            session.execute(update(Label).where(col(Label.name) == "a b").values(name="a_b"))
        cold = export_all(project, tmp_path / "cold")
        with monkeypatch.context() as patched:
            forbid_tokenizing(patched)
            warm = export_all(project, tmp_path / "warm")
        with monkeypatch.context() as patched:
            unusable = tmp_path / "a file"
            unusable.write_text("not a folder")
            patched.setattr(token_store, "store_path", lambda _project: unusable / "tokens.sqlite")
            without = export_all(project, tmp_path / "without")
        reference = reference_export(project, None, dev_fraction=0.3, seed=5)
        conll = per_document_conll(project)
    assert cold == warm == without
    assert cold["out.jsonl"] == reference.jsonl
    assert cold["corpus/train.spacy"] == reference.train
    assert cold["corpus/dev.spacy"] == reference.dev
    assert cold["out.conll"] == conll


def test_a_text_edit_is_tokenized_again_and_the_rest_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_project(tmp_path / "p.curator") as project:
        with project.write() as session:
            services.add_documents(
                session,
                [
                    services.NewDocument(
                        text="Ali Bişkek'te.", language="tr", spans=[services.NewSpan(4, 10, "GPE")]
                    ),
                    services.NewDocument(
                        text="I don't know Ankara.", language="en", spans=[services.NewSpan(13, 19, "GPE")]
                    ),
                ],
                annotator_id=project.annotator_id,
                source="test",
            )
        export_project(project, "jsonl", tmp_path / "first.jsonl", include_untouched=True)
        edit_text(project, 1, 3, 3, " Veli")  # "Ali Veli Bişkek'te.": its stored tokens no longer fit
        tokenized: list[list[str]] = []
        real = TokenizerCache.tokenize

        def counting(self: TokenizerCache, language: str, texts: list[str]) -> object:
            tokenized.append(list(texts))
            return real(self, language, texts)

        monkeypatch.setattr(TokenizerCache, "tokenize", counting)
        export_project(project, "jsonl", tmp_path / "second.jsonl", include_untouched=True)
        monkeypatch.undo()
        store = TokenStore(project)
        store.clear()
        store.close()
        export_project(project, "jsonl", tmp_path / "fresh.jsonl", include_untouched=True)
    assert tokenized == [["Ali Veli Bişkek'te."]]
    assert (tmp_path / "second.jsonl").read_bytes() == (tmp_path / "fresh.jsonl").read_bytes()
    assert '"text": "Veli"' in (tmp_path / "second.jsonl").read_text(encoding="utf-8")


def test_stored_tokens_unpack_to_what_the_tokenizer_gave() -> None:
    rng = random.Random(3)
    cache = TokenizerCache(EXPORT_LEXEME_ATTRIBUTES)
    texts = [random_text(rng, rng.choice([1, 5, 20, 60])) for _ in range(300)]
    for language in ("en", "tr", "ky", "ru"):
        strings = cache.get(language).vocab.strings
        for text, made in zip(texts, cache.tokenize(language, texts), strict=True):
            back = unpack(*pack(made, cache.norms_unlike_text(language, made)))
            assert (back.starts, back.ends, back.spaces, back.sent_start) == (
                made.starts,
                made.ends,
                made.spaces,
                made.sent_start,
            )
            orths = [strings.add(text[start:end]) for start, end in zip(back.starts, back.ends, strict=True)]
            norms = list(orths)
            for index, norm in back.norms_unlike_text:
                norms[index] = strings.add(norm)
            assert (orths, norms) == (made.orths, made.norms)


def test_a_special_case_keeps_its_own_norm() -> None:
    cache = TokenizerCache(EXPORT_LEXEME_ATTRIBUTES)
    (tokens,) = cache.tokenize("en", ["I don't know."])  # I | do | n't | know | .
    unlike = cache.norms_unlike_text("en", tokens)
    assert (2, "not") in unlike and all(index != 1 for index, _ in unlike)
    assert unpack(*pack(tokens, unlike)).norms_unlike_text == unlike


def test_another_text_or_tokenizer_finds_nothing_stored(tmp_path: Path) -> None:
    with open_project(tmp_path / "p.curator") as project:
        store = TokenStore(project, tmp_path / "tokens.sqlite")
        cache = TokenizerCache(EXPORT_LEXEME_ATTRIBUTES)
        (tokens,) = cache.tokenize("tr", ["Ali Bişkek'te."])
        store.save("tr:one", [(1, "Ali Bişkek'te.", tokens, ())])
        assert store.load("tr:one", [(1, "Ali Bişkek'te.")])[0] is not None
        assert store.load("tr:one", [(1, "Ali Bişkek'te!")]) == [None]
        assert store.load("tr:two", [(1, "Ali Bişkek'te.")]) == [None]
        assert store.load("tr:one", [(2, "Ali Bişkek'te.")]) == [None]
        store.close()


def test_a_damaged_store_is_made_again(tmp_path: Path) -> None:
    path = tmp_path / "tokens.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with open_project(tmp_path / "p.curator") as project:
        store = TokenStore(project, path)
        cache = TokenizerCache(EXPORT_LEXEME_ATTRIBUTES)
        (tokens,) = cache.tokenize("tr", ["Ali geldi."])
        store.save("tr:one", [(1, "Ali geldi.", tokens, ())])
        found = store.load("tr:one", [(1, "Ali geldi.")])[0]
        store.close()
    assert found is not None and found.starts == tokens.starts and not store.broken


def test_the_sentence_rule_is_spacys_sentencizer() -> None:
    rng = random.Random(8)
    vocab = spacy.blank("xx").vocab
    sentencizer = Sentencizer()
    words_pool = [piece for piece in PIECES if piece.strip()] + [
        "!",
        "?",
        "。",
        "؟",
        "!!",
        "...",
        ".)",
        '"',
        "»",
    ]
    for _ in range(500):
        words = [rng.choice(words_pool) for _ in range(rng.randint(1, 30))]
        doc = sentencizer(Doc(vocab, words=words, spaces=[False] * len(words)))
        assert sentencizer_starts(words) == [bool(token.is_sent_start) for token in doc]


def test_a_store_of_an_older_format_is_made_again_with_todays_columns(tmp_path: Path) -> None:
    path = tmp_path / "tokens.sqlite"
    old = sqlite3.connect(path)
    with old:
        old.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        old.execute("INSERT INTO meta VALUES ('format', '2')")
        old.execute("CREATE TABLE tokenizers (id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL UNIQUE)")
        old.execute(
            "CREATE TABLE tokens (tokenizer INTEGER NOT NULL, document INTEGER NOT NULL,"
            " digest BLOB NOT NULL, sent_start INTEGER NOT NULL, starts BLOB NOT NULL, ends BLOB NOT NULL,"
            " spaces BLOB NOT NULL,"
            " norms TEXT, PRIMARY KEY (tokenizer, document)) WITHOUT ROWID"
        )
    old.close()
    with open_project(tmp_path / "p.curator") as project:
        store = TokenStore(project, path)
        (tokens,) = TokenizerCache(EXPORT_LEXEME_ATTRIBUTES).tokenize("tr", ["Ali %50 geldi."])
        tokens.json = json_tokens("Ali %50 geldi.", tokens.starts, tokens.ends, tokens.spaces)
        store.save("tr:one", [(1, "Ali %50 geldi.", tokens, ())])
        found = store.load("tr:one", [(1, "Ali %50 geldi.")])[0]
        store.close()
    assert found is not None and found.json == tokens.json and not store.broken
    percent = '{"text": "%%", "start": 4, "end": 5, "id": %d, "ws": false}'  # its % doubled for the ids' %
    assert found.json.split(TOKEN_SEPARATOR)[1] == percent
