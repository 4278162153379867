"""The LEGO colours roles are given, and the next one still free on a map."""

from __future__ import annotations

from collections.abc import Iterable

# Official LEGO colours, most recognisable first: red, blue, green, yellow, orange,
# purple, medium azure, lime, pink, brown, grey, black, white. The Rollen dock
# names them (ui/canvas/style.py) in this order.
LEGO_COLOURS: tuple[str, ...] = (
    "#C91A09", "#0055BF", "#237841", "#F2CD37", "#FE8A18", "#81007B", "#36AEBF",
    "#BBE90B", "#FC97AC", "#583927", "#A0A5A9", "#05131D", "#F4F4F4",
)  # fmt: skip


def next_free_colour(used: Iterable[str]) -> str:
    """The first LEGO colour not in ``used``; when all are taken, the least used one,
    so a big map still spreads its colours instead of painting every role blue."""
    counts = {colour: 0 for colour in LEGO_COLOURS}
    for colour in used:
        if colour.upper() in counts:
            counts[colour.upper()] += 1
    return min(LEGO_COLOURS, key=lambda colour: counts[colour])
