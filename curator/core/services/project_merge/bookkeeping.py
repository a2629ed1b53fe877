"""The records around the layers: suggestion decisions, review steps, assignments, boilerplate decisions
and the history. They are facts with a time and an author, so both files' facts are kept (a union,
matched by content); where one fact replaces another (an assignment marked annotated, a boilerplate
proposal decided), the later one wins. Each is keyed so that a second merge of the same file finds
everything present already and adds nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from curator.core.services.project_merge.sides import Row
from curator.core.services.project_merge.writer import Writer


def _theirs(writer: Writer, table: str, documents: Mapping[int, int]) -> list[Row]:
    """Their rows of `table` on the documents being merged (their ids); one read of the table is
    cheaper than asking for thousands of documents by id."""
    return [row for row in writer.theirs.read(f"SELECT * FROM {table} ORDER BY id", {})
            if row["document_id"] in documents]  # fmt: skip


def _ours(writer: Writer, table: str, documents: Mapping[int, int]) -> list[Row]:
    wanted = set(documents.values())
    return [row for row in writer.read(f"SELECT * FROM {table} ORDER BY id") if row["document_id"] in wanted]


def _union(writer: Writer, table: str, documents: Mapping[int, int], fields: tuple[str, ...]) -> None:
    """Add their rows whose content (document, author name, `fields`) we do not have."""
    names = {row_id: name for name, row_id in writer.annotators.items()}
    have = {
        (row["document_id"], names.get(row["annotator_id"], ""), *(row[f] for f in fields))
        for row in _ours(writer, table, documents)
    }
    added = []
    for row in _theirs(writer, table, documents):
        document = documents[row["document_id"]]
        key = (document, writer.theirs.annotator_name(row["annotator_id"]), *(row[f] for f in fields))
        if key not in have:
            have.add(key)
            annotator = writer.their_annotator(row["annotator_id"])
            added.append(writer.copy_of(table, row, document_id=document, annotator_id=annotator))
    writer.insert(table, added)


def merge_decisions_and_reviews(writer: Writer, documents: Mapping[int, int]) -> set[int]:
    """Both files' suggestion decisions and review steps; a document whose latest review step is theirs
    takes their status. Returns our ids of the documents whose status moved."""
    _union(writer, "suggestion_decisions", documents,
           ("start", "end", "label", "source", "outcome", "created_at"))  # fmt: skip
    latest_ours: dict[int, Any] = {}
    for row in _ours(writer, "document_reviews", documents):
        latest_ours[row["document_id"]] = max(latest_ours.get(row["document_id"], ""), row["created_at"])
    _union(writer, "document_reviews", documents, ("status", "comment", "created_at"))
    moved: set[int] = set()
    latest_theirs: dict[int, Any] = {}
    for row in _theirs(writer, "document_reviews", documents):
        latest_theirs[row["document_id"]] = max(latest_theirs.get(row["document_id"], ""), row["created_at"])
    for their_id, at in latest_theirs.items():
        ours = documents[their_id]
        if at > latest_ours.get(ours, ""):
            status = writer.theirs.documents[their_id]["status"]
            current = writer.read("SELECT status FROM documents WHERE id = :d", {"d": ours})[0]["status"]
            if current != status:
                writer.read(
                    "UPDATE documents SET status = :s WHERE id = :d RETURNING id", {"s": status, "d": ours}
                )
                writer.counts["document statuses"] += 1
                moved.add(ours)
    return moved


def merge_assignments(writer: Writer, documents: Mapping[int, int]) -> None:
    ours = {(row["document_id"], row["annotator_id"]): row for row in _ours(writer, "assignments", documents)}
    added = []
    for row in _theirs(writer, "assignments", documents):
        document = documents[row["document_id"]]
        annotator = writer.their_annotator(row["annotator_id"])
        mine = ours.get((document, annotator))
        if mine is None:
            copied = writer.copy_of("assignments", row, document_id=document, annotator_id=annotator)
            ours[(document, annotator)] = copied
            added.append(copied)
        elif row["status"] == "annotated" and mine["status"] != "annotated":
            writer.read(
                "UPDATE assignments SET status = :s, annotated_at = :at WHERE id = :id RETURNING id",
                {"s": row["status"], "at": row["annotated_at"], "id": mine["id"]},
            )
            writer.counts["assignments marked annotated"] += 1
    writer.insert("assignments", added)


def merge_exclusions(writer: Writer, documents: Mapping[int, int]) -> None:
    """Boilerplate proposals by position and kind; a decision made later in their file replaces ours."""
    ours = {
        (row["document_id"], row["start"], row["end"], row["kind"]): row
        for row in _ours(writer, "exclusion_regions", documents)
    }
    added = []
    for row in _theirs(writer, "exclusion_regions", documents):
        document = documents[row["document_id"]]
        key = (document, row["start"], row["end"], row["kind"])
        annotator = writer.their_annotator(row["annotator_id"])
        mine = ours.get(key)
        if mine is None:
            copied = writer.copy_of("exclusion_regions", row, document_id=document, annotator_id=annotator)
            ours[key] = copied
            added.append(copied)
            continue
        decided = (row["status"], row["replacement"], annotator)
        if decided != (mine["status"], mine["replacement"], mine["annotator_id"]) and (
            row["updated_at"] > mine["updated_at"]
        ):
            writer.read(
                "UPDATE exclusion_regions SET status = :s, replacement = :r, annotator_id = :a,"
                " rule = :rule, updated_at = :at WHERE id = :id RETURNING id",
                {"s": row["status"], "r": row["replacement"], "a": annotator, "rule": row["rule"],
                 "at": row["updated_at"], "id": mine["id"]},
            )  # fmt: skip
            writer.counts["boilerplate decisions updated"] += 1
    writer.insert("exclusion_regions", added)


def merge_history(writer: Writer, documents_by_hash: Mapping[str, int]) -> None:
    """Their history entries we lack, by uid, with the documents they touched mapped by content hash
    (an entry about a document neither file still has keeps no document row)."""
    have = {row["uid"]: row["id"] for row in writer.read("SELECT id, uid FROM history")}
    theirs = writer.theirs.read("SELECT * FROM history ORDER BY id", {})
    if all(row["uid"] in have for row in theirs):
        return
    touched: dict[int, list[int]] = {}
    for row in writer.theirs.read("SELECT history_id, document_id FROM history_documents", {}):
        touched.setdefault(row["history_id"], []).append(row["document_id"])
    their_uid = {row["id"]: row["uid"] for row in theirs}
    entries: list[Row] = []
    links: list[Row] = []
    for row in theirs:
        if row["uid"] in have:
            continue
        copied = writer.copy_of("history", row, annotator_id=writer.their_annotator(row["annotator_id"]),
                                reverts_id=None)  # fmt: skip
        if row["reverts_id"] is not None:
            copied["reverts_id"] = have.get(their_uid.get(row["reverts_id"], ""))
        have[row["uid"]] = copied["id"]
        entries.append(copied)
        for document in touched.get(row["id"], []):
            their_doc = writer.theirs.documents.get(document)
            ours = documents_by_hash.get(their_doc["content_hash"]) if their_doc else None
            if ours is not None:
                links.append({"history_id": copied["id"], "document_id": ours})
    writer.insert("history", entries)
    writer.insert("history_documents", links)
