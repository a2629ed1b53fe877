"""`WordKeys` gives a word the ORTH and NORM its lexeme has, without making the lexeme."""

from __future__ import annotations

import pytest
import spacy

from curator.core.exporters.word_keys import WordKeys, key
from curator.core.text.tokenization import EXPORT_LEXEME_ATTRIBUTES, TokenizerCache

# Plain and capitalised words, base norms ("’s", "—", "€"), symbols spaCy keys by id, dotted I's.
WORDS = ["ankara", "Ankara'da", "’s", "—", "€", "PERSON", "NOUN", "İstanbul", "IŞIK", "x", "Ankara'da"]


def test_keys_are_those_of_the_lexemes_spacy_makes() -> None:
    for vocab in (spacy.blank("tr").vocab, TokenizerCache(EXPORT_LEXEME_ATTRIBUTES).get("tr").vocab):
        words = WordKeys()
        norms, norm_strings = words.lexeme_norms(vocab, WORDS)
        assert list(map(key, WORDS)) == [vocab.strings.add(word) for word in WORDS]
        assert norms == [vocab[word].norm for word in WORDS]
        assert norm_strings == [vocab[word].norm_ for word in WORDS]


def test_an_existing_lexeme_keeps_its_norm() -> None:
    vocab = spacy.blank("en").vocab
    vocab["Ankara"].norm_ = "ANKARA"
    norms, norm_strings = WordKeys().lexeme_norms(vocab, ["Ankara"])
    assert (norms, norm_strings) == ([vocab.strings["ANKARA"]], ["ANKARA"])


def test_forgetting_past_the_limit_keeps_the_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WordKeys, "LIMIT", 2)
    vocab = spacy.blank("tr").vocab
    words = WordKeys()
    for word in WORDS:
        assert words.lexeme_norms(vocab, [word])[0] == [vocab[word].norm]
