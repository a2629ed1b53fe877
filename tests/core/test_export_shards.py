"""A spaCy export larger than a shard is a folder of numbered DocBin files that spaCy reads back whole.

The shard size is made tiny here (the real one is thousands of documents) so a few documents make
several shards; spaCy's own `DocBin` and `spacy.training.Corpus` read them, and every document and span
written comes back. Layouts switch cleanly: a later, smaller export leaves no stale shards behind.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin
from spacy.training import Corpus

from curator.core.exporters import export_project, shards
from tests.core.test_export import make_project

TEXTS = [f"Ruslan Kazakbayev {number}. kez Bişkek'te KGAÖ heyetiyle görüştü." for number in range(1, 12)]
DOCUMENTS = [
    (text, "tr", [(0, 17, "PER"), (text.index("Bişkek"), text.index("'te"), "GPE")]) for text in TEXTS
]


def test_a_split_larger_than_a_shard_is_a_folder_spacy_reads_back_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shards, "SHARD_DOCUMENTS", 3)
    project = make_project(tmp_path, DOCUMENTS)
    out = tmp_path / "corpus"
    report = export_project(project, "spacy", out, dev_fraction=0.3, split_by_document=True)

    train_shards = sorted((out / "train").glob("*.spacy"))
    assert [path.name for path in train_shards] == ["0001.spacy", "0002.spacy", "0003.spacy"]
    assert not (out / "train.spacy").exists()
    assert (out / "dev.spacy").is_file()  # three dev documents: one shard, one file as before
    assert [path.relative_to(out).as_posix() for path in report.outputs] == [
        "train/0001.spacy", "train/0002.spacy", "train/0003.spacy", "dev.spacy", "export_report.json"
    ]  # fmt: skip
    assert any("folder of shards" in note for note in report.notes)
    assert any(line.endswith(": train/ (3 shards), dev.spacy") for line in report.lines())
    assert (report.train_documents, report.dev_documents) == (8, 3)

    nlp = spacy.blank("tr")
    sizes = [len(DocBin().from_disk(path)) for path in train_shards]
    assert sizes == [3, 3, 2]
    train = list(Corpus(out / "train")(nlp))
    dev = list(Corpus(out / "dev.spacy")(nlp))
    docs = [example.reference for example in train + dev]
    assert sorted(doc.user_data["curator_doc_id"] for doc in docs) == list(range(1, 12))
    for doc in docs:
        assert [(span.text, span.label_) for span in doc.spans["sc"]] == [
            ("Ruslan Kazakbayev", "PER"), ("Bişkek", "GPE")
        ]  # fmt: skip
        assert [(span.text, span.label_) for span in doc.ents] == [
            ("Ruslan Kazakbayev", "PER"),
            ("Bişkek", "GPE"),
        ]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["splits"]["train"]["documents"]) == 8


def test_a_smaller_export_replaces_the_shards_with_one_file_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = make_project(tmp_path, DOCUMENTS)
    out = tmp_path / "corpus"
    (out / "train").mkdir(parents=True)
    (out / "train" / "notes.txt").write_text("mine", encoding="utf-8")
    monkeypatch.setattr(shards, "SHARD_DOCUMENTS", 4)
    export_project(project, "spacy", out, dev_fraction=0)
    assert sorted(path.name for path in (out / "train").iterdir()) == [
        "0001.spacy", "0002.spacy", "0003.spacy", "notes.txt"
    ]  # fmt: skip

    monkeypatch.setattr(shards, "SHARD_DOCUMENTS", 6)
    report = export_project(project, "spacy", out, dev_fraction=0)
    assert sorted(path.name for path in (out / "train").iterdir()) == [
        "0001.spacy",
        "0002.spacy",
        "notes.txt",
    ]
    assert sorted(path.name for path in report.removed) == ["0003.spacy"]

    monkeypatch.setattr(shards, "SHARD_DOCUMENTS", 100)
    report = export_project(project, "spacy", out, dev_fraction=0)
    assert len(DocBin().from_disk(out / "train.spacy")) == 11
    assert sorted(path.name for path in (out / "train").iterdir()) == [
        "notes.txt"
    ]  # only the user's own file
    assert sorted(path.name for path in report.removed) == ["0001.spacy", "0002.spacy"]


def test_a_shard_also_ends_at_its_token_bound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shards, "SHARD_TOKENS", 25)  # a document here is about 11 tokens: three a shard
    project = make_project(tmp_path, DOCUMENTS)
    export_project(project, "spacy", tmp_path / "corpus", dev_fraction=0)
    sizes = [
        len(DocBin().from_disk(path)) for path in sorted((tmp_path / "corpus" / "train").glob("*.spacy"))
    ]
    assert sizes == [3, 3, 3, 2]
