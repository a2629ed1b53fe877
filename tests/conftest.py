"""Test-wide settings, applied before anything imports Qt or platformdirs.

Qt draws offscreen unless the caller chose a platform (no window pops up, CI works), and the user's
settings, data and log folders point at a throw-away folder, so no test reads or writes the tester's own
default project or recent-projects list.
"""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_isolated_home = tempfile.mkdtemp(prefix="curator-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_isolated_home, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_isolated_home, "data")
os.environ["XDG_STATE_HOME"] = os.path.join(_isolated_home, "state")  # platformdirs' log folder
os.environ["XDG_CACHE_HOME"] = os.path.join(_isolated_home, "cache")
os.environ.pop("CURATOR_PROJECT", None)
os.environ.pop("CURATOR_CONFIG_DIR", None)  # preferences come from the isolated XDG_CONFIG_HOME


import itertools  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402

import pytest  # noqa: E402

from tests.helpers.pg_cluster import Cluster, create_database, drop_database, start_cluster  # noqa: E402

_database_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """One throwaway PostgreSQL cluster for the whole run; skipped only where PostgreSQL is missing and
    this is not CI (CI installs it through the README's test command, so there a missing server fails)."""
    try:
        cluster = start_cluster()
    except RuntimeError as error:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"no PostgreSQL server for the server tests: {error}")
    yield cluster
    cluster.destroy()


@pytest.fixture
def server_database(pg_cluster: Cluster) -> Iterator[Callable[..., str]]:
    """Make a new empty database on the test cluster whose `users` have `role` in it (admin unless a
    role test asks for less); returns its superuser URL. Each is dropped after its test: a run makes a
    few hundred, and leaving them made the cluster's folder gigabytes that its removal then waited on."""
    made: list[str] = []

    def make(*users: str, role: str = "admin") -> str:
        made.append(f"curator_test_{next(_database_numbers)}")
        return create_database(pg_cluster, made[-1], users, role)

    yield make
    for name in made:
        drop_database(pg_cluster, name)
