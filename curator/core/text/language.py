"""The language of an imported text, right even for one short sentence, so `lang:` filters and every
document gets its own language's tokenizer.

The corpus is Turkish (with or without its letters), Kyrgyz, Kazakh, Russian and English news. Counting
function words guessed 606 of 10,000 one-sentence Turkish news tasks as English or undetermined, and
those documents were then tokenized as English. So the guess is now made in three steps:

1. The script decides the candidates: Cyrillic text is Kyrgyz, Kazakh or Russian; Latin text is Turkish
   or English. A text is never English because of a doubt: Cyrillic never is, and Latin text holding a
   letter only Turkish has (ı İ ş ğ) is English only when the model is sure ("Erdoğan met Tokayev").
2. py3langid (a maintained fork of langid.py, whose character n-gram model ships in the package and covers
   Kyrgyz and Kazakh, offline) ranks the candidates.
3. When its margin is thin (a five-word sentence, a list of names) the prior decides: the language most of
   the project's documents have, or, while a file is imported, the language most of its confidently
   guessed documents have (see `language_prior`). A file of 10,000 Turkish sentences is then Turkish
   throughout, and an English sentence in it, told apart with a wide margin, stays English.

Text without letters is "und"; text with letters is always one of the five (a French quote comes out
as English, whose tokenizer suits it best). benchmarks/language_id.py measures the accuracy per language
on sentences of 5 to 15 words.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from curator.core.text.language_batch import BatchScorer, Model

UNDETERMINED = "und"
LANGUAGES = ("tr", "ky", "kk", "ru", "en")
CYRILLIC_LANGUAGES = ("ky", "kk", "ru")
LATIN_LANGUAGES = ("tr", "en")
# The n-gram model's view of a text: its start is enough, and a long document costs no more than this.
SAMPLE_CHARS = 3_000
# How far (in log-probability) a candidate may trail the best one and still win by the prior: a Turkish
# sentence of five words trails English by up to about 3; real English sentences lead by 10 and more.
PRIOR_MARGIN = 4.0

TURKISH_LETTERS = frozenset("ıİşŞğĞ")
# Letters of both Kyrgyz and Kazakh that Russian lacks, and letters only Kazakh has (text repair uses them).
TURKIC_CYRILLIC = frozenset("ңөүҢӨҮ")
KAZAKH_ONLY = frozenset("әғқұһіӘҒҚҰҺІ")

# Cyrillic (U+0400-U+04FF) and Latin letters (A-Z, a-z, U+00C0-U+024F) counted in the text's UTF-8 by
# lead byte, in C (two regular expressions listing every letter were a tenth of a JSONL import): a lead
# byte never occurs inside another character, and U+0240-U+024F are the only code points led by C9 here.
_CYRILLIC_LEADS = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")
_LATIN_LEADS = (b"\xc3", b"\xc4", b"\xc5", b"\xc6", b"\xc7", b"\xc8")
_LATIN_LED_BY_C9 = re.compile(b"\xc9[\x80-\x8f]")
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_TURKISH_LETTER = re.compile(f"[{''.join(TURKISH_LETTERS)}]")


@lru_cache(maxsize=1)
def _identifier() -> Model:
    """py3langid's model limited to our languages, loaded on first use (see language_model.py)."""
    from curator.core.text.language_model import load_identifier

    model: Model = load_identifier(LANGUAGES)
    return model


_LOAD_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _batch_scorer() -> BatchScorer:
    from curator.core.text.language_batch import BatchScorer  # NumPy: loaded with the model, not before

    return BatchScorer(_identifier())


def _scores(sample: str) -> dict[str, float]:
    with _LOAD_LOCK:  # two import threads must not unpickle the model twice
        identifier = _identifier()
    return dict(identifier.rank(sample))


@dataclass(slots=True)
class LanguageTally:
    """The languages seen so far, for the prior: the project's documents, then each confident guess."""

    counts: Counter[str] = field(default_factory=Counter)

    def majority(self, candidates: tuple[str, ...]) -> str | None:
        among = [(count, language) for language, count in self.counts.items() if language in candidates]
        return max(among)[1] if among else None


_PRIOR: ContextVar[LanguageTally | None] = ContextVar("language_prior", default=None)


@contextmanager
def language_prior(counts: dict[str, int] | None = None) -> Iterator[LanguageTally]:
    """Guesses inside the block lean, when in doubt, towards the language most texts so far have.

    `counts` are the languages the project already holds; confident guesses made inside the block are
    added as they come, so one file's own majority settles its ambiguous sentences.
    """
    tally = LanguageTally(Counter({k: v for k, v in (counts or {}).items() if k in LANGUAGES}))
    token = _PRIOR.set(tally)
    try:
        yield tally
    finally:
        _PRIOR.reset(token)


def _candidates(sample: str) -> tuple[str, ...] | None:
    encoded = sample.encode("utf-8", "surrogatepass")
    cyrillic = sum(map(encoded.count, _CYRILLIC_LEADS))
    latin = len(encoded) - len(encoded.translate(None, _ASCII_LETTERS))
    if not sample.isascii():
        latin += sum(map(encoded.count, _LATIN_LEADS)) + len(_LATIN_LED_BY_C9.findall(encoded))
    if cyrillic == 0 and latin == 0:
        return None
    return CYRILLIC_LANGUAGES if cyrillic > latin else LATIN_LANGUAGES


def _preferred(sample: str, candidates: tuple[str, ...], prior: str | None) -> str | None:
    if candidates == LATIN_LANGUAGES and _TURKISH_LETTER.search(sample):
        return "tr"  # English only when the model is sure: "Erdoğan met Tokayev in Ankara."
    if prior is not None:
        return prior
    tally = _PRIOR.get()
    return tally.majority(candidates) if tally is not None else None


def guess_language(text: str, prior: str | None = None) -> str:
    """ "tr", "ky", "kk", "ru", "en" or "und" for `text` (see the module's docstring).

    `prior` is the language to prefer when the model hesitates; without it, the innermost
    `language_prior` block's majority is used.
    """
    sample = text[:SAMPLE_CHARS]
    candidates = _candidates(sample)
    if candidates is None:
        return UNDETERMINED
    return _decide(sample, candidates, _scores(sample), prior)


def guess_languages(texts: Sequence[str]) -> list[str]:
    """`guess_language` of each text, in order (each guess teaches the prior of the next ones as it
    would one by one), with the model's scores computed for all of them at once (language_batch.py):
    a file of 10,000 one-sentence tasks costs 0.15 s instead of 1.3 s."""
    samples = [text[:SAMPLE_CHARS] for text in texts]
    candidates = [_candidates(sample) for sample in samples]
    scored = [sample for sample, among in zip(samples, candidates, strict=True) if among is not None]
    with _LOAD_LOCK:
        scorer = _batch_scorer()
    scores = iter(scorer.scores(scored))
    return [
        UNDETERMINED if among is None else _decide(sample, among, next(scores), None)
        for sample, among in zip(samples, candidates, strict=True)
    ]


def _decide(sample: str, candidates: tuple[str, ...], scores: dict[str, float], prior: str | None) -> str:
    first, second = sorted(candidates, key=lambda language: scores[language], reverse=True)[:2]
    preferred = _preferred(sample, candidates, prior)
    best = first
    if preferred in candidates and scores[first] - scores[preferred] < PRIOR_MARGIN:
        best = preferred
    tally = _PRIOR.get()
    if tally is not None and scores[first] - scores[second] >= PRIOR_MARGIN:
        tally.counts[best] += 1  # only sure guesses teach the prior
    return best
