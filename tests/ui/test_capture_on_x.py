"""The whole capture again, in a real X window at 1920×1080 and 1366×768: input
through the X server (xdotool), as a person's would be.

Needs Xvfb and xdotool: ``.ci/run`` installs them; where they are missing (and
cannot be installed) the test skips, saying why. Each screen size runs in its own
process on its own X server, which the test starts and stops itself.
Screenshots go to a temporary folder; run ``x_capture_child`` by hand to refresh
the ones in docs/screenshots/.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.ui.test_whole_capture import TARGET

ROOT = Path(__file__).resolve().parents[2]


def _missing_tools() -> str | None:
    """Why the test cannot run here, or None."""
    if sys.platform != "linux":
        return "an X server (Xvfb) is a Linux thing"
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        return f"{' and '.join(missing)} not installed (.ci/run installs them)"
    return None


@pytest.fixture(scope="module")
def x_tools() -> None:
    reason = _missing_tools()
    if reason is not None:
        pytest.skip(reason)


@contextmanager
def _x_server(size: str) -> Iterator[str]:
    """An X server of ``size`` on a free display, stopped afterwards whatever happens."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            number = numbers.readline().strip()
        if not number:
            pytest.skip("Xvfb did not start")
        display = f":{number}"
        for _ in range(50):
            probe = subprocess.run(
                ["xdotool", "getdisplaygeometry"],
                env={**os.environ, "DISPLAY": display},
                capture_output=True,
                check=False,
            )
            if probe.returncode == 0:
                break
            time.sleep(0.1)
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize("size", ["1920x1080", "1366x768"])
def test_the_whole_capture_on_a_real_x_screen(x_tools: None, size: str, tmp_path: Path) -> None:
    with _x_server(size) as display:
        env = {**os.environ, "DISPLAY": display, "PYTHONPATH": str(ROOT)}
        env.pop("QT_QPA_PLATFORM", None)
        done = subprocess.run(
            [sys.executable, "-m", "tests.ui.x_capture_child", str(tmp_path)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )
        lines = done.stdout.strip().splitlines()
        assert lines, done.stderr[-2000:]
        result = json.loads(lines[-1])
        assert result["ok"], result.get("error")
        assert result["inputs"] < TARGET
        width, height = size.split("x")
        for shot in result["shots"]:
            assert Path(shot).stat().st_size > 10_000
            assert shot.endswith(f"-{width}x{height}.png")
