"""A built wheel, installed into a fresh venv, opens a project, imports the sample corpus and exports.

The editable install the bootstrap makes finds resources/ and sample_docs/ in the checkout, so only a
real wheel shows whether they ship. The fresh venv borrows the dependencies of the running interpreter
(a .pth file naming its site-packages, whose own .pth files, such as an editable install's finder, are not
run from there) so spaCy & co are not downloaded again; it runs from a temporary folder without PYTHONPATH
so the checkout cannot be imported by mistake, and the test checks that `curator` comes from the new venv.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

REPO = Path(__file__).resolve().parents[2]
SEED_COUNT = len(list((REPO / "sample_docs").glob("*.txt")))
NOT_BUILT = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".ruff_cache", "tests"
)
ANNOTATED = {"text": "Bakan Kazakbayev Bişkek'te.", "spans": [{"start": 17, "end": 23, "label": "GPE"}]}

pytestmark = pytest.mark.slow


def run(command: list[str | Path], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def build_wheel(tmp_path: Path, env: dict[str, str]) -> Path:
    """Build from a copy of the tree, as from an sdist, so the build leaves nothing in the checkout."""
    source = tmp_path / "source"
    shutil.copytree(REPO, source, ignore=NOT_BUILT)
    dist = tmp_path / "dist"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", dist, source], tmp_path, env)
    [wheel] = dist.glob("curator-*.whl")
    return wheel


def fresh_venv(path: Path, env: dict[str, str]) -> Path:
    """A venv of its own whose imports fall back on the running interpreter's packages; its python."""
    run([sys.executable, "-m", "venv", "--without-pip", path], path.parent, env)
    python = path / "bin" / "python"
    purelib = run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], path.parent, env)
    borrowed = dict.fromkeys([sysconfig.get_path("purelib"), sysconfig.get_path("platlib")])
    (Path(purelib.strip()) / "borrowed_dependencies.pth").write_text("\n".join(borrowed) + "\n")
    return python


@pytest.fixture
def clean_env(tmp_path: Path) -> dict[str, str]:
    """The environment without PYTHONPATH and with its own data folder (for the default project)."""
    env = {key: value for key, value in os.environ.items() if key not in {"PYTHONPATH", "CURATOR_PROJECT"}}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def test_a_wheel_install_opens_imports_and_exports(tmp_path: Path, clean_env: dict[str, str]) -> None:
    wheel = build_wheel(tmp_path, clean_env)
    venv = tmp_path / "venv"
    python = fresh_venv(venv, clean_env)
    run([python, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet", wheel], tmp_path, clean_env)
    work = tmp_path / "work"
    work.mkdir()
    curator = venv / "bin" / "curator"

    where = run([python, "-c", "import curator; print(curator.__file__)"], work, clean_env)
    assert Path(where.strip()).is_relative_to(venv)

    default_stats = json.loads(run([curator, "stats", "--json"], work, clean_env))
    assert default_stats["documents"] == SEED_COUNT, "the default project starts with the shipped samples"

    project = work / "news.curator"
    annotated = work / "annotated.jsonl"
    annotated.write_text(json.dumps(ANNOTATED, ensure_ascii=False) + "\n", encoding="utf-8")
    shipped_samples = venv.glob("lib/python*/site-packages/curator/_data/sample_docs")
    imported = run([curator, "--project", project, "import", *shipped_samples, annotated], work, clean_env)
    assert f"imported {SEED_COUNT + 1} documents" in imported

    # The shipped samples are plain text nobody annotated: keep them, to check every document comes out.
    export = [curator, "--project", project, "export", "--include-untouched"]
    run([*export, "--format", "jsonl", "--out", "out.jsonl"], work, clean_env)
    with (work / "out.jsonl").open(encoding="utf-8") as handle:
        assert len([json.loads(line) for line in handle]) == SEED_COUNT + 1
    run([*export, "--format", "spacy", "--out", "corpus"], work, clean_env)
    vocab = spacy.blank("xx").vocab
    bins = [DocBin().from_disk(work / "corpus" / name) for name in ("train.spacy", "dev.spacy")]
    docs = [doc for doc_bin in bins for doc in doc_bin.get_docs(vocab)]
    assert len(docs) == SEED_COUNT + 1
    assert [(entity.text, entity.label_) for doc in docs for entity in doc.ents] == [("Bişkek", "GPE")]
