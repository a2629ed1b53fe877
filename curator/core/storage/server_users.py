"""The people of a team server: each a PostgreSQL login role in one of the project's groups
(`storage.server_roles`), with their `annotators` row; added, moved and listed by an admin.

`curator server add-user` and `curator server users` call these inside an admin's transaction. A password,
when there is one, is typed at a prompt and reaches the server only as the SCRAM verifier libpq computes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, bindparam, text

from curator.core.domain import GOLD_LAYER, ME, UNASSIGNED, CuratorError
from curator.core.storage.server_roles import (
    ADMIN,
    ANNOTATOR,
    IDENTIFIER_BYTES,
    REVIEWER,
    ROLES,
    ensure_groups,
    grant_membership,
    is_direct_member,
    may_create_roles,
    project_groups,
    quote,
    scalar,
)

WORKFLOW_ROLE = {ANNOTATOR: "annotator", REVIEWER: "reviewer"}
"""`annotators.role` (the review workflow's role) of a user added as annotator or reviewer; an admin keeps
whichever workflow role they chose (`--role reviewer` to approve)."""


@dataclass(frozen=True, slots=True)
class ServerUser:
    name: str
    role: str
    last_change: datetime | None  # their newest history entry in this project


def check_role(role: str) -> str:
    role = role.strip().lower()
    if role not in ROLES:
        raise CuratorError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
    return role


def role_of(connection: Connection, name: str) -> str | None:
    """The group `name` belongs to in this database (the highest, should it be in several), or None."""
    groups = project_groups(connection)
    for role in reversed(ROLES):
        if scalar(
            connection,
            "SELECT pg_has_role(:u, :g, 'USAGE') FROM pg_roles WHERE rolname = :g",
            u=name, g=groups[role],
        ):  # fmt: skip
            return role
    return None


def check_may_manage_users(connection: Connection) -> None:
    """Refuse (CuratorError) unless the connected role is an admin of this project who may create roles."""
    me = str(scalar(connection, "SELECT current_user"))
    role = role_of(connection, me)
    if role != ADMIN:
        raise CuratorError(f"only an admin adds users; {me} is {role or 'not a user of this project'}")
    if not may_create_roles(connection):
        raise CuratorError(
            f"{me} may not create roles; a superuser of the server allows it with: ALTER ROLE {me} CREATEROLE"
        )


def add_user(connection: Connection, name: str, role: str, *, password: str | None = None) -> str | None:
    """Make `name` a user of this project in `role`'s group (a new LOGIN role, or an existing one moved
    to that group) with their `annotators` row; returns the role they had before (None: new here)."""
    check_may_manage_users(connection)
    previous = join_group(connection, name, role, password=password)
    _record_annotator(connection, name, check_role(role))
    return previous


def join_group(connection: Connection, name: str, role: str, *, password: str | None = None) -> str | None:
    """The database part of `add_user`, which also works before the project's tables exist. Run by an
    admin allowed to create roles; `password` is stored as the SCRAM verifier libpq computes, so the
    password itself never reaches the server's logs."""
    role = check_role(role)
    groups = ensure_groups(connection)
    _check_user_name(name, groups)
    row = connection.execute(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    user = quote(connection, name)
    if row is None:
        connection.execute(text(f"CREATE ROLE {user} LOGIN"))
    elif not row[0]:
        raise CuratorError(f"{name} is a role that cannot log in (a group), not a person")
    previous = role_of(connection, name)
    for other in ROLES:
        if other != role and is_direct_member(connection, name, groups[other]):
            connection.execute(text(f"REVOKE {quote(connection, groups[other])} FROM {user}"))
    grant_membership(connection, groups[role], name)
    if password is not None:
        verifier = _verifier(connection, name, password)
        connection.exec_driver_sql(f"ALTER ROLE {user} PASSWORD {_literal(verifier)}")  # ":" is no parameter
    return previous


def _check_user_name(name: str, groups: dict[str, str]) -> None:
    if not name or name != name.strip():
        raise CuratorError(f"{name!r}: a user name may not be empty or begin or end with a space")
    if name in {GOLD_LAYER, ME, UNASSIGNED}:
        raise CuratorError(f"{name!r} is reserved (the gold layer, or a word of the documents filter)")
    if name in groups.values():
        raise CuratorError(f"{name} is one of this project's group roles, not a person")
    if len(name.encode()) > IDENTIFIER_BYTES:
        raise CuratorError(f"{name}: longer than PostgreSQL's {IDENTIFIER_BYTES} bytes for a role name")


def _verifier(connection: Connection, name: str, password: str) -> str:
    driver = connection.connection.driver_connection
    pgconn = getattr(driver, "pgconn", None)
    if pgconn is None:
        raise TypeError("expected a psycopg connection")
    return bytes(pgconn.encrypt_password(password.encode(), name.encode())).decode()


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _record_annotator(connection: Connection, name: str, role: str) -> None:
    """Their `annotators` row, so assignments can name them before they first open the project."""
    workflow = WORKFLOW_ROLE.get(role)
    found = scalar(connection, "SELECT id FROM annotators WHERE name = :n", n=name)
    if found is None:
        connection.execute(
            text("INSERT INTO annotators (name, role, created_at) VALUES (:n, :r, now() AT TIME ZONE 'UTC')"),
            {"n": name, "r": workflow or "annotator"},
        )
    elif workflow is not None:
        connection.execute(text("UPDATE annotators SET role = :r WHERE id = :i"), {"r": workflow, "i": found})


def list_users(connection: Connection) -> list[ServerUser]:
    """Every login role in one of this project's groups, with its role and its newest history entry."""
    groups = project_groups(connection)
    users = []
    for (name,) in connection.execute(
        text(
            "SELECT DISTINCT u.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
            " JOIN pg_roles u ON u.oid = m.member WHERE g.rolname IN :groups AND u.rolcanlogin"
            " ORDER BY u.rolname"
        ).bindparams(bindparam("groups", expanding=True)),
        {"groups": list(groups.values())},
    ):
        role = role_of(connection, str(name))
        last = scalar(
            connection,
            "SELECT max(h.created_at) FROM history h JOIN annotators a ON a.id = h.annotator_id"
            " WHERE a.name = :n",
            n=name,
        )
        users.append(ServerUser(str(name), role or "", last if isinstance(last, datetime) else None))
    return users
