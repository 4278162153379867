"""``procesbouw export MAP --format png|svg``: the canvas drawn without a window.

The command line is headless, so Qt renders offscreen here; the composition
root (main.py) hands this function to the CLI, which itself never imports Qt.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication


def export_picture(map_path: Path, output: Path) -> None:
    """Write the map at ``map_path`` (opened read-only) as a PNG or SVG, with the
    critical path and bottleneck overlays the app shows by default."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QApplication.instance() or QApplication([])
    from procesbouw.analysis import analyse
    from procesbouw.storage import MapFile
    from ui.canvas.picture import write_picture
    from ui.canvas.scene import MapScene, Overlays

    with MapFile.open(map_path, read_only=True) as map_file:
        pm = map_file.map
    scene = MapScene(None, pm)
    scene.show_analysis(analyse(pm), Overlays())
    write_picture(scene, output, pm.details.name)
