"""Which project a file is, and what both files held the last time they met (a split or a merge).

Each project gets a `project_uid` in `project_info` the first time it is split or merged. A meeting is
recorded under `lineage:<other uid>` in the file that saw it, as {layer: [ours, theirs]} digests (layer
= "content hash|annotator name"): the base a later merge compares each side against, so that it can tell
"they changed it" from "we changed it" and call only "both changed it" a conflict. A split writes the
record into the parent and into each child; a merge rewrites the record in the file merged into.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session

UID_KEY = "project_uid"
SPLIT_KEY = "split_from"
PREFIX = "lineage:"

Base = dict[str, tuple[str, str]]
"""{"content hash|annotator name": (our digest, their digest)} at the last meeting."""


def layer_name(content_hash: str, annotator: str) -> str:
    return f"{content_hash}|{annotator}"


def set_info(session: Session, key: str, value: str) -> None:
    session.execute(
        text("INSERT INTO project_info (key, value) VALUES (:key, :value) "
             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        {"key": key, "value": value},
    )  # fmt: skip


def ensure_uid(session: Session, info: Mapping[str, str]) -> str:
    """This project's uid, given it now if it has none (inside the caller's write)."""
    found = info.get(UID_KEY)
    if found:
        return found
    uid = uuid.uuid4().hex
    set_info(session, UID_KEY, uid)
    return uid


def new_uid() -> str:
    return uuid.uuid4().hex


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def record(layers: Mapping[str, tuple[str, str]], *, at: str, file: str) -> str:
    return json.dumps({"at": at, "file": file, "layers": dict(sorted(layers.items()))}, ensure_ascii=False)


def read_base(
    ours: Mapping[str, str], theirs: Mapping[str, str], our_uid: str, their_key: str
) -> Base | None:
    """The last meeting's digests, from our record of them, else (swapped) from theirs of us; None when the
    two files never met (no split, no merge): then nothing is known to be unchanged."""
    stored = ours.get(PREFIX + their_key)
    swapped = False
    if stored is None and our_uid:
        stored, swapped = theirs.get(PREFIX + our_uid), True
    if stored is None:
        return None
    try:
        layers = json.loads(stored)["layers"]
    except (ValueError, KeyError, TypeError):
        return None
    return {name: ((pair[1], pair[0]) if swapped else (pair[0], pair[1])) for name, pair in layers.items()}


def stored_layers(info: Mapping[str, str], their_key: str) -> dict[str, tuple[str, str]] | None:
    """Our current record of the other file, to leave it untouched when a merge changes nothing."""
    stored = info.get(PREFIX + their_key)
    if stored is None:
        return None
    try:
        return {name: (pair[0], pair[1]) for name, pair in json.loads(stored)["layers"].items()}
    except (ValueError, KeyError, TypeError):
        return None
