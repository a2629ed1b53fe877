"""Render resources/icons/curator.svg into the PNG sizes a desktop asks for (16 to 512 pixels).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

Qt's own SVG renderer (QtSvg, part of PySide6-Essentials) draws them, so no other tool is needed and
every machine that runs Curator renders the same pixels. The PNGs are committed; run this again after
changing the SVG.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    source = ICONS / "curator.svg"
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        print(f"render_icons: {source} is not an SVG Qt can draw", file=sys.stderr)
        return 1
    for size in SIZES:
        target = ICONS / f"curator-{size}.png"
        if not render(renderer, size).save(str(target), "PNG"):
            print(f"render_icons: could not write {target}", file=sys.stderr)
            return 1
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
