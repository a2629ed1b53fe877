"""The desktop entry, the AppStream metainfo and the icons of packaging/ agree and are valid.

The validators are Debian's (`appstreamcli` from appstream, `desktop-file-validate` from
desktop-file-utils; bootstrap.sh's test setup installs them): where one is missing outside CI its check
is skipped. The committed PNGs must be exactly what packaging/render_icons.py renders from the SVG today,
so an edited SVG without re-rendered PNGs fails here.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
ICONS = REPO / "resources" / "icons"
[METAINFO] = PACKAGING.glob("*.metainfo.xml")


def validator(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            raise AssertionError(f"{name} is missing: bootstrap.sh test installs it")
        pytest.skip(f"{name} is not installed")
    return found


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(PACKAGING / "curator.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def render_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("render_icons", PACKAGING / "render_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_metainfo_validates() -> None:
    done = subprocess.run(
        [validator("appstreamcli"), "validate", "--no-net", METAINFO], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_desktop_entry_validates() -> None:
    done = subprocess.run(
        [validator("desktop-file-validate"), PACKAGING / "curator.desktop"], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_entry_the_metainfo_and_the_window_name_one_application() -> None:
    from curator.ui.app import DESKTOP_FILE_NAME

    component = ElementTree.parse(METAINFO).getroot()
    app_id = component.findtext("id")
    assert METAINFO.name == f"{app_id}.metainfo.xml"
    assert component.findtext("launchable") == f"{app_id}.desktop"
    assert component.findtext("provides/binary") == "curator"
    entry = desktop_entry()
    assert entry["Icon"] == app_id == DESKTOP_FILE_NAME
    assert entry["Exec"].split()[0] == entry["TryExec"] == "curator"


def test_the_pngs_are_the_svg_rendered_at_every_size(qapp: object) -> None:
    module = render_icons()
    renderer = QSvgRenderer(str(ICONS / "curator.svg"))
    assert renderer.isValid()
    committed = sorted(int(path.stem.split("-")[1]) for path in ICONS.glob("curator-*.png"))
    assert committed == sorted(module.SIZES) and min(committed) == 16 and max(committed) == 512
    for size in module.SIZES:
        fresh = module.render(renderer, size)
        stored = QImage(str(ICONS / f"curator-{size}.png")).convertToFormat(fresh.format())
        assert stored == fresh, f"curator-{size}.png is out of date: run packaging/render_icons.py"
