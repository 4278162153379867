"""Photos for the PDF: decoded with Pillow, shrunk to print size and re-encoded
as JPEG so a map with many phone photos gives a small, quick PDF."""

from __future__ import annotations

import io

from PIL import Image as PILImage
from PIL import ImageOps
from reportlab.platypus import Flowable, Image, Paragraph

from procesbouw.model import Photo
from procesbouw.report import styles as st
from procesbouw.report.text import para

_MAX_PIXELS = 1400  # longest side; enough for a photo printed at most ~17 cm wide
# A photo larger than this is refused rather than decoded (a "decompression bomb").
_MAX_SOURCE_PIXELS = 80_000_000


def photo_flowable(photo: Photo, max_width: float, max_height: float, unreadable: str) -> Flowable:
    """The photo scaled to fit the box with its aspect ratio kept; a short
    note in its place when the bytes are not a readable image."""
    try:
        data, width, height = _print_ready(photo.data)
    except (OSError, ValueError, PILImage.DecompressionBombError):
        return Paragraph(para(unreadable), st.styles()["small"])
    scale = min(max_width / width, max_height / height)
    image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def _print_ready(data: bytes) -> tuple[bytes, int, int]:
    with PILImage.open(io.BytesIO(data)) as source:
        if source.width * source.height > _MAX_SOURCE_PIXELS:
            raise ValueError("photo too large")
        # JPEG can decode at 1/2, 1/4 or 1/8 size directly: far quicker for phone photos.
        source.draft("RGB", (_MAX_PIXELS, _MAX_PIXELS))
        image = ImageOps.exif_transpose(source)  # phones store portrait photos sideways
        image = _on_white(image)
        image.thumbnail((_MAX_PIXELS, _MAX_PIXELS))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=82, optimize=False)
        return out.getvalue(), image.width, image.height


def _on_white(image: PILImage.Image) -> PILImage.Image:
    """RGB with any transparency laid on white paper (JPEG has no alpha)."""
    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        paper = PILImage.new("RGB", rgba.size, "white")
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper
    return image.convert("RGB")
