"""Child process of tests/core/test_kill_backup.py: backs a project up until it is killed.

    python backup_child.py backup PROJECT   # rolling backups, one after another, forever
    python backup_child.py migrate PROJECT  # open an old project: the backup before the migration

The parent watches for the temporary file of a backup being written and kills this process with SIGKILL
at that moment; whatever is then left must be complete files or temporaries the next run removes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from curator.core.project.setup import open_project
from curator.core.storage.backups import write_backup


def main() -> None:
    mode, path = sys.argv[1], Path(sys.argv[2])
    project = open_project(path, create=False, annotator="backup-child")
    print("ready", flush=True)
    if mode == "backup":
        while True:
            write_backup(project, keep=1000)


if __name__ == "__main__":
    main()
