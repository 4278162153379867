"""Screenshots of the Bevindingen, Experimenten and Momentopnamen docks with the
sample map: ``QT_QPA_PLATFORM=offscreen python docs/screenshots/story_screenshots.py``.

Works on a copy of the sample in a temporary folder; the photos are drawn here
(a LEGO build on a baseplate), so no binary is needed in the repository.
"""

from __future__ import annotations

import io
import random
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

OUT = Path(__file__).resolve().parent
LEGO = ("#C91A09", "#0055BF", "#237841", "#F2CD37", "#FE8A18", "#A0A5A9")


def lego_photo(path: Path, seed: int, size: tuple[int, int] = (2400, 1600)) -> Path:
    """A photo-like picture of bricks on a green baseplate, seen from above."""
    rng = random.Random(seed)
    width, height = size
    image = Image.new("RGB", size, "#8B6B4A")  # the table
    draw = ImageDraw.Draw(image)
    plate = (width // 12, height // 10, width - width // 12, height - height // 10)
    draw.rectangle(plate, fill="#3C8D40")
    pitch = 40
    for x in range(plate[0] + pitch // 2, plate[2], pitch):
        for y in range(plate[1] + pitch // 2, plate[3], pitch):
            draw.ellipse((x - 12, y - 12, x + 12, y + 12), fill="#43994A", outline="#2F7034")
    x = plate[0] + 3 * pitch
    y = (plate[1] + plate[3]) // 2
    for index in range(9):
        colour = LEGO[index % len(LEGO)]
        w, h = 4 * pitch, 2 * pitch
        y = min(
            max(y + rng.choice((-2, -1, 0, 1, 2)) * pitch, plate[1] + pitch), plate[3] - 3 * pitch
        )
        draw.rectangle((x + 8, y + 8, x + w + 8, y + h + 8), fill="#1E3D20")  # shadow
        draw.rectangle((x, y, x + w, y + h), fill=colour, outline="#222222", width=3)
        for sx in range(4):
            for sy in range(2):
                cx, cy = x + pitch // 2 + sx * pitch, y + pitch // 2 + sy * pitch
                draw.ellipse((cx - 13, cy - 13, cx + 13, cy + 13), outline="#00000055", width=3)
        if index < 8:
            draw.line((x + w, y + h // 2, x + w + pitch, y + h // 2), fill="#F4F4F4", width=8)
        x += w + pitch
        if x + w > plate[2]:
            break
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    path.write_bytes(out.getvalue())
    return path


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def save(widget: QWidget, name: str) -> None:
    path = OUT / name
    widget.grab().save(str(path), quality=0)  # PNG: 0 is the strongest compression
    print(path, path.stat().st_size // 1024, "KB")


def main() -> None:
    QCoreApplication.setOrganizationName("ProcesbouwScreenshots")
    QCoreApplication.setApplicationName("ProcesbouwScreenshots")
    app = QApplication(sys.argv)
    from procesbouw.storage import MapFile
    from resources import copy_sample_to
    from ui.document import MapDocument
    from ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp())
    window = MainWindow(MapDocument(MapFile.open(copy_sample_to(folder))))
    window.resize(1500, 940)
    window.show()
    settle(app)
    # A little wider than the default column, as a facilitator would drag it for the stories.
    window.resizeDocks([window.docks["findings"]], [470], Qt.Orientation.Horizontal)

    panel = window.findings
    window.docks["findings"].raise_()
    panel.map_photos.add_files([lego_photo(folder / "bouwwerk.jpg", 1)])
    first = next(iter(window.document.map.findings.values()))
    panel.select_finding(first.id)
    panel.editor.photos.add_files(
        [lego_photo(folder / "tafel.jpg", 2, (1600, 1200)), lego_photo(folder / "d.jpg", 3)]
    )
    settle(app)
    save(window, "findings.png")

    window.docks["experiments"].raise_()
    window.experiments.select_action(next(iter(window.document.map.actions)))
    settle(app)
    save(window, "experiments.png")

    window.docks["snapshots"].raise_()
    snapshots = window.snapshots
    snapshots.select_ids([s.id for s in snapshots.snapshots()])
    dialog = snapshots.compare_selected()
    assert dialog is not None
    dialog.resize(980, 720)
    settle(app)
    save(dialog, "snapshot-compare.png")
    dialog.close()
    save(window, "snapshots.png")
    window.close()


if __name__ == "__main__":
    main()
