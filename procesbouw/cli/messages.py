"""What the subcommands say on stderr, in the language of ``--lang``."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from procesbouw.storage import MapFile


def text(error: Exception, lang: str) -> str:
    """The message of ``error`` in ``lang``: English where the error has an English
    text (storage, exchange and most model errors), Dutch otherwise."""
    english = getattr(error, "message_en", None)
    return english if lang == "en" and isinstance(english, str) else str(error)


def complain(error: Exception, lang: str) -> int:
    """Print why the command could not do its work; returns the exit code 1."""
    print(text(error, lang), file=sys.stderr)
    return 1


def tell_notices(map_file: MapFile, lang: str) -> None:
    """What opening the map did that the user should know (a journal set aside)."""
    for notice in map_file.notices:
        print(notice.en if lang == "en" else notice.nl, file=sys.stderr)
