"""How fast are map files? ``python -m bench.bench_storage [--dir FOLDER]``

Prints median and p99 of: opening a 1,000-step map (file → full ProcessMap,
writable and read-only), the same with two 1,000-step snapshots, and one
committed edit (move a step; add and remove a step) with ``synchronous=FULL``.
Budgets: open well under 150 ms, an edit well under 20 ms at p99. Figures only:
fsync speed depends on the disk, so run it on the disk the maps live on
(``--dir``; default: a temporary folder in the home directory, not a RAM disk).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench.generate import generate_map
from procesbouw.model import Snapshot, Step, changed
from procesbouw.storage import MapFile
from procesbouw.storage.whole_map import create_from_map


def timings_ms(run: Callable[[], object], repeats: int) -> list[float]:
    run()  # warm up: imports and the OS file cache are not what a session pays each time
    result = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        result.append((time.perf_counter() - start) * 1000)
    return result


def report(label: str, values: list[float]) -> None:
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    print(f"{label:<44} median {statistics.median(values):7.2f} ms   p99 {p99:7.2f} ms"
          f"   (n={len(values)})")  # fmt: skip


def open_and_close(path: Path, read_only: bool) -> None:
    MapFile.open(path, read_only=read_only).close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path.home())
    folder = Path(tempfile.mkdtemp(prefix="procesbouw-bench-", dir=parser.parse_args().dir))
    pm = generate_map(1000)
    plain, with_snapshots = folder / "1000.procesbouw", folder / "1000-snapshots.procesbouw"
    create_from_map(plain, pm).close()
    pm.add(Snapshot("Start", date(2026, 3, 12), pm.content_copy()))
    pm.add(Snapshot("Na 3 maanden", date(2026, 6, 11), pm.content_copy()))
    create_from_map(with_snapshots, pm).close()
    print(f"{len(pm.steps)} steps, {len(pm.flows)} flows, in {folder}")

    report("open 1,000 steps (writable)", timings_ms(lambda: open_and_close(plain, False), 31))
    report("open 1,000 steps (read-only)", timings_ms(lambda: open_and_close(plain, True), 31))
    report(
        "open 1,000 steps + 2 snapshots (writable)",
        timings_ms(lambda: open_and_close(with_snapshots, False), 11),
    )
    with MapFile.open(plain) as mf:
        steps = list(mf.map.steps.values())
        moves = iter(range(10**9))

        def move() -> None:
            n = next(moves)
            step = mf.map.steps[steps[n % len(steps)].id]
            mf.replace(changed(step, x=step.x + 20))

        report("edit: move a step (one commit)", timings_ms(move, 300))

        def add_and_remove() -> None:
            extra = Step("Extra stap", role_id=steps[0].role_id)
            mf.add(extra, index=500)
            mf.remove(extra.id)

        report("edit: add + remove a step (two commits)", timings_ms(add_and_remove, 150))
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()


if __name__ == "__main__":
    main()
