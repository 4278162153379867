"""All benchmarks in one table: ``.venv/bin/python -m bench.run [--only TEXT] [--dir FOLDER]``.

Every row is timed next to a *floor* measured in the same run (the plainest way
to do the same work), because this machine's absolute speed drifts; the ratio
to the floor is what stays comparable. Each side of a row runs in its own
process (``--child``), alternating item and floor for ``--rounds`` rounds, so
peak memory (ru_maxrss) belongs to that side alone and a slow minute of the
machine hits both sides. Memory is shown as the process peak and, in
brackets, what the measured work added on top of its set-up.

Maps are written to a temporary folder under ``--dir`` (default: the home
folder, a real disk: an edit's fsync is part of its cost). Nothing is
asserted: the last column reads each figure against the issue's target.
"""

from __future__ import annotations

import argparse
import compileall
import json
import math
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from bench.cold_start import cold_start
from bench.trial import Case, Target, median, p99, sample_ms

COLD_STARTS = 7
COLD_START_TARGET = Target("ratio", 4)
START_SCREEN_TARGET = Target("ratio", 2)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(name: str, side: str, repeats: int, folder: Path) -> None:
    """Set up and time one side of one case; print the figures as JSON."""
    from bench.cases import CASES

    case = CASES[name]
    setup = case.item if side == "item" else case.floor
    assert setup is not None
    trial = setup(folder)
    before = _rss_mb()
    timings = sample_ms(trial, repeats)
    print(json.dumps({"ms": timings, "peak_mb": _rss_mb(), "work_mb": _rss_mb() - before}))


class Side:
    """The pooled figures of one side of a row."""

    def __init__(self) -> None:
        self.ms: list[float] = []
        self.peak_mb = 0.0
        self.work_mb = 0.0

    def add(self, ms: list[float], peak_mb: float, work_mb: float) -> None:
        self.ms += ms
        self.peak_mb = max(self.peak_mb, peak_mb)
        self.work_mb = max(self.work_mb, work_mb)

    def memory(self) -> str:
        return f"{self.peak_mb:5.0f} (+{self.work_mb:.0f})"


def run_side(case: Case, side: str, repeats: int, folder: Path, env: dict[str, str]) -> Side:
    command = [sys.executable, "-m", "bench.run", "--child", case.name, side]
    command += ["--repeats", str(repeats), "--dir", str(folder)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{case.name} ({side}) failed:\n{done.stderr}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    result = Side()
    result.add(figures["ms"], figures["peak_mb"], figures["work_mb"])
    return result


def verdict(target: Target | None, item: Side, floor: Side | None) -> str:
    if target is None:
        return ""
    if target.statistic in ("ratio", "memory"):
        if floor is None:
            return ""
        if target.statistic == "memory":
            value = item.peak_mb / floor.peak_mb
        else:
            value = median(item.ms) / median(floor.ms)
    else:
        value = (p99 if target.statistic == "p99" else median)(item.ms)
    return f"{target.describe():<16} {'ok' if value <= target.limit else 'MISSED'}"


HEADER = (
    f"{'':50} {'median':>9} {'p99':>9} {'floor':>9} {'ratio':>6}  "
    f"{'peak MB (+work)':>15} {'floor MB':>9}  target"
)


def row(name: str, item: Side, floor: Side | None, target: Target | None) -> str:
    floor_ms = median(floor.ms) if floor else None
    shown_floor = f"{floor_ms:7.1f}ms" if floor_ms is not None else f"{'':9}"
    ratio = f"{median(item.ms) / floor_ms:6.2f}" if floor_ms else f"{'':6}"
    floor_mb = f"{floor.peak_mb:9.0f}" if floor else f"{'':9}"
    return (
        f"{name:50} {median(item.ms):7.1f}ms {p99(item.ms):7.1f}ms {shown_floor} {ratio}  "
        f"{item.memory():>15} {floor_mb}  {verdict(target, item, floor)}"
    )


def cold_start_rows(folder: Path, env: dict[str, str]) -> str:
    """Process start → first paint, on the sample map and on the start screen, each
    next to a bare QMainWindow started the same way."""
    from PySide6.QtCore import QSettings

    from resources import copy_sample_to

    # As an installed app starts: its bytecode compiled (pip compiles at install, an
    # editable install on its first start). Without it, a machine that sets
    # PYTHONDONTWRITEBYTECODE compiles the app's ~110 modules again on every start.
    root = Path(__file__).resolve().parent.parent
    for package in ("procesbouw", "ui", "resources"):
        compileall.compile_dir(root / package, quiet=1)
    compileall.compile_file(root / "main.py", quiet=1)
    sample = copy_sample_to(folder / "maps")
    # The start screen as a returning facilitator sees it: the sample among the recent
    # maps (the same file the app's QSettings reads under XDG_CONFIG_HOME).
    recent = QSettings(str(folder / "config" / "Procesbouw" / "Procesbouw.conf"),
                       QSettings.Format.IniFormat)  # fmt: skip
    recent.setValue("recent", [str(sample.resolve())])
    recent.sync()
    rows = []
    for side, name, target in (
        ("item", "cold start, sample map (process)", COLD_START_TARGET),
        ("start", "cold start, start screen (process)", START_SCREEN_TARGET),
    ):
        item, floor = Side(), Side()
        loaded = ""
        for _ in range(COLD_STARTS):  # alternating: a slow moment hits both sides
            ms, rss_kb, loaded = cold_start(side, sample, env)
            item.add([ms], rss_kb / 1024, 0)
            ms, rss_kb, _ = cold_start("floor", sample, env)
            floor.add([ms], rss_kb / 1024, 0)
        rows.append(row(name, item, floor, target))
        rows.append(f"{'':50} heavy modules loaded at first paint: {loaded}")
    return "\n".join(rows)


def fitted_exponent(points: list[tuple[int, float]]) -> float:
    """The b of time ≈ a·n^b, least squares on log–log."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(ms) for _, ms in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


def print_scaling(results: dict[str, tuple[Side, Side | None]]) -> None:
    """``analyse`` against its floor over the map sizes, per role count, with the
    fitted exponent (n·log n fits about 1.1 over 1k–20k)."""
    series: dict[str, list[tuple[int, float, float]]] = {}
    for name, (item, floor) in results.items():
        found = re.fullmatch(r"analysis ([\d,]+) steps, (\d+) roles", name)
        if found is None or floor is None:
            continue
        steps, roles = int(found[1].replace(",", "")), int(found[2])
        label = "8 roles" if roles == 8 else "n/10 roles"
        series.setdefault(label, []).append((steps, median(item.ms), median(floor.ms)))
    for label, points in series.items():
        if len(points) < 2:
            continue
        print(f"scaling of analyse(), {label}:")
        for steps, ms, floor_ms in sorted(points):
            print(f"  {steps:>7,} steps  {ms:8.1f} ms  floor {floor_ms:8.1f} ms  "
                  f"ratio {ms / floor_ms:5.2f}")  # fmt: skip
        item_b = fitted_exponent([(n, ms) for n, ms, _ in points])
        floor_b = fitted_exponent([(n, f) for n, _, f in points])
        print(f"  fitted exponent: analyse n^{item_b:.2f}, floor n^{floor_b:.2f}")


def print_floors(cases: Iterable[Case]) -> None:
    floors: dict[str, list[str]] = {"a bare QMainWindow shown, as a whole process": ["cold start"]}
    for case in cases:
        floors.setdefault(case.floor_name, []).append(case.name)
    print("floors:")
    for floor, names in floors.items():
        print(f"  {floor}: {'; '.join(names)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--only", help="run only the rows whose name contains this text")
    parser.add_argument("--rounds", type=int, default=2, help="item/floor alternations per row")
    parser.add_argument("--dir", type=Path, default=Path.home(), help="where to write maps")
    parser.add_argument("--child", nargs=2, metavar=("CASE", "SIDE"), help=argparse.SUPPRESS)
    parser.add_argument("--repeats", type=int, default=0, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        child(options.child[0], options.child[1], options.repeats, options.dir)
        return

    from bench.cases import CASES

    folder = Path(tempfile.mkdtemp(prefix="procesbouw-bench-", dir=options.dir))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(folder / "config"))
    print(f"Procesbouw benchmarks, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"maps in {folder}")  # fmt: skip
    print(f"medians of {options.rounds} alternating rounds per side; times in ms, memory in MB")
    print(HEADER)
    results: dict[str, tuple[Side, Side | None]] = {}
    try:
        if not options.only or options.only in "cold start":
            print(cold_start_rows(folder, env), flush=True)
        for case in CASES.values():
            if options.only and options.only not in case.name:
                continue
            item, floor = Side(), Side() if case.floor else None
            per_round = max(1, case.repeats // options.rounds)
            for _ in range(options.rounds):
                got = run_side(case, "item", per_round, folder, env)
                item.add(got.ms, got.peak_mb, got.work_mb)
                if floor is not None:
                    got = run_side(case, "floor", per_round, folder, env)
                    floor.add(got.ms, got.peak_mb, got.work_mb)
            print(row(case.name, item, floor, case.target), flush=True)
            results[case.name] = (item, floor)
        print_scaling(results)
        print_floors(CASES.values())
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
