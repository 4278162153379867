"""How fast is the team library at the issue's scale? ``python -m bench.bench_library``

Builds a library of 1,000 maps × 3 versions × 200 steps (20 organisations of 50
teams), on the local SQLite default and, when the PostgreSQL binaries are
installed, on a throw-away PostgreSQL server (tests/postgres_server.py). The
rows are bulk-inserted from one published map (set-up, not measured). Then it
times, each next to a floor measured in the same run:

- listing / the portfolio query (``latest_versions``; one organisation too)
  — floor: the same SELECT through the bare driver (sqlite3 / psycopg), fetchall;
- publishing a 200-step map with 10 photos (``Library.publish``: JSON, analysis,
  one transaction) — floor: inserting the same compressed bytes in one transaction;
- opening a version as a map file (``open_version``: fetch, validate, write the
  file, remember the origin) — floor: fetching and decompressing the bytes;

and the Python heap peak (tracemalloc) of listing, publishing and opening at
100 and at 1,000 maps. Targets: listing ≤ 200 ms, publish ≤ 1 s, open ≤ 1 s.
"""

from __future__ import annotations

import io
import json
import statistics
import tempfile
import tracemalloc
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from bench.bench_storage import timings_ms
from bench.generate import generate_map
from procesbouw.exchange import export_json
from procesbouw.library import Library, library_url, open_version
from procesbouw.library.figures import version_figures
from procesbouw.model import Photo, ProcessMap, new_id
from procesbouw.photos import prepare_photo

MAPS, VERSIONS, STEPS, PHOTOS = 1_000, 3, 200, 10
REPEATS = 15
LISTING = (
    "SELECT v.map_id, v.number, v.published_by, v.published_at, v.organisation, v.team, "
    "v.name, v.lead_time, v.rolled_ftr, v.flow_efficiency, v.first_lead_time, v.voices "
    "FROM library_versions v JOIN library_maps m ON m.id = v.map_id "
    "WHERE v.number = m.latest_version ORDER BY v.organisation, v.team, v.name, v.map_id"
)


def photo(seed: int) -> bytes:
    image = Image.new("RGB", (1600, 1200), "#6B8E4E")
    draw = ImageDraw.Draw(image)
    for index in range(150):
        x, y, r = (seed * 97 + index * 37) % 1600, (index * 53) % 1200, 20 + index % 120
        draw.ellipse((x - r, y - r, x + r, y + r), fill=((index * 40) % 256, 90, 160))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return prepare_photo(out.getvalue())[0]


def map_with_photos() -> ProcessMap:
    pm = generate_map(STEPS, seed=3)
    for index in range(PHOTOS):
        pm.add(Photo(photo(index), "image/jpeg", f"Foto {index + 1}"))
    return pm


def fill(library: Library, pm: ProcessMap, maps: int) -> None:
    """``maps`` maps × VERSIONS versions with the content and figures of ``pm``."""
    from sqlalchemy import insert

    from procesbouw.library.store import _CONTENTS, _MAPS, _VERSIONS

    content = zlib.compress(export_json(pm).encode("utf-8"), 1)
    figures = version_figures(pm)
    now = datetime.now(UTC)
    with library._engine.begin() as conn:
        for start in range(0, maps, 100):
            map_rows, version_rows, content_rows = [], [], []
            for index in range(start, min(start + 100, maps)):
                names = {"organisation": f"Organisatie {index % 20:02d}",
                         "team": f"Team {index:04d}", "name": f"Proces {index:04d}"}  # fmt: skip
                map_id = new_id()
                map_rows.append({"id": map_id, "latest_version": VERSIONS, **names})
                for number in range(1, VERSIONS + 1):
                    version_rows.append({
                        "map_id": map_id, "number": number, "published_by": "bench",
                        "published_at": now, "app_version": "bench", **names, **figures,
                    })  # fmt: skip
                    content_rows.append({"map_id": map_id, "number": number, "content": content})
            conn.execute(insert(_MAPS), map_rows)
            conn.execute(insert(_VERSIONS), version_rows)
            conn.execute(insert(_CONTENTS), content_rows)


def heap_peak_mb(run: Callable[[], Any]) -> float:
    tracemalloc.start()
    run()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1024 / 1024


def raw_listing(url: str) -> Callable[[], Any]:
    if url.startswith("sqlite"):
        import sqlite3

        path = url.removeprefix("sqlite:///")
        return lambda: sqlite3.connect(path).execute(LISTING).fetchall()
    import psycopg

    conn = psycopg.connect(url.replace("postgresql+psycopg", "postgresql"))
    return lambda: conn.execute(LISTING).fetchall()  # type: ignore[arg-type]


def raw_insert(library: Library, blob: bytes) -> Callable[[], Any]:
    from sqlalchemy import text

    def run() -> None:
        with library._engine.begin() as conn:
            conn.execute(text("INSERT INTO bench_floor (id, content) VALUES (:id, :c)"),
                         {"id": new_id(), "c": blob})  # fmt: skip

    with library._engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS bench_floor (id TEXT PRIMARY KEY, "
                          "content " + ("BLOB" if library.url.get_backend_name() == "sqlite"
                                        else "BYTEA") + ")"))  # fmt: skip
    return run


def measure(kind: str, url_text: str, folder: Path, pm: ProcessMap) -> list[str]:
    url = library_url(url_text)
    lines = []
    with Library.open(url) as library:
        fill(library, pm, 100)
        small = {
            "listing": heap_peak_mb(library.latest_versions),
        }
        fill(library, pm, MAPS - 100)
        rows = library.latest_versions()
        assert len(rows) == MAPS
        map_id = rows[0].map_id
        opened = iter(range(10_000))

        def open_one() -> None:
            open_version(library, map_id, 2, folder / f"{kind}-{next(opened)}.procesbouw").close()

        def fetch_floor() -> None:
            from sqlalchemy import text

            with library._engine.connect() as conn:
                blob = conn.execute(text("SELECT content FROM library_contents WHERE map_id = :m "
                                         "AND number = 2"), {"m": map_id}).scalar_one()  # fmt: skip
            json.loads(zlib.decompress(blob))

        origin = library.publish(pm, "bench")
        publishing = [origin]

        def publish_one() -> None:
            publishing.append(library.publish(pm, "bench", publishing[-1]))

        blob = zlib.compress(export_json(pm).encode("utf-8"), 1)
        organisation = "Organisatie 07"
        rows_of = [
            ("listing / portfolio, 1,000 maps", lambda: library.latest_versions(),
             raw_listing(url.render_as_string(hide_password=False)), 200),
            ("portfolio of one organisation (50 maps)",
             lambda: library.latest_versions(organisation), None, 200),
            ("publish 200 steps + 10 photos", publish_one, raw_insert(library, blob), 1000),
            ("open a version as a map file", open_one, fetch_floor, 1000),
        ]  # fmt: skip
        for label, item, floor, target in rows_of:
            item_ms = timings_ms(item, 7 if "publish" in label or "open" in label else REPEATS)
            floor_ms = timings_ms(floor, REPEATS) if floor is not None else None
            median = statistics.median(item_ms)
            floor_text = f"{statistics.median(floor_ms):8.1f}" if floor_ms else "       -"
            ratio = f"{median / statistics.median(floor_ms):6.1f}×" if floor_ms else "      -"
            verdict = "ok" if median <= target else "MISSED"
            lines.append(f"{kind:<10} {label:<42} {median:8.1f} {max(item_ms):8.1f} "
                         f"{floor_text} {ratio}  ≤ {target} ms {verdict}")  # fmt: skip
        large = {"listing": heap_peak_mb(library.latest_versions)}
        large["publish"] = heap_peak_mb(publish_one)
        large["open"] = heap_peak_mb(open_one)
        lines.append(
            f"{kind:<10} heap peak (MB): listing {small['listing']:.1f} at 100 maps, "
            f"{large['listing']:.1f} at 1,000; publish {large['publish']:.1f}; "
            f"open {large['open']:.1f} (the 200-step map with 10 photos is "
            f"{len(blob) / 1024 / 1024:.1f} MB compressed)"
        )
    return lines


def main() -> None:
    pm = map_with_photos()
    lines = [f"{'library':<10} {'measurement':<42} {'median':>8} {'max':>8} {'floor':>8} "
             f"{'ratio':>7}  target (ms)"]  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="bench-library-") as name:
        folder = Path(name)
        lines += measure("SQLite", str(folder / "bibliotheek.sqlite"), folder, pm)
        from tests.postgres_server import ServerUnavailable, running_server

        try:
            with running_server() as server:
                lines += measure("PostgreSQL", server.url(server.new_database()), folder, pm)
        except ServerUnavailable as reason:
            lines.append(f"PostgreSQL skipped: {reason}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
