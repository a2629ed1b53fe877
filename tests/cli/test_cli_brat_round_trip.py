"""A brat corpus through the command line and back: same file names, same folders, same annotations.

brat users diff corpora by file name, so `curator import` then `curator export --format brat` must be a
no-op apart from annotation ids; the files are compared with the brat reader the importer uses."""

from __future__ import annotations

import shutil
from pathlib import Path

from curator.cli.main import main
from curator.core.importers.brat_ann import parse_ann

CORPUS = Path(__file__).resolve().parents[1] / "data" / "brat" / "corpus"


def _annotations(ann: str, text: str) -> tuple[list[tuple], list[tuple]]:
    """Text bounds (type, offsets, text) and events (type, trigger, arguments), without their ids."""
    parsed = parse_ann(ann, text)
    bound = {key: (t.type, t.fragments) for key, t in parsed.text_bound.items()}
    events = sorted(
        (e.type, bound[parsed.resolve(e.trigger)], tuple(sorted((role, str(bound.get(parsed.resolve(target))))
                                                             for role, target in e.arguments)))
        for e in parsed.events.values()
    )  # fmt: skip
    return sorted(bound.values()), events


def test_import_then_export_writes_the_corpus_back_under_its_names(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus / "2025" / "batch-1")
    project = tmp_path / "p.curator"
    assert main(["--project", str(project), "import", "--format", "brat", str(corpus)]) == 0
    out = tmp_path / "out"
    assert main(["--project", str(project), "export", "--format", "brat", "--out", str(out)]) == 0
    for source in sorted((corpus / "2025" / "batch-1").glob("*.txt")):
        name = source.relative_to(corpus)
        copy = out / name
        assert copy.read_bytes() == source.read_bytes(), name
        text = source.read_text(encoding="utf-8")
        ann = source.with_suffix(".ann").read_text(encoding="utf-8")
        written = copy.with_suffix(".ann").read_text(encoding="utf-8")
        assert _annotations(written, text) == _annotations(ann, text)
        # the same kinds of lines, as many of each: nothing added (no default realis), nothing lost
        kinds = sorted(line.split("\t")[0][0] for line in ann.splitlines() if line.strip())
        assert sorted(line.split("\t")[0][0] for line in written.splitlines() if line.strip()) == kinds
