"""Where the files shipped with Curator live: resources/ (schema, knowledge base) and sample_docs/.

The repository keeps them at its top, beside curator/. A wheel installs them as package data under
curator/_data/ (setup.py maps the folders there), so an installed Curator looks there first, through
importlib.resources, and a checkout or an editable install, which have no curator/_data/<folder>, falls
back to the repository's top.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from curator.core.domain import CuratorError

CHECKOUT_ROOT = Path(__file__).resolve().parents[3]


def shipped_dir(name: str) -> Path:
    """The folder `name` (resources or sample_docs) of this installation, packaged or in the checkout.

    Only a real directory counts: every caller needs file paths (the importer walks sample_docs/), and
    pip never installs a wheel zipped.
    """
    packaged = files("curator._data").joinpath(name)
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return CHECKOUT_ROOT / name


RESOURCES_DIR = shipped_dir("resources")
SAMPLE_DOCS_DIR = shipped_dir("sample_docs")


def resource_path(name: str) -> Path:
    """The shipped resource file `name`; a missing one is a broken installation, said as such."""
    path = RESOURCES_DIR / name
    if not path.is_file():
        raise CuratorError(f"{path}: a file Curator ships with is missing; reinstall Curator")
    return path
