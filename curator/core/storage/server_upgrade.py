"""`curator server upgrade`: an admin brings a team server's schema to this Curator's, after a backup.

Opening a server never migrates it (several clients of several versions connect to one database, and a
migration there locks tables everyone is using): `storage.server` refuses an older schema and names this
command. Here the connected role must own the tables (the project's admin group, or whoever ran `curator
server init` before schema 0010 made the group the owner), the database is backed up, the migrations run,
and `server_roles.apply` grants and guards whatever tables they added.

The backup: `pg_dump --format=custom` when pg_dump is on PATH or in /usr/lib/postgresql/*/bin (restore
with `pg_restore`); without it, our own copy: one file per table in COPY's text format plus a manifest of
revision and row counts, read in one repeatable-read transaction so that it is consistent (restore into a
database `curator server init` made at that revision, with `COPY table FROM 'file'`, or `\\copy` in psql).
Both go to the user data folder, never beside a server we cannot write to.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from curator.core.domain import CuratorError
from curator.core.storage import migrate, server_roles
from curator.core.storage.server import connect_error, create_server_engine, driver_url, server_label

PG_DUMP_SECONDS = 3600


@dataclass(frozen=True, slots=True)
class Upgrade:
    before: str
    after: str
    backup: Path | None  # None: nothing to migrate, so nothing was backed up
    backup_kind: str  # "pg_dump", "copy" or ""


def backup_folder() -> Path:
    return user_data_path("curator", appauthor=False) / "server-backups"


def find_pg_dump() -> Path | None:
    """pg_dump on PATH, else the newest of Debian's /usr/lib/postgresql/<version>/bin (a pg_dump may
    dump servers of its own version and older ones only, so the newest is the one to use)."""
    on_path = shutil.which("pg_dump")
    if on_path:
        return Path(on_path)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]) if found else None


def upgrade_server(url: str, *, pg_dump: Path | None = None, folder: Path | None = None) -> Upgrade:
    """Back up and migrate the server at `url`; `pg_dump` None looks for one (`find_pg_dump`)."""
    label = server_label(url)
    engine = create_server_engine(url)
    try:
        with engine.connect() as connection:
            current = migrate.current_revision(connection)
            _check_may_upgrade(connection, label, current)
        head = migrate.head_revision()
        backup, kind = None, ""
        if current != head:
            assert current is not None
            target = (folder or backup_folder()) / _backup_name(url, current)
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise CuratorError(
                    f"{label}: cannot make the backup folder {target.parent} ({error.strerror});"
                    " nothing was migrated"
                ) from error
            dump = pg_dump or find_pg_dump()
            if dump is not None:
                backup, kind = _pg_dump(dump, url, target.with_suffix(".dump")), "pg_dump"
            else:
                with engine.connect() as connection:
                    backup, kind = _copy_tables(connection, target, current), "copy"
            with engine.execution_options(curator_write=True).connect() as connection:
                migrate.upgrade(connection)
        with engine.begin() as connection:
            server_roles.apply(connection)
        return Upgrade(current or "", head, backup, kind)
    except DBAPIError as error:
        raise connect_error(url, error) from error
    finally:
        engine.dispose()


def _check_may_upgrade(connection: Connection, label: str, current: str | None) -> None:
    if current is None:
        raise CuratorError(
            f"{label}: no Curator project on this database; create it with: curator server init URL"
        )
    if not migrate.is_known_revision(current):
        raise CuratorError(
            f"{label}: made by a newer Curator (schema {current}); upgrade Curator to open it"
            f" (this one knows schemas up to {migrate.head_revision()})"
        )
    owns = connection.execute(
        text(
            "SELECT pg_has_role(current_user, tableowner, 'USAGE'), tableowner, current_user FROM pg_tables"
            " WHERE schemaname = current_schema() AND tablename = 'alembic_version'"
        )
    ).one()
    if not owns[0]:
        raise CuratorError(
            f"{label}: only an admin upgrades the server; {owns[2]} is not one (the tables belong to"
            f" {owns[1]}: connect as a member of it)"
        )


def _backup_name(url: str, revision: str) -> str:
    parsed = make_url(driver_url(url))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"{parsed.host or 'local'}-{parsed.port or 5432}-{parsed.database}-schema{revision}-{stamp}"


def _pg_dump(pg_dump: Path, url: str, target: Path) -> Path:
    """Run pg_dump without a password on its command line (other users can read that): it goes through
    the environment, as libpq's PGPASSWORD, or comes from ~/.pgpass."""
    parsed = make_url(driver_url(url))
    environment = dict(os.environ)
    if parsed.password:
        environment["PGPASSWORD"] = str(parsed.password)
    address = parsed.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    command = [str(pg_dump), "--format=custom", "--no-password", f"--file={target}", f"--dbname={address}"]
    try:
        result = subprocess.run(
            command, env=environment, capture_output=True, text=True, check=False, timeout=PG_DUMP_SECONDS
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise CuratorError(
            f"{server_label(url)}: the backup failed, nothing was migrated ({error})"
        ) from error
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or ["exit code " + str(result.returncode)])[-1]
        target.unlink(missing_ok=True)
        raise CuratorError(f"{server_label(url)}: pg_dump failed, nothing was migrated ({reason})")
    return target


def _copy_tables(connection: Connection, folder: Path, revision: str) -> Path:
    """Every table of the schema in COPY text format, read in one snapshot, and a manifest."""
    connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
    folder.mkdir(parents=True)
    tables = [
        str(name)
        for name in connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
        ).scalars()
    ]
    driver = connection.connection.driver_connection
    if driver is None:
        raise TypeError("the connection is closed")
    quote = connection.dialect.identifier_preparer.quote_identifier
    counts = {}
    with driver.cursor() as cursor:
        for table in tables:
            with (
                (folder / f"{table}.copy").open("wb") as out,
                cursor.copy(f"COPY {quote(table)} TO STDOUT") as copy,
            ):
                for chunk in copy:
                    out.write(chunk)
            counts[table] = int(connection.execute(text(f"SELECT count(*) FROM {quote(table)}")).scalar_one())
    manifest = {"schema": revision, "tables": counts, "made": datetime.now().isoformat(timespec="seconds")}
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    connection.rollback()
    return folder
