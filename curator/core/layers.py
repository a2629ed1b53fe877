"""Which annotator's layer an export, a record or a training corpus reads from each document.

Since several people annotate the same documents, reading every span of a document would mix their
layers into one annotation nobody made. `LayerChoice` is what the user asked for (`gold`, an annotator's
name, or `all`); `Layers.plan` turns it, for a batch of documents, into the annotator ids to read per
document with one grouped query, and names the documents it leaves out and why, so an export can say
so instead of silently mixing or dropping them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from curator.core.counts import layer_counts
from curator.core.domain import GOLD_LAYER, AnnotatorRole, CuratorError
from curator.core.storage.database import Project
from curator.core.storage.driver import PlainSQL, plain_sql
from curator.core.storage.models import Annotator, Span

LayerKind = Literal["default", "gold", "annotator", "all"]
DEFAULT_LAYER = "default"
ALL_LAYERS = "all"
NO_LAYER = "(no annotations)"
"""The layer name reported for a document nobody annotated: it is exported with no spans."""

_LAYERS_OF_DOCUMENTS = (
    f"SELECT document_id, annotator_id FROM {Span.__tablename__}"
    " WHERE document_id BETWEEN ? AND ? AND status = 'accepted' GROUP BY document_id, annotator_id"
)
_ANNOTATORS = f"SELECT id, name, role FROM {Annotator.__tablename__}"


@dataclass(frozen=True, slots=True)
class LayerChoice:
    """The layer(s) asked for: `default` (gold where the document has it, else its single annotator's
    layer), `gold`, one annotator's layer by `name`, or `all` (every layer, each kept apart)."""

    kind: LayerKind = "default"
    name: str | None = None

    @classmethod
    def parse(cls, text: str | None) -> LayerChoice:
        """`gold`, `all`, `default` (or nothing) and otherwise an annotator's name."""
        value = (text or "").strip()
        if value in ("", DEFAULT_LAYER):
            return cls()
        if value == GOLD_LAYER:
            return cls("gold", GOLD_LAYER)
        if value == ALL_LAYERS:
            return cls("all")
        return cls("annotator", value)


DEFAULT_CHOICE = LayerChoice()


@dataclass(frozen=True, slots=True)
class LayerPlan:
    """For each document of a batch, the annotator ids whose layers to read (in id order; empty for a
    document nobody annotated), and the documents left out with the reason."""

    read: dict[int, tuple[int | None, ...]] = field(default_factory=dict)
    left_out: dict[int, str] = field(default_factory=dict)


class Layers:
    """The project's layers by annotator id, and a choice resolved against them."""

    def __init__(self, choice: LayerChoice, annotators: Iterable[tuple[int, str, str]]) -> None:
        self.choice = choice
        self.names: dict[int | None, str] = {None: "(no annotator)"}
        self.gold: int | None = None
        wanted: int | None = None
        for annotator_id, name, role in annotators:
            self.names[annotator_id] = name
            # The row named "gold" is the gold layer; a row only given the gold role stands in for it.
            if name == GOLD_LAYER or (role == AnnotatorRole.GOLD and self.gold is None):
                self.gold = annotator_id
            if choice.kind == "annotator" and name == choice.name:
                wanted = annotator_id
        if choice.kind == "annotator" and wanted is None:
            people = ", ".join(sorted(n for i, n in self.names.items() if i is not None and i != self.gold))
            raise CuratorError(
                f"no annotator named {choice.name!r}; choose gold, all or one of: {people or 'none'}"
            )
        self._wanted = wanted

    @classmethod
    def of(cls, connection: PlainSQL, choice: LayerChoice) -> Layers:
        """Resolve `choice` against the project's annotators; an unknown name is a `CuratorError`."""
        return cls(choice, connection.execute(_ANNOTATORS))

    @classmethod
    def of_project(cls, project: Project, choice: LayerChoice) -> Layers:
        """`of` in a read of its own: to refuse an unknown annotator before anything is written."""
        with project.read() as session:
            return cls.of(plain_sql(session.connection()), choice)

    def name(self, annotator_id: int | None) -> str:
        return self.names.get(annotator_id, f"annotator {annotator_id}")

    def plan(self, connection: PlainSQL, document_ids: Iterable[int]) -> LayerPlan:
        """The layers to read for `document_ids`, from one grouped query over their id range."""
        ids = sorted(set(document_ids))
        present: dict[int, list[int | None]] = {document_id: [] for document_id in ids}
        if ids:
            for document_id, annotator_id in connection.execute(_LAYERS_OF_DOCUMENTS, (ids[0], ids[-1])):
                found = present.get(document_id)
                if found is not None:  # None: a document in the range the caller did not ask about
                    found.append(annotator_id)
        plan = LayerPlan()
        for document_id, layers in present.items():
            chosen = self._choose(layers)
            if isinstance(chosen, str):
                plan.left_out[document_id] = chosen
            else:
                plan.read[document_id] = chosen
        return plan

    def _choose(self, layers: list[int | None]) -> tuple[int | None, ...] | str:
        """The layers to read of a document holding `layers`, or why it is left out."""
        if not layers:
            return ()
        kind = self.choice.kind
        if kind == "all":
            return tuple(sorted(layers, key=lambda layer: -1 if layer is None else layer))
        has_gold = self.gold is not None and self.gold in layers
        if kind == "gold" or (kind == "default" and has_gold):
            return (self.gold,) if has_gold else "no gold layer (not adjudicated)"
        if kind == "annotator":
            return (self._wanted,) if self._wanted in layers else f"no layer of {self.choice.name}"
        if len(layers) == 1:
            return (layers[0],)
        names = ", ".join(sorted(self.name(layer) for layer in layers))
        return f"not adjudicated: layers {names} and no gold"


def spans_per_layer(project: Project) -> dict[str, int]:
    """Spans (any status) per layer name, for `curator stats`: how much each annotator and gold hold."""
    with project.read() as session:
        return layer_counts(plain_sql(session.connection()))
