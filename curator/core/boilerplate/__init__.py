"""Boilerplate in news text: what to propose for exclusion, and PDF line breaks to propose for joining.

Detection only proposes; a person accepts or rejects each region (curator.core.services.exclusions).
Every proposal names its kind (what the noise is) and the rule that found it, so a wrong rule can be
traced and a whole kind can be accepted at once. Proposals never overlap one another.
"""

from curator.core.boilerplate.corpus import CorpusLines, corpus_proposals
from curator.core.boilerplate.detect import KINDS, LINE_JOIN, Proposal, detect, detect_joins, detect_lines

__all__ = [
    "KINDS",
    "LINE_JOIN",
    "CorpusLines",
    "Proposal",
    "corpus_proposals",
    "detect",
    "detect_joins",
    "detect_lines",
]
