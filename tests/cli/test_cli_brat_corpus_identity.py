"""A brat corpus with subfolders, events, `*`, `N`, `#` and `A` lines: after `curator import` and
`curator export --format brat` every line is the same apart from ids renumbered consistently."""

from __future__ import annotations

import re
from pathlib import Path

from curator.cli.main import main
from curator.core.importers.brat_ann import parse_ann

CORPUS = Path(__file__).parent.parent / "data" / "brat" / "roundtrip"
_ID = re.compile(r"(?<![\w])([TERAN#])(\d+)(?![\w])")


def canonical(ann: str) -> list[str]:
    """The lines with every id renamed by first use (`T1` first seen → `T1`): a consistent renumbering
    compares equal, any other difference (a missing, added or changed line, or its order) does not."""
    names: dict[str, str] = {}
    counts: dict[str, int] = {}

    def rename(match: re.Match[str]) -> str:
        key = match.group(0)
        if key not in names:
            counts[match.group(1)] = counts.get(match.group(1), 0) + 1
            names[key] = f"{match.group(1)}{counts[match.group(1)]}"
        return names[key]

    lines = []
    for line in ann.splitlines():
        fields = line.split("\t")
        fields[:2] = [_ID.sub(rename, field) for field in fields[:2]]  # the text field is never an id
        lines.append("\t".join(fields))
    return lines


def test_import_then_export_gives_the_same_files(tmp_path: Path) -> None:
    project = tmp_path / "round.curator"
    assert main(["--project", str(project), "import", "--format", "brat", str(CORPUS)]) == 0
    out = tmp_path / "out"
    assert main(["--project", str(project), "export", "--format", "brat", "--out", str(out)]) == 0
    given = sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*.ann"))
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.ann"))
    assert written == given == ["genia/PMID-9655244.ann", "news/PMID-10022882.ann"]
    for name in given:
        source, exported = CORPUS / name, out / name
        text = source.with_suffix(".txt").read_bytes()
        assert exported.with_suffix(".txt").read_bytes() == text
        assert canonical(exported.read_text(encoding="utf-8")) == canonical(
            source.read_text(encoding="utf-8")
        )
        parse_ann(exported.read_text(encoding="utf-8"), text.decode("utf-8"))  # brat's reader takes it back
    exported_ann = (out / "genia/PMID-9655244.ann").read_text(encoding="utf-8")
    assert "Realis E2" not in exported_ann  # E2 stated no realis: its default Actual is not written
