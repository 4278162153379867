"""Time the PDF export of a 200-step map with 20 findings and 10 photos.

Run: ``.venv/bin/python -m bench.bench_report``. Prints the median of a few
runs; the target is under 3 s on the development machine.
"""

from __future__ import annotations

import io
import statistics
import time

from PIL import Image, ImageDraw

from bench.generate import generate_map
from procesbouw.model import Finding, Photo, ProcessMap, Voice
from procesbouw.report import build_report

RUNS = 3


def phone_photo(seed: int) -> bytes:
    """A 12-megapixel-ish JPEG, like the photos a facilitator takes of the table."""
    image = Image.new("RGB", (4000, 3000), (60 + seed * 10, 140, 70))
    draw = ImageDraw.Draw(image)
    for index in range(40):
        x, y = (index * 397 + seed * 131) % 3600, (index * 251 + seed * 71) % 2700
        draw.rectangle((x, y, x + 380, y + 200), fill=(200, 30 + index * 5, 20))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def bench_map() -> ProcessMap:
    pm = generate_map(200, seed=1)
    step_ids = list(pm.steps)
    for index in range(20):
        story = "Het ging goed toen we elkaar direct belden. " * (5 + index)
        finding = Finding(
            f"Verhaal {index + 1}: wanneer gaat het goed",
            story,
            list(Voice)[index % 3],
            ("direct contact", "vaste planner")[: 1 + index % 2],
            tuple(step_ids[index * 7 : index * 7 + 3]),
        )
        pm.add(finding)
        if index < 10:
            pm.add(Photo(phone_photo(index), "image/jpeg", f"Foto {index + 1}", finding.id))
    return pm


def main() -> None:
    pm = bench_map()
    timings = []
    size = 0
    for _ in range(RUNS):
        out = io.BytesIO()
        start = time.perf_counter()
        build_report(pm, out)
        timings.append(time.perf_counter() - start)
        size = len(out.getvalue())
    print(
        f"report of 200 steps, 20 findings, 10 photos (4000×3000 JPEG): "
        f"median {statistics.median(timings):.2f} s over {RUNS} runs "
        f"(min {min(timings):.2f} s), PDF {size / 1e6:.1f} MB; target < 3 s"
    )


if __name__ == "__main__":
    main()
