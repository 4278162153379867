"""How fast are the exchange formats? ``python -m bench.bench_exchange``

Prints median timings of every export and import on a generated 1,000-step map,
and of the JSON round trip with 20 photos of 1 MB each (a photo-heavy session),
with the size of what is written. Figures only: nothing is asserted.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

from bench.generate import generate_map
from procesbouw.exchange import (
    export_json,
    export_role_graphml,
    export_step_graphml,
    export_steps_csv,
    import_json,
    import_steps_csv,
)
from procesbouw.model import Photo

REPEATS = 7


def median_ms(run: Callable[[], object]) -> float:
    run()  # warm up: the first call pays for imports
    timings = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        run()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main() -> None:
    pm = generate_map(1_000)
    json_text = export_json(pm)
    csv_text = export_steps_csv(pm)
    rows: list[tuple[str, Callable[[], object], int]] = [
        ("export_json", lambda: export_json(pm), len(json_text.encode())),
        ("import_json", lambda: import_json(json_text), 0),
        ("export_step_graphml", lambda: export_step_graphml(pm), len(export_step_graphml(pm))),
        ("export_role_graphml", lambda: export_role_graphml(pm), len(export_role_graphml(pm))),
        ("export_steps_csv", lambda: export_steps_csv(pm), len(csv_text.encode())),
        ("import_steps_csv", lambda: import_steps_csv(csv_text), 0),
    ]
    photos = generate_map(1_000)
    for number in range(20):
        photos.add(Photo(os.urandom(1_000_000), "image/jpeg", f"Foto {number}"))
    photo_text = export_json(photos)
    rows += [
        ("export_json, 20 MB photos", lambda: export_json(photos), len(photo_text.encode())),
        ("import_json, 20 MB photos", lambda: import_json(photo_text), 0),
    ]
    print(f"{len(pm.steps)} steps, {len(pm.flows)} flows, {len(pm.findings)} findings")
    for name, run, size in rows:
        written = f"{size / 1_000_000:7.2f} MB" if size else ""
        print(f"{name:28} {median_ms(run):8.1f} ms  {written}")


if __name__ == "__main__":
    main()
