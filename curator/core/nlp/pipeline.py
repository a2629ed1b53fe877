"""The network Curator trains and how a trained pipeline's output is read and scored.

The network is spaCy's own CPU "efficiency" NER pipeline (`init_config(..., optimize="efficiency")`,
generated in code, nothing downloaded): a hashed-embedding CNN tok2vec (width 96, depth 4, embedding
NORM, PREFIX, SUFFIX and SHAPE) feeding a transition-based NER, plus a span categorizer when spans
overlap: the same architecture `spacy train` gets from `spacy init config -p ner -o efficiency`, so the
two are compared on how they are trained, not on what they are. The tokenizer is Curator's
(`curator.core.nlp.tokenizer`).
"""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.cli.init_config import init_config
from spacy.language import Language
from spacy.tokens import Doc

from curator.core.exporters.alignment import align
from curator.core.exporters.docbin import SPAN_KEY, choose_entities
from curator.core.nlp.corpus import Unit
from curator.core.nlp.scoring import Scores, SpanKey, score_spans
from curator.core.nlp.tokenizer import add_suffix_rules
from curator.core.text.tokenization import FALLBACK_LANGUAGE

# A span categorizer proposes n-grams up to the longest training span, but no longer than this.
MAX_SPAN_TOKENS = 8


def _spacy_language(code: str) -> str:
    try:
        spacy.util.get_lang_class(code)
    except ImportError:
        return FALLBACK_LANGUAGE
    return code


def build_pipeline(
    language: str, *, spancat: bool, longest_span: int = 3, learn_rate: float = 0.001, averages: bool = False
) -> Language:
    """A blank, untrained efficiency pipeline (tok2vec + ner [+ spancat]) with Curator's tokenizer; its
    optimizer (Adam, `learn_rate`, parameter averaging if `averages`) is the one `nlp.initialize` returns."""
    pipes = ["ner", "spancat"] if spancat else ["ner"]
    config = init_config(lang=_spacy_language(language), pipeline=pipes, optimize="efficiency")
    if spancat:
        sizes = list(range(1, min(MAX_SPAN_TOKENS, max(longest_span, 1)) + 1))
        config["components"]["spancat"]["suggester"]["sizes"] = sizes
    config["training"]["optimizer"]["learn_rate"] = learn_rate
    config["training"]["optimizer"]["use_averages"] = averages
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    return add_suffix_rules(nlp, language)


def reference_doc(nlp: Language, unit: Unit) -> Doc:
    """The gold Doc of a paragraph: its tokens refined at span edges, a non-overlapping subset as
    entities and every span in the span group."""
    aligned = align(nlp, unit.text, list(unit.spans))
    doc = aligned.doc
    entities, _blocked = choose_entities(aligned.spans)
    doc.ents = entities
    doc.spans[SPAN_KEY] = aligned.spans
    return doc


def doc_spans(doc: Doc) -> list[tuple[int, int, str, float]]:
    """(start, end, label, score) of a processed doc: its entities (score 1), then the span
    categorizer's spans that are not entities already, with their scores."""
    spans = {(e.start_char, e.end_char, e.label_): 1.0 for e in doc.ents}
    group = doc.spans.get(SPAN_KEY)
    if group is not None and len(group):
        scores = group.attrs.get("scores")
        for index, span in enumerate(group):
            key = (span.start_char, span.end_char, span.label_)
            if key not in spans:
                spans[key] = float(scores[index]) if scores is not None else 1.0
    return [(start, end, label, score) for (start, end, label), score in sorted(spans.items())]


def score_units(nlp: Language, units: Sequence[Unit], batch_size: int = 256) -> Scores:
    """Exact character-span scores of `nlp` on `units`."""
    gold: list[SpanKey] = []
    predicted: list[SpanKey] = []
    docs = nlp.pipe((unit.text for unit in units), batch_size=batch_size)
    for number, (unit, doc) in enumerate(zip(units, docs, strict=True)):
        gold.extend((number, s, e, label) for s, e, label in unit.spans)
        predicted.extend((number, s, e, label) for s, e, label, _ in doc_spans(doc))
    return score_spans(gold, predicted)
