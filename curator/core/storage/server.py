"""A project on a shared PostgreSQL server: the same schema, migrations and `Project` API as a file.

Why a subclass rather than a second store: every service writes through `Project.write()` and reads
through `Project.read()`, so the engine is the only thing that differs. What a file does with SQLite's
own tools (the keeper connection, PRAGMA data_version, the backup API, integrity_check) the server does
its own way here, or refuses with a message that says what to use instead.

On the server, the annotator is the role one connects as (`current_user`): `--annotator` may only repeat
it, so nobody writes into another person's layer by naming them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from platformdirs import user_data_path
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from curator.core.domain import CuratorError
from curator.core.storage import migrate, server_roles, server_users
from curator.core.storage.database import Project, ProjectOpenError

SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
CONNECT_TIMEOUT_SECONDS = 10


def is_server_url(location: object) -> bool:
    return isinstance(location, str) and location.startswith(SERVER_SCHEMES)


def server_label(url: str) -> str:
    """The URL as it may be shown and stored: without its password (not even masked, so opening the
    label again asks libpq for the password instead of sending a mask as one)."""
    try:
        parsed = make_url(driver_url(url)).set(drivername="postgresql")._replace(password=None)
        return parsed.render_as_string(hide_password=False)
    except ArgumentError:
        return re.sub(r"//([^:/@]+):[^@]*@", r"//\1@", url)


def driver_url(url: str) -> str:
    for scheme in SERVER_SCHEMES:
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme) :]
    raise ProjectOpenError(f"{url}: not a PostgreSQL URL (postgresql://user@host:port/database)")


def local_state_path(url: str) -> Path:
    """Where this machine keeps what belongs to a server project but not in it (trained models, the last
    place read): a name made of host, port and database under the user data folder."""
    parsed = make_url(driver_url(url))
    name = f"{parsed.host or 'local'}-{parsed.port or 5432}-{parsed.database or ''}-{parsed.username or ''}"
    return user_data_path("curator", appauthor=False) / "servers" / f"{quote(name, safe='-_.')}.curator"


class ServerProject(Project):
    """A project on PostgreSQL: `path` is the local state path (see `local_state_path`), `url` the server."""

    is_server = True

    def __init__(self, url: str, engine: Engine, annotator_name: str) -> None:
        self.url = server_label(url)
        super().__init__(local_state_path(url), engine, annotator_name)

    @property
    def label(self) -> str:
        return self.url

    def _attach(self, engine: Engine) -> None:
        self.engine = engine
        self._write_engine = engine.execution_options(curator_write=True)

    def team_role(self) -> str | None:
        """The connected person's group on this server ("annotator", "reviewer", "admin"), read anew
        each time (an admin may move them while the window is open); None for a role in no group."""
        with self.engine.connect() as connection:
            return server_users.role_of(connection, self.annotator_name)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """`Project.write`, with what the database's roles refuse said as a CuratorError."""
        with self._refusals_said(), super().write() as session:
            yield session

    @contextmanager
    def _refusals_said(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as error:
            if not is_refusal(error):
                raise
            raise refusal(self.url, self.annotator_name, self.team_role(), error) from error

    def reopen(self) -> None:
        """A connection the server dropped (restart, network): the next transaction connects anew."""
        self.engine.dispose()
        self.closed = False

    def close(self) -> None:
        self.closed = True
        self.engine.dispose()

    def data_version(self) -> int:
        """Changes whenever anyone's action is committed: every action appends one history entry."""
        with self.engine.connect() as connection:
            return int(connection.execute(text("SELECT coalesce(max(id), 0) FROM history")).scalar_one())

    def backup(self, destination: Path) -> Path:
        raise CuratorError(
            f"{self.url}: a server project is backed up by its admin (pg_dump, or `curator server upgrade`"
            " before a migration); `curator copy URL FILE.curator` copies it into a project file"
        )

    def integrity_check(self) -> str:
        raise CuratorError(
            f"{self.url}: the integrity check reads project files; the server checks its own pages"
        )


# --- what the database's roles refuse (storage.server_roles) ------------------------------------------

WHO_WRITES = {
    "annotators": "users are added by an admin (curator server add-user)",
    "documents": "an admin edits documents' text and metadata; annotators only in documents assigned to"
    " them or to nobody, and not approved ones",
    "assignments": "an admin hands out assignments; an annotator only marks their own done",
    "history": "each person's history entries are their own",
    "event_groups": "corpus events are consolidated, split, joined and confirmed by a reviewer or an admin",
    "event_group_members": "corpus events are consolidated, split, joined and confirmed by a reviewer or an"
    " admin",
}
"""Why a table refused a write, said after "Your role (…) may not change …"; other tables get the rule of
their kind below."""
LAYERED = ("spans", "events", "event_arguments", "relations", "suggestion_decisions", "document_reviews",
           "suggestions", "history_documents", "presence", "kb_entities")  # fmt: skip
REFUSED_TABLE = re.compile(r'(?:table|relation) "?([A-Za-z_][A-Za-z0-9_]*)"?')


def is_refusal(error: DBAPIError) -> bool:
    """Permission denied, or a row-level security policy violated (both SQLSTATE 42501)."""
    return getattr(error.orig, "sqlstate", None) == server_roles.INSUFFICIENT_PRIVILEGE


def refusal(label: str, user: str, role: str | None, error: DBAPIError) -> CuratorError:
    """“Your role (annotator) may not change spans here: …”, naming the table and the rule."""
    if role is None:
        return CuratorError(
            f"{label}: {user} is not a user of this project; an admin adds them with:"
            f" curator server add-user {user} --role annotator"
        )
    found = REFUSED_TABLE.search(str(error.orig))
    table = found.group(1) if found else "this"
    if table in WHO_WRITES:
        why = WHO_WRITES[table]
    elif table in LAYERED:
        why = (
            "an annotator writes only their own layer, in documents assigned to them or to nobody and not"
            " approved; a reviewer also the gold layer and review steps"
        )
    else:
        why = "only an admin edits the schema, assignments, documents, imports and users"
    return CuratorError(f"Your role ({role}) may not change {table} on {label}: {why}")


class ServerPasswordError(ProjectOpenError):
    """The server wants a password that neither the URL nor ~/.pgpass gave (or the one given is wrong):
    the window asks for it; the command line says where to put it."""


PASSWORD_REASONS = ("no password supplied", "password authentication failed")


def connect_error(url: str, error: DBAPIError) -> ProjectOpenError:
    reason = str(error.orig).strip().splitlines()[0] if error.orig is not None else str(error)
    if any(marker in reason for marker in PASSWORD_REASONS):
        return ServerPasswordError(
            f"{server_label(url)}: the server wants a password ({reason}); put it in ~/.pgpass"
            " (host:port:database:role:password, mode 600) or type it when the window asks"
        )
    return ProjectOpenError(f"{server_label(url)}: cannot connect to the server ({reason})")


def create_server_engine(url: str, password: str | None = None) -> Engine:
    connect_args: dict[str, object] = {
        "connect_timeout": CONNECT_TIMEOUT_SECONDS,
        "application_name": "curator",
        # Timestamps are stored as UTC without a zone (as in a file); the session's zone must not shift them.
        "options": "-c TimeZone=UTC",
    }
    if password is not None:  # typed into the window: kept in this engine only, never written anywhere
        connect_args["password"] = password
    return create_engine(driver_url(url), poolclass=NullPool, connect_args=connect_args)


def _check_schema(engine: Engine, url: str, *, create: bool) -> None:
    """Refuse a server of a newer schema; migrate only an empty database (and only when creating)."""
    with engine.connect() as connection:
        current = migrate.current_revision(connection)
    head = migrate.head_revision()
    if current == head:
        return
    label = server_label(url)
    if current is not None and not migrate.is_known_revision(current):
        raise ProjectOpenError(
            f"{label}: made by a newer Curator (schema {current}); upgrade Curator to open it"
            f" (this one knows schemas up to {head})"
        )
    if current is not None:
        raise ProjectOpenError(
            f"{label}: the server's schema {current} is older than this Curator's ({head});"
            " an admin upgrades it with: curator server upgrade URL"
        )
    if not create:
        raise ProjectOpenError(
            f"{label}: no Curator project on this database; create it with: curator server init URL"
        )
    with engine.connect() as connection:
        server_roles.check_may_set_up(connection, label)
    with engine.execution_options(curator_write=True).connect() as connection:
        migrate.upgrade(connection)


def open_server_project(
    url: str, *, create: bool = False, annotator: str | None = None, password: str | None = None
) -> ServerProject:
    """Connect, check the schema, and work as the connected role."""
    engine = create_server_engine(url, password)
    try:
        _check_schema(engine, url, create=create)
        with engine.connect() as connection:
            role = str(connection.execute(text("SELECT current_user")).scalar_one())
        if annotator is not None and annotator != role:
            raise ProjectOpenError(
                f"{server_label(url)}: you are connected as {role}; on a server the annotator is the role"
                f" you connect as, not {annotator} (connect as {annotator} instead)"
            )
        return ServerProject(url, engine, role)
    except DBAPIError as error:
        engine.dispose()
        if is_refusal(error):  # a role in none of the project's groups may not even read it
            user = make_url(driver_url(url)).username or "this role"
            raise ProjectOpenError(
                f"{server_label(url)}: {user} is not a user of this project; an admin adds them with:"
                f" curator server add-user {user} --role annotator"
            ) from error
        raise connect_error(url, error) from error
    except Exception:
        engine.dispose()
        raise


def project_name(url: str) -> str:
    """What names a server project where a file's name names a file project (event record ids): its
    database, the same whoever connects, so two annotators' exports give one event one id."""
    return make_url(driver_url(url)).database or server_label(url)
