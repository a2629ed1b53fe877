"""The database itself enforces who may write what on a team server (storage.server_roles).

Each forbidden write is tried as raw SQL through psycopg, the way an older or a hostile client would
send it, not only through our services: the database refuses it (SQLSTATE 42501) or, for a DELETE of a
row the writer may not touch, deletes nothing. Each such DELETE is first run as the superuser (and rolled
back), to show that it names a row that exists and would go. Then what each role may
do goes through the services, and what a role may not do reaches the user as a CuratorError.

The team: boss (admin), alice and bob (annotators), rita (reviewer). Document 1 is assigned to alice,
2 to bob, 3 to nobody, 4 to nobody and approved.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from sqlalchemy import insert, select
from sqlmodel import col

from curator.core import queries, services
from curator.core.domain import CuratorError, StaleWriteError
from curator.core.project.setup import open_project
from curator.core.services import assignments, review, schema_edits
from curator.core.storage import ProjectOpenError, server_roles, server_users
from curator.core.storage.models import (
    Annotator,
    Assignment,
    Document,
    DocumentReview,
    Event,
    EventArgument,
    HistoryEntry,
    KnowledgeEntity,
    Label,
    Presence,
    Relation,
    RelationType,
    Span,
    Suggestion,
    SuggestionDecision,
    utcnow,
)
from tests.helpers.engines import as_user
from tests.helpers.pg_cluster import Cluster, create_database

TEXTS = (
    "Alice'in belgesi: Ahmet Ankara'da.",
    "Bob'un belgesi: Ayşe Bakü'de.",
    "Kimsenin belgesi: Ali Astana'da.",
    "Onaylı belge: Veli Taşkent'te.",
)


@dataclass
class Team:
    url: str  # the superuser's
    ids: dict[str, int]  # the rows the cases below aim at


def _team_project(url: str) -> dict[str, int]:
    """The superuser sets up the users, documents, assignments and everyone's rows (no policy applies)."""
    with open_project(url, create=True) as owner, owner.write() as session:
        connection = session.connection()
        for name, role in (("alice", "annotator"), ("bob", "annotator"), ("rita", "reviewer")):
            server_users.add_user(connection, name, role)
        services.add_documents(
            session,
            [services.NewDocument(text=t, title=f"d{n}", language="tr") for n, t in enumerate(TEXTS, 1)],
            annotator_id=None, source="test",
        )  # fmt: skip
        people = dict(session.execute(select(col(Annotator.name), col(Annotator.id))).all())
        gold = Annotator(name="gold", role="gold")
        session.add(gold)
        session.flush()
        documents = dict(session.execute(select(col(Document.title), col(Document.id))).all())
        d1, d2, d3, d4 = (documents[f"d{n}"] for n in range(1, 5))
        session.execute(
            insert(Assignment),
            [{"document_id": d1, "annotator_id": people["alice"]},
             {"document_id": d2, "annotator_id": people["bob"]}],
        )  # fmt: skip
        session.execute(Document.__table__.update().where(col(Document.id) == d4).values(status="approved"))
        per = session.execute(select(col(Label.id)).where(col(Label.name) == "PER")).scalar_one()
        visit = session.execute(select(col(Label.id)).where(col(Label.name) == "VISIT")).scalar_one()
        relation_type = session.execute(select(col(RelationType.id)).limit(1)).scalar_one()

        def add(row: Any) -> int:
            session.add(row)
            session.flush()
            return int(row.id)

        entity = add(KnowledgeEntity(key="ayse", name="Ayşe", type="PER"))
        bob_span = add(
            Span(document_id=d2, start=16, end=20, label_id=per, annotator_id=people["bob"], entity_id=entity)
        )
        bob_trigger = add(Span(document_id=d2, start=21, end=25, label_id=visit, annotator_id=people["bob"]))
        bob_event = add(Event(document_id=d2, trigger_span_id=bob_trigger, annotator_id=people["bob"]))
        ids = {
            **{f"d{n}": documents[f"d{n}"] for n in range(1, 5)}, **people, "gold": int(gold.id or 0),
            "per": per, "visit": visit, "relation_type": relation_type, "entity": entity,
            "bob_span": bob_span, "bob_trigger": bob_trigger, "bob_event": bob_event,
            "bob_argument": add(EventArgument(event_id=bob_event, role="ACTOR", span_id=bob_span)),
            "bob_relation": add(Relation(document_id=d2, type_id=relation_type, head_span_id=bob_span,
                                         child_span_id=bob_trigger, annotator_id=people["bob"])),
            "bob_decision": add(SuggestionDecision(document_id=d2, start=0, end=3, label="PER", source="rule",
                                                   outcome="rejected", annotator_id=people["bob"])),
            "bob_review": add(DocumentReview(document_id=d2, status="annotated", annotator_id=people["bob"])),
            "bob_history": add(
                HistoryEntry(uid="bob-1", annotator_id=people["bob"], kind="span.add", change="{}")
            ),
            "suggestion": add(Suggestion(document_id=d2, start=0, end=3, label_id=per, source="rule")),
            "alice_span": add(
                Span(document_id=d1, start=18, end=23, label_id=per, annotator_id=people["alice"])
            ),
            "gold_span": add(Span(document_id=d3, start=18, end=21, label_id=per, annotator_id=gold.id)),
            "bob_assignment": session.execute(
                select(col(Assignment.id)).where(col(Assignment.annotator_id) == people["bob"])
            ).scalar_one(),
        }  # fmt: skip
        session.add(Presence(client="bob-window", annotator_id=people["bob"], document_id=d2))
        return ids


@pytest.fixture(scope="module")
def team(pg_cluster: Cluster) -> Team:
    """One team project for the raw-SQL cases, each of which rolls back what it did."""
    url = create_database(pg_cluster, "curator_roles_team", ("boss",))
    return Team(url, _team_project(url))


REFUSED, NOTHING, ALLOWED = "refused", "changes nothing", "allowed"
SPAN = (
    'INSERT INTO spans (document_id, start, "end", label_id, annotator_id, status, source, created_at,'
    " updated_at, note)"
)
SPAN_VALUES = " VALUES ({doc}, 0, 3, {per}, {who}, 'accepted', 'manual', now(), now(), '')"
ADMIN_TABLES = ("labels", "event_roles", "relation_types", "attribute_definitions", "project_info",
                "import_runs", "exclusion_regions", "trained_models", "alembic_version")  # fmt: skip
KEY = {"project_info": "key", "alembic_version": "version_num"}


def _admin_only(table: str) -> list[tuple[str, str]]:
    key = KEY.get(table, "id")
    return [
        (REFUSED, f"INSERT INTO {table} DEFAULT VALUES"),
        (REFUSED, f"UPDATE {table} SET {key} = {key}"),
        (REFUSED, f"DELETE FROM {table}"),
    ]


ANNOTATOR_CASES: list[tuple[str, str]] = [
    *(case for table in ADMIN_TABLES for case in _admin_only(table)),
    (REFUSED, "INSERT INTO documents DEFAULT VALUES"),
    (REFUSED, "DELETE FROM documents WHERE id = {d3}"),
    *((REFUSED, f"UPDATE documents SET {column} WHERE id = {{d1}}") for column in (
        "text = 'x'", "title = 'x'", "meta = '{{}}'", "language = 'en'", "content_hash = 'x'",
        "source = 'x'")),
    (REFUSED, "UPDATE documents SET status = 'approved' WHERE id = {d1}"),
    (REFUSED, "UPDATE documents SET version = version + 1 WHERE id = {d2}"),
    (REFUSED, "UPDATE documents SET status = 'in_progress' WHERE id = {d4}"),
    (REFUSED, "INSERT INTO assignments (document_id, annotator_id, status, assigned_at)"
              " VALUES ({d3}, {alice}, 'assigned', now())"),
    (REFUSED, "DELETE FROM assignments"),
    (REFUSED, "UPDATE assignments SET annotator_id = {alice} WHERE id = {bob_assignment}"),
    (REFUSED, "UPDATE assignments SET status = 'annotated' WHERE id = {bob_assignment}"),
    (REFUSED, "UPDATE annotators SET role = 'reviewer' WHERE id = {alice}"),
    (REFUSED, "DELETE FROM annotators WHERE id = {bob}"),
    (REFUSED, "INSERT INTO annotators (name, role, created_at) VALUES ('mallory', 'annotator', now())"),
    (REFUSED, "INSERT INTO annotators (name, role, created_at) VALUES ('gold2', 'gold', now())"),
    (REFUSED, SPAN + SPAN_VALUES.format(doc="{d3}", per="{per}", who="{bob}")),
    (REFUSED, SPAN + SPAN_VALUES.format(doc="{d2}", per="{per}", who="{alice}")),
    (REFUSED, SPAN + SPAN_VALUES.format(doc="{d4}", per="{per}", who="{alice}")),
    (REFUSED, SPAN + SPAN_VALUES.format(doc="{d3}", per="{per}", who="{gold}")),
    (REFUSED, "UPDATE spans SET note = 'mine now' WHERE id = {bob_span}"),
    (NOTHING, "DELETE FROM spans WHERE id = {bob_span}"),
    (REFUSED, "UPDATE spans SET status = 'rejected' WHERE id = {gold_span}"),
    (REFUSED, "UPDATE spans SET annotator_id = {bob} WHERE id = {alice_span}"),
    (REFUSED, "UPDATE spans SET annotator_id = {alice} WHERE id = {bob_span}"),
    (REFUSED, "UPDATE spans SET document_id = {d2} WHERE id = {alice_span}"),
    (REFUSED, "INSERT INTO events (document_id, trigger_span_id, realis, attributes, note, annotator_id,"
              " status, source, created_at, updated_at) VALUES ({d2}, {bob_trigger}, 'actual', '{{}}', '',"
              " {bob}, 'accepted', 'manual', now(), now())"),
    (REFUSED, "UPDATE events SET note = 'x' WHERE id = {bob_event}"),
    (NOTHING, "DELETE FROM events WHERE id = {bob_event}"),
    (REFUSED, "INSERT INTO event_arguments (event_id, role, span_id, position)"
              " VALUES ({bob_event}, 'PLACE', {bob_span}, 1)"),
    (REFUSED, "UPDATE event_arguments SET position = 5 WHERE id = {bob_argument}"),
    (REFUSED, "UPDATE event_arguments SET event_id = event_id WHERE id = {bob_argument}"),
    (NOTHING, "DELETE FROM event_arguments WHERE id = {bob_argument}"),
    (REFUSED, "INSERT INTO relations (document_id, type_id, head_span_id, child_span_id, annotator_id, note,"
              " created_at) VALUES ({d2}, {relation_type}, {bob_trigger}, {bob_span}, {bob}, '', now())"),
    (REFUSED, "UPDATE relations SET note = 'x' WHERE id = {bob_relation}"),
    (NOTHING, "DELETE FROM relations WHERE id = {bob_relation}"),
    (REFUSED, "INSERT INTO suggestion_decisions (document_id, start, \"end\", label, source, score, outcome,"
              " annotator_id, created_at) VALUES ({d1}, 0, 3, 'PER', 'rule', 1, 'accepted', {bob}, now())"),
    (REFUSED, "UPDATE suggestion_decisions SET outcome = 'accepted' WHERE id = {bob_decision}"),
    (NOTHING, "DELETE FROM suggestion_decisions WHERE id = {bob_decision}"),
    (REFUSED, "INSERT INTO suggestions (document_id, start, \"end\", label_id, source, score, detail,"
              " created_at) VALUES ({d2}, 4, 8, {per}, 'rule', 1, '{{}}', now())"),
    (REFUSED, "UPDATE suggestions SET score = 0 WHERE id = {suggestion}"),
    (REFUSED, "UPDATE suggestions SET document_id = {d1} WHERE id = {suggestion}"),
    (NOTHING, "DELETE FROM suggestions WHERE id = {suggestion}"),
    (REFUSED, "INSERT INTO document_reviews (document_id, status, comment, annotator_id, created_at)"
              " VALUES ({d1}, 'approved', '', {alice}, now())"),
    (REFUSED, "INSERT INTO document_reviews (document_id, status, comment, annotator_id, created_at)"
              " VALUES ({d2}, 'annotated', '', {bob}, now())"),
    (NOTHING, "DELETE FROM document_reviews WHERE id = {bob_review}"),
    (REFUSED, "UPDATE document_reviews SET comment = 'x' WHERE id = {bob_review}"),
    (NOTHING, "DELETE FROM kb_entities WHERE id = {entity}"),
    (REFUSED, "UPDATE kb_entities SET name = 'x' WHERE id = {entity}"),
    (REFUSED, "INSERT INTO history (uid, created_at, annotator_id, kind, text, change)"
              " VALUES ('forged', now(), {bob}, 'span.add', '', '{{}}')"),
    (REFUSED, "UPDATE history SET text = 'x' WHERE id = {bob_history}"),
    (REFUSED, "DELETE FROM history WHERE id = {bob_history}"),
    (REFUSED, "INSERT INTO history_documents (history_id, document_id) VALUES ({bob_history}, {d1})"),
    (REFUSED, "UPDATE history_documents SET document_id = document_id"),
    (REFUSED, "DELETE FROM history_documents"),
    (REFUSED, "INSERT INTO presence (client, annotator_id, document_id, seen_at)"
              " VALUES ('forged', {bob}, {d1}, now())"),
    (REFUSED, "UPDATE presence SET document_id = {d1} WHERE client = 'bob-window'"),
    (REFUSED, "UPDATE presence SET annotator_id = {alice} WHERE client = 'bob-window'"),
    (NOTHING, "DELETE FROM presence WHERE client = 'bob-window'"),
]  # fmt: skip
ANNOTATOR_ALLOWED = [
    SPAN + SPAN_VALUES.format(doc="{d1}", per="{per}", who="{alice}"),
    SPAN + SPAN_VALUES.format(doc="{d3}", per="{per}", who="{alice}"),
    "UPDATE spans SET note = 'mine' WHERE id = {alice_span}",
    "DELETE FROM spans WHERE id = {alice_span}",
    "UPDATE documents SET version = version + 1, status = 'in_progress' WHERE id = {d3}",
    "INSERT INTO presence (client, annotator_id, document_id, seen_at)"
    " VALUES ('alice-window', {alice}, {d1}, now())",
]  # fmt: skip
REVIEWER_CASES: list[tuple[str, str]] = [
    *(case for table in ADMIN_TABLES for case in _admin_only(table)),
    (REFUSED, "UPDATE documents SET text = 'x' WHERE id = {d1}"),
    (REFUSED, "DELETE FROM documents WHERE id = {d3}"),
    (REFUSED, "INSERT INTO assignments (document_id, annotator_id, status, assigned_at)"
              " VALUES ({d3}, {rita}, 'assigned', now())"),
    (REFUSED, "INSERT INTO documents DEFAULT VALUES"),
    (REFUSED, "DELETE FROM assignments"),
    (REFUSED, "UPDATE assignments SET annotator_id = {rita} WHERE id = {bob_assignment}"),
    (REFUSED, "UPDATE annotators SET role = 'gold' WHERE id = {bob}"),
    (REFUSED, "INSERT INTO annotators (name, role, created_at) VALUES ('mallory', 'reviewer', now())"),
    (REFUSED, "UPDATE history SET text = 'x' WHERE id = {bob_history}"),
    (REFUSED, "DELETE FROM history WHERE id = {bob_history}"),
    (REFUSED, SPAN + SPAN_VALUES.format(doc="{d3}", per="{per}", who="{bob}")),
    (REFUSED, "UPDATE spans SET note = 'x' WHERE id = {bob_span}"),
    (NOTHING, "DELETE FROM events WHERE id = {bob_event}"),
    (REFUSED, "INSERT INTO history (uid, created_at, annotator_id, kind, text, change)"
              " VALUES ('forged', now(), {bob}, 'span.add', '', '{{}}')"),
]  # fmt: skip
REVIEWER_ALLOWED = [
    SPAN + SPAN_VALUES.format(doc="{d2}", per="{per}", who="{gold}"),
    SPAN + SPAN_VALUES.format(doc="{d4}", per="{per}", who="{rita}"),
    "UPDATE spans SET status = 'rejected' WHERE id = {gold_span}",
    "INSERT INTO document_reviews (document_id, status, comment, annotator_id, created_at)"
    " VALUES ({d2}, 'approved', '', {rita}, now())",
    "UPDATE documents SET status = 'approved' WHERE id = {d2}",
    "DELETE FROM suggestion_decisions WHERE id = {bob_decision}",
]
ADMIN_ALLOWED = [
    "UPDATE labels SET color = '#000000' WHERE id = {per}",
    "UPDATE documents SET text = 'x', title = 'y' WHERE id = {d1}",
    "DELETE FROM assignments WHERE id = {bob_assignment}",
    "UPDATE spans SET note = 'x' WHERE id = {bob_span}",
    "DELETE FROM documents WHERE id = {d3}",
]


@pytest.fixture
def as_role(team: Team) -> Iterator[Any]:
    """Run one statement as a user in a transaction that is rolled back: (sqlstate or None, rowcount)."""
    connections: dict[str, psycopg.Connection] = {}

    def run(user: str, statement: str) -> tuple[str | None, int]:
        connection = connections.get(user)
        if connection is None:
            connection = connections[user] = psycopg.connect(as_user(team.url, user))
        try:
            cursor = connection.execute(statement.format(**team.ids))  # type: ignore[arg-type]
            return None, cursor.rowcount
        except psycopg.Error as error:
            return error.sqlstate, 0
        finally:
            connection.rollback()

    yield run
    for connection in connections.values():
        connection.close()


def _check(as_role: Any, user: str, outcome: str, statement: str) -> None:
    if outcome == NOTHING:  # the statement aims at a row that exists: the superuser would change it
        assert as_role("curator_admin", statement) == (None, 1), statement
    assert as_role(user, statement) == (
        (server_roles.INSUFFICIENT_PRIVILEGE, 0) if outcome == REFUSED else (None, 0)
    )


@pytest.mark.parametrize(("outcome", "statement"), ANNOTATOR_CASES)
def test_the_database_refuses_an_annotators_forbidden_write(
    as_role: Any, outcome: str, statement: str
) -> None:
    _check(as_role, "alice", outcome, statement)


@pytest.mark.parametrize(("outcome", "statement"), REVIEWER_CASES)
def test_the_database_refuses_a_reviewers_forbidden_write(as_role: Any, outcome: str, statement: str) -> None:
    _check(as_role, "rita", outcome, statement)


@pytest.mark.parametrize(
    ("user", "statement"),
    [("alice", s) for s in ANNOTATOR_ALLOWED]
    + [("rita", s) for s in REVIEWER_ALLOWED]
    + [("boss", s) for s in ADMIN_ALLOWED],
)
def test_the_database_lets_each_role_write_what_it_may(as_role: Any, user: str, statement: str) -> None:
    assert as_role(user, statement) == (None, 1)


def test_a_temporary_table_cannot_make_someone_elses_layer_mine(team: Team) -> None:
    """pg_temp comes first on the search path: the helper functions name their schema, so a forged
    `annotators` table in it changes nothing."""
    with psycopg.connect(as_user(team.url, "alice")) as connection:
        connection.execute("CREATE TEMP TABLE annotators (id integer, name text, role text)")
        connection.execute("INSERT INTO annotators VALUES (%s, 'alice', 'annotator')", (team.ids["bob"],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            connection.execute(
                (SPAN + SPAN_VALUES).format(doc=team.ids["d3"], per=team.ids["per"], who=team.ids["bob"])
            )


def test_apply_is_idempotent_and_the_groups_are_named_after_the_database(team: Team) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    engine = create_engine(team.url.replace("postgresql://", "postgresql+psycopg://"), poolclass=NullPool)
    try:
        with engine.begin() as connection:
            server_roles.apply(connection)
            server_roles.apply(connection)
            users = {user.name: user.role for user in server_users.list_users(connection)}
    finally:
        engine.dispose()
    assert users == {"alice": "annotator", "bob": "annotator", "boss": "admin", "rita": "reviewer"}
    assert server_roles.group_names("curator_roles_team")["admin"] == "curator_roles_team_admin"
    long = server_roles.group_names("x" * 70)
    assert all(len(name) <= 63 for name in long.values()) and long["admin"].endswith("_admin")


# --- through the services: what each role does, and what a refusal says ----------------------------------


@pytest.fixture
def fresh_team(pg_cluster: Cluster, request: pytest.FixtureRequest) -> Team:
    url = create_database(pg_cluster, f"curator_roles_{request.node.name[-40:].lower()}", ("boss",))
    return Team(url, _team_project(url))


def test_an_annotator_works_in_their_documents_and_is_told_why_not_elsewhere(fresh_team: Team) -> None:
    ids = fresh_team.ids
    with open_project(as_user(fresh_team.url, "alice")) as alice:
        mine = services.add_span(alice, ids["d1"], 0, 5, "PER")
        services.relabel_span(alice, mine.span.id, "ORG")
        unassigned = services.add_span(alice, ids["d3"], 0, 5, "PER")
        event = services.create_event(alice, ids["d1"], "VISIT", trigger=(24, 30))
        services.add_argument(alice, event.event.id, "ACTOR", span_id=ids["alice_span"])
        services.revert(alice, services.delete_spans(alice, [unassigned.span.id]).change)
        assignments.mark_annotated(alice, ids["d1"])
        assignments.reopen(alice, ids["d1"])
        with pytest.raises(
            CuratorError, match=r"Your role \(annotator\) may not change spans on .*own layer"
        ):
            services.add_span(alice, ids["d2"], 0, 5, "PER")
        with pytest.raises(
            CuratorError, match=r"Your role \(annotator\) may not change labels on .*only an admin"
        ):
            schema_edits.add_label(alice, "WEAPON")
        bobs_layer = Span(document_id=ids["d3"], start=6, end=9, label_id=ids["per"], annotator_id=ids["bob"])
        refused = r"Your role \(annotator\) may not change spans"
        with pytest.raises(CuratorError, match=refused), alice.write() as session:  # an older client's write
            session.add(bobs_layer)
        with alice.read() as session:
            logged = (
                session.execute(
                    select(col(HistoryEntry.kind)).where(col(HistoryEntry.annotator_id) == alice.annotator_id)
                )
                .scalars()
                .all()
            )
        assert logged == [
            "span.add", "span.relabel", "span.add", "event.create", "event.argument.add", "span.delete",
            "undo", "assignment.annotated", "review.annotated", "assignment.reopen", "review.reopen",
        ]  # fmt: skip
        assert [span.label for span in queries.list_spans(alice, ids["d1"], [alice.annotator_id])] == [
            "ORG", "PER", "VISIT"
        ]  # fmt: skip
        assert [span.annotator_id for span in queries.list_spans(alice, ids["d3"])] == [
            alice.annotator_id,
            ids["gold"],
        ]


def test_a_document_assigned_to_someone_else_since_refuses_the_annotators_edit_aloud(
    fresh_team: Team,
) -> None:
    """alice tagged a document nobody had; then the admin gave it to bob: her relabel there is refused by
    the database, her undo (a DELETE, which the database skips) by the replay that counts what it deleted;
    neither is skipped while the window believes it was saved."""
    ids = fresh_team.ids
    with open_project(as_user(fresh_team.url, "alice")) as alice:
        added = services.add_span(alice, ids["d3"], 0, 5, "PER")
        with open_project(fresh_team.url) as owner, owner.write() as session:
            session.execute(insert(Assignment), [{"document_id": ids["d3"], "annotator_id": ids["bob"]}])
        refused = r"Your role \(annotator\) may not change spans on .*assigned to them or to nobody"
        with pytest.raises(CuratorError, match=refused):
            services.relabel_span(alice, added.span.id, "ORG")
        with pytest.raises(StaleWriteError, match="not undone"):
            services.revert(alice, added.change)
        assert [span.label for span in queries.list_spans(alice, ids["d3"], [alice.annotator_id])] == ["PER"]


def test_a_reviewer_approves_and_writes_gold_but_not_the_schema(fresh_team: Team) -> None:
    ids = fresh_team.ids
    with open_project(as_user(fresh_team.url, "bob")) as bob:
        assignments.mark_annotated(bob, ids["d2"])
    with open_project(as_user(fresh_team.url, "rita")) as rita:
        assert review.current_role(rita) == "reviewer"  # add-user recorded the workflow role
        review.review_document(rita, ids["d2"], "approve")
        with rita.write() as session:
            session.add(
                Span(document_id=ids["d2"], start=0, end=3, label_id=ids["per"], annotator_id=ids["gold"])
            )
        with pytest.raises(CuratorError, match=r"Your role \(reviewer\) may not change labels"):
            schema_edits.add_label(rita, "WEAPON")
    with open_project(as_user(fresh_team.url, "bob")) as bob:
        assert queries.get_document(bob, ids["d2"]).status == "approved"
        assert [span.annotator_id for span in queries.list_spans(bob, ids["d2"], [ids["gold"]])] == [
            ids["gold"]
        ]
        with pytest.raises(CuratorError, match=r"Your role \(annotator\)"), bob.write() as session:
            session.add(
                Span(document_id=ids["d2"], start=4, end=8, label_id=ids["per"], annotator_id=ids["bob"])
            )


def test_an_annotator_cannot_make_themselves_a_reviewer(fresh_team: Team) -> None:
    with open_project(as_user(fresh_team.url, "alice")) as alice:
        with pytest.raises(CuratorError, match=r"Your role \(annotator\) may not change annotators"):
            review.set_role(alice, "reviewer")
        with pytest.raises(CuratorError, match="only an admin adds users; alice is annotator"):
            with alice.write() as session:
                server_users.add_user(session.connection(), "mallory", "admin")


def test_a_role_in_none_of_the_projects_groups_is_told_who_adds_it(
    pg_cluster: Cluster, fresh_team: Team
) -> None:
    with psycopg.connect(pg_cluster.url(), autocommit=True) as connection:
        connection.execute("CREATE ROLE stranger LOGIN")
    with pytest.raises(ProjectOpenError, match="stranger is not a user of this project.*add-user stranger"):
        open_project(as_user(fresh_team.url, "stranger"))


def test_changing_a_users_role_moves_them_to_the_other_group(fresh_team: Team) -> None:
    with open_project(fresh_team.url) as boss, boss.write() as session:
        assert server_users.add_user(session.connection(), "alice", "reviewer") == "annotator"
    with open_project(as_user(fresh_team.url, "alice")) as alice:
        assert review.current_role(alice) == "reviewer"
        with alice.write() as session:
            session.add(Span(document_id=fresh_team.ids["d2"], start=0, end=3, label_id=fresh_team.ids["per"],
                             annotator_id=fresh_team.ids["gold"], created_at=utcnow()))  # fmt: skip
        gold = queries.list_spans(alice, fresh_team.ids["d2"], [fresh_team.ids["gold"]])
        assert [(span.start, span.end) for span in gold] == [(0, 3)]
