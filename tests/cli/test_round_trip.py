"""Annotations from other tools in, spaCy training data out, read back by spaCy itself."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from curator.cli.main import main

PRODIGY = [
    {
        "text": "KGAÖ Dışişleri Bakanları toplantısı Bişkek'te yapıldı.",
        "spans": [{"start": 0, "end": 4, "label": "ORG"}, {"start": 36, "end": 42, "label": "GPE"}],
        "meta": {"lang": "tr", "title": "toplantı"},
    },
    {
        "text": "Kazakbayev, KGAÖ'nün toplantısına katıldı.",
        "spans": [{"start": 0, "end": 10, "label": "PER"}, {"start": 12, "end": 16, "label": "ORG"}],
        "meta": {"lang": "tr"},
    },
]
DOCCANO = [
    {
        "text": "Министр Руслан Казакбаев Душанбеде өткөн ЖККУнун жыйынына катышты.",
        "label": [[8, 24, "PER"], [25, 32, "GPE"], [41, 45, "ORG"]],
    },
    {"text": "Бишкек, 19.05.21. /Кабар/.", "label": [[0, 6, "GPE"], [8, 16, "DATE"]]},
]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def expected_entities(records: list[dict]) -> set[tuple[str, str]]:
    found = set()
    for record in records:
        triples = record.get("label") or [(s["start"], s["end"], s["label"]) for s in record["spans"]]
        found.update((record["text"][start:end], label) for start, end, label in triples)
    return found


def test_prodigy_and_doccano_in_spacy_docbin_out(tmp_path: Path, capsys) -> None:
    project = tmp_path / "round.curator"
    prodigy = write_jsonl(tmp_path / "prodigy.jsonl", PRODIGY)
    doccano = write_jsonl(tmp_path / "doccano.jsonl", DOCCANO)
    assert main(["--project", str(project), "import", str(prodigy)]) == 0
    assert main(["--project", str(project), "import", "--format", "doccano", str(doccano)]) == 0
    out = tmp_path / "spacy"
    assert (
        main(
            [
                "--project",
                str(project),
                "export",
                "--format",
                "spacy",
                "--out",
                str(out),
                "--dev-fraction",
                "0.25",
                "--seed",
                "3",
            ]
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "split" in printed  # Bişkek'te and ЖККУнун had to be cut to keep their entities

    docs = []
    for name in ("train.spacy", "dev.spacy"):
        docs += list(DocBin().from_disk(out / name).get_docs(spacy.blank("xx").vocab))
    assert len(docs) == 4
    assert {d.text for d in docs} == {r["text"] for r in PRODIGY + DOCCANO}
    got = {(entity.text, entity.label_) for doc in docs for entity in doc.ents}
    assert got == expected_entities(PRODIGY + DOCCANO)
    assert ("Bişkek", "GPE") in got and ("ЖККУ", "ORG") in got and ("Душанбе", "GPE") in got


def test_the_console_entry_point_runs_the_same_commands(tmp_path: Path) -> None:
    project = tmp_path / "entry.curator"
    source = write_jsonl(tmp_path / "prodigy.jsonl", PRODIGY)

    def curator(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "curator", "--project", str(project), *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )

    assert curator("import", str(source)).returncode == 0
    again = curator("import", str(source))
    assert again.returncode == 0 and "already in the project" in again.stdout
    stats = json.loads(curator("stats", "--json").stdout)
    assert stats["documents"] == 2 and stats["spans"] == 4
    assert stats["labels"]["ORG"] == 2 and stats["labels"]["GPE"] == 1
    exported = curator("export", "--format", "jsonl", "--out", str(tmp_path / "out.jsonl"))
    assert exported.returncode == 0, exported.stderr
    tasks = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    for task in tasks:
        for span in task["spans"]:
            assert task["tokens"][span["token_start"]]["start"] == span["start"]
            assert task["tokens"][span["token_end"]]["end"] == span["end"]
