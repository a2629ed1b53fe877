"""Where the files shipped beside the package live (resources/ and sample_docs/ at the project top)."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
RESOURCES_DIR = PROJECT_ROOT / "resources"
SAMPLE_DOCS_DIR = PROJECT_ROOT / "sample_docs"


def resource_path(name: str) -> Path:
    path = RESOURCES_DIR / name
    if not path.exists():
        raise FileNotFoundError(f"{path}: missing resource; is Curator installed from its source tree?")
    return path
