"""Photos of the LEGO build as the map stores them: checked, upright, at most
2048 px on the long side, re-encoded (which also drops EXIF data such as GPS).

Files are data: a file is only accepted when Pillow can decode it as a PNG or a
JPEG, and a file that claims an absurd size is refused before it is decoded.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

from procesbouw.model import ValidationError

MAX_SIDE = 2048  # pixels on the long side of a stored photo
JPEG_QUALITY = 85
# A phone photo has ~50 megapixels at most; more is a decompression bomb, not a photo.
MAX_PIXELS = 100_000_000

NOT_AN_IMAGE = "Dit bestand is geen leesbare PNG- of JPEG-afbeelding."
TOO_LARGE = "Deze afbeelding is te groot om te openen (meer dan 100 megapixel)."

_MIME = {"PNG": "image/png", "JPEG": "image/jpeg"}


def prepare_photo(data: bytes) -> tuple[bytes, str]:
    """The photo as the map stores it, and its mime type ("image/png" or "image/jpeg").

    Raises ValidationError (Dutch message) for anything that is not a readable
    PNG or JPEG, or that is too large to decode safely; nothing is returned then."""
    image_format = _verified_format(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image_format == "JPEG":
                # Decode at 1/2, 1/4 or 1/8 scale when that still covers the stored
                # size: a big phone photo then costs a fraction of a full decode.
                image.draft(image.mode, _stored_size(image.size))
            image.load()
            upright = ImageOps.exif_transpose(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(TOO_LARGE, "data") from error
    except (OSError, SyntaxError, ValueError) as error:  # truncated or corrupt pixel data
        raise ValidationError(NOT_AN_IMAGE, "data") from error
    upright.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    return _encode(upright, image_format), _MIME[image_format]


def _verified_format(data: bytes) -> str:
    """ "PNG" or "JPEG" once the file's structure checks out; refuses everything else."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                image_format = probe.format or ""
                width, height = probe.size
                if image_format not in _MIME:
                    raise ValidationError(NOT_AN_IMAGE, "data")
                if width * height > MAX_PIXELS:
                    raise ValidationError(TOO_LARGE, "data")
                probe.verify()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(TOO_LARGE, "data") from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(NOT_AN_IMAGE, "data") from error
    return image_format


def _stored_size(size: tuple[int, int]) -> tuple[int, int]:
    scale = min(1.0, MAX_SIDE / max(size))
    return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))


def _encode(image: Image.Image, image_format: str) -> bytes:
    out = io.BytesIO()
    if image_format == "PNG":
        image.save(out, "PNG")  # optimize=True costs seconds for a few percent
    else:
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")  # CMYK, RGBA, P: JPEG wants RGB or grey
        image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()
