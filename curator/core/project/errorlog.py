"""The error log: every unexpected exception, with what failed and on which project, in a rotating file.

A traceback on stderr is lost when the window was started from a desktop icon, and a bug report needs
more than the one line the user is shown; so the window and the command line write the full report here
and name the file. The log lives in the platform's user log folder (on Linux
`$XDG_STATE_HOME/curator/log`) and rotates, so it never grows past a few megabytes.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from curator import __version__

LOG_NAME = "curator.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 4

_logger = logging.getLogger("curator.errors")
_logger.propagate = False  # the report goes to the file; the caller shows the user its one line
_logger.setLevel(logging.ERROR)


def log_path() -> Path:
    return Path(platformdirs.user_log_dir("curator")) / LOG_NAME


def describe(error: BaseException) -> str:
    """`KeyError: 'x'`: the exception as one line, for the message the user reads."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def error_report(error: BaseException, what: str, project: Path | None) -> str:
    """The plain-text report the log keeps and the error dialog shows (and copies)."""
    lines = [
        f"{what} failed: {describe(error)}",
        f"project: {project if project is not None else '(none)'}",
        f"time: {datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"curator {__version__}, Python {platform.python_version()}, {platform.platform()}",
        "",
        "".join(traceback.format_exception(error)).rstrip(),
    ]
    return "\n".join(lines)


def record_exception(error: BaseException, what: str, project: Path | None = None) -> Path | None:
    """Append the report to the log and return the log's path; None when the log cannot be written
    (a read-only home must not turn one error into two)."""
    path = log_path()
    try:
        handler = _handler_for(path)
    except OSError as problem:
        print(f"curator: cannot write the error log {path} ({problem})", file=sys.stderr)
        return None
    _logger.error("%s", error_report(error, what, project))
    handler.flush()
    return path


def _handler_for(path: Path) -> RotatingFileHandler:
    """One handler per log file; a new one when the log folder changed (tests, another user folder)."""
    for handler in list(_logger.handlers):
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return handler
        _logger.removeHandler(handler)
        handler.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    handler.setFormatter(logging.Formatter("=== %(asctime)s\n%(message)s\n"))
    _logger.addHandler(handler)
    return handler
