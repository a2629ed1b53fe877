"""Inter-annotator agreement over layers (one layer per annotator id), and feedback against gold.

Pure Python and numpy, read-only. `compute_agreement` gives span F1 (exact and overlap, boundary
disagreements apart), Cohen's and Fleiss' κ and Krippendorff's α on token labels, αU on the character
continuum, and event agreement; `feedback` gives one annotator's disagreements with the gold layer.
How scores are aggregated over documents, and why, is in `curator.core.agreement.report`.
"""

from curator.core.agreement.feedback import EXTRA, MISSED, Disagreement, Feedback, feedback
from curator.core.agreement.report import (
    AgreementCancelled,
    AgreementReport,
    EventAgreement,
    LabelAgreement,
    PairAgreement,
    SkippedDocument,
    compute_agreement,
    score_corpus,
)

__all__ = [
    "AgreementCancelled",
    "EXTRA",
    "MISSED",
    "AgreementReport",
    "Disagreement",
    "EventAgreement",
    "Feedback",
    "LabelAgreement",
    "PairAgreement",
    "SkippedDocument",
    "compute_agreement",
    "feedback",
    "score_corpus",
]
