"""Ctrl+C in the terminal and SIGTERM close the real app cleanly: the edit and the
text still being typed are in the file, and the lock file is gone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from procesbouw.storage import MapFile
from procesbouw.storage.lock import lock_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_closes_the_app_like_its_close_button(tmp_path: Path, number: int) -> None:
    path = tmp_path / "sessie.procesbouw"
    MapFile.create(path).close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),  # the child's settings and recent maps stay in here
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": str(ROOT),
    }
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "ui" / "signal_child.py"), str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        assert lock_path(path).exists()
        child.send_signal(number)
        code = child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert code == 128 + number, child.stderr.read() if child.stderr else ""
    assert not lock_path(path).exists()
    with MapFile.open(path, read_only=True) as reopened:
        assert [s.name for s in reopened.map.steps.values()] == ["Stap voor het signaal"]
        assert reopened.map.details.description == "Getypt, nog niet bevestigd"
