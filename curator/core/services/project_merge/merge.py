"""Merge another project into this one: documents by content hash, each annotator's layer by name.
Either may be a file or a team server (an annotator's trip file merged back into the server, or the
server into a file).

Per layer (a document's annotations by one annotator) the two files are compared with what both held
when they last met (`lineage`): only their side changed → theirs is taken; only ours → ours stays; both
→ a conflict, resolved by the rule the user picked: `keep-both` puts theirs in a layer of its own
("alice@laptop2"), `newest` keeps the side whose latest edit of that layer is later. Files that never
met (no split, no merge) have no base: a layer only one of them has is taken, two different ones are a
conflict. Documents are never deleted by a merge.

The whole merge is one transaction after a backup (of a server: a verified copy into a file in its
backups folder on this machine): a failure or a cancel leaves the project exactly as it was. It is not
undoable with Ctrl+Z (restore the backup instead); it returns a `Change` that names the documents it
touched for the history, without their rows.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from curator.core.domain import CuratorError
from curator.core.services.changes import Change, log_documents
from curator.core.services.project_copy import backup_project
from curator.core.services.project_merge import lineage
from curator.core.services.project_merge.bookkeeping import (
    merge_assignments,
    merge_decisions_and_reviews,
    merge_exclusions,
    merge_history,
)
from curator.core.services.project_merge.reading import session_reader
from curator.core.services.project_merge.sides import EMPTY, Side
from curator.core.services.project_merge.source import MergeSourceError, readable_copy
from curator.core.services.project_merge.writer import Writer
from curator.core.services.stale import refresh_documents
from curator.core.storage.database import Project
from curator.core.storage.server import is_server_url, server_label

Progress = Callable[[int, int], None]


class ConflictRule(StrEnum):
    KEEP_BOTH = "keep-both"
    NEWEST = "newest"


class MergeCancelled(CuratorError):
    """The merge was cancelled; its transaction was rolled back and the project is as it was."""


@dataclass(frozen=True, slots=True)
class Conflict:
    document_id: int
    title: str
    annotator: str
    resolution: str

    def to_dict(self) -> dict[str, Any]:
        return {"document_id": self.document_id, "title": self.title, "annotator": self.annotator,
                "resolution": self.resolution}  # fmt: skip


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What a merge did (or, with `dry_run`, would do); `changes` is 0 when the file brought nothing new."""

    source: str
    dry_run: bool
    documents_added: int
    layers_taken: int
    layers_kept_both: int
    conflicts: tuple[Conflict, ...]
    schema_added: tuple[str, ...]
    rows: dict[str, int]
    skipped: int
    backup: str | None
    change: Change = field(default_factory=lambda: Change("project.merge"))
    # Corpus-event mentions of a taken layer that went back into their group, and those that could not
    # (the annotator changed or removed the mention): the latter are named so a reviewer can look again.
    regrouped: int = 0
    ungrouped: int = 0

    @property
    def changes(self) -> int:
        return sum(self.rows.values()) + self.layers_taken + len(self.schema_added)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source, "dry_run": self.dry_run, "changes": self.changes,
            "documents_added": self.documents_added, "layers_taken": self.layers_taken,
            "layers_kept_both": self.layers_kept_both, "conflicts": [c.to_dict() for c in self.conflicts],
            "schema_added": list(self.schema_added), "rows": dict(sorted(self.rows.items())),
            "not_placed": self.skipped, "backup": self.backup,
            "corpus_event_mentions_kept": self.regrouped, "corpus_event_mentions_dropped": self.ungrouped,
        }  # fmt: skip

    def lines(self) -> list[str]:
        """The report as the command line and the window say it."""
        verb = "would bring" if self.dry_run else "brought"
        lines = [
            f"{self.source if is_server_url(self.source) else Path(self.source).name}: {verb} {self.changes}"
            " changes — "
            f"{self.documents_added} new documents, "
            f"{self.layers_taken} layers taken, {len(self.conflicts)} conflicts"
            f" ({self.layers_kept_both} kept as separate layers)"
        ]
        if self.schema_added:
            lines.append("added to the schema: " + ", ".join(self.schema_added))
        lines += [
            f"  conflict: #{c.document_id} “{c.title}” {c.annotator}: {c.resolution}" for c in self.conflicts
        ]
        if self.rows:
            lines.append(
                "rows: " + ", ".join(f"{table} {count}" for table, count in sorted(self.rows.items()))
            )
        if self.skipped:
            lines.append(
                f"{self.skipped} event triggers or arguments pointed at annotations outside their layer"
                " and were left out"
            )
        if self.ungrouped:
            lines.append(
                f"{self.ungrouped} event mention(s) of corpus events were changed or removed in the merged"
                " layers and left their groups: run `curator events consolidate` or review them in Corpus"
                " Events"
            )
        if self.backup:
            lines.append(
                f"backup taken first: {self.backup} (a merge is not undone by Undo; restore it instead)"
            )
        return lines


class _DryRun(Exception):
    def __init__(self, report: MergeReport) -> None:
        super().__init__("dry run")
        self.report = report


@dataclass(frozen=True, slots=True)
class _Other:
    """The project merged in: what messages call it, the short name a kept-both layer gets (NAME@this),
    and the key of our record of it when it has no project id yet."""

    label: str
    name: str
    stem: str
    key: str

    @classmethod
    def of(cls, location: str | Path) -> _Other:
        if is_server_url(location):
            label = server_label(str(location))
            database = label.rsplit("/", 1)[-1].split("?", 1)[0] or "server"
            return cls(label, label, database, f"server:{_server_identity(label)}")
        path = Path(location).expanduser()
        return cls(str(path), path.name, path.stem, f"file:{path.resolve()}")


def _server_identity(url: str) -> str:
    """Host, port and database: the same server whoever connects to it."""
    parsed = make_url(url.replace("postgresql://", "postgresql+psycopg://", 1))
    return f"{parsed.host or 'local'}:{parsed.port or 5432}/{parsed.database or ''}"


def _is_itself(project: Project, location: str | Path) -> bool:
    url = getattr(project, "url", None)
    if is_server_url(location):
        return url is not None and _server_identity(server_label(str(location))) == _server_identity(url)
    path = Path(location).expanduser()
    return url is None and path.exists() and project.path.exists() and os.path.samefile(path, project.path)


def _our_uid(project: Project) -> str | None:
    with project.read() as session:
        found = session.execute(
            text("SELECT value FROM project_info WHERE key = :k"), {"k": lineage.UID_KEY}
        ).scalar()
    return str(found) if found else None


def merge_project(
    project: Project,
    other: str | Path,
    *,
    conflicts: ConflictRule | str = ConflictRule.KEEP_BOTH,
    dry_run: bool = False,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> MergeReport:
    """Merge the project `other` (a file, or a server's URL) into `project` (see the module's docstring
    for the rules)."""
    rule = ConflictRule(conflicts)
    source = _Other.of(other)
    if _is_itself(project, other):
        raise MergeSourceError(f"{source.label}: not merged, it is this project itself")
    with readable_copy(other, project.annotator_name) as read_theirs:
        theirs = Side.load(read_theirs)
        their_uid = theirs.info.get(lineage.UID_KEY)
        if their_uid is not None and their_uid == _our_uid(project):
            raise MergeSourceError(
                f"{source.label}: not merged, it is a copy of this project (a backup or a file copy: same"
                " project id);"
                " use `curator split` to hand out files that can be merged back"
            )
        backup = None if dry_run else str(backup_project(project))
        run = _Run(project, theirs, source, rule, progress, is_cancelled)
        try:
            with project.write() as session:
                report = run.execute(session, backup, dry_run)
                if dry_run:
                    raise _DryRun(report)
        except _DryRun as finished:
            return finished.report
        except IntegrityError as error:  # on a server, someone else's insert won the race for a row
            reason = str(error.orig).strip().splitlines()[0] if error.orig is not None else str(error)
            raise CuratorError(
                f"{source.label}: not merged, {project.label} changed while merging ({reason}); the"
                " project is unchanged, run the merge again"
            ) from error
        return report


class _Run:
    def __init__(
        self, project: Project, theirs: Side, other: _Other, rule: ConflictRule,
        progress: Progress | None, is_cancelled: Callable[[], bool] | None,
    ) -> None:  # fmt: skip
        self.project = project
        self.theirs = theirs
        self.other = other
        self.rule = rule
        self.progress = progress or (lambda _done, _total: None)
        self.is_cancelled = is_cancelled or (lambda: False)
        self.conflicts: list[Conflict] = []
        self.taken = 0
        self.kept_both = 0

    def _check(self) -> None:
        if self.is_cancelled():
            raise MergeCancelled(f"merge of {self.other.name} cancelled; the project is unchanged")

    def execute(self, session: Session, backup: str | None, dry_run: bool) -> MergeReport:
        theirs = self.theirs
        ours = Side.load(session_reader(session))
        our_uid = lineage.ensure_uid(session, ours.info)
        their_key = theirs.info.get(lineage.UID_KEY) or self.other.key
        base = lineage.read_base(ours.info, theirs.info, our_uid, their_key)
        writer = Writer(session, ours, theirs)
        writer.map_schema()
        matched = {doc: ours.by_hash[row["content_hash"]] for doc, row in theirs.documents.items()
                   if row["content_hash"] in ours.by_hash}  # fmt: skip
        new = sorted(doc for doc in theirs.documents if doc not in matched)
        writer.add_documents(new)
        writer.documents.update(matched)
        self._check()
        record, clear, copy = self._plan(ours, writer, matched, base)
        writer.clear_layers(clear)
        writer.copy_layers(copy)
        self._check()
        moved = merge_decisions_and_reviews(writer, writer.documents)
        merge_assignments(writer, writer.documents)
        merge_exclusions(writer, writer.documents)
        by_hash = dict(ours.by_hash)
        by_hash.update({theirs.documents[doc]["content_hash"]: writer.documents[doc] for doc in new})
        merge_history(writer, by_hash)
        self._check()
        touched = {doc for doc, _ in clear} | {doc for _, doc, _ in copy} | moved
        touched |= {writer.documents[doc] for doc in new}
        refresh_documents(session, touched)
        if record != lineage.stored_layers(ours.info, their_key):
            lineage.set_info(session, lineage.PREFIX + their_key,
                             lineage.record(record, at=lineage.now_text(), file=self.other.name))  # fmt: skip
        rows = {table: count for table, count in writer.counts.items() if count}
        change = Change(
            "project.merge",
            f"Merge {self.other.name}: {len(new)} documents added, {self.taken} layers taken, "
            f"{len(self.conflicts)} conflicts",
            documents=frozenset(touched),
        )
        log_documents(session, change.kind, change.text, touched)  # not undoable: which documents, no rows
        return MergeReport(
            self.other.label, dry_run, len(new), self.taken, self.kept_both, tuple(self.conflicts),
            tuple(writer.schema_added), rows, writer.skipped_arguments + writer.skipped_events, backup,
            change, writer.regrouped, writer.ungrouped,
        )  # fmt: skip

    def _plan(
        self, ours: Side, writer: Writer, matched: dict[int, int], base: lineage.Base | None
    ) -> tuple[dict[str, tuple[str, str]], list[tuple[int, int]], list[tuple[tuple[int, int], int, int]]]:
        """Decide each layer; returns the new meeting record and the layers to clear and to copy."""
        theirs = self.theirs
        their_names = {str(row["name"]): row_id for row_id, row in theirs.annotators.items()}
        candidates = {
            lineage.layer_name(theirs.documents[doc]["content_hash"], theirs.annotator_name(annotator))
            for doc, annotator in theirs.layers()
        }
        if base is not None:
            matched_hashes = {theirs.documents[doc]["content_hash"] for doc in matched}
            candidates |= {name for name in base if name.split("|", 1)[0] in matched_hashes}
        record: dict[str, tuple[str, str]] = {}
        clear: list[tuple[int, int]] = []
        copy: list[tuple[tuple[int, int], int, int]] = []
        ordered = sorted(candidates)
        for done, name in enumerate(ordered):
            if done % 500 == 0:
                self._check()
                self.progress(done, len(ordered))
            content_hash, annotator = name.split("|", 1)
            their_doc = theirs.by_hash[content_hash]
            their_key = (their_doc, their_names.get(annotator, -1))
            t = theirs.digest(their_key)
            our_doc = writer.documents[their_doc]
            if their_doc not in matched:
                copy.append((their_key, our_doc, self._layer(writer, annotator)))
                record[name] = (t, t)
                continue
            our_annotator = writer.annotators.get(annotator)
            o = ours.digest((our_doc, our_annotator)) if our_annotator is not None else EMPTY
            if o == t:
                if t != EMPTY:
                    record[name] = (o, t)
                continue
            if base is None:
                ours_changed, theirs_changed = o != EMPTY, t != EMPTY
            else:
                before = base.get(name, (EMPTY, EMPTY))
                ours_changed, theirs_changed = o != before[0], t != before[1]
            if not theirs_changed:
                record[name] = (o, t)
                continue
            take = not ours_changed
            if ours_changed:
                title = str(ours.documents[our_doc]["title"])
                if self.rule is ConflictRule.KEEP_BOTH:
                    copy_name = f"{annotator}@{self.other.stem}"
                    layer = self._layer(writer, copy_name, annotator)
                    if ours.digest((our_doc, layer)) != EMPTY:
                        clear.append((our_doc, layer))
                    copy.append((their_key, our_doc, layer))
                    self.kept_both += 1
                    self.conflicts.append(Conflict(our_doc, title, annotator, f"theirs kept as {copy_name}"))
                else:
                    take = theirs.last_edit(their_key) > ours.last_edit((our_doc, our_annotator or -1))
                    self.conflicts.append(
                        Conflict(
                            our_doc,
                            title,
                            annotator,
                            "theirs is newer, taken" if take else "ours is newer, kept",
                        )
                    )
            if take:
                layer = self._layer(writer, annotator)
                if o != EMPTY:
                    clear.append((our_doc, layer))
                copy.append((their_key, our_doc, layer))
                self.taken += 1
                record[name] = (t, t)
            else:
                record[name] = (o, t)
        return record, clear, copy

    def _layer(self, writer: Writer, name: str, role_of: str | None = None) -> int:
        """Our annotator id of a layer name, created with the role their annotator has."""
        theirs = self.theirs
        source = role_of or name
        role = next((str(r["role"]) for r in theirs.annotators.values() if r["name"] == source), "annotator")
        return writer.annotator(name, role)
