"""Reads for adjudication: where the annotator layers of a document agree and where a reviewer decides.

The writes that copy decisions into the gold layer are `curator.core.services.adjudication`."""

from curator.core.adjudication.compare import (
    Comparison,
    Disagreement,
    EventUnit,
    Filler,
    Kind,
    Unit,
    compare,
    disagreements,
    gold_layer_id,
    layers_of,
)

__all__ = [
    "Comparison", "Disagreement", "EventUnit", "Filler", "Kind", "Unit", "compare", "disagreements",
    "gold_layer_id", "layers_of",
]  # fmt: skip
