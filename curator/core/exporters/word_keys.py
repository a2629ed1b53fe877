"""The ORTH and NORM keys of words as a spaCy `Doc` made from them has them, without making the Doc.

A key is what `StringStore.add` returns for a string (`spacy.strings.get_string_id`: a symbol's id or
the string's hash), computed here without storing the string. `Doc(vocab, words=...)` gives each token
its word's lexeme, and a new lexeme's NORM is the key of what the vocabulary's NORM getter makes of the
word: `WordKeys` computes that from the string alone. A word whose lexeme exists keeps its NORM.
Making the 38,759 lexemes of the 10,000 dense real tasks for two integers each (and looking the strings
of the keys up again for the DocBin) had filling their DocBins take 0.70 CPU s instead of 0.50.
"""

from __future__ import annotations

from spacy.attrs import NORM
from spacy.strings import get_string_id as key
from spacy.vocab import Vocab

__all__ = ["WordKeys", "key"]


class WordKeys:
    """Each word's lexeme's NORM by vocabulary, computed once per export (most words repeat).

    A word's ORTH is `key(word)`: computing it costs less than looking it up (most documents bring a
    word not seen before, and a miss means a second pass over its words).
    """

    LIMIT = 200_000  # words remembered per vocabulary (more are computed again)

    def __init__(self) -> None:
        self._norms: dict[int, tuple[dict[str, int], dict[str, str]]] = {}  # by id(vocab): key, string

    def lexeme_norms(self, vocab: Vocab, words: list[str]) -> tuple[list[int], list[str]]:
        """Each word's lexeme's NORM in `vocab`, as a key and as a string."""
        norm_of, string_of = self._norms.setdefault(id(vocab), ({}, {}))
        try:
            return list(map(norm_of.__getitem__, words)), list(map(string_of.__getitem__, words))
        except KeyError:
            if len(norm_of) > self.LIMIT:
                norm_of.clear()
                string_of.clear()
            # spaCy's vocab.pyi leaves out this public attribute of the Cython class (vocab.pxd).
            getter = vocab.lex_attr_getters.get(NORM)  # type: ignore[attr-defined]
            for word in words:
                if word not in norm_of:
                    norm = getter(word) if getter is not None and word not in vocab else None
                    if not isinstance(norm, str):  # the lexeme exists, or its NORM is no string
                        norm = vocab[word].norm_
                    norm_of[word], string_of[word] = key(norm), norm
            return list(map(norm_of.__getitem__, words)), list(map(string_of.__getitem__, words))
