"""brat standoff `.ann` lines read into plain values, with every offset and reference checked.

Nothing here touches the project: a file is read whole, and a problem anywhere (an offset past the
text, a span text that differs from the text at its offsets, an id no line defines, a line brat would
not write) stops the pair with the line number, before anything is stored. Arguments may name events
defined further down, as brat allows, so references are checked once every line is read. A fragment
boundary that cuts a character in two (an accent off its letter) is widened to the whole character and
noted with its line (see clusters.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from curator.core.importers.base import ImportProblem
from curator.core.importers.clusters import ClusterBounds, widened_note
from curator.core.schema.brat_conf import one_line

_ID = re.compile(r"^[TERAMN#]\S*$")


def problem(line: int, message: str) -> ImportProblem:
    return ImportProblem(f"line {line}: {message}")


@dataclass(frozen=True, slots=True)
class TextBound:
    """A `T` line: a typed span, possibly of several fragments (`0 4;13 19`)."""

    id: str
    line: int
    type: str
    fragments: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]


@dataclass(frozen=True, slots=True)
class EventLine:
    """An `E` line: `TYPE:Ttrigger ROLE:ID …`; roles as written (`Theme2`), targets T or E ids."""

    id: str
    line: int
    type: str
    trigger: str
    arguments: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class RelationLine:
    """An `R` line, or one link of a `*` equivalence chain (then `id` is "*")."""

    id: str
    line: int
    type: str
    head: str
    child: str
    roles: tuple[str, str] = ("Arg1", "Arg2")


@dataclass(frozen=True, slots=True)
class AttributeLine:
    """An `A` (or legacy `M`) line; `value` is None for a binary attribute."""

    id: str
    line: int
    name: str
    target: str
    value: str | None


@dataclass(frozen=True, slots=True)
class ReferenceLine:
    """An `N` line: `Reference T1 Wikidata:Q177313<tab>CSTO`."""

    id: str
    line: int
    type: str
    target: str
    namespace: str
    key: str
    name: str


@dataclass(frozen=True, slots=True)
class NoteLine:
    """A `#` line: `AnnotatorNotes T1<tab>text`."""

    id: str
    line: int
    type: str
    target: str
    text: str


@dataclass(slots=True)
class AnnFile:
    text_bound: dict[str, TextBound] = field(default_factory=dict)
    events: dict[str, EventLine] = field(default_factory=dict)
    relations: list[RelationLine] = field(default_factory=list)
    attributes: list[AttributeLine] = field(default_factory=list)
    references: list[ReferenceLine] = field(default_factory=list)
    notes: list[NoteLine] = field(default_factory=list)
    # A T line that repeats another's type and fragments is kept once: its id maps to the first one.
    same_as: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)  # id → line that defines it
    repeated_spans: list[tuple[int, str, str]] = field(default_factory=list)  # (line, id, kept id)
    extents: dict[tuple[str, int, int], str] = field(default_factory=dict)  # (type, start, end) → T id
    clusters: ClusterBounds = field(default_factory=lambda: ClusterBounds(""))  # of the document text
    widened: list[str] = field(default_factory=list)  # notes on fragments widened to whole characters

    def resolve(self, identifier: str) -> str:
        return self.same_as.get(identifier, identifier)

    def kind(self, identifier: str) -> str:
        """The annotation kind of an id the file defines ("T", "E", "R", "A", "N" or "#")."""
        return "M" if identifier.startswith("M") else identifier[:1]


def _int(value: str, line: int, what: str) -> int:
    if not value.isdigit():
        raise problem(line, f"{what} {value!r} is not a whole number")
    return int(value)


def _text_bound(ann: AnnFile, identifier: str, rest: str, line: int, text: str) -> None:
    head, tab, surface = rest.partition("\t")
    type_, _, offsets = head.strip().partition(" ")
    if not tab or not type_ or not offsets.strip():
        raise problem(line, f"{identifier} is not `{identifier}<tab>TYPE START END<tab>TEXT`")
    fragments: list[tuple[int, int]] = []
    for piece in offsets.split(";"):
        numbers = piece.split()
        if len(numbers) != 2:
            raise problem(line, f"{identifier}: {piece.strip()!r} is not START END")
        start, end = (_int(number, line, f"{identifier} offset") for number in numbers)
        if start >= end:
            raise problem(line, f"{identifier}: the range {start}-{end} is empty or reversed")
        if end > len(text):
            raise problem(
                line,
                f"{identifier}: the range {start}-{end} is past the end of the text (length {len(text)})",
            )
        if fragments and start < fragments[-1][1]:
            raise problem(line, f"{identifier}: the fragments overlap or are out of order")
        fragments.append((start, end))
    expected = " ".join(one_line(text[start:end]) for start, end in fragments)
    if one_line(surface) != expected:
        raise problem(
            line,
            f"{identifier}: its text {surface!r} differs from the text at {offsets.strip()}: {expected!r}",
        )
    whole = _whole_characters(ann, f"{identifier} ({type_})", line, fragments)
    bound = TextBound(identifier, line, type_, whole)
    extent = (bound.type, bound.start, bound.end)
    if extent in ann.extents:
        other = ann.text_bound[ann.extents[extent]]
        if other.fragments != bound.fragments:
            raise problem(
                line,
                f"{identifier} covers {bound.start}-{bound.end} like {other.id} (line {other.line}) with "
                "other fragments; a project keeps one span per label and extent",
            )
        ann.same_as[identifier] = other.id
        ann.repeated_spans.append((line, identifier, other.id))
        return
    ann.extents[extent] = identifier
    ann.text_bound[identifier] = bound


def _role_and_id(part: str, line: int, identifier: str) -> tuple[str, str]:
    role, colon, target = part.rpartition(":")
    if not colon or not role or not target:
        raise problem(line, f"{identifier}: {part!r} is not ROLE:ID")
    return role, target


def _event(ann: AnnFile, identifier: str, rest: str, line: int, _text: str) -> None:
    parts = rest.split()
    if not parts:
        raise problem(line, f"{identifier} has no TYPE:TRIGGER")
    type_, trigger = _role_and_id(parts[0], line, identifier)
    arguments = tuple(_role_and_id(part, line, identifier) for part in parts[1:])
    ann.events[identifier] = EventLine(identifier, line, type_, trigger, arguments)


def _relation(ann: AnnFile, identifier: str, rest: str, line: int, _text: str) -> None:
    parts = rest.split()
    if len(parts) != 3:
        raise problem(line, f"{identifier} is not `{identifier}<tab>TYPE Arg1:ID Arg2:ID`")
    (head_role, head), (child_role, child) = (_role_and_id(part, line, identifier) for part in parts[1:])
    ann.relations.append(RelationLine(identifier, line, parts[0], head, child, (head_role, child_role)))


def _equivalence(ann: AnnFile, identifier: str, rest: str, line: int, _text: str) -> None:
    parts = rest.split()
    if len(parts) < 3:
        raise problem(line, "an equivalence needs a type and at least two ids (`*<tab>Equiv T1 T2`)")
    type_, members = parts[0], parts[1:]
    for head, child in zip(members, members[1:], strict=False):
        ann.relations.append(RelationLine("*", line, type_, head, child))


def _attribute(ann: AnnFile, identifier: str, rest: str, line: int, _text: str) -> None:
    parts = rest.split()
    if len(parts) not in {2, 3}:
        raise problem(line, f"{identifier} is not `{identifier}<tab>NAME ID [VALUE]`")
    value = parts[2] if len(parts) == 3 else None
    ann.attributes.append(AttributeLine(identifier, line, parts[0], parts[1], value))


def _reference(ann: AnnFile, identifier: str, rest: str, line: int, _text: str) -> None:
    head, _, name = rest.partition("\t")
    parts = head.split()
    namespace, colon, key = parts[2].partition(":") if len(parts) == 3 else ("", "", "")
    if not colon or not namespace or not key:
        raise problem(line, f"{identifier} is not `{identifier}<tab>Reference ID NAMESPACE:KEY<tab>NAME`")
    ann.references.append(ReferenceLine(identifier, line, parts[0], parts[1], namespace, key, name.strip()))


def _note(ann: AnnFile, identifier: str, rest: str, line: int, _text: str) -> None:
    head, _, note = rest.partition("\t")
    parts = head.split()
    if len(parts) != 2:
        raise problem(line, f"{identifier} is not `{identifier}<tab>AnnotatorNotes ID<tab>TEXT`")
    ann.notes.append(NoteLine(identifier, line, parts[0], parts[1], note))


_PARSERS = {
    "T": _text_bound,
    "E": _event,
    "R": _relation,
    "*": _equivalence,
    "A": _attribute,
    "M": _attribute,
    "N": _reference,
    "#": _note,
}


def _whole_characters(
    ann: AnnFile, what: str, line: int, fragments: list[tuple[int, int]]
) -> tuple[tuple[int, int], ...]:
    """The fragments widened to whole characters; two that then overlap (they cut the same character)
    become one."""
    whole: list[tuple[int, int]] = []
    for fragment in fragments:
        widened = ann.clusters.widen(*fragment)
        if widened != fragment:
            ann.widened.append(widened_note(f"line {line}", what, fragment, widened, ann.clusters.text))
        if whole and widened[0] < whole[-1][1]:
            whole[-1] = (whole[-1][0], max(whole[-1][1], widened[1]))
        else:
            whole.append(widened)
    return tuple(whole)


def parse_ann(content: str, text: str) -> AnnFile:
    """Every line of an .ann file, checked against the document text and against each other."""
    ann = AnnFile(clusters=ClusterBounds(text))
    for number, raw in enumerate(content.split("\n"), 1):
        line = raw.removesuffix("\r")
        if not line.strip():
            continue
        identifier, tab, rest = line.partition("\t")
        if not tab:
            raise problem(number, "no tab after the id (brat lines are tab-separated)")
        if not identifier.startswith("*"):  # brat writes `*`; some tools number them (`*1`)
            if not _ID.match(identifier):
                raise problem(number, f"unknown annotation id {identifier!r} (T, E, R, *, A, M, N or #)")
            if identifier in ann.lines:
                raise problem(
                    number, f"{identifier} is defined twice (first on line {ann.lines[identifier]})"
                )
            ann.lines[identifier] = number
        _PARSERS[identifier[0]](ann, identifier, rest, number, text)
    _check_references(ann)
    return ann


def _known(ann: AnnFile, line: int, source: str, target: str, kinds: str) -> None:
    if target not in ann.lines:
        raise problem(line, f"{source} refers to {target}, which no line of the file defines")
    if ann.kind(target) not in kinds:
        allowed = " or ".join(kinds)
        raise problem(line, f"{source} refers to {target}, but it must be a {allowed} annotation")


def _check_references(ann: AnnFile) -> None:
    for event in ann.events.values():
        _known(ann, event.line, event.id, event.trigger, "T")
        trigger = ann.text_bound[ann.resolve(event.trigger)]
        if trigger.type != event.type:
            raise problem(
                event.line,
                f"{event.id} is a {event.type} but its trigger {event.trigger} is a {trigger.type}",
            )
        for _, target in event.arguments:
            _known(ann, event.line, event.id, target, "TE")
    for relation in ann.relations:
        for target in (relation.head, relation.child):
            _known(ann, relation.line, relation.id, target, "TE")
    items: list[AttributeLine | ReferenceLine | NoteLine] = [*ann.attributes, *ann.references, *ann.notes]
    for item in items:
        _known(ann, item.line, item.id, item.target, "TERAMN#")
