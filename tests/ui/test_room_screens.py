"""Two screens, as in a meeting room: a 1366×768 laptop left of a 1920×1080
projector. Qt's offscreen platform takes that layout from a file, which must be
given when the process starts, so this runs the real window in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ]
}  # fmt: skip


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("screens")
    layout = folder / "screens.json"
    layout.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={layout}",
        "PYTHONPATH": str(ROOT),
        "HOME": str(folder),
    }
    child = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "ui" / "room_child.py")],
        capture_output=True, text=True, env=env, timeout=240, check=False,
    )  # fmt: skip
    assert child.returncode == 0, child.stderr[-3000:]
    result: dict[str, Any] = json.loads(child.stdout.strip().splitlines()[-1])
    return result


def test_the_laptop_window_fits_its_screen_and_leaves_the_canvas_most_room(
    measured: dict[str, Any],
) -> None:
    assert measured["screens"] == ["laptop", "projector"]
    assert measured["window_screen"] == "laptop"
    x, y, width, height = measured["window_frame"]
    ax, ay, aw, ah = measured["laptop_available"]
    assert ax <= x and ay <= y and x + width <= ax + aw and y + height <= ay + ah
    assert measured["canvas_share"] >= 0.6
    assert measured["docks_scrolling"] == []
    assert measured["minimum"][0] <= aw and measured["minimum"][1] <= ah


def test_the_laptop_window_fits_its_screen_again_at_the_next_start(
    measured: dict[str, Any],
) -> None:
    # The layout comes back from the settings; its panels must scroll as on the first
    # start, or their full height makes the window taller than the screen.
    x, y, width, height = measured["next_start_frame"]
    ax, ay, aw, ah = measured["laptop_available"]
    assert ax <= x and ay <= y and x + width <= ax + aw and y + height <= ay + ah
    assert measured["next_start_minimum"][0] <= aw and measured["next_start_minimum"][1] <= ah
    assert measured["next_start_docks_scrolling"] == []


def test_the_projector_screen_opens_on_the_other_screen(measured: dict[str, Any]) -> None:
    assert measured["present_text"] == "Projectorscherm"
    assert measured["audience_screen"] == "projector"
    assert measured["audience_geometry"] == [1366, 0, 1920, 1080]
    assert measured["main_still_visible"]  # the laptop keeps its window and docks


def test_brick_names_read_from_the_back_of_the_room_in_every_phase(
    measured: dict[str, Any],
) -> None:
    for phase, seen in measured["phases"].items():
        assert seen["name_pixels"] >= 18, phase  # font pixel size × view scale
        assert seen["fits"] and seen["continues"] == [], phase  # the sample, whole
        if seen["network"]:
            assert seen["network_text_pixels"] >= 18, phase  # the edges' words too


def test_the_cards_go_under_a_wide_map_and_nothing_on_the_wall_is_cut(
    measured: dict[str, Any],
) -> None:
    phases = measured["phases"]
    # The sample is wide: a row of cards under it leaves it the larger scale.
    assert not phases["stories"]["panel_beside"] and not phases["agreements"]["panel_beside"]
    for phase, seen in phases.items():
        assert seen["panel_words_whole"] and seen["legend_rows_fit"], phase


def test_a_thirty_step_map_fits_the_projector_readably(measured: dict[str, Any]) -> None:
    thirty = measured["thirty_steps"]
    assert thirty["fits"] and thirty["name_pixels"] >= 18


def test_each_phase_shows_its_own_things_with_a_legend(measured: dict[str, Any]) -> None:
    phases = measured["phases"]
    assert phases["build"]["figures"] == [] and phases["build"]["side"] == []
    assert "overdracht" in phases["build"]["legend"]
    assert any(text.startswith("Als de wijkverpleegkundige") for text in phases["stories"]["side"])
    assert "aantal verhalen over deze stap" in phases["stories"]["legend"]
    assert phases["connections"]["network"] and any(
        "↔" in text for text in phases["connections"]["side"]
    )
    assert any(text.endswith("doorlooptijd") for text in phases["experiments"]["figures"])
    assert "verbeteren" in phases["experiments"]["side"]
    assert "kritiek pad: bepaalt de doorlooptijd" in phases["experiments"]["legend"]
    assert phases["agreements"]["side"][0] == "Afspraken"
