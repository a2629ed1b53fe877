"""Synthetic corpora for the benchmarks: many one-sentence tasks, and one very large document."""

from __future__ import annotations

import json
import random
from pathlib import Path

PEOPLE = [
    "Ruslan Kazakbayev",
    "Mevlüt Çavuşoğlu",
    "Руслан Казакбаев",
    "Sadır Caparov",
    "Imangali Tasmagambetov",
]
ORGS = ["KGAÖ", "Türk Devletleri Teşkilatı", "ЖККУ", "ШКУ", "Kolektif Güvenlik Antlaşması Örgütü"]
PLACES = ["Bişkek", "Душанбе", "Astana", "Moskova", "Taşkent", "Бишкек"]
VERBS = ["ile görüştü", "toplantısına katıldı", "жыйынына катышты", "zirvesine katıldı", "ziyaret etti"]


def sentence(rng: random.Random) -> tuple[str, list[dict]]:
    """One sentence of the shape "PER, ORG ... PLACE'te VERB." with its three spans."""
    person, org, place = rng.choice(PEOPLE), rng.choice(ORGS), rng.choice(PLACES)
    parts = [(person, "PER"), (", ", None), (org, "ORG"), (" heyeti ", None), (place, "GPE")]
    parts += [
        ("'te " if place.isascii() or place[0] in "BŞTMA" else "да ", None),
        (rng.choice(VERBS) + ".", None),
    ]
    text, spans = "", []
    for piece, label in parts:
        if label:
            spans.append({"start": len(text), "end": len(text) + len(piece), "label": label})
        text += piece
    return text, spans


def write_tasks_jsonl(path: Path, count: int, seed: int = 7) -> int:
    """Write `count` Prodigy-style tasks; returns the number of spans."""
    rng = random.Random(seed)
    spans_total = 0
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            text, spans = sentence(rng)
            text = f"{text} (#{number})"
            spans_total += len(spans)
            record = {"text": text, "spans": spans, "meta": {"lang": "tr", "title": f"task {number}"}}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return spans_total


def big_document(target_chars: int = 1_000_000, span_count: int = 10_000, seed: int = 11) -> tuple[str, list]:
    """A ~1 MB document in paragraphs with `span_count` spans spread over it."""
    rng = random.Random(seed)
    pieces: list[str] = []
    spans: list[tuple[int, int, str]] = []
    length = 0
    while length < target_chars:
        text, sentence_spans = sentence(rng)
        for span in sentence_spans:
            spans.append((length + span["start"], length + span["end"], span["label"]))
        separator = "\n\n" if rng.random() < 0.15 else " "
        pieces.append(text + separator)
        length += len(text) + len(separator)
    text = "".join(pieces)
    step = max(1, len(spans) // span_count)
    return text, spans[::step][:span_count]
