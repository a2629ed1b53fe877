"""A throwaway PostgreSQL cluster of the distribution's packages, for the server tests.

Why our own instead of a fixture library: what the tests need is three commands (initdb, pg_ctl start,
pg_ctl stop) of the binaries `packaging/bootstrap.sh test` installs, in a temporary folder, on a free
local port. PostgreSQL refuses to run as root, so under root (CI) the cluster belongs to the `postgres`
user the Debian package creates, and the commands run through `runuser`.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "curator_admin"


def find_bindir() -> Path | None:
    """The folder of initdb/pg_ctl: on PATH, else Debian's /usr/lib/postgresql/<newest>/bin."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(os.path.realpath(on_path)).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    """A running cluster: connect as `SUPERUSER` (trust authentication on 127.0.0.1 only)."""

    bindir: Path
    folder: Path
    port: int
    run_as: str | None

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        secret = f":{password}" if password else ""
        return f"postgresql://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)

    def start(self) -> None:
        result = self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-w", "-t", "60",
            "-o", f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start",
        )  # fmt: skip
        if result.returncode != 0:
            log = (self.folder / "server.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"pg_ctl start failed: {result.stderr.strip()}\n{log}")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        """Stop and start again on the same port: what the fault tests do to the server mid-session."""
        self.stop()
        self.start()

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster() -> Cluster:
    """initdb in a new temporary folder and start it; raises RuntimeError saying what is missing."""
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError(
            "PostgreSQL is not installed (no initdb); bash packaging/bootstrap.sh test installs it"
        )
    run_as = "postgres" if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="curator-pg-"))
    if run_as:
        shutil.chown(folder, run_as, run_as)
        folder.chmod(0o700)
    cluster = Cluster(bindir, folder, _free_port(), run_as)
    result = cluster._run(
        "initdb", "-D", str(cluster.data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8",
        "--no-sync",
    )  # fmt: skip
    if result.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {result.stderr.strip()}")
    cluster.start()
    return cluster


def create_database(cluster: Cluster, name: str, users: tuple[str, ...] = (), role: str = "admin") -> str:
    """A new empty database `name` whose login roles `users` (created once per cluster) are members of its
    `role` group (storage.server_roles: admins own the tables, so the service tests that are not about
    roles run as before); returns the superuser's URL of it."""
    import psycopg
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from curator.core.storage import server_users

    with psycopg.connect(cluster.url(), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    engine = create_engine(
        cluster.url(name).replace("postgresql://", "postgresql+psycopg://"), poolclass=NullPool
    )
    try:
        with engine.begin() as connection:
            for user in users:
                server_users.join_group(connection, user, role)
    finally:
        engine.dispose()
    return cluster.url(name)


def drop_database(cluster: Cluster, name: str) -> None:
    """Drop a test's database, ending whatever connection a test left open to it (FORCE, PostgreSQL 13+)."""
    import psycopg

    with psycopg.connect(cluster.url(), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
