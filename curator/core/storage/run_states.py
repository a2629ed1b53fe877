"""How an import run is recorded as unfinished: its state and the host it ran on.

Apart from `import_runs` (SQLAlchemy's ORM) so that the read-only open of `curator stats`
(storage.snapshot) can tell, with the standard library alone, whether a killed import is waiting to be
removed.
"""

from __future__ import annotations

import socket

RUNNING = "running"


def this_host() -> str:
    return socket.gethostname()
