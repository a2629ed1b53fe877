"""The offline team flow: split a project into one file per annotator, merge project files back.

(Not `services.merge`, which merges duplicate documents inside one project.)
"""

from curator.core.services.project_merge.merge import (
    Conflict,
    ConflictRule,
    MergeCancelled,
    MergeReport,
    merge_project,
)
from curator.core.services.project_merge.source import MergeSourceError
from curator.core.services.project_merge.split import SplitFile, SplitReport, split_project

__all__ = [
    "Conflict",
    "ConflictRule",
    "MergeCancelled",
    "MergeReport",
    "MergeSourceError",
    "SplitFile",
    "SplitReport",
    "merge_project",
    "split_project",
]
