"""The one-folder build of packaging/build.sh runs both faces of Curator from its own folder, offline.

The build is made once per test session (about 5 minutes on two cores, into a temporary folder) and
every test runs the built `curator` from a folder outside the checkout, without PYTHONPATH and with data,
settings, cache and log folders of its own, as a user who unpacked it would. The command line imports the
shipped sample corpus (read from inside the build), a PDF (through the build's PDF worker) and documents
in the languages Curator's users write, tags through `search --tag`, and exports a DocBin that this test's
own spaCy reads; the window opens on the project offscreen and closes itself with `gui --quit-after`.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from tests.helpers.office_files import write_pdf

REPO = Path(__file__).resolve().parents[2]
SAMPLE_COUNT = len(list((REPO / "sample_docs").glob("*.txt")))
BUILD_TIMEOUT_S = 900
RUN_TIMEOUT_S = 180
APP_ID = "io.github.curator_annotation.Curator"
SHIPPED_SAMPLES = "_internal/curator/_data/sample_docs"
# One document per language of Curator's users, each naming Bishkek.
LANGUAGE_SAMPLES = {
    "tr": "Dışişleri Bakanı Kazakbayev dün Bişkek'te konuştu.",
    "ky": "Министр Казакбаев бүгүн Бишкекте сүйлөдү.",
    "kk": "Министр Қазақбаев бүгін Бішкекте сөйледі.",
    "ru": "Министр Казакбаев выступил сегодня в Бишкеке.",
    "en": "Minister Kazakbayev spoke in Bishkek today.",
}
PDF_LINES = ["Kırgızistan Dışişleri Bakanı Bişkek'te", "ОДКБнын жыйыны Бишкекте өттү."]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def built_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder packaging/build.sh made (dist/curator); built once for the whole session, or the one
    $CURATOR_TEST_BUILD names (a folder build.sh made earlier, to rerun these tests without building)."""
    if os.environ.get("CURATOR_TEST_BUILD"):
        return Path(os.environ["CURATOR_TEST_BUILD"])
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("CI"):
            raise AssertionError("PyInstaller is missing: bootstrap.sh installs the package extra")
        pytest.skip("PyInstaller is not installed (pip install -e '.[package]')")
    out = tmp_path_factory.mktemp("build")
    env = os.environ | {"PYTHON": sys.executable}
    done = subprocess.run(
        ["bash", REPO / "packaging" / "build.sh", "--dist", out / "dist", "--work", out / "work"],
        env=env, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S,
    )  # fmt: skip
    assert done.returncode == 0, f"the build failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    print(done.stdout.strip().splitlines()[-2])  # "built ... in N s, SIZE": shown with pytest -s
    return out / "dist" / "curator"


@pytest.fixture
def user(tmp_path: Path) -> dict[str, str]:
    """A user's environment: no PYTHONPATH (nothing may come from the checkout), own XDG folders."""
    env = {key: value for key, value in os.environ.items() if key not in {"PYTHONPATH", "CURATOR_PROJECT"}}
    for name in ("data", "config", "state", "cache"):
        env[f"XDG_{name.upper()}_HOME"] = str(tmp_path / name)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["CURATOR_ANNOTATOR"] = "tester"
    (tmp_path / "work").mkdir()
    return env


def run(
    app: Path, args: list[str | Path], env: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [app / "curator", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S
    )
    assert done.returncode == 0, f"curator {args} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    assert "Traceback" not in done.stderr, done.stderr
    return done


def log_file(env: dict[str, str]) -> Path:
    return Path(env["XDG_STATE_HOME"]) / "curator" / "log" / "curator.log"


def test_the_folder_holds_what_runs_offline_and_nothing_of_the_development_tools(built_app: Path) -> None:
    internal = built_app / "_internal"
    platforms = {path.name for path in (internal / "PySide6/Qt/plugins/platforms").iterdir()}
    assert {"libqoffscreen.so", "libqxcb.so", "libqwayland.so"} <= platforms
    assert (internal / "curator/_data/resources/knowledge_base.json").is_file()
    assert (internal / "curator/_data/resources/translations/curator_tr.qm").is_file()  # the interface's
    assert (internal / "PySide6/Qt/translations/qtbase_tr.qm").is_file()  # Qt's own buttons and dialogs
    assert len(list((built_app / SHIPPED_SAMPLES).glob("*.txt"))) == SAMPLE_COUNT
    assert (internal / "curator/core/storage/migrations/env.py").is_file()
    for unwanted in ("torch", "tensorflow", "pytest", "spacy/tests", "thinc/tests", "mypy"):
        assert not (internal / unwanted).exists(), f"{unwanted} is in the build"
    share = built_app / "share"
    assert (share / f"applications/{APP_ID}.desktop").is_file()
    assert (share / f"metainfo/{APP_ID}.metainfo.xml").is_file()
    assert (share / f"icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    assert (share / f"icons/hicolor/512x512/apps/{APP_ID}.png").is_file()


def test_the_command_line_face_imports_tags_and_exports_a_docbin_spacy_reads(
    built_app: Path, user: dict[str, str], tmp_path: Path, qapp: object
) -> None:
    work = tmp_path / "work"
    languages = work / "languages.jsonl"
    languages.write_text(
        "".join(
            json.dumps({"text": text, "meta": {"lang": lang}}) + "\n"
            for lang, text in LANGUAGE_SAMPLES.items()
        ),
        encoding="utf-8",
    )
    pdf = write_pdf(work / "kabar.pdf", PDF_LINES, title="Kabar")
    project = ["--project", work / "news.curator"]
    imported = run(
        built_app, [*project, "import", built_app / SHIPPED_SAMPLES, languages, pdf], user, work
    ).stdout
    assert f"imported {SAMPLE_COUNT + len(LANGUAGE_SAMPLES) + 1} documents" in imported

    tagged = run(built_app, [*project, "search", "Bişkek", "--tag", "GPE"], user, work).stdout
    assert "tagged" in tagged and "as GPE" in tagged
    for cyrillic in ("Бишкек", "Бішкек"):
        run(built_app, [*project, "search", cyrillic, "--tag", "GPE"], user, work)

    export_args = ["export", "--format", "spacy", "--out", "corpus", "--include-untouched"]
    export = run(built_app, [*project, *export_args], user, work).stdout
    # Every language's own tokenizer was found in the build; spaCy has none for Kazakh.
    fallbacks = [line for line in export.splitlines() if "multi-language tokenizer" in line]
    assert len(fallbacks) == 1 and "language 'kk'" in fallbacks[0], export
    vocab = spacy.blank("xx").vocab
    docs = [
        doc
        for name in ("train.spacy", "dev.spacy")
        for doc in DocBin().from_disk(work / "corpus" / name).get_docs(vocab)
    ]
    assert len(docs) == SAMPLE_COUNT + len(LANGUAGE_SAMPLES) + 1
    places = {entity.text for doc in docs for entity in doc.ents if entity.label_ == "GPE"}
    assert {"Bişkek", "Бишкек", "Бішкек"} <= places
    pdf_text = next(doc.text for doc in docs if "ОДКБнын" in doc.text)
    assert "Bişkek'te" in pdf_text, "the PDF's text layer came through the build's PDF worker"
    assert not log_file(user).exists()


def test_the_window_face_opens_on_the_sample_corpus_and_closes_by_itself(
    built_app: Path, user: dict[str, str], tmp_path: Path
) -> None:
    work = tmp_path / "work"
    project = ["--project", work / "news.curator"]
    run(built_app, [*project, "import", built_app / SHIPPED_SAMPLES], user, work)
    shown = run(built_app, [*project, "gui", "--quit-after", "3"], user, work)
    assert "error" not in shown.stderr.lower(), shown.stderr
    assert not log_file(user).exists(), log_file(user).read_text(encoding="utf-8")
    default = run(built_app, ["gui", "--quit-after", "1"], user, work)  # first start: the default project
    assert "error" not in default.stderr.lower(), default.stderr
    stats = json.loads(run(built_app, ["stats", "--json"], user, work).stdout)
    assert stats["documents"] == SAMPLE_COUNT, "the default project starts with the shipped samples"
