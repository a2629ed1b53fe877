"""The dashboard's numbers, each from a grouped SQL aggregate: no document, span or suggestion is read
into Python one by one, so 100,000 documents cost a few index scans (benchmarks/dashboard.py).

Spans are read once, grouped by label, layer and day together; the per-label and per-annotator figures
are sums over those few hundred groups. Only spans a person made or accepted (`status` accepted) count:
a rejected gold trigger is a decision, not an annotation. Days are UTC calendar days of `created_at`,
the same on every machine of a team. Agreement is apart (`agreement_figure`): it tokenises the
documents two or more layers share, so the window shows the counts first and the agreement when ready.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Integer, and_, cast, func, literal, select, union
from sqlmodel import Session, col

from curator.core.domain import (
    GOLD_LAYER,
    SUGGESTION_OUTCOMES,
    AssignmentStatus,
    SpanStatus,
    SuggestionStatus,
)
from curator.core.services.review import STATUS_ORDER, STATUS_WORDS
from curator.core.statistics.figures import Cell, Figure
from curator.core.storage.database import Project
from curator.core.storage.models import (
    Annotator,
    Assignment,
    Document,
    Event,
    Label,
    Span,
    Suggestion,
    SuggestionDecision,
)

NO_ANNOTATOR = "(no annotator)"
_LAYER_STRIDE = 10_000_000  # above any Julian day number until the year 22,666
_JULIAN_1970 = date(1970, 1, 1)
_JULIAN_DAY_1970 = 2_440_588  # its Julian day number (from midnight)
OUTCOME_COLORS = ("#009E73", "#E69F00", "#D55E00", "#999999")  # accepted, corrected, rejected, pending
AGREEMENT_COLORS = ("#0072B2", "#56B4E9", "#CC79A7")


@dataclass(frozen=True, slots=True)
class Statistics:
    documents: int
    spans: int
    figures: tuple[Figure, ...]

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)


def compute_statistics(project: Project) -> Statistics:
    """Every figure but agreement, in one read transaction (one consistent moment of the project)."""
    with project.read() as session:
        statuses = _documents_by_status(session)
        languages = _documents_by_language(session)
        labels, per_day = _spans(session)
        suggestions = _suggestions(session)
    documents = sum(int(row[1] or 0) for row in statuses.rows)
    spans = sum(int(row[1] or 0) for row in labels.rows)
    return Statistics(documents, spans, (statuses, languages, labels, per_day, suggestions))


def _documents_by_status(session: Session) -> Figure:
    statement = select(col(Document.status), func.count()).group_by(col(Document.status))
    found = {str(status): int(count) for status, count in session.execute(statement)}
    counts = {status.value: int(found.pop(status.value, 0)) for status in STATUS_ORDER}
    counts.update({str(status): int(count) for status, count in sorted(found.items())})  # another tool's
    rows = tuple((STATUS_WORDS.get(status, status), count) for status, count in counts.items())
    return Figure("statuses", "Documents by status", ("Status", "Documents"), rows)


def _documents_by_language(session: Session) -> Figure:
    statement = select(col(Document.language), func.count()).group_by(col(Document.language))
    found = session.execute(statement).all()
    rows = tuple(
        (str(language), int(count)) for language, count in sorted(found, key=lambda r: (-r[1], r[0]))
    )
    return Figure("languages", "Documents by language", ("Language", "Documents"), rows)


def _spans(session: Session) -> tuple[Figure, Figure]:
    """Spans per label (every label of the schema, in its order, zeros too) and per annotator per day."""
    per_label = _label_counts(session)
    labels = session.execute(
        select(col(Label.id), col(Label.name), col(Label.color)).order_by(col(Label.position), col(Label.id))
    )
    label_rows, colors = [], []
    for label_id, name, color in labels:
        label_rows.append((str(name), per_label.get(int(label_id), 0)))
        colors.append(str(color))
    label_figure = Figure(
        "labels", "Spans per label", ("Label", "Spans"), tuple(label_rows), row_colors=tuple(colors)
    )
    return label_figure, _per_day_figure(session, _day_counts(session))


def _label_counts(session: Session) -> dict[int, int]:
    """All spans per label from the label index alone, less the few that are not accepted (rejected gold
    triggers): 45 + 128 ms instead of 800 ms for a grouped scan of 242,300 spans (loaded machine)."""
    counts: dict[int, int] = {}
    every = select(col(Span.label_id), func.count()).group_by(col(Span.label_id))
    for label_id, count in session.execute(every):
        counts[int(label_id)] = int(count)
    # `label_id + 0`: grouped by the index, SQLite would fetch every row in label order (486 ms); a
    # plain scan that sorts only the rare rows it keeps takes 128 ms
    label = (col(Span.label_id) + 0).label("label")
    others = select(label, func.count()).where(col(Span.status) != SpanStatus.ACCEPTED.value).group_by(label)
    for label_id, count in session.execute(others):
        counts[int(label_id)] -= int(count)
    return counts


def _day_counts(session: Session) -> dict[str, dict[int | None, int]]:
    """Accepted spans per UTC day and layer. On SQLite, grouping by (layer, date text) sorts every span
    on a string key; one integer key (layer × 10⁷ + day number) sorts 3–4 times faster (benchmarks/
    dashboard.py: 291 vs 1,132 ms for 242,300 spans on a loaded machine). PostgreSQL hashes either way."""
    accepted = col(Span.status) == SpanStatus.ACCEPTED.value
    per_day: dict[str, dict[int | None, int]] = defaultdict(lambda: defaultdict(int))
    if session.get_bind().dialect.name != "sqlite":
        day = func.date(col(Span.created_at))
        statement = select(col(Span.annotator_id), day, func.count()).where(accepted)
        for annotator_id, on, count in session.execute(statement.group_by(col(Span.annotator_id), day)):
            per_day[str(on)[:10]][annotator_id] += int(count)
        return per_day
    # julianday() starts its days at noon: + 0.5 makes the integer change at midnight UTC
    day_number = cast(func.julianday(col(Span.created_at)) + 0.5, Integer)
    key = func.coalesce(col(Span.annotator_id), 0) * _LAYER_STRIDE + day_number
    for value, count in session.execute(select(key, func.count()).where(accepted).group_by(key)):
        layer, number = divmod(int(value), _LAYER_STRIDE)
        on = (_JULIAN_1970 + timedelta(days=number - _JULIAN_DAY_1970)).isoformat()
        per_day[on][layer or None] += int(count)
    return per_day


def _per_day_figure(session: Session, per_day: dict[str, dict[int | None, int]]) -> Figure:
    names = {int(i): str(n) for i, n in session.execute(select(col(Annotator.id), col(Annotator.name)))}
    layers = sorted({a for counts in per_day.values() for a in counts}, key=lambda a: _layer_key(a, names))
    columns = ("Day (UTC)", *(names.get(a, NO_ANNOTATOR) if a is not None else NO_ANNOTATOR for a in layers))
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (on, *(per_day[on].get(a, 0) for a in layers)) for on in sorted(per_day)
    )
    return Figure(
        "per_day",
        "Annotations per annotator per day",
        columns,
        rows,
        series=len(layers),
        stacked=True,
        note="Spans made or accepted each day (UTC), by the layer they are on.",
    )


def _layer_key(annotator: int | None, names: dict[int, str]) -> tuple[int, str]:
    """People by name, then gold, then spans nobody's layer holds (imported without an annotator)."""
    if annotator is None:
        return (2, "")
    name = names.get(annotator, NO_ANNOTATOR)
    return (1 if name == GOLD_LAYER else 0, name.casefold())


def _suggestions(session: Session) -> Figure:
    """Per suggester (`source`: a rule set or a model version): what people did with its suggestions,
    and what still waits. Acceptance is accepted ÷ decided, the share taken as it was."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(SuggestionStatus, 0))
    decided = session.execute(
        select(col(SuggestionDecision.source), col(SuggestionDecision.outcome), func.count()).group_by(
            col(SuggestionDecision.source), col(SuggestionDecision.outcome)
        )
    )
    for source, outcome, count in decided:
        if outcome in SUGGESTION_OUTCOMES:
            counts[str(source)][SuggestionStatus(outcome)] += int(count)
    pending = session.execute(select(col(Suggestion.source), func.count()).group_by(col(Suggestion.source)))
    for source, count in pending:
        counts[str(source)][SuggestionStatus.PENDING] += int(count)
    order = (*SUGGESTION_OUTCOMES, SuggestionStatus.PENDING)
    rows: list[tuple[Cell, ...]] = []
    for source in sorted(counts):
        values = [counts[source][status] for status in order]
        decided_count = sum(values[:3])
        rows.append((source, *values, values[0] / decided_count if decided_count else None))
    return Figure(
        "suggestions",
        "Suggestion acceptance per suggester",
        ("Suggester", "Accepted", "Corrected", "Rejected", "Pending", "Acceptance"),
        tuple(rows),
        series=4,
        stacked=True,
        colors=OUTCOME_COLORS,
        note="Acceptance: accepted as suggested, of those decided (corrected ones count as not accepted).",
    )


# --- agreement ------------------------------------------------------------------------------------


def shared_documents(project: Project) -> list[int]:
    """Documents on which two or more people's layers are (gold is not a rater), as the agreement
    report counts a layer on a document: a span of an entity label, an event, or an annotated mark."""
    with project.read() as session:
        gold = select(col(Annotator.id)).where(col(Annotator.name) == GOLD_LAYER).scalar_subquery()
        spans = (
            select(col(Span.document_id), col(Span.annotator_id))
            .join(Label, col(Label.id) == col(Span.label_id))
            .where(and_(col(Label.kind) == "entity", col(Span.status) == SpanStatus.ACCEPTED.value))
        )
        events = select(col(Event.document_id), col(Event.annotator_id))
        marked = select(col(Assignment.document_id), col(Assignment.annotator_id)).where(
            col(Assignment.status) == AssignmentStatus.ANNOTATED.value
        )
        layers = union(spans, events, marked).subquery()
        document, annotator = layers.c[0], layers.c[1]
        statement = (
            select(document)
            .where(annotator.is_not(None), annotator != func.coalesce(gold, literal(-1)))
            .group_by(document)
            .having(func.count(func.distinct(annotator)) >= 2)
            .order_by(document)
        )
        return [int(d) for d in session.execute(statement).scalars()]


def agreement_figure(
    project: Project,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Figure | None:
    """Span F1 and Cohen's κ per pair of layers, from the agreement module over the documents they
    share (the scores Project → Agreement gives; single-layer documents are never scored there either).
    None while no document has two layers: there is no agreement to show yet."""
    documents = shared_documents(project)
    if not documents:
        return None
    from curator.core.agreement import compute_agreement  # loads spaCy's tokenizer: only when needed

    report = compute_agreement(project, document_ids=documents, progress=progress, is_cancelled=is_cancelled)
    rows = tuple(
        (f"{p.first} / {p.second}", p.spans.f1_exact, p.spans.f1_overlap, p.kappa, p.documents)
        for p in report.pairs
    )
    alpha = "—" if report.alpha is None else f"{report.alpha:.3f}"
    return Figure(
        "agreement",
        "Agreement between annotators",
        ("Pair", "F1 exact", "F1 overlap", "Cohen κ", "Documents"),
        rows,
        series=3,
        colors=AGREEMENT_COLORS,
        fraction=True,
        note=f"Krippendorff α over all layers: {alpha} ({report.documents:,} documents with two or more).",
    )
