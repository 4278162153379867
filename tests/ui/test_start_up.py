"""What the app has loaded when its first window paints, started as the user starts it
(a whole process, through ``main``): the heavy libraries come later (STYLE.md).

The child is the cold-start benchmark's (``bench.cold_start``), which prints the
heavy modules already imported right after the first paint; here it runs once,
untimed, on a first start (empty cache and settings folders).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from resources import copy_sample_to

ROOT = Path(__file__).resolve().parents[2]


def _loaded_at_first_paint(side: str, sample: Path, home: Path) -> str:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    command = [sys.executable, "-m", "bench.cold_start", side, str(sample)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()[1]


@pytest.fixture
def first_start(tmp_path: Path) -> tuple[Path, Path]:
    """A sample map and an empty home whose settings list it as a recent map."""
    home = tmp_path / "home"
    sample = copy_sample_to(tmp_path / "maps")
    recent = QSettings(
        str(home / "config" / "Procesbouw" / "Procesbouw.conf"), QSettings.Format.IniFormat
    )
    recent.setValue("recent", [str(sample.resolve())])
    recent.sync()
    return sample, home


def test_a_map_paints_before_any_heavy_library_loads(first_start: tuple[Path, Path]) -> None:
    # The map is read through sqlite3; SQLAlchemy (for the first edit), the analysis,
    # the PDF and migrations wait.
    assert _loaded_at_first_paint("item", *first_start) == "-"


def test_the_start_screen_paints_before_any_heavy_library_loads(
    first_start: tuple[Path, Path],
) -> None:
    # Its recent map is read after the first paint (ui/start_screen.py).
    assert _loaded_at_first_paint("start", *first_start) == "-"
