"""The spaCy export's train/dev/test split: copies of one story never straddle splits, each language is
split in the asked proportions, the seed decides, and spaCy reads (and `debug data` checks) every file."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from curator.cli.main import main
from curator.core import services
from curator.core.domain import CuratorError
from curator.core.exporters import export_project
from curator.core.exporters.split import DEV, TEST, TRAIN, plan_split
from curator.core.project.setup import open_project
from curator.core.services.duplicate_decisions import keep_separate
from curator.core.storage import Project

TURKISH_WORDS = "bakan görüşme sınır anlaşma ülke meclis karar seçim ekonomi haber şehir yol okul su".split()
KYRGYZ_WORDS = "министр жыйын чек ара келишим өлкө парламент шайлоо экономика шаар жол мектеп суу".split()
SPLIT_FILES = {TRAIN: "train.spacy", DEV: "dev.spacy", TEST: "test.spacy"}
DEV_FRACTION, TEST_FRACTION = 0.2, 0.2


def story(rng: random.Random, words: list[str], length: int = 40) -> str:
    return " ".join(rng.choice(words) + str(rng.randrange(1000)) for _ in range(length)) + "."


def corpus(
    tmp_path: Path, unique: tuple[int, int] = (24, 15)
) -> tuple[Project, dict[int, str], list[list[int]]]:
    """Turkish and Kyrgyz documents (`unique` stories each, 24 and 15 by default) and in each language
    one story copied 3 times (another header each time); every document has a span at its start.
    Returns the project, id -> language, and the two groups of copies."""
    rng = random.Random(5)
    project = open_project(tmp_path / "split.curator", annotator="tester")
    new: list[services.NewDocument] = []
    languages: dict[int, str] = {}
    groups: list[list[int]] = []
    for language, words, count in (("tr", TURKISH_WORDS, unique[0]), ("ky", KYRGYZ_WORDS, unique[1])):
        copied = story(rng, words)
        texts = [f"Ajans {n} bildiriyor. {copied}" for n in range(3)] + [
            story(rng, words) for _ in range(count)
        ]
        first_id = len(new) + 1
        groups.append([first_id, first_id + 1, first_id + 2])
        for text in texts:
            new.append(
                services.NewDocument(
                    text=text,
                    title=f"{language} {len(new)}",
                    language=language,
                    spans=[services.NewSpan(0, 5, "ORG")],
                )
            )
            languages[len(new)] = language
    with project.write() as session:
        services.add_documents(session, new, annotator_id=project.annotator_id, source="test")
    return project, languages, groups


def exported_splits(out: Path) -> dict[str, list[int]]:
    """Each split file read back with spaCy's DocBin: the Curator document ids in it."""
    vocab = spacy.blank("xx").vocab
    return {
        name: sorted(
            doc.user_data["curator_doc_id"] for doc in DocBin().from_disk(out / file).get_docs(vocab)
        )
        for name, file in SPLIT_FILES.items()
    }


def export_split(project: Project, out: Path, seed: int) -> dict[str, list[int]]:
    export_project(project, "spacy", out, dev_fraction=DEV_FRACTION, test_fraction=TEST_FRACTION, seed=seed)
    return exported_splits(out)


def test_copies_never_straddle_and_each_language_keeps_the_proportions(tmp_path: Path) -> None:
    project, languages, groups = corpus(tmp_path)
    with project:
        results = {seed: export_split(project, tmp_path / f"seed{seed}", seed) for seed in range(6)}
        again = export_split(project, tmp_path / "again", 3)

    for seed, splits in results.items():
        where = {doc_id: name for name, ids in splits.items() for doc_id in ids}
        assert sorted(where) == sorted(languages), seed  # every document in exactly one file
        assert sum(map(len, splits.values())) == len(languages)
        for group in groups:
            assert len({where[doc_id] for doc_id in group}) == 1, (seed, group, splits)
        for language in ("tr", "ky"):
            total = sum(1 for lang in languages.values() if lang == language)
            for name, fraction in ((DEV, DEV_FRACTION), (TEST, TEST_FRACTION)):
                count = sum(1 for doc_id in splits[name] if languages[doc_id] == language)
                # Proportions hold up to one group (the copied story is 3 documents).
                assert abs(count - total * fraction) <= 3, (seed, language, name, count)
                assert count > 0
    assert again == results[3]
    assert len({tuple(splits[DEV]) for splits in results.values()}) > 1  # the seed decides


def test_a_merged_copy_stays_in_its_keepers_split(tmp_path: Path) -> None:
    project, _languages, groups = corpus(tmp_path)
    with project:
        keep, copy = groups[0][0], groups[0][1]
        services.merge_duplicates(project, keep, [copy])
        # After the merge the duplicate search skips the copy: only the merge mark holds it with its keeper.
        splits = {seed: export_split(project, tmp_path / f"m{seed}", seed) for seed in range(6)}

    for seed, result in splits.items():
        where = {doc_id: name for name, ids in result.items() for doc_id in ids}
        assert where[copy] == where[keep] == where[groups[0][2]], seed


def test_the_report_counts_every_split_and_the_groups_kept_together(tmp_path: Path) -> None:
    project, languages, _groups = corpus(tmp_path)
    with project:
        report = export_project(
            project, "spacy", tmp_path / "out", dev_fraction=0.2, test_fraction=0.1, seed=1
        )

    splits = exported_splits(tmp_path / "out")
    assert (report.train_documents, report.dev_documents, report.test_documents) == tuple(
        len(splits[name]) for name in (TRAIN, DEV, TEST)
    )
    lines = report.lines()
    assert any(
        line.startswith(f"{len(splits[TRAIN])} documents for training, {len(splits[DEV])} for dev (seed 1")
        and f"{len(splits[TEST])} for test (test fraction 0.1)" in line
        for line in lines
    )
    assert "6 near-duplicate documents in 2 groups, each group in one split" in "\n".join(lines)
    assert sum(report.to_dict()[f"{name}_documents"] for name in (TRAIN, DEV, TEST)) == len(languages)


def test_no_test_fraction_writes_no_test_file_and_removes_a_stale_one(tmp_path: Path) -> None:
    project, _languages, _groups = corpus(tmp_path)
    with project:
        export_project(project, "spacy", tmp_path / "out", dev_fraction=0.2, test_fraction=0.2)
        assert (tmp_path / "out" / "test.spacy").is_file()
        report = export_project(project, "spacy", tmp_path / "out", dev_fraction=0.2)

    assert not (tmp_path / "out" / "test.spacy").exists()
    assert report.test_documents is None
    assert any(line.startswith("removed") and "test.spacy" in line for line in report.lines())


def test_fractions_that_leave_nothing_for_training_are_refused(tmp_path: Path) -> None:
    project, _languages, _groups = corpus(tmp_path)
    with project, pytest.raises(CuratorError, match="test fraction"):
        export_project(project, "spacy", tmp_path / "out", dev_fraction=0.5, test_fraction=0.5)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("total", "dev", "test", "expected"),
    [(2, 0.1, 0.0, (1, 1, 0)), (10, 0.2, 0.0, (8, 2, 0)), (3, 0.9, 0.0, (1, 2, 0)), (1, 0.5, 0.0, (1, 0, 0)),
     (3, 0.1, 0.1, (1, 1, 1)), (20, 0.1, 0.25, (13, 2, 5))],
)  # fmt: skip
def test_split_sizes_are_rounded_a_wanted_split_is_never_empty_and_train_never_is(
    total: int, dev: float, test: float, expected: tuple[int, int, int]
) -> None:
    plan = plan_split(dict.fromkeys(range(1, total + 1), "tr"), {}, dev, test, seed=0)
    sizes = tuple(
        sum(1 for name in plan.split_of.values() if name == wanted) for wanted in (TRAIN, DEV, TEST)
    )
    assert sizes == expected


def test_a_small_language_gets_its_share_of_dev_and_test(tmp_path: Path) -> None:
    """Stratified: 10 Kyrgyz documents among 90 Turkish ones are split like the Turkish ones."""
    documents = {i: "tr" for i in range(1, 91)} | {i: "ky" for i in range(91, 101)}
    plan = plan_split(documents, {}, 0.2, 0.1, seed=4)
    assert plan.by_language == {"ky": {TRAIN: 7, DEV: 2, TEST: 1}, "tr": {TRAIN: 63, DEV: 18, TEST: 9}}


@pytest.mark.slow
def test_spacy_debug_data_accepts_the_split_files(tmp_path: Path) -> None:
    """`spacy debug data` with a blank Turkish config runs on train and dev without errors, and on train
    and test; each file loads with DocBin. Enough documents that spaCy has the 100 it wants for training."""
    project, languages, _groups = corpus(tmp_path, unique=(150, 40))
    with project:
        export_split(project, tmp_path / "corpus", seed=2)
    corpus_folder = tmp_path / "corpus"
    config = tmp_path / "config.cfg"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "spacy", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)

    init = run("init", "config", str(config), "--lang", "tr", "--pipeline", "ner", "--force")
    assert init.returncode == 0, init.stderr
    for held_out in ("dev.spacy", "test.spacy"):
        paths = [
            "--paths.train",
            str(corpus_folder / "train.spacy"),
            "--paths.dev",
            str(corpus_folder / held_out),
        ]
        debug = run("debug", "data", str(config), *paths)
        assert debug.returncode == 0, debug.stdout + debug.stderr
        assert "Corpus is loadable" in debug.stdout
    assert sum(map(len, exported_splits(corpus_folder).values())) == len(languages)


def test_split_by_document_skips_the_duplicate_search(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--split-by-document` (through the command line): each document its own group, as asked."""
    project, languages, _groups = corpus(tmp_path)
    project.close()
    out = tmp_path / "out"
    args = [
        "--project",
        str(tmp_path / "split.curator"),
        "--annotator",
        "tester",
        "export",
        "--format",
        "spacy",
    ]
    options = ["--out", str(out), "--dev-fraction", "0.2", "--test-fraction", "0.2", "--seed", "3"]

    assert main([*args, *options, "--split-by-document"]) == 0

    assert "near-duplicate" not in capsys.readouterr().out
    plan = plan_split(languages, {}, DEV_FRACTION, TEST_FRACTION, seed=3)
    expected = {
        name: sorted(i for i, split in plan.split_of.items() if split == name) for name in SPLIT_FILES
    }
    assert exported_splits(out) == expected
    assert (
        json.loads((out / "manifest.json").read_text(encoding="utf-8"))["options"]["split_by_document"]
        is True
    )


def test_copies_kept_separate_are_split_as_separate_stories(tmp_path: Path) -> None:
    """Look-alikes a user kept separate are different stories: the split no longer holds them together."""
    project, _languages, groups = corpus(tmp_path)
    with project:
        before = export_project(project, "spacy", tmp_path / "a", dev_fraction=0.2, seed=1)
        keep_separate(project, groups[1])
        after = export_project(project, "spacy", tmp_path / "b", dev_fraction=0.2, seed=1)

    assert "6 near-duplicate documents in 2 groups, each group in one split" in "\n".join(before.lines())
    assert "3 near-duplicate documents in 1 group, each group in one split" in "\n".join(after.lines())
