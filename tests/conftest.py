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
