"""How long does adding a photo take? ``python -m bench.bench_photos``

Prints the median time of ``prepare_photo`` (check, turn upright, scale to at most
2048 px, re-encode) for phone-sized photos: a 12 MP and a 48 MP JPEG and a 12 MP
PNG, with the size in and out. It runs on the UI thread when a photo is dropped,
so a 12 MP JPEG should stay well under half a second.
"""

from __future__ import annotations

import io
import random
import statistics
import time

from PIL import Image, ImageDraw, ImageFilter

from procesbouw.photos import prepare_photo


def photo_bytes(size: tuple[int, int], image_format: str) -> bytes:
    """Something photo-like (shapes and blur compress like a real photo, flat colour doesn't)."""
    rng = random.Random(7)
    image = Image.new("RGB", size, "#6B8E4E")
    draw = ImageDraw.Draw(image)
    for _ in range(400):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        r = rng.randrange(20, 200)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    image = image.filter(ImageFilter.GaussianBlur(3))
    out = io.BytesIO()
    image.save(out, image_format, **({"quality": 92} if image_format == "JPEG" else {}))
    return out.getvalue()


def main() -> None:
    for label, size, image_format in (
        ("12 MP JPEG (4000 × 3000)", (4000, 3000), "JPEG"),
        ("48 MP JPEG (8000 × 6000)", (8000, 6000), "JPEG"),
        ("12 MP PNG (4000 × 3000)", (4000, 3000), "PNG"),
    ):
        data = photo_bytes(size, image_format)
        prepare_photo(data)  # warm up: imports and codecs
        times = []
        for _ in range(5):
            start = time.perf_counter()
            stored, _mime = prepare_photo(data)
            times.append((time.perf_counter() - start) * 1000)
        print(
            f"{label:<28} median {statistics.median(times):7.0f} ms   "
            f"{len(data) / 1e6:5.1f} MB → {len(stored) / 1e6:4.2f} MB"
        )


if __name__ == "__main__":
    main()
