"""Is a short sentence given its own language? Issue 14: accuracy per language on sentences of 5-15 words.

Sentences: the Turkish news NER corpus's test split (real Milliyet sentences, tr), the same sentences with
the Turkish letters typed as ASCII (tr-ascii, which must still be tr), the gold article sentences of the
web pages in tests/data/html (tr, ky, kk, ru, en) and benchmarks/data/language_sentences.tsv (ky, kk, ru,
en, written for this benchmark). None of them trained the model. Reports, per language, the accuracy of
`guess_language` alone, with the import's majority prior (as `import_paths` runs it), and how often a
Cyrillic or Turkish-letter sentence came out as English (must be 0); then the guesses per second.

Run: `.venv/bin/python benchmarks/language_id.py`. Exits 1 if a language is below 95% with the prior or a
sentence with Cyrillic or Turkish letters is called English.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from curator.core.text.language import TURKISH_LETTERS, guess_language, language_prior

ROOT = Path(__file__).resolve().parents[1]
NER_TEST = ROOT.parent / "shared" / "data" / "turkish-news-ner" / "test.txt"
SENTENCES = ROOT / "benchmarks" / "data" / "language_sentences.tsv"
PAGES = ROOT / "tests" / "data" / "html"
_BRACKET = re.compile(r"\[[A-Z]+ (.*?) ?\]")
_ASCII = str.maketrans("ıİşŞğĞçÇöÖüÜâÂîÎûÛ", "iIsSgGcCoOuUaAiIuU")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
MIN_WORDS, MAX_WORDS = 5, 15
TARGET = 0.95


def _fits(sentence: str) -> bool:
    return MIN_WORDS <= len(sentence.split()) <= MAX_WORDS


def sentences() -> dict[str, list[str]]:
    """Test sentences by expected language ("tr-ascii" is expected to come out as "tr")."""
    found: dict[str, list[str]] = {"tr": [], "tr-ascii": [], "ky": [], "kk": [], "ru": [], "en": []}
    if NER_TEST.exists():
        for line in NER_TEST.read_text(encoding="utf-8").splitlines():
            plain = " ".join(_BRACKET.sub(r"\1", line).split())
            if _fits(plain):
                found["tr"].append(plain)
                if plain.translate(_ASCII) != plain:
                    found["tr-ascii"].append(plain.translate(_ASCII))
    gold = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
    for name, page in gold.items():
        language = name.split("_", 1)[0]
        for paragraph in page["article"] + page.get("lead", []):
            found[language].extend(s for s in _SENTENCE_END.split(paragraph) if _fits(s))
    for line in SENTENCES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            language, sentence = line.split("\t", 1)
            found[language].append(sentence)
    return found


def accuracy(texts: list[str], expected: str, use_prior: bool) -> tuple[float, int, Counter[str]]:
    """(share right, Cyrillic/Turkish-letter sentences called English, what the guesses were)."""
    if use_prior:
        with language_prior():
            guesses = [guess_language(text) for text in texts]
    else:
        guesses = [guess_language(text) for text in texts]
    wrong_english = sum(
        1
        for text, guess in zip(texts, guesses, strict=True)
        if guess == "en" and (_CYRILLIC.search(text) or TURKISH_LETTERS & set(text))
    )
    right = sum(1 for guess in guesses if guess == expected)
    return right / max(len(texts), 1), wrong_english, Counter(guesses)


def main() -> int:
    found = sentences()
    guess_language("warm up: load the model")
    print(
        f"{'language':<10}{'sentences':>10}{'alone':>9}{'with prior':>12}{'Cyr/tr→en':>11}"
        "  guesses (with prior)"
    )
    ok = True
    for language, texts in found.items():
        if not texts:
            print(f"{language:<10}{0:>10}  (no sentences: {NER_TEST} missing?)")
            continue
        expected = "tr" if language == "tr-ascii" else language
        alone, _, _ = accuracy(texts, expected, use_prior=False)
        primed, wrong_english, guesses = accuracy(texts, expected, use_prior=True)
        ok = ok and primed >= TARGET and wrong_english == 0
        shown = ", ".join(f"{k} {v}" for k, v in guesses.most_common())
        print(f"{language:<10}{len(texts):>10}{alone:>9.1%}{primed:>12.1%}{wrong_english:>11}  {shown}")
    every = [text for texts in found.values() for text in texts]
    started = time.perf_counter()
    for text in every:
        guess_language(text)
    elapsed = time.perf_counter() - started
    print(f"\n{len(every):,} guesses in {elapsed:.2f} s: {len(every) / elapsed:,.0f} sentences/s")
    print(
        f"every language >= {TARGET:.0%} with the prior, none called English wrongly: {'yes' if ok else 'NO'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
