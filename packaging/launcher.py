"""The frozen build's entry point: the `curator` command, and the PDF worker the importer starts.

In the one-folder build `sys.executable` is this program, not a Python interpreter, so the PDF importer
(curator.core.importers.pdf) starts it with `--pdf-worker` instead of `python -I pdf_worker.py`. The
worker's source ships beside the frozen modules and runs as a script, as it does from a checkout: it
imports nothing of curator, so a PDF still starts a light child process, not the whole application.
"""

import runpy
import sys
from pathlib import Path

PDF_WORKER_FLAG = "--pdf-worker"
PDF_WORKER = Path(getattr(sys, "_MEIPASS", Path(__file__).parent)) / "curator/core/importers/pdf_worker.py"


def main() -> None:
    if sys.argv[1:2] == [PDF_WORKER_FLAG]:
        sys.argv = [str(PDF_WORKER), *sys.argv[2:]]
        runpy.run_path(str(PDF_WORKER), run_name="__main__")
        return
    from curator.cli.main import main as curator_main

    sys.exit(curator_main())


if __name__ == "__main__":
    main()
