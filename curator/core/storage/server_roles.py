"""Who may write what on a team server: the database's own roles, grants and row-level security policies.

Three NOLOGIN group roles per project database, named after it (`corpus_annotator`, `corpus_reviewer`,
`corpus_admin` for the database `corpus`): roles are cluster-wide in PostgreSQL, and one cluster often
holds several projects with different teams, so alice may review one corpus and only annotate another.
Each person logs in as their own role, a member of exactly one group (`server_users.add_user`); the groups
nest (admin is a member of reviewer, reviewer of annotator), so each one's grants and policies include
those of the one below it.

The admin group owns every table. Owners bypass row-level security (no FORCE ROW LEVEL SECURITY), so
an admin writes anything, runs the migrations (`curator server upgrade`) and adds users; the policies
below apply to annotators and reviewers only. Everyone may read everything.

- An annotator writes only rows of their own layer (`annotator_id` = their `annotators` row: spans, events
  and their arguments, relations, suggestion decisions, their own review steps "annotated" and "in
  progress"), and only in documents they may annotate: assigned to them, or assigned to nobody at all (as
  INCEpTION without workload management: a project that never assigns is open to the whole team; once a
  document is assigned, only its assignees write in it), and never an approved one. They may add their own
  `annotators` row, append their own history entries, accept or reject the shared suggestions of those
  documents, add knowledge-base entities (and remove one nobody else links to), mark their own assignment
  done, keep their own windows' presence rows, and bump a document's version, status and span count
  (column privileges: never its text, title or metadata).
- A reviewer also writes the gold layer (the annotator named "gold") in any document, every review step
  and suggestion decision, their own layer in any document, and the corpus events (event groups:
  consolidating, splitting, joining and confirming are corpus-wide decisions).
- Only an admin edits the schema (labels, event roles and types, relation types, attribute
  definitions), assignments, documents' text and metadata, imports, deletes of documents, project
  settings, trained models and users.

A refused INSERT or UPDATE is an error the database raises (SQLSTATE 42501, translated for the user in
`storage.server`, see `Policy`); a DELETE of a row the writer may not touch deletes nothing (PostgreSQL
filters such rows out), which undo and redo notice as "changed since" because they count what they delete.

`apply` is idempotent: migration 0010 runs it when a database becomes a project, and `curator server
upgrade` runs it again after the migrations, so a table a later migration adds gets its grants and
policies from the current code.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, text

from curator.core.domain import GOLD_LAYER, CuratorError

ANNOTATOR, REVIEWER, ADMIN = "annotator", "reviewer", "admin"
ROLES = (ANNOTATOR, REVIEWER, ADMIN)
"""Lowest first: each group is a member of the one before it."""
IDENTIFIER_BYTES = 63  # PostgreSQL's NAMEDATALEN - 1
INSUFFICIENT_PRIVILEGE = "42501"  # SQLSTATE of "permission denied" and of a row-level security violation
# Who may write which table, beyond reading it: privileges of the annotator group (inherited by the
# reviewer and admin groups) and the reviewer group's extra ones. Columns limit an UPDATE to them.
ANNOTATOR_GRANTS: dict[str, str] = {
    "annotators": "INSERT",
    "documents": "UPDATE (version, changed_at, changed_by_id, span_count, status)",
    "spans": "INSERT, DELETE",
    "events": "INSERT, DELETE",
    "event_arguments": "INSERT, DELETE",
    "relations": "INSERT, DELETE",
    "suggestion_decisions": "INSERT, DELETE",
    "suggestions": "INSERT, DELETE",
    "document_reviews": "INSERT, DELETE",
    "kb_entities": "INSERT, DELETE",
    "assignments": "UPDATE (status, annotated_at)",
    "history": "INSERT",
    "history_documents": "INSERT",
    "presence": "INSERT, DELETE",
}
UPDATE_ALL_BUT: dict[str, tuple[str, ...]] = {
    "spans": ("id", "annotator_id"),
    "events": ("id", "annotator_id"),
    "event_arguments": ("id", "event_id"),
    "relations": ("id", "annotator_id"),
    "suggestion_decisions": ("id", "annotator_id"),
    "suggestions": ("id", "document_id"),
    "presence": ("client", "annotator_id"),
}
"""Tables the annotator group may UPDATE in every column but these: the column that says whose row it is
(or where it belongs) never changes, so the policy's check on the row an UPDATE leaves is a check on the
row it found, and touching someone else's row is an error rather than a silent no-op."""
REVIEWER_GRANTS: dict[str, str] = {
    "document_reviews": "UPDATE",
    "kb_entities": "UPDATE",
    "event_groups": "INSERT, UPDATE, DELETE",
    "event_group_members": "INSERT, UPDATE, DELETE",
}

ME_SQL = "(SELECT {s}.curator_annotator_id())"
GOLD_SQL = "(SELECT {s}.curator_gold_id())"
OWN = f"annotator_id = {ME_SQL} AND {{s}}.curator_may_annotate(document_id)"
OWN_OR_GOLD = f"annotator_id IN ({ME_SQL}, {GOLD_SQL})"
EVENT_OWN = (
    "EXISTS (SELECT 1 FROM {s}.events e WHERE e.id = event_arguments.event_id"
    f" AND e.annotator_id = {ME_SQL} AND {{s}}.curator_may_annotate(e.document_id))"
)
EVENT_OWN_OR_GOLD = (
    f"EXISTS (SELECT 1 FROM {{s}}.events e WHERE e.id = event_arguments.event_id AND e.{OWN_OR_GOLD})"
)


@dataclass(frozen=True, slots=True)
class Policy:
    """One permissive policy: `command` (INSERT, UPDATE, DELETE) for `group`, on rows where `rule` holds.

    An UPDATE sees every row (USING true) and checks the row it leaves (WITH CHECK rule), and the columns
    the rule depends on are not the group's to update (`UPDATE_ALL_BUT`): updating a row one may not is
    refused with an error (SQLSTATE 42501) instead of being skipped without a word, so an undo or a link
    that reaches into a document assigned to someone else since says so. A DELETE can only skip rows
    (PostgreSQL has no check for it); undo and redo count the rows they delete and refuse on a shortfall."""

    table: str
    command: str
    group: str
    rule: str


def _layer(table: str, own: str, own_or_gold: str) -> list[Policy]:
    return [
        *(Policy(table, command, ANNOTATOR, own) for command in ("INSERT", "UPDATE", "DELETE")),
        *(Policy(table, command, REVIEWER, own_or_gold) for command in ("INSERT", "UPDATE", "DELETE")),
    ]


POLICIES: list[Policy] = [
    Policy("annotators", "INSERT", ANNOTATOR, "name = current_user AND role = 'annotator'"),
    Policy(
        "annotators",
        "INSERT",
        REVIEWER,
        "(name = current_user AND role IN ('annotator', 'reviewer'))"
        f" OR (name = '{GOLD_LAYER}' AND role = 'gold')",
    ),
    Policy(
        "documents",
        "UPDATE",
        ANNOTATOR,
        "{s}.curator_may_annotate(id) AND status <> 'approved'",
    ),
    Policy("documents", "UPDATE", REVIEWER, "true"),
    *_layer("spans", OWN, OWN_OR_GOLD),
    *_layer("events", OWN, OWN_OR_GOLD),
    *_layer("relations", OWN, OWN_OR_GOLD),
    *_layer("event_arguments", EVENT_OWN, EVENT_OWN_OR_GOLD),
    *_layer("suggestion_decisions", OWN, "true"),
    *_layer("suggestions", "{s}.curator_may_annotate(document_id)", "true"),
    *(
        Policy("document_reviews", command, ANNOTATOR, f"{OWN} AND status IN ('annotated', 'in_progress')")
        for command in ("INSERT", "DELETE")
    ),
    *(Policy("document_reviews", command, REVIEWER, "true") for command in ("INSERT", "UPDATE", "DELETE")),
    Policy("kb_entities", "INSERT", ANNOTATOR, "true"),
    Policy(
        "kb_entities",
        "DELETE",
        ANNOTATOR,
        f"NOT EXISTS (SELECT 1 FROM {{s}}.spans s WHERE s.entity_id = kb_entities.id"
        f" AND s.annotator_id IS DISTINCT FROM {ME_SQL})",
    ),
    *(Policy("kb_entities", command, REVIEWER, "true") for command in ("INSERT", "UPDATE", "DELETE")),
    *(
        Policy(table, command, REVIEWER, "true")
        for table in ("event_groups", "event_group_members")
        for command in ("INSERT", "UPDATE", "DELETE")
    ),
    Policy("assignments", "UPDATE", ANNOTATOR, f"annotator_id = {ME_SQL}"),
    Policy("history", "INSERT", ANNOTATOR, f"annotator_id = {ME_SQL}"),
    *(
        Policy("presence", command, ANNOTATOR, f"annotator_id = {ME_SQL}")
        for command in ("INSERT", "UPDATE", "DELETE")
    ),
    Policy(
        "history_documents",
        "INSERT",
        ANNOTATOR,
        "EXISTS (SELECT 1 FROM {s}.history h WHERE h.id = history_documents.history_id"
        f" AND h.annotator_id = {ME_SQL})",
    ),
]

FUNCTIONS = """
CREATE OR REPLACE FUNCTION {s}.curator_annotator_id() RETURNS integer LANGUAGE sql STABLE AS $$
    SELECT id FROM {s}.annotators WHERE name = current_user
$$;
CREATE OR REPLACE FUNCTION {s}.curator_gold_id() RETURNS integer LANGUAGE sql STABLE AS $$
    SELECT id FROM {s}.annotators WHERE name = '{gold}' AND role = 'gold'
$$;
CREATE OR REPLACE FUNCTION {s}.curator_may_annotate(document integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT NOT EXISTS (SELECT 1 FROM {s}.documents d WHERE d.id = document AND d.status = 'approved')
       AND (NOT EXISTS (SELECT 1 FROM {s}.assignments a WHERE a.document_id = document)
            OR EXISTS (SELECT 1 FROM {s}.assignments a
                       WHERE a.document_id = document AND a.annotator_id = {s}.curator_annotator_id()))
$$;
"""
"""Table names inside are schema-qualified: a function body is looked up at each call, and a temporary
table `annotators` (pg_temp comes first on the search path) must not make someone else's id "mine"."""


def group_names(database: str) -> dict[str, str]:
    """{role: group role name} of a project database; a long database name is shortened with a hash."""
    names = {}
    for role in ROLES:
        name = f"{database}_{role}"
        if len(name.encode()) > IDENTIFIER_BYTES:
            digest = hashlib.sha1(database.encode()).hexdigest()[:8]
            keep = database.encode()[: IDENTIFIER_BYTES - len(role) - 10].decode(errors="ignore")
            name = f"{keep}_{digest}_{role}"
        names[role] = name
    return names


def quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def scalar(connection: Connection, sql: str, **parameters: object) -> object:
    return connection.execute(text(sql), parameters).scalar()


def project_groups(connection: Connection) -> dict[str, str]:
    return group_names(str(scalar(connection, "SELECT current_database()")))


def ensure_groups(connection: Connection) -> dict[str, str]:
    """Create the three group roles of this database if missing, nested, and make the caller an admin.

    Refused when a role of that name exists and can log in: it is somebody's account, not our group."""
    groups = project_groups(connection)
    _refuse_login_roles(connection, groups)
    for role in ROLES:
        if scalar(connection, "SELECT 1 FROM pg_roles WHERE rolname = :n", n=groups[role]) is None:
            connection.execute(text(f"CREATE ROLE {quote(connection, groups[role])} NOLOGIN"))
    for lower, upper in zip(ROLES, ROLES[1:], strict=False):
        grant_membership(connection, groups[lower], groups[upper])
    if not scalar(connection, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"):
        grant_membership(connection, groups[ADMIN], str(scalar(connection, "SELECT current_user")))
    return groups


def _refuse_login_roles(connection: Connection, groups: dict[str, str]) -> None:
    for role in ROLES:
        if scalar(connection, "SELECT rolcanlogin FROM pg_roles WHERE rolname = :n", n=groups[role]):
            raise CuratorError(
                f"a login role named {groups[role]} exists already; Curator names this database's"
                f" {role} group so (rename that role, or the database)"
            )


def grant_membership(connection: Connection, group: str, member: str) -> None:
    if not is_direct_member(connection, member, group):
        connection.execute(text(f"GRANT {quote(connection, group)} TO {quote(connection, member)}"))


def is_direct_member(connection: Connection, member: str, group: str) -> bool:
    found = scalar(
        connection,
        "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
        " JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = :g AND u.rolname = :u",
        g=group, u=member,
    )  # fmt: skip
    return found is not None


def apply(connection: Connection) -> None:
    """Groups, ownership, grants, helper functions and policies, as this module describes them; run by
    the owner of the tables (or a superuser) inside the caller's transaction."""
    if connection.dialect.name != "postgresql":
        return
    groups = ensure_groups(connection)
    schema = str(scalar(connection, "SELECT current_schema()"))
    s = quote(connection, schema)
    annotator, reviewer, admin = (quote(connection, groups[role]) for role in ROLES)
    tables = [
        str(name)
        for name in connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = :s ORDER BY tablename"), {"s": schema}
        ).scalars()
    ]
    connection.execute(text(f"GRANT USAGE ON SCHEMA {s} TO {annotator}"))
    connection.execute(text(f"GRANT USAGE, CREATE ON SCHEMA {s} TO {admin}"))
    for table in tables:
        name = f"{s}.{quote(connection, table)}"
        connection.execute(text(f"ALTER TABLE {name} OWNER TO {admin}"))
        connection.execute(text(f"REVOKE ALL ON {name} FROM {annotator}, {reviewer}"))
        connection.execute(text(f"GRANT SELECT ON {name} TO {annotator}"))
        if table in ANNOTATOR_GRANTS:
            connection.execute(text(f"GRANT {ANNOTATOR_GRANTS[table]} ON {name} TO {annotator}"))
        if table in UPDATE_ALL_BUT:
            columns = ", ".join(
                quote(connection, c) for c in _columns(connection, schema, table, UPDATE_ALL_BUT[table])
            )
            connection.execute(text(f"GRANT UPDATE ({columns}) ON {name} TO {annotator}"))
        if table in REVIEWER_GRANTS:
            connection.execute(text(f"GRANT {REVIEWER_GRANTS[table]} ON {name} TO {reviewer}"))
        if table != "alembic_version":
            connection.execute(text(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY"))
    connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {annotator}"))
    connection.exec_driver_sql(FUNCTIONS.format(s=s, gold=GOLD_LAYER))
    for function in ("curator_annotator_id()", "curator_gold_id()", "curator_may_annotate(integer)"):
        connection.execute(text(f"ALTER FUNCTION {s}.{function} OWNER TO {admin}"))
    _replace_policies(
        connection, s, schema, tables, {role: quote(connection, groups[role]) for role in ROLES}
    )


def _columns(connection: Connection, schema: str, table: str, but: tuple[str, ...]) -> list[str]:
    return [
        str(name)
        for name in connection.execute(
            text(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = :s"
                " AND table_name = :t ORDER BY ordinal_position"
            ),
            {"s": schema, "t": table},
        ).scalars()
        if name not in but
    ]


def _replace_policies(
    connection: Connection, s: str, schema: str, tables: list[str], groups: dict[str, str]
) -> None:
    """Drop our policies and create the current ones: a rule changed in a newer Curator replaces the old."""
    for table, policy in connection.execute(
        text(
            "SELECT tablename, policyname FROM pg_policies"
            " WHERE schemaname = :s AND policyname LIKE 'curator_%'"
        ),
        {"s": schema},
    ):
        connection.execute(text(f"DROP POLICY {quote(connection, policy)} ON {s}.{quote(connection, table)}"))
    for table in tables:
        if table != "alembic_version":
            connection.execute(
                text(f"CREATE POLICY curator_read ON {s}.{quote(connection, table)}"
                     f" FOR SELECT TO {groups[ANNOTATOR]} USING (true)")
            )  # fmt: skip
    for number, policy in enumerate(p for p in POLICIES if p.table in tables):
        rule = policy.rule.format(s=s)
        clauses = {
            "INSERT": f"WITH CHECK ({rule})",
            "UPDATE": f"USING (true) WITH CHECK ({rule})",
            "DELETE": f"USING ({rule})",
        }[policy.command]
        connection.execute(
            text(
                f"CREATE POLICY curator_{policy.group}_{policy.command.lower()}_{number}"
                f" ON {s}.{quote(connection, policy.table)} FOR {policy.command}"
                f" TO {groups[policy.group]} {clauses}"
            )
        )


def check_may_set_up(connection: Connection, label: str) -> None:
    """Before a database becomes a project: refuse (CuratorError) a role that could not create its groups,
    so that no migration runs and the database stays empty for a second try."""
    groups = project_groups(connection)
    _refuse_login_roles(connection, groups)
    found = connection.execute(
        text("SELECT count(*) FROM pg_roles WHERE rolname IN :groups").bindparams(
            bindparam("groups", expanding=True)
        ),
        {"groups": list(groups.values())},
    ).scalar_one()
    if found < len(groups) and not may_create_roles(connection):
        me = scalar(connection, "SELECT current_user")
        raise CuratorError(
            f"{label}: {me} may not create roles, and the project needs its own"
            f" ({', '.join(groups.values())}); run init as the database's owner with CREATEROLE"
            f" (a superuser allows it with: ALTER ROLE {me} CREATEROLE)"
        )


def may_create_roles(connection: Connection) -> bool:
    return bool(
        scalar(connection, "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
    )
