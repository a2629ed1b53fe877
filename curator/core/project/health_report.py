"""What a health check found (as the window, `curator check` and the stored last result show it), and
the row checks a file's check (`health`) and a team server's (`server_health`) run alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from curator.core.domain import CuratorError
from curator.core.storage.driver import PlainSQL

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
MAX_PROBLEMS = 200
BATCH = 500


class CheckCancelled(CuratorError):
    """The check was cancelled; nothing was stored."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing found damaged; `document_id` and `title` name the document when there is one."""

    check: str
    message: str
    document_id: int | None = None
    title: str | None = None

    def line(self) -> str:
        if self.document_id is None:
            return f"{self.check}: {self.message}"
        title = f" {self.title!r}" if self.title is not None else ""
        return f"{self.check}: document #{self.document_id}{title}: {self.message}"

    def to_dict(self) -> dict[str, object]:
        return {"check": self.check, "message": self.message, "document_id": self.document_id,
                "title": self.title}  # fmt: skip


@dataclass(frozen=True, slots=True)
class HealthReport:
    """What was checked, when, in which file, and what was found; `ok` when nothing was."""

    path: str
    checked_at: str
    checks: tuple[str, ...]
    documents: int
    problems: tuple[Problem, ...] = ()
    more_problems: int = 0  # found beyond the MAX_PROBLEMS listed
    latest_good_backup: str | None = None
    notes: tuple[str, ...] = ()  # what was not checked and by whom (a server's storage), the server's version
    server: bool = False  # a team server's report: its backups are not ours to name (`server_health`)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        if self.ok:
            return f"ok: {', '.join(self.checks)} of {self.documents} documents checked at {self.checked_at}"
        count = len(self.problems) + self.more_problems
        return f"damaged: {count} problem{'s' if count != 1 else ''} found at {self.checked_at}"

    def lines(self) -> list[str]:
        lines = [f"{self.path}: {self.summary()}"]
        lines += [f"  {problem.line()}" for problem in self.problems]
        if self.more_problems:
            lines.append(f"  … and {self.more_problems} more")
        lines += [f"note: {note}" for note in self.notes]
        if not self.ok and not self.server:
            if self.latest_good_backup:
                lines.append(f"latest good backup: {self.latest_good_backup}")
                lines.append("restore it with: curator restore BACKUP NEW_FILE")
            else:
                lines.append("no good backup found")
        return lines

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "ok": self.ok,
            "checked_at": self.checked_at,
            "checks": list(self.checks),
            "documents": self.documents,
            "problems": [problem.to_dict() for problem in self.problems],
            "more_problems": self.more_problems,
            "latest_good_backup": self.latest_good_backup,
            "notes": list(self.notes),
            "server": self.server,
        }

    @classmethod
    def from_dict(cls, data: dict) -> HealthReport:
        return cls(
            path=str(data["path"]),
            checked_at=str(data["checked_at"]),
            checks=tuple(data.get("checks", ())),
            documents=int(data.get("documents", 0)),
            problems=tuple(Problem(**problem) for problem in data.get("problems", ())),
            more_problems=int(data.get("more_problems", 0)),
            latest_good_backup=data.get("latest_good_backup"),
            notes=tuple(data.get("notes", ())),
            server=bool(data.get("server", False)),
        )


@dataclass
class Findings:
    problems: list[Problem] = field(default_factory=list)
    more: int = 0
    documents: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, problem: Problem) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)
        else:
            self.more += 1


def now() -> str:
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")


def offset_problems(connection: PlainSQL, present: set[str], check: str = "rows") -> Iterator[Problem]:
    """Spans, suggestions and exclusions whose offsets lie outside their document's text (`length` counts
    characters on both engines; `id` is SQLite's rowid)."""
    for table in ("spans", "suggestions", "suggestion_decisions", "exclusion_regions"):
        if table not in present:
            continue
        rows = connection.execute(
            f'SELECT t.id, t.document_id, t.start, t."end", length(d.text), d.title FROM "{table}" t '
            "JOIN documents d ON d.id = t.document_id "
            f'WHERE t.start < 0 OR t."end" < t.start OR t."end" > length(d.text) LIMIT {MAX_PROBLEMS}'
        )
        for row_id, document_id, start, end, length, title in rows:
            yield Problem(
                check, f"{table} row {row_id} ({start}-{end}) lies outside the text ({length} characters)",
                int(document_id), title,
            )  # fmt: skip
