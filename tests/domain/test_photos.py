"""Photos of the LEGO build: checked, upright, scaled down, re-encoded."""

from __future__ import annotations

import io
import os
import zlib

import pytest
from PIL import Image

from procesbouw.model import ValidationError
from procesbouw.photos import MAX_SIDE, NOT_AN_IMAGE, TOO_LARGE, prepare_photo


def _image_bytes(
    size: tuple[int, int], image_format: str, mode: str = "RGB", **save: object
) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, "#C91A09").save(out, image_format, **save)
    return out.getvalue()


def _opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_a_large_jpeg_is_scaled_to_the_long_side() -> None:
    data, mime = prepare_photo(_image_bytes((3000, 1000), "JPEG"))

    assert mime == "image/jpeg"
    image = _opened(data)
    assert image.format == "JPEG"
    assert image.size == (MAX_SIDE, 683)


def test_a_very_large_jpeg_decoded_at_reduced_scale_still_fills_the_long_side() -> None:
    data, _ = prepare_photo(_image_bytes((6000, 4000), "JPEG"))

    assert _opened(data).size == (MAX_SIDE, 1365)


def test_a_small_png_keeps_its_size_and_stays_png() -> None:
    data, mime = prepare_photo(_image_bytes((300, 200), "PNG", mode="RGBA"))

    assert mime == "image/png"
    image = _opened(data)
    assert (image.format, image.size, image.mode) == ("PNG", (300, 200), "RGBA")


def test_a_portrait_phone_photo_is_turned_upright() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to view
    data, _ = prepare_photo(_image_bytes((4000, 3000), "JPEG", exif=exif.tobytes()))

    image = _opened(data)
    assert image.size == (1536, MAX_SIDE)
    assert image.getexif().get(0x0112) in (None, 1)


def test_a_cmyk_jpeg_is_stored_as_rgb() -> None:
    data, mime = prepare_photo(_image_bytes((50, 40), "JPEG", mode="CMYK"))

    assert (mime, _opened(data).mode) == ("image/jpeg", "RGB")


@pytest.mark.parametrize(
    "data",
    [
        b"",
        os.urandom(2048),
        b"\xff\xd8\xff\xe0" + os.urandom(500),  # a JPEG header and garbage
        _image_bytes((100, 100), "JPEG")[:300],  # truncated
        _image_bytes((20, 20), "GIF", mode="P"),  # readable, but not PNG or JPEG
        b"<svg xmlns='http://www.w3.org/2000/svg'/>",
    ],
    ids=["empty", "random", "jpeg-garbage", "truncated", "gif", "svg"],
)
def test_anything_else_is_refused_with_a_clear_message(data: bytes) -> None:
    with pytest.raises(ValidationError) as refused:
        prepare_photo(data)

    assert str(refused.value) == NOT_AN_IMAGE
    assert refused.value.field == "data"


def test_a_decompression_bomb_is_refused_before_decoding() -> None:
    # A PNG header that claims 20,000 × 20,000 pixels: 400 megapixels.
    png = _image_bytes((1, 1), "PNG")
    header = b"IHDR" + (20000).to_bytes(4, "big") * 2 + png[24:29]
    bomb = png[:12] + header + zlib.crc32(header).to_bytes(4, "big") + png[33:]

    with pytest.raises(ValidationError) as refused:
        prepare_photo(bomb)

    assert str(refused.value) == TOO_LARGE
