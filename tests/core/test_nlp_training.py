"""Training spaCy models from a project's accepted spans: tokenizer, data, versions, scores, suggester."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
import spacy
from sqlmodel import select

from curator.core import services
from curator.core.domain import CuratorError
from curator.core.nlp.corpus import collect, paragraphs, split
from curator.core.nlp.evaluation import evaluate_documents, event_labels
from curator.core.nlp.models import list_models, model_suggester, resolve_model
from curator.core.nlp.tokenizer import blank_pipeline
from curator.core.nlp.training import (
    TrainingCancelled,
    TrainingOptions,
    fit,
    learning_curve,
    models_folder,
    score_units,
    train_model,
)
from curator.core.project.setup import open_project
from curator.core.queries import ExportDocument, iter_export_documents
from curator.core.services.trained_models import set_active_model
from curator.core.storage import Project
from curator.core.storage.models import TrainedModel
from curator.core.suggest import ProposedSpan, SuggestInput
from curator.core.suggest.rules import rule_suggester
from tests.helpers.ner_data import add, kyrgyz_documents, turkish_documents

FAST = TrainingOptions(max_epochs=12, patience=30)


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Project, object]]:
    project = open_project(tmp_path_factory.mktemp("nlp") / "train.curator", annotator="tester")
    add(project, turkish_documents(30, seed=1, held_out=False))
    result = train_model(project, "tr", FAST)
    yield project, result
    project.close()


def tokens(language: str, text: str) -> list[str]:
    return [token.text for token in blank_pipeline(language)(text)]


def test_tokenizer_cuts_case_suffixes_so_names_are_tokens(tmp_path: Path) -> None:
    assert tokens("tr", "Bişkek'te KGAÖ’nün 2020'de") == ["Bişkek", "'te", "KGAÖ", "’nün", "2020", "'de"]
    assert tokens("ky", "ЖККУнун жыйыны Душанбеде өттү.") == [
        "ЖККУ",
        "нун",
        "жыйыны",
        "Душанбе",
        "де",
        "өттү",
        ".",
    ]
    assert tokens("kk", "ҰҚШҰ-ның жиыны") == ["ҰҚШҰ", "-ның", "жиыны"]
    assert tokens("ru", "ОДКБ и Москве") == ["ОДКБ", "и", "Москве"]  # Russian declines: no cut
    nlp = blank_pipeline("ky")
    nlp.to_disk(tmp_path / "ky")
    assert [t.text for t in spacy.load(tmp_path / "ky")("ЖККУнун")] == ["ЖККУ", "нун"]


def test_paragraphs_follow_lines_unless_a_span_crosses_one() -> None:
    text = "Bir.\n\nİki Ankara\nBursa üç.\nDört."
    units = paragraphs(7, text, [(10, 22, "LOC")])
    assert [(u.offset, u.text) for u in units] == [(0, "Bir."), (6, "İki Ankara\nBursa üç."), (27, "Dört.")]
    assert units[1].spans == ((4, 16, "LOC"),)


def test_training_documents_are_those_with_spans_or_marked_done(tmp_path: Path) -> None:
    from curator.core import services

    with open_project(tmp_path / "p.curator", annotator="t") as project:
        add(project, turkish_documents(2, seed=3, held_out=False))
        add(project, [services.NewDocument(text="Kimse bakmadı.", language="tr")])
        add(project, [services.NewDocument(text="Burada ad yok.", language="tr")])
        untouched, done = (d.id for d in iter_export_documents(project) if not d.spans)
        services.set_document_status(project, done, "annotated")
        corpus = collect(project)["tr"]
        assert done in corpus.document_ids and untouched not in corpus.document_ids
        assert len(corpus.document_ids) == 3


def test_training_saves_and_registers_a_versioned_model(trained: tuple) -> None:
    project, result = trained
    assert result.version == "tr-1"
    assert Path(result.path).parent == models_folder(project)
    assert (Path(result.path) / "config.cfg").is_file()
    with project.read() as session:
        row = session.exec(select(TrainedModel).where(TrainedModel.version == "tr-1")).one()
    assert row.language == "tr" and row.components == ["tok2vec", "ner"]
    assert row.train_spans == result.train_spans > 0
    assert row.train_documents == 30 and row.heldout_documents > 0 and row.seconds > 0
    assert set(row.scores["labels"]) == {"PER", "GPE"}
    assert row.scores["micro"]["f"] == pytest.approx(result.scores.f1, abs=1e-4)
    assert result.scores.micro.support > 0


class MemoryBaseline:
    """Proposes every training string again wherever it occurs: what a gazetteer of the training
    annotations would find."""

    source = "baseline:memory"

    def __init__(self, documents: Iterable[ExportDocument]) -> None:
        self.names = {document.text[s:e]: label for document in documents for s, e, label in document.spans}

    def suggest(self, documents: Iterable[SuggestInput]) -> Iterator[tuple[int, list[ProposedSpan]]]:
        for document in documents:
            found = []
            for name, label in self.names.items():
                start = document.text.find(name)
                while start >= 0:
                    found.append(ProposedSpan(start, start + len(name), label, self.source))
                    start = document.text.find(name, start + 1)
            yield document.document_id, found


def test_model_beats_the_rules_on_held_out_sentences(trained: tuple, tmp_path: Path) -> None:
    project, result = trained
    with open_project(tmp_path / "heldout.curator", annotator="t") as heldout:
        add(heldout, turkish_documents(6, seed=99, held_out=True))
        documents = list(iter_export_documents(heldout))
    model = evaluate_documents(model_suggester(project, result.version), documents)
    # The set tags no dates or offices, so the rules' DATE ("dün") and TITLE ("Bakan") proposals are left
    # out rather than counted wrong.
    skipped = event_labels(project) | {"DATE", "TITLE"}
    rules = evaluate_documents(rule_suggester(project), documents, skipped)
    baseline = evaluate_documents(MemoryBaseline(iter_export_documents(project)), documents)
    assert model.source == "model:tr-1"
    assert rules.scores.micro.correct > 0  # the knowledge base's names, in any half
    assert baseline.scores.f1 < 0.2  # unseen names: memory finds next to nothing
    assert model.scores.f1 > 0.6
    assert model.scores.f1 > rules.scores.f1 + 0.2
    assert model.scores.f1 > baseline.scores.f1 + 0.4


def test_sub_token_entities_are_learnt(tmp_path: Path) -> None:
    with open_project(tmp_path / "ky.curator", annotator="t") as project:
        add(project, kyrgyz_documents(40, seed=5))
        data = split(collect(project)["ky"].units, 0.2, 0)
        nlp = fit("ky", data, TrainingOptions(max_epochs=15)).nlp
    doc = nlp("КМШнын жыйыны Душанбеде өттү.")
    assert {(e.text, e.label_) for e in doc.ents} == {("КМШ", "ORG"), ("Душанбе", "GPE")}
    assert score_units(nlp, data.test).f1 > 0.9


def test_second_training_is_a_new_version_and_the_active_one_suggests(trained: tuple) -> None:
    project, _ = trained
    second = train_model(project, "tr", TrainingOptions(max_epochs=2))
    assert second.version == "tr-2"
    assert [m.version for m in list_models(project)][:2] == ["tr-2", "tr-1"]
    assert resolve_model(project, language="tr").version == "tr-2"  # newest when none is chosen
    assert set_active_model(project, "tr", "tr-1").previous is None
    assert resolve_model(project, language="tr").version == "tr-1"
    assert model_suggester(project, language="tr").source == "model:tr-1"
    assert set_active_model(project, "tr", None).previous == "tr-1"
    with pytest.raises(CuratorError, match="is for 'tr'"):
        set_active_model(project, "ky", "tr-1")


def test_model_suggester_gives_document_offsets_and_skips_languages_without_model(trained: tuple) -> None:
    project, _ = trained
    set_active_model(project, "tr", "tr-1")  # whatever other tests trained since
    text = "Giriş.\nBakan Ahmet Yılmaz, Bursa'da açıklama yaptı."
    suggester = model_suggester(project)
    results = dict(suggester.suggest([SuggestInput(1, text, "tr"), SuggestInput(2, "Бишкекте.", "ky")]))
    spans = {(text[s.start : s.end], s.label) for s in results[1]}
    assert ("Ahmet Yılmaz", "PER") in spans and ("Bursa", "GPE") in spans
    assert all(s.source == "model:tr-1" for s in results[1])
    assert results[2] == []


def test_a_model_asked_for_by_version_only_suggests_on_its_own_language(trained: tuple) -> None:
    """`suggest --suggester model:tr-1` over a mixed corpus: the Kyrgyz documents are skipped with the
    reason, not tagged by a Turkish model."""
    from curator.core.suggest.runner import run_suggester, select_documents, suggester_factory

    project, _ = trained
    with pytest.raises(CuratorError, match="tr-1 is a tr model; not used on ky text"):
        model_suggester(project, version="tr-1", language="ky")
    turkish = select_documents(project)[0]
    kyrgyz = services.NewDocument("ЖККУнун жыйыны Бишкекте өттү.", title="ky-only", language="ky")
    add(project, [kyrgyz])
    kyrgyz_id = next(i for i, language in select_documents(project) if language == "ky")
    run = run_suggester(
        project, "model:tr-1", suggester_factory(project, "model:tr-1"), [turkish, (kyrgyz_id, "ky")]
    )
    assert run.skipped_documents == 1 and "not used on ky text" in run.skipped["ky"]
    assert run.documents == 1


def test_no_model_is_a_clear_error(tmp_path: Path) -> None:
    with open_project(tmp_path / "empty.curator", annotator="t") as project:
        with pytest.raises(CuratorError, match="no trained model"):
            model_suggester(project)
        with pytest.raises(CuratorError, match="no trained model 'tr-7'"):
            model_suggester(project, version="tr-7")
        with pytest.raises(CuratorError, match="no training data"):
            train_model(project, "tr")


def test_cancelled_training_leaves_no_model(tmp_path: Path) -> None:
    with open_project(tmp_path / "c.curator", annotator="t") as project:
        add(project, turkish_documents(10, seed=2, held_out=False))
        calls = []

        def cancel_soon() -> bool:
            calls.append(1)
            return len(calls) > 2

        with pytest.raises(TrainingCancelled):
            train_model(project, "tr", FAST, is_cancelled=cancel_soon)
        assert list_models(project) == []
        assert not any(models_folder(project).glob("*")) if models_folder(project).exists() else True


def test_overlapping_spans_add_a_span_categorizer(tmp_path: Path) -> None:
    from curator.core import services

    documents = turkish_documents(8, seed=4, held_out=False)
    nested = "Ankara Valiliği açıklama yaptı."
    for number in range(8):
        documents.append(
            services.NewDocument(
                text=f"{nested} ({number})",
                language="tr",
                spans=[services.NewSpan(0, 15, "ORG"), services.NewSpan(0, 6, "LOC")],
            )
        )
    with open_project(tmp_path / "o.curator", annotator="t") as project:
        add(project, documents)
        result = train_model(project, "tr", TrainingOptions(max_epochs=3))
        assert result.components == ["tok2vec", "ner", "spancat"]


def test_learning_curve_trains_on_growing_shares(trained: tuple) -> None:
    project, _ = trained
    points = learning_curve(project, "tr", fractions=(0.5, 1.0), options=TrainingOptions(max_epochs=3))
    assert [p.fraction for p in points] == [0.5, 1.0]
    assert points[0].train_documents < points[1].train_documents == 30
    assert all(0.0 <= p.scores.f1 <= 1.0 for p in points)
