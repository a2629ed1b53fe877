"""The manifest's document lines, written from one encoding of the whole list, are those of each entry."""

from __future__ import annotations

import json
import random

from curator.core.exporters.manifest import manifest_text

_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
_PIECES = ["}", "{", ",", " ", '"', "\\", "a", "ş", "\n", "}, {"]


def _one_entry_a_line(documents: list[dict]) -> str:
    """The document lines as each entry's own encoding gives them (how they were written before)."""
    if not documents:
        return "[]"
    return "[\n" + ",\n".join([f"  {_ENCODE(entry)}" for entry in documents]) + "\n ]"


def test_document_lines_match_each_entry_encoded_alone_whatever_their_strings_hold() -> None:
    chance = random.Random(7)
    for _ in range(1000):
        documents: list[dict] = []
        for _ in range(chance.randint(0, 5)):
            entry: dict = {
                "id": chance.randint(1, 10**6),
                "language": "".join(chance.choice(_PIECES) for _ in range(chance.randint(0, 6))),
                "sha256": "ab" * 32,
            }
            if chance.random() < 0.3:
                entry["characters_cut"] = chance.randint(0, 100)
            if chance.random() < 0.3:
                entry["split"] = chance.choice(["train", "dev", "x}, {y"])
            documents.append(entry)
        text = manifest_text({"format": "jsonl", "documents": documents})
        expected = f'{{\n "format": "jsonl",\n "documents": {_one_entry_a_line(documents)}\n}}\n'
        assert text == expected
        assert json.loads(text)["documents"] == documents
