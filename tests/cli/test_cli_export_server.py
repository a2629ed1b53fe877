"""`curator export` on a team server writes what the same export of the same data writes from a file.

One corpus (two seed articles with boilerplate accepted and cut out, entities of two annotators' layers,
an event with an argument, a relation, a knowledge-base link, metadata, an approved status and an
untouched document) is built through the same services on a SQLite file and on PostgreSQL; every export
format is run through `curator.cli.main.main` on both and the outputs compared byte for byte, then read
back by their consumers' readers (spaCy's `DocBin`, spaCy's CoNLL converter, JSON).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
import spacy
from spacy.tokens import DocBin
from spacy.training.converters import conll_ner_to_docs
from sqlalchemy.engine import make_url

from curator.cli.main import main
from curator.core import queries, services
from curator.core.domain import CuratorError
from curator.core.exporters import EXPORT_FORMATS, export_project
from curator.core.exporters.manifest import manifest_path
from curator.core.importers import import_paths
from curator.core.project.setup import open_project
from curator.core.services.entities import create_entity, link_spans
from curator.core.services.exclusions import decide_kind
from curator.core.storage import Project
from curator.core.storage.server_roles import group_names
from tests.helpers.engines import as_user, open_again
from tests.helpers.pg_cluster import SUPERUSER

SEEDS = Path(__file__).resolve().parents[2] / "sample_docs"
TURKISH, KYRGYZ = "003_f2ef593a435e9b5c.txt", "004_00bb97de39203a2b.txt"
# (surface, label, which occurrence) per language, tagged by annotator a.
ENTITIES = {
    "tr": [("Türk Devletleri Teşkilatı", "ORG", 2), ("Mevlüt Çavuşoğlu", "PER", 0), ("Kazakistan", "GPE", 3)],
    "ky": [("Руслан Казакбаев", "PER", 0), ("ЖККУ", "ORG", 1), ("Душанбе", "GPE", 1)],
}
UNTOUCHED = "Bişkek'te yeni bir kütüphane açıldı."


def occurrence(text: str, surface: str, number: int) -> int:
    start = -1
    for _ in range(number + 1):
        start = text.index(surface, start + 1)
    return start


def build(project: Project) -> None:
    """The corpus of this module, through the services the window and the importers use; `project` is
    annotator a's, and b tags the Kyrgyz article too (two layers, no gold: left out by default)."""
    import_paths(project, [SEEDS / TURKISH, SEEDS / KYRGYZ])
    tagged: dict[str, dict[str, int]] = {}
    for document in queries.list_documents(project):
        text = queries.get_document(project, document.id).text
        language = "ky" if "ЖККУ" in text else "tr"
        services.update_document_info(project, document.id, language=language)
        tagged[language] = {"document": document.id}
        for surface, label, number in ENTITIES[language]:
            start = occurrence(text, surface, number)
            added = services.add_span(project, document.id, start, start + len(surface), label)
            tagged[language][label] = added.span.id
    turkish = tagged["tr"]
    text = queries.get_document(project, turkish["document"]).text
    trigger = text.index("Toplantıya")
    event = services.create_event(project, turkish["document"], "MEETING", trigger=(trigger, trigger + 10))
    services.add_argument(project, event.event.id, "PARTICIPANT", span_id=turkish["PER"])
    services.add_relation(project, "REPRESENTS", turkish["PER"], turkish["ORG"])
    organisation = create_entity(project, "Organization of Turkic States", "ORG", wikidata="Q2111387")
    link_spans(project, [turkish["ORG"]], organisation.entity.id)
    services.update_document_info(project, turkish["document"], url="https://example.org/haber", author="AA")
    decision = decide_kind(project, None, "accepted")
    assert decision.count == 7
    services.set_document_status(project, turkish["document"], "approved")
    with project.write() as session:
        services.add_documents(
            session, [services.NewDocument(UNTOUCHED, title="untouched", language="tr")],
            annotator_id=None, source="test",
        )  # fmt: skip
    kyrgyz = tagged["ky"]["document"]
    text = queries.get_document(project, kyrgyz).text
    with open_again(project, "b") as other:
        start = occurrence(text, "Душанбе", 1)
        services.add_span(other, kyrgyz, start, start + len("Душанбе"), "LOC")


def location(project: Project) -> str:
    return getattr(project, "url", None) or str(project.path)


@pytest.fixture
def both(tmp_path: Path, server_database: Callable[..., str]) -> tuple[str, str]:
    """The corpus on a file and on a server: (the file's path, the server's URL as annotator a). The file
    is named after the database, as event record ids name their project."""
    url = server_database("a", "b")
    open_project(url, create=True).close()
    with open_project(as_user(url, "a")) as on_server:
        build(on_server)
    path = tmp_path / f"{make_url(url).database}.curator"
    with open_project(path, annotator="a") as on_file:
        build(on_file)
    return str(path), as_user(url, "a")


def exported(
    capsys: pytest.CaptureFixture[str], project: str, fmt: str, out: Path, *options: str
) -> tuple[str, dict[str, bytes]]:
    """What the command said and the files it wrote (by name), then the files removed: both engines
    export to the same `out`, so even a report naming its own files can be compared byte for byte."""
    code = main(["--project", project, "export", "--format", fmt, "--out", str(out), *options])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    manifest = manifest_path(out, "file" if out.is_file() else "directory")
    if out.is_file():
        written = {out.name: out.read_bytes(), manifest.name: manifest.read_bytes()}
        out.unlink()
        manifest.unlink()
    else:
        written = {str(path.relative_to(out)): path.read_bytes() for path in sorted(out.rglob("*"))}
        shutil.rmtree(out)
    # The manifest says when it was written: all else in it is compared.
    content = json.loads(written[manifest.name])
    assert content.pop("created")
    written[manifest.name] = json.dumps(content).encode("utf-8")
    return captured.out, written


def target(folder: Path, fmt: str) -> Path:
    exporter = EXPORT_FORMATS[fmt]
    return folder / (fmt if exporter.target == "directory" else f"export{exporter.suffix}")


def layer_choices(fmt: str) -> list[tuple[str, ...]]:
    reads_layers = "layer" in {option.name for option in EXPORT_FORMATS[fmt].options}
    return [("--layer", "default"), ("--layer", "all")] if reads_layers else [()]


def test_every_format_exported_from_a_server_is_byte_identical_to_the_files(
    both: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    on_file, on_server = both
    for fmt in EXPORT_FORMATS:
        for layer in layer_choices(fmt):
            out = target(tmp_path, fmt)
            said, from_file = exported(capsys, on_file, fmt, out, *layer)
            assert said.startswith("wrote ") and any(from_file.values()), (fmt, layer)
            from_server = exported(capsys, on_server, fmt, out, *layer)
            assert from_server == (said, from_file), (fmt, layer)


# Per exported document with `--layer all`, in order: (document, layer) and its entities.
LAYERED = [
    ("tr", "a", {(surface, label) for surface, label, _ in ENTITIES["tr"]}),
    ("ky", "a", {(surface, label) for surface, label, _ in ENTITIES["ky"]}),
    ("ky", "b", {("Душанбе", "LOC")}),
]


def test_the_servers_docbin_and_conll_read_back_as_the_files_with_every_layer(
    both: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    on_file, on_server = both
    read: dict[str, dict[str, list]] = {}
    for name, project in (("file", on_file), ("server", on_server)):
        out = tmp_path / name
        out.mkdir()
        export(capsys, project, "spacy", out / "spacy", "--dev-fraction", "0", "--layer", "all")
        docs = list(DocBin().from_disk(out / "spacy" / "train.spacy").get_docs(spacy.blank("xx").vocab))
        export(capsys, project, "conll", out / "export.conll", "--layer", "all")
        # spaCy's converter, one -DOCSTART- document at a time (it joins sentences across documents).
        parts = (out / "export.conll").read_text(encoding="utf-8").split("-DOCSTART-")[1:]
        conll = [doc for part in parts for doc in conll_ner_to_docs("-DOCSTART-" + part, n_sents=1000)]
        read[name] = {
            "docbin": [
                (doc.text, doc.user_data["curator_layer"], {(s.text, s.label_) for s in doc.spans["sc"]})
                for doc in docs
            ],
            "conll": [[(token.text, token.ent_iob_, token.ent_type_) for token in doc] for doc in conll],
        }
        assert [(layer, spans) for _text, layer, spans in read[name]["docbin"]] == [
            (layer, spans) for _language, layer, spans in LAYERED
        ]
        assert [{(e.text, e.label_) for e in doc.ents} for doc in conll] == [spans for *_, spans in LAYERED]
    assert read["server"] == read["file"]
    # Accepted boilerplate is cut out of the texts on the server too.
    assert all("Оставить комментарий" not in text for text, _layer, _spans in read["server"]["docbin"])


def export(capsys: pytest.CaptureFixture[str], project: str, fmt: str, out: Path, *options: str) -> None:
    code = main(["--project", project, "export", "--format", fmt, "--out", str(out), *options])
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()


def test_a_read_the_server_refuses_mid_export_is_a_message_and_nothing_is_written(
    server_database: Callable[..., str], tmp_path: Path
) -> None:
    url = server_database("a", role="annotator")  # an admin owns the tables: nobody can revoke theirs
    with open_project(url, create=True) as admin, admin.write() as session:
        services.add_documents(
            session, [services.NewDocument(UNTOUCHED, title="one", language="tr")],
            annotator_id=None, source="test",
        )  # fmt: skip
    out = tmp_path / "export.jsonl"
    annotators = group_names(make_url(url).database or "")["annotator"]

    def refuse_spans(done: int, _total: int) -> None:
        if done == 0:  # after the count, before the first batch is read
            with psycopg.connect(as_user(url, SUPERUSER), autocommit=True) as connection:
                connection.execute(f'REVOKE SELECT ON spans FROM "{annotators}"')

    with open_project(as_user(url, "a")) as project:
        with pytest.raises(CuratorError) as refused:
            export_project(project, "jsonl", out, progress=refuse_spans)
    assert str(refused.value).startswith(
        f"{as_user(url, 'a')}: not exported, a read from the server failed ("
    )
    assert "permission denied for table spans" in str(refused.value)
    assert "damaged" not in str(refused.value) and list(tmp_path.iterdir()) == []
