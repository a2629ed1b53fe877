"""Child process of tests/core/test_import_runs.py: one big import, committed in small chunks, to be killed.

    python import_child.py PROJECT FILE

Small chunks with a long pause between them keep the import running for many seconds, so the parent can
kill it (SIGKILL) after some chunks are committed and before the last one.
"""

from __future__ import annotations

import sys
from pathlib import Path

from curator.core.importers import StoreChunks, import_paths
from curator.core.project.setup import open_project


def main() -> None:
    project = open_project(Path(sys.argv[1]), create=False, annotator="killed-import")
    import_paths(project, [Path(sys.argv[2])], chunks=StoreChunks(documents=100, pause=0.2))


if __name__ == "__main__":
    main()
