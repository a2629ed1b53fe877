"""Token labels per layer: the project's tokenizer, cut at every compared span boundary.

spaCy keeps Turkish "Bişkek'te" and Kyrgyz "ЖККУнун" as one token; judging that token would count an
annotator who tagged "Bişkek" and one who tagged "Bişkek'te" as agreeing or not by accident. So, as the
exporters do (`curator/core/exporters/alignment.py`), a token is cut wherever any compared layer's span
starts or ends inside it, and each piece is judged: "Bişkek" and "'te" are two items. A piece outside
every span of a layer is "O" for that layer; where one layer's spans overlap, the earliest-starting
(then longest) span's label wins, so each piece gets one label per layer.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy

from curator.core.agreement.layers import DocumentLayers
from curator.core.text.tokenization import EXPORT_LEXEME_ATTRIBUTES, DocumentTokens, TokenizerCache

OUTSIDE = "O"


def tokenize_documents(documents: Sequence[DocumentLayers]) -> dict[int, DocumentTokens]:
    """Each document's tokens, tokenized in batches per language."""
    cache = TokenizerCache(EXPORT_LEXEME_ATTRIBUTES)
    by_language: dict[str, list[DocumentLayers]] = {}
    for document in documents:
        by_language.setdefault(document.language, []).append(document)
    tokens: dict[int, DocumentTokens] = {}
    for language, group in by_language.items():
        for document, result in zip(group, cache.tokenize(language, [d.text for d in group]), strict=True):
            tokens[document.id] = result
    return tokens


def token_codes(
    document: DocumentLayers, tokens: DocumentTokens, layers: Sequence[int], categories: dict[str, int]
) -> numpy.ndarray:
    """`codes[piece, layer]`: the label index (in `categories`, "O" is 0) of each token piece per layer.

    Layers absent from the document get -1 (no code), which the coefficients treat as missing.
    """
    boundaries = sorted(
        {s.start for layer in layers for s in document.spans.get(layer, ())}
        | {s.end for layer in layers for s in document.spans.get(layer, ())}
    )
    starts = numpy.asarray(tokens.starts, dtype=numpy.int64)
    ends = numpy.asarray(tokens.ends, dtype=numpy.int64)
    if boundaries and starts.size:
        cuts = numpy.asarray(boundaries, dtype=numpy.int64)
        owner = numpy.searchsorted(starts, cuts, side="right") - 1
        valid = owner >= 0
        inside = numpy.zeros(cuts.size, dtype=bool)
        inside[valid] = (starts[owner[valid]] < cuts[valid]) & (cuts[valid] < ends[owner[valid]])
        starts = numpy.sort(numpy.concatenate((starts, cuts[inside])))
        ends = numpy.sort(numpy.concatenate((ends, cuts[inside])))
    present = set(document.layers)
    codes = numpy.full((starts.size, len(layers)), -1, dtype=numpy.int64)
    for column, layer in enumerate(layers):
        if layer not in present:
            continue
        column_codes = numpy.zeros(starts.size, dtype=numpy.int64)
        labelled = numpy.zeros(starts.size, dtype=bool)
        for span in sorted(document.spans.get(layer, ()), key=lambda s: (s.start, -s.end)):
            first = int(numpy.searchsorted(starts, span.start, side="left"))
            last = int(numpy.searchsorted(ends, span.end, side="right"))
            if last <= first:
                continue
            free = ~labelled[first:last]
            column_codes[first:last][free] = categories.setdefault(span.label, len(categories))
            labelled[first:last] = True
        codes[:, column] = column_codes
    return codes
