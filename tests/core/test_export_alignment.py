"""Token alignment on its own: every span becomes a strict char span and the text is never changed."""

from __future__ import annotations

import random

import pytest
import spacy

from curator.core.exporters.alignment import TokenSplit, align
from curator.core.text.tokenization import TokenizerCache, language_code


@pytest.fixture(scope="module")
def tokenizers() -> TokenizerCache:
    return TokenizerCache()


def test_a_span_inside_a_token_splits_it_there(tokenizers: TokenizerCache) -> None:
    text = "Toplantı Bişkek’te ve ЖККУнун merkezinde."
    start = text.index("Bişkek")
    kgk = text.index("ЖККУ")
    aligned = align(tokenizers.get("tr"), text, [(start, start + 6, "GPE"), (kgk, kgk + 4, "ORG")])

    assert aligned.doc.text == text
    assert [(span.text, span.label_) for span in aligned.spans] == [("Bişkek", "GPE"), ("ЖККУ", "ORG")]
    assert aligned.splits == [
        TokenSplit("Bişkek’te", ("Bişkek", "’te")),
        TokenSplit("ЖККУнун", ("ЖККУ", "нун")),
    ]
    assert [(span.text, token) for span, token in aligned.inside_tokens] == [
        ("Bişkek", "Bişkek’te"),
        ("ЖККУ", "ЖККУнун"),
    ]
    assert [token.whitespace_ for token in aligned.doc[1:3]] == ["", " "]


def test_a_span_in_the_middle_of_a_token_cuts_it_in_three(tokenizers: TokenizerCache) -> None:
    aligned = align(tokenizers.get("xx"), "abcXYZdef ghi", [(3, 6, "X")])

    assert [token.text for token in aligned.doc] == ["abc", "XYZ", "def", "ghi"]
    assert [span.text for span in aligned.spans] == ["XYZ"]


def test_aligned_spans_leave_the_tokenizer_output_alone(tokenizers: TokenizerCache) -> None:
    nlp = tokenizers.get("tr")
    text = "KGAÖ toplantısı yapıldı."
    aligned = align(nlp, text, [(0, 4, "ORG")])

    assert aligned.splits == [] and aligned.inside_tokens == []
    assert [token.text for token in aligned.doc] == [token.text for token in nlp.make_doc(text)]


def test_spans_are_trimmed_deduplicated_and_bad_ones_explained(tokenizers: TokenizerCache) -> None:
    text = "Bişkek  ve\nОш"
    spans = [(0, 7, "GPE"), (0, 6, "GPE"), (6, 8, "GPE"), (11, 14, "GPE"), (10, 13, "GPE")]
    aligned = align(tokenizers.get("ky"), text, spans)

    assert [(span.start_char, span.end_char) for span in aligned.spans] == [(0, 6), (11, 13)]
    assert [(item.start, item.end, item.new_start, item.new_end) for item in aligned.trimmed] == [
        (0, 7, 0, 6),
        (10, 13, 11, 13),
    ]
    assert [(item.start, item.end, item.reason) for item in aligned.left_out] == [
        (0, 6, "same as another span once whitespace is trimmed"),
        (6, 8, "only whitespace"),
        (11, 14, "offsets outside the text (0-13)"),
    ]


ALPHABET = list("abcçğıiöşüАБВЖКУҢӨҮнуе") + [
    " ",
    " ",
    "  ",
    "\n",
    "'",
    "’",
    "-",
    ".",
    ",",
    "🙂",
    "🇰🇬",
    "\u00a0",
    "\t",
]


@pytest.mark.parametrize("language", ["tr", "ky", "kk", "ru", "en", "und"])
def test_random_texts_and_spans_always_align_exactly(tokenizers: TokenizerCache, language: str) -> None:
    rng = random.Random(language)
    nlp = tokenizers.get(language)
    for _ in range(150):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 60)))
        spans = []
        for _ in range(rng.randint(0, 6)):
            start = rng.randrange(len(text))
            spans.append((start, rng.randint(start + 1, len(text)), rng.choice(["A", "B"])))
        aligned = align(nlp, text, spans)

        assert aligned.doc.text == text
        assert len(aligned.spans) + len(aligned.left_out) == len(spans)
        assert all(item.reason != "no token boundary at its start or end" for item in aligned.left_out)
        for span in aligned.spans:
            assert not text[span.start_char].isspace() and not text[span.end_char - 1].isspace()
            strict = aligned.doc.char_span(span.start_char, span.end_char, alignment_mode="strict")
            assert strict is not None and (strict.start, strict.end) == (span.start, span.end)


def test_language_tags_map_to_spacy_codes() -> None:
    assert [language_code(tag) for tag in ["tr", "TR", "tr-TR", "ky_KG", "und", "", "mul"]] == [
        "tr",
        "tr",
        "tr",
        "ky",
        "xx",
        "xx",
        "xx",
    ]


def test_missing_tokenizers_fall_back_to_xx_with_a_reason() -> None:
    cache = TokenizerCache()

    assert cache.get("kk").lang == "xx"
    assert cache.fallback_reason("kk") == "spaCy has no tokenizer for it"
    assert cache.fallback_reason("und") == "no language given"
    assert cache.fallback_reason("tr-TR") is None and cache.get("tr-TR").lang == "tr"
    assert cache.fallback_reason("xx") is None
    assert cache.get("KY") is cache.get("ky")


def test_a_tokenizer_that_needs_a_missing_library_falls_back() -> None:
    try:
        spacy.blank("ja")
    except ImportError:
        pass
    else:
        pytest.skip("SudachiPy is installed here")
    cache = TokenizerCache()

    assert cache.get("ja").lang == "xx"
    assert "SudachiPy" in (cache.fallback_reason("ja") or "")
