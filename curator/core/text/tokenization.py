"""spaCy tokenizers by document language, with a fallback for languages spaCy does not have.

Only blank pipelines (`spacy.blank`) are used: rule-based tokenizers, no trained weights to download. A
language spaCy lacks ("kk", "uz"), no language at all ("und"), or one whose tokenizer needs an extra
library (Japanese needs SudachiPy) falls back to the multi-language tokenizer "xx"; callers report that,
so a user learns why a Kazakh export was tokenized generically.

`TokenizerCache.tokenize` gives many texts' tokens at once as plain integers (`DocumentTokens`), which is
what the exporters work with: building and walking a spaCy `Doc` per document costs more than the export.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

import numpy
import spacy
from spacy.attrs import IDX, LANG, LENGTH, NORM, ORTH, SENT_START, SPACY, intify_attrs
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

# Re-exported: spaCy-free in text.language_codes, so search and the suffix tables load without spaCy.
from curator.core.text.language_codes import FALLBACK_LANGUAGE, language_code

# The lexeme attributes the JSONL and DocBin exports need of words they have not seen: spaCy computes
# some twenty (lower, shape, prefix, is_punct, like_num, ...) in Python for every new word, a quarter of
# the time it takes to tokenize 10,000 short documents; tokenizing never reads them, and a DocBin stores
# only ORTH and NORM (LANG is kept for `vocab.lang`).
EXPORT_LEXEME_ATTRIBUTES = (NORM, LANG)

# Texts are joined and tokenized together up to this many characters (a spaCy Doc per document costs
# as much as tokenizing it), and a longer text is tokenized alone, as `nlp.make_doc` would.
JOINED_CHARACTERS = 100_000
# Any whitespace character but " " (whose first occurrence after a token is that token's space flag)
# that no special case contains: "\n" is one in most languages. Python and spaCy count U+001E as space.
_SEPARATOR = "\x1e"
_COLUMNS = [IDX, LENGTH, SPACY, ORTH, NORM, SENT_START]
_NORM_SEPARATOR = "\x1f"  # between a token index and its norm, and between entries (never in a norm)
# By language code, what only a built pipeline tells (0.1 s to build one): why the language falls back
# (None: it does not) and the tokenizer's fingerprint. They hold for the whole process (spaCy's version
# and rules do not change under it), so an export whose tokens are all stored builds no pipeline.
_FALLBACK_REASONS: dict[str, str | None] = {}
_FINGERPRINTS: dict[str, str] = {}


def pack_norms(norms: Sequence[tuple[int, str]]) -> str | None:
    """(token index, norm) pairs as one string, None for none (how the token store keeps them)."""
    if not norms:
        return None
    return _NORM_SEPARATOR.join(f"{index}{_NORM_SEPARATOR}{norm}" for index, norm in norms)


def unpack_norms(packed: str | None) -> tuple[tuple[int, str], ...]:
    """The pairs `pack_norms` packed."""
    if not packed:
        return ()
    fields = packed.split(_NORM_SEPARATOR)
    return tuple(zip(map(int, fields[::2]), fields[1::2], strict=True))


@dataclass(slots=True)
class DocumentTokens:
    """One text's tokens as `nlp.make_doc(text)` has them, in plain lists of the same length.

    `ends[i] - starts[i]` is the token's length and `spaces[i]` whether one space follows it; `orths` and
    `norms` are the tokens' ORTH and NORM hashes in the pipeline's string store (a special case's own
    norm where the tokenizer gives one, as `Doc.to_array(NORM)` does). `sent_start` is the first token's
    SENT_START: 1, or 0 where spaCy's special-case matcher replaced the first token (a DocBin stores it).
    """

    starts: list[int]
    ends: list[int]
    spaces: list[bool]
    sent_start: int
    # ORTH and NORM columns, made lists on use; None for tokens read back from the token store, which
    # keeps strings: each token's ORTH is its text's hash and its NORM that of `norms`' entry or its text.
    hashes: numpy.ndarray | None = field(compare=False, repr=False)
    # `norms_unlike_text` as the token store keeps it (`pack_norms`), parsed only when read: DocBin reads
    # it, JSONL and CoNLL never do, and parsing it was a third of reading a document's stored tokens.
    packed_norms: str | None = None
    # The tokens as the JSONL export writes them (`curator.core.text.token_json.json_tokens`), kept in
    # the token store with them; None until the store has made them.
    json: str | None = None

    @property
    def norms_unlike_text(self) -> tuple[tuple[int, str], ...]:
        """(token index, norm) of the tokens whose NORM is not their own text (for stored tokens)."""
        return unpack_norms(self.packed_norms)

    @property
    def orths(self) -> list[int]:
        return self._hashes()[:, 0].tolist()

    @property
    def norms(self) -> list[int]:
        return self._hashes()[:, 1].tolist()

    def _hashes(self) -> numpy.ndarray:
        if self.hashes is None:
            raise ValueError("stored tokens carry no hashes: look the words up in the vocabulary")
        return self.hashes


@dataclass(frozen=True, slots=True)
class JoinRules:
    """What `tokenize_texts` needs to know about a tokenizer's special cases (see there)."""

    joinable: bool
    first_orths: frozenset[int]

    @classmethod
    def of(cls, nlp: Language) -> JoinRules:
        if type(nlp.tokenizer) is not Tokenizer:  # Chinese, say: not the tokenizer described there
            return cls(joinable=False, first_orths=frozenset())
        # spacy.tokenizer is compiled without a stub, so mypy cannot narrow on the check above.
        rules = nlp.tokenizer.rules or {}  # type: ignore[union-attr]
        strings = nlp.vocab.strings
        return cls(
            joinable=not any(_SEPARATOR in rule for rule in rules),
            first_orths=frozenset(
                strings.add(intify_attrs(dict(substrings[0]), _do_deprecated=True)[ORTH])
                for substrings in rules.values()
                if substrings
            ),
        )


class TokenizerCache:
    """One blank pipeline per language, built on first use (building one takes ~0.1 s).

    With `lexeme_attributes` (say `EXPORT_LEXEME_ATTRIBUTES`) the pipelines' vocabularies compute only
    those attributes for new words: a lexeme they create then has no `is_punct`, `lower_` or `shape_`,
    but its tokens and NORM are exactly spaCy's (tests/core/test_export_equivalence.py compares whole
    exports with a plain pipeline's).
    """

    def __init__(self, lexeme_attributes: Collection[int] | None = None) -> None:
        self._lexeme_attributes = lexeme_attributes
        self._pipelines: dict[str, Language] = {}
        self._join_rules: dict[str, JoinRules] = {}

    def get(self, language: str) -> Language:
        code = language_code(language)
        pipeline = self._pipelines.get(code)
        if pipeline is None:
            pipeline = self._build(code)
            # spaCy's 1,000,000-character limit guards its parser and NER memory; a tokenizer needs none,
            # and batches of texts are joined into one string before tokenizing.
            pipeline.max_length = 2**31 - 1
            if self._lexeme_attributes is not None:
                # spaCy's vocab.pyi leaves out this public attribute of the Cython class (vocab.pxd).
                getters = pipeline.vocab.lex_attr_getters  # type: ignore[attr-defined]
                kept = self._lexeme_attributes
                pipeline.vocab.lex_attr_getters = {a: getters[a] for a in kept if a in getters}  # type: ignore[attr-defined]
            self._pipelines[code] = pipeline
            self._join_rules[code] = JoinRules.of(pipeline)
        return pipeline

    def fallback_reason(self, language: str) -> str | None:
        """Why documents tagged `language` get the multi-language tokenizer; None if they get their own."""
        code = language_code(language)
        if code == FALLBACK_LANGUAGE:
            return None if language.strip().lower() == FALLBACK_LANGUAGE else "no language given"
        if code not in _FALLBACK_REASONS:
            self.get(language)
        return _FALLBACK_REASONS[code]

    def fingerprint(self, language: str) -> str:
        """What tokenizes `language`: the pipeline's language and a digest of spaCy's version and every
        rule of its tokenizer (affixes, token and URL matches, special cases), so stored tokens of an
        older or changed tokenizer are never taken for this one's."""
        code = language_code(language)
        fingerprint = _FINGERPRINTS.get(code)
        if fingerprint is None:
            nlp = self.get(language)
            digest = hashlib.sha256(spacy.__version__.encode("ascii"))
            digest.update(nlp.tokenizer.to_bytes(exclude=["vocab"]))  # type: ignore[union-attr]
            fingerprint = _FINGERPRINTS[code] = f"{nlp.lang}:{digest.hexdigest()[:24]}"
        return fingerprint

    def norms_unlike_text(self, language: str, tokens: DocumentTokens) -> tuple[tuple[int, str], ...]:
        """(index, norm) of the tokens of `tokens` (just made by `tokenize`) whose NORM is not their text
        (a lower-cased word, a special case's own norm): with them the hashes can be made again from
        strings alone, without the lexemes that cost more to make than the tokens."""
        strings = self.get(language).vocab.strings
        return tuple(
            (index, strings[norm])
            for index, (orth, norm) in enumerate(tokens._hashes().tolist())
            if orth != norm
        )

    def tokenize(self, language: str, texts: Sequence[str]) -> list[DocumentTokens]:
        """The tokens of each of `texts` (all in `language`), exactly as `make_doc` gives them one by one."""
        nlp = self.get(language)
        return tokenize_texts(nlp, texts, self._join_rules[language_code(language)])

    def _build(self, code: str) -> Language:
        _FALLBACK_REASONS[code] = None
        if code != FALLBACK_LANGUAGE:
            try:
                return spacy.blank(code)
            except ImportError as error:  # unknown language, or its tokenizer needs another library
                _FALLBACK_REASONS[code] = (
                    "spaCy has no tokenizer for it"
                    if "E048" in str(error)
                    else str(error).split("http", 1)[0].rstrip(" :([")
                )
        return spacy.blank(FALLBACK_LANGUAGE)


def tokenize_texts(
    nlp: Language, texts: Sequence[str], rules: JoinRules | None = None
) -> list[DocumentTokens]:
    """The tokens of each text, exactly as `nlp.make_doc(text)` gives them, many texts at a time.

    Texts that begin and end with a non-space character are joined by a separator (U+001E, a whitespace
    character) and tokenized as one string. That gives each text the tokens it gets alone, because spaCy's
    tokenizer cuts a string where space and non-space characters meet and tokenizes each of those chunks
    on its own: prefixes, suffixes, infixes, URL and token matches, special cases and the tokenizer's
    cache all see one chunk. The separator is a chunk (and a token) of its own between one text's last
    chunk and the next text's first, so each text keeps exactly its chunks, and its last token keeps no
    space flag (only " " sets one). The one step that looks across chunks, matching special cases over
    the token sequence, needs a special case containing the separator to match across it; a tokenizer
    with one (`JoinRules.joinable`) gets each text alone, like texts with space at either end, or longer
    than `JOINED_CHARACTERS`. That matcher's replacement of a text's first token shows only in its
    SENT_START, so a text whose first token could be a special case's is tokenized alone as well.
    `tests/core/test_export_equivalence.py` checks all this on random texts.
    """
    if rules is None:
        rules = JoinRules.of(nlp)
    results: list[DocumentTokens | None] = [None] * len(texts)
    group: list[int] = []
    size = 0
    for position, text in enumerate(texts):
        if rules.joinable and text and not text[0].isspace() and not text[-1].isspace():
            if size + len(text) > JOINED_CHARACTERS and group:
                _tokenize_joined(nlp, texts, group, results, rules.first_orths)
                group, size = [], 0
            if len(text) <= JOINED_CHARACTERS:
                group.append(position)
                size += len(text) + 1
                continue
        results[position] = doc_tokens(nlp.make_doc(text))
    if group:
        _tokenize_joined(nlp, texts, group, results, rules.first_orths)
    return results  # type: ignore[return-value]  # every position is filled


def doc_tokens(doc: Doc) -> DocumentTokens:
    """The tokens of a spaCy `Doc` as `DocumentTokens`."""
    array = doc.to_array(_COLUMNS)
    starts = array[:, 0].tolist()
    return DocumentTokens(
        starts,
        [start + length for start, length in zip(starts, array[:, 1].tolist(), strict=True)],
        array[:, 2].astype(bool).tolist(),
        int(array[0, 5]) if len(array) else 1,
        array[:, 3:5],
    )


def _tokenize_joined(
    nlp: Language,
    texts: Sequence[str],
    group: list[int],
    results: list[DocumentTokens | None],
    first_orths: frozenset[int],
) -> None:
    members = [texts[position] for position in group]
    joined = _SEPARATOR.join(members)
    array = nlp.tokenizer(joined).to_array(_COLUMNS)
    lengths = numpy.fromiter(map(len, members), dtype=numpy.int64, count=len(members))
    offsets = numpy.zeros(len(members), dtype=numpy.int64)
    numpy.cumsum(lengths[:-1] + len(_SEPARATOR), out=offsets[1:])
    starts = array[:, 0].astype(numpy.int64)
    firsts = numpy.searchsorted(starts, offsets)
    lasts = numpy.searchsorted(starts, offsets + lengths)
    ends = starts + array[:, 1].astype(numpy.int64)
    # A bug check, not a data check: the tokens spell the joined text, and each text's first token
    # starts at its first character and its last token ends at its last.
    spell = starts[1:] == ends[:-1] + array[:-1, 2].astype(numpy.int64)
    if not (
        starts.size
        and starts[0] == 0
        and spell.all()
        and ends[-1] + array[-1, 2] == len(joined)
        and (lasts > firsts).all()
        and (starts[firsts] == offsets).all()
        and (ends[lasts - 1] == offsets + lengths).all()
    ):
        raise AssertionError(f"spaCy's tokens do not spell the joined texts: {joined[:60]!r}")
    offset_of_token = numpy.repeat(offsets, numpy.diff(numpy.append(firsts, starts.size)))
    relative = numpy.column_stack((starts - offset_of_token, ends - offset_of_token))
    starts_list = relative[:, 0].tolist()
    ends_list = relative[:, 1].tolist()
    spaces_list = array[:, 2].astype(bool).tolist()
    hashes = array[:, 3:5]
    first_of_each = zip(group, firsts.tolist(), lasts.tolist(), array[firsts, 3].tolist(), strict=True)
    for number, (position, first, last, first_orth) in enumerate(first_of_each):
        if number and first_orth in first_orths:  # may start with a special case: see above
            results[position] = doc_tokens(nlp.make_doc(members[number]))
            continue
        results[position] = DocumentTokens(
            starts_list[first:last],
            ends_list[first:last],
            spaces_list[first:last],
            int(array[first, 5]) if number == 0 else 1,  # a later text's first token is not the Doc's
            hashes[first:last],
        )
