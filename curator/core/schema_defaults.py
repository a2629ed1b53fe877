"""The default label set of a new project, read from resources/default_schema.json."""

from __future__ import annotations

import json

from curator.core.resources import resource_path
from curator.core.storage.database import DefaultLabel

LABEL_PALETTE = [
    "#8ecae6",
    "#ffb703",
    "#90be6d",
    "#43aa8b",
    "#b5838d",
    "#cdb4db",
    "#f4a261",
    "#e5e5e5",
    "#a8dadc",
    "#e9c46a",
    "#ffafcc",
    "#bde0fe",
    "#d4a373",
    "#caffbf",
    "#ffd6a5",
    "#9bf6ff",
]


def load_default_labels() -> list[DefaultLabel]:
    data = json.loads(resource_path("default_schema.json").read_text(encoding="utf-8"))
    return [
        DefaultLabel(
            name=item["name"],
            color=item["color"],
            shortcut=item.get("shortcut"),
            description=item.get("description", ""),
        )
        for item in data["entity_labels"]
    ]


def colour_for_new_label(index: int) -> str:
    """A colour for a label that arrives with imported data, cycling a readable palette."""
    return LABEL_PALETTE[index % len(LABEL_PALETTE)]
