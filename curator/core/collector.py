"""Python's cyclic garbage collector kept off what was alive before an import or export began.

An import or export makes and keeps many objects (rows, spaCy `Doc`s filling a DocBin), so the
collector's oldest generation grows and each full collection walks every object of the process again:
spaCy's and SQLAlchemy's modules, the vocabulary, the window's widgets. `gc.freeze()` moves what exists
now to the permanent generation, which no collection walks: the 10,000-task import spent 0.15-0.18 s
collecting (one full collection) before and 0.005 s after, the dense DocBin export 0.35 s and 0.05 s
(with the threshold below). The collector stays on, so the cycles a long job makes are still freed
and its memory stays flat (unlike `gc.disable()`).

The youngest generation is also collected after 10,000 new objects rather than 700: most of a job's
objects (rows, tokens, `Doc`s) are freed by their reference counts long before, and the 350 young
collections of the dense DocBin export (0.087 s) became 15 (0.046 s); a cycle waits a little longer.

Jobs run on worker threads, two at once in the window (an import beside an export), and the freeze is
of the whole process: it lasts from the first job's start to the last one's end, counted here.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_YOUNG_THRESHOLD = 10_000

_lock = threading.Lock()
_jobs = 0
_thresholds = gc.get_threshold()


@contextmanager
def long_lived_objects_frozen() -> Iterator[None]:
    """Collections during the block skip every object alive at its start (and at any job's start that
    overlaps it); those objects are back under the collector once the last such block ends."""
    global _jobs, _thresholds
    with _lock:
        if _jobs == 0:
            gc.freeze()
            _thresholds = gc.get_threshold()
            gc.set_threshold(max(_thresholds[0], _YOUNG_THRESHOLD), *_thresholds[1:])
        _jobs += 1
    try:
        yield
    finally:
        with _lock:
            _jobs -= 1
            if _jobs == 0:
                gc.set_threshold(*_thresholds)
                gc.unfreeze()
