"""Guard against the PySide6 6.12.0 + Python 3.11 paint() reference leak.

That release leaks a reference to None on every call of a Python
``QGraphicsItem.paint()`` override and aborts with "Fatal Python error:
none_dealloc" after a few thousand paints. pyproject.toml excludes it; this test
paints thousands of custom items (a plain one and our real bricks) in a child
process, so a future release with the same bug fails here with a clear message
instead of taking the test run down.
"""

import os
import subprocess
import sys

PAINTER = r"""
import sys
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene

from procesbouw.model import Role, Step
from ui.canvas.brick import BrickItem

app = QApplication([])
painted = 0


class Counted(QGraphicsItem):
    def boundingRect(self):
        return QRectF(0, 0, 10, 10)

    def paint(self, painter, option, widget=None):
        global painted
        painted += 1
        painter.drawRect(self.boundingRect())


class CountedBrick(BrickItem):
    def paint(self, painter, option, widget=None):
        global painted
        painted += 1
        super().paint(painter, option, widget)


scene = QGraphicsScene()
role = Role("Planner", colour="#C91A09")
for index in range(300):
    item = Counted()
    item.setPos(index * 12 % 600, index // 50 * 12)
    scene.addItem(item)
    brick = CountedBrick(Step(f"Stap {index}", role.id), role, 24.0)
    brick.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    brick.setPos(index % 20 * 180, index // 20 * 100)
    scene.addItem(brick)
image = QImage(800, 600, QImage.Format.Format_ARGB32)
for _ in range(10):
    painter = QPainter(image)
    scene.render(painter)
    painter.end()
print(painted)
"""


def test_thousands_of_python_paints_do_not_crash() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", PAINTER], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, (
        "Painting custom QGraphicsItems crashed the interpreter; is this the PySide6 "
        f"paint() reference leak (6.12.0 on Python 3.11)?\n{result.stderr[-2000:]}"
    )
    assert int(result.stdout.strip()) >= 5000
