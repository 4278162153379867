"""Small helpers for the sentences the analysis reads out, in Dutch and English."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from procesbouw.analysis.results import Explanation
from procesbouw.units import format_duration_rounded, format_percent

# Lists of names longer than this are cut short: a sentence read out to a room
# should not enumerate twenty steps.
_MAX_NAMES = 4


@lru_cache(maxsize=4096)
def duration(minutes: float, hours_per_day: float, lang: str) -> str:
    """Cached: every bottleneck sentence repeats the lead time, and maps repeat times."""
    return format_duration_rounded(minutes, hours_per_day, lang)


def percent(fraction: float, lang: str) -> str:
    """The one percentage format of the app (``units.format_percent``)."""
    return format_percent(fraction, lang)


def quoted(name: str) -> str:
    return f"'{name}'"


def names(items: Sequence[str], lang: str) -> str:
    """``'A', 'B' en 'C'``; more than a few end in ``en 3 andere`` / ``and 3 others``."""
    quoted_names = [quoted(name) for name in items]
    conjunction = "and" if lang == "en" else "en"
    if len(quoted_names) > _MAX_NAMES:
        rest = len(quoted_names) - (_MAX_NAMES - 1)
        others = "others" if lang == "en" else "andere"
        quoted_names = [*quoted_names[: _MAX_NAMES - 1], f"{rest} {others}"]
    if len(quoted_names) <= 1:
        return "".join(quoted_names)
    return f"{', '.join(quoted_names[:-1])} {conjunction} {quoted_names[-1]}"


def times(count: int, lang: str) -> str:
    """``3 keer`` / ``3 times``, ``once`` for one in English."""
    if lang == "en":
        return "once" if count == 1 else f"{count} times"
    return f"{count} keer"


# Why there are no key figures.
NO_STEPS = Explanation(
    nl="Nog geen stappen op de kaart. Zet een eerste stap neer om de doorlooptijd te zien.",
    en="No steps on the map yet. Place a first step to see the lead time.",
)
NO_START = Explanation(
    nl="Elke stap krijgt werk van een andere stap, dus het proces heeft geen begin. "
    "Maak van de overdracht die teruggaat een terugkoppeling om de doorlooptijd te zien.",
    en="Every step receives work from another step, so the process has no start. "
    "Make the handoff that goes back a rework flow to see the lead time.",
)
