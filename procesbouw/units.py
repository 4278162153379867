"""Durations and percentages as facilitators type them.

Times are stored in minutes. They are entered as ``45m``, ``3u``/``3h``,
``2d``/``2 dagen``, ``1,5 uur`` (Dutch decimal comma accepted) or a bare number
of minutes, and shown in the largest unit that states them exactly enough.
A day lasts ``hours_per_day`` hours (24 unless the map says otherwise); a week
is 7 such days when days last 24 h, and 5 working days otherwise.
"""

from __future__ import annotations

import math
import re

from procesbouw.field_rules import MINUTES_MAX
from procesbouw.model import ValidationError

MINUTE = 1.0
HOUR = 60.0

_NUMBER = r"(\d+(?:[.,]\d+)?|[.,]\d+)"
_PART = re.compile(rf"\s*{_NUMBER}\s*([^\d\s.,]*)\s*")

# Every spelling accepted for each unit, Dutch and English, lower case.
_UNIT_WORDS = {
    "minute": ("", "m", "min", "mins", "minuut", "minuten", "minute", "minutes"),
    "hour": ("u", "h", "uur", "uren", "hr", "hrs", "hour", "hours"),
    "day": ("d", "dag", "dagen", "day", "days"),
    "week": ("w", "wk", "week", "weken", "weeks"),
}
_UNIT_OF = {word: unit for unit, words in _UNIT_WORDS.items() for word in words}

_SHORT_UNIT = {
    "nl": {"minute": "min", "hour": "u", "day": "d", "week": "w"},
    "en": {"minute": "min", "hour": "h", "day": "d", "week": "w"},
}


def day_minutes(hours_per_day: float = 24.0) -> float:
    return hours_per_day * HOUR


def week_minutes(hours_per_day: float = 24.0) -> float:
    days = 7 if hours_per_day >= 24 else 5
    return days * day_minutes(hours_per_day)


def _unit_minutes(unit: str, hours_per_day: float) -> float:
    return {
        "minute": MINUTE,
        "hour": HOUR,
        "day": day_minutes(hours_per_day),
        "week": week_minutes(hours_per_day),
    }[unit]


def _to_float(number: str) -> float:
    return float(number.replace(",", "."))


def parse_duration(text: str, hours_per_day: float = 24.0) -> float:
    """Minutes for a typed duration such as ``1,5 uur`` or ``2d 4u``.

    Raises ValidationError with a Dutch message (and ``message_en``) saying what is
    wrong."""
    cleaned = text.strip().lower()
    if not cleaned:
        raise ValidationError(
            "Vul een tijd in, bijvoorbeeld 45m, 3u of 2 dagen.",
            message_en="Enter a time, for example 45m, 3h or 2 days.",
        )
    if cleaned.startswith("-"):
        raise ValidationError(
            "Een tijd kan niet negatief zijn.", message_en="A time cannot be negative."
        )
    total = 0.0
    position = 0
    while position < len(cleaned):
        match = _PART.match(cleaned, position)
        if match is None or match.end() == position:
            raise ValidationError(
                f"'{text.strip()}' is geen tijd. Gebruik bijvoorbeeld 45m, 3u, 1,5 uur of 2 dagen.",
                message_en=f"'{text.strip()}' is not a time. Use for example 45m, 3h, "
                "1.5 hours or 2 days.",
            )
        number, word = match.groups()
        unit = _UNIT_OF.get(word)
        if unit is None:
            raise ValidationError(
                f"Onbekende eenheid '{word}'. "
                "Gebruik m (minuten), u (uren), d (dagen) of w (weken).",
                message_en=f"Unknown unit '{word}'. "
                "Use m (minutes), h (hours), d (days) or w (weeks).",
            )
        total += _to_float(number) * _unit_minutes(unit, hours_per_day)
        position = match.end()
    if not math.isfinite(total) or total > MINUTES_MAX:
        raise ValidationError(
            "Die tijd is onwaarschijnlijk lang.", message_en="That time is implausibly long."
        )
    return total


def format_number(value: float, decimals: int = 1, lang: str = "nl", grouping: bool = False) -> str:
    """``value`` rounded to ``decimals``, trailing zeros dropped, Dutch comma in Dutch;
    thousands grouped (1.234,5) only when asked, since grouped text no longer parses."""
    text = f"{value:,.{decimals}f}" if grouping else f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "nl":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def format_duration(minutes: float, hours_per_day: float = 24.0, lang: str = "nl") -> str:
    """A duration in the largest unit that still states it to within a minute,
    e.g. ``45 min``, ``1,5 u``, ``2 d``. The result parses back with
    ``parse_duration``. Rounded to one decimal in the chosen unit."""
    names = _SHORT_UNIT.get(lang, _SHORT_UNIT["nl"])
    if minutes <= 0:
        return f"0 {names['minute']}"
    for unit in ("day", "hour"):
        size = _unit_minutes(unit, hours_per_day)
        value = minutes / size
        if value >= 1 and abs(round(value, 1) * size - minutes) < 1:
            return f"{format_number(value, 1, lang)} {names[unit]}"
    return f"{format_number(minutes, 1, lang)} {names['minute']}"


def format_duration_rounded(minutes: float, hours_per_day: float = 24.0, lang: str = "nl") -> str:
    """A duration for reading aloud: the largest unit it reaches, one decimal,
    unlike ``format_duration`` which never loses a minute. Days are written out
    and say which day they mean (``5,2 dagen`` of 24 h, ``1 werkdag`` of fewer
    hours), because "2 d" of 8 h and "2 d" of 24 h are very different things."""
    names = _SHORT_UNIT.get(lang, _SHORT_UNIT["nl"])
    day = day_minutes(hours_per_day)
    if minutes >= day:
        value = format_number(minutes / day, 1, lang)
        return f"{value} {day_word(value in ('1', '1.0'), hours_per_day, lang)}"
    if minutes >= HOUR:
        return _hours(minutes, lang)
    if 0 < minutes < 1:
        return f"{format_significant(minutes, lang)} {names['minute']}"
    return f"{format_number(max(minutes, 0), 0, lang)} {names['minute']}"


def format_durations_alike(
    first: float, second: float, hours_per_day: float = 24.0, lang: str = "nl"
) -> tuple[str, str]:
    """Two durations to be read against each other, both in the unit the smaller
    one reaches: ``24,7 u → 19,9 u``, not ``1 dag → 19,9 u`` (one rounded to a
    day, the other not, and the difference of 4,8 u nowhere to be seen)."""
    if HOUR <= min(first, second) < day_minutes(hours_per_day):
        return _hours(first, lang), _hours(second, lang)
    return (
        format_duration_rounded(first, hours_per_day, lang),
        format_duration_rounded(second, hours_per_day, lang),
    )


def _hours(minutes: float, lang: str) -> str:
    """``24,7 u``: hours with one decimal."""
    hour = _SHORT_UNIT.get(lang, _SHORT_UNIT["nl"])["hour"]
    return f"{format_number(minutes / HOUR, 1, lang)} {hour}"


def is_working_day(hours_per_day: float) -> bool:
    """Whether a "day" on this map is a working day (fewer than 24 hours)."""
    return hours_per_day < 24


def day_word(one: bool, hours_per_day: float, lang: str = "nl") -> str:
    """``dag``/``dagen`` for calendar days, ``werkdag``/``werkdagen`` for working days."""
    working = is_working_day(hours_per_day)
    if lang == "en":
        word = "working day" if working else "day"
        return word if one else f"{word}s"
    if working:
        return "werkdag" if one else "werkdagen"
    return "dag" if one else "dagen"


def day_basis(hours_per_day: float, lang: str = "nl") -> str:
    """How this map counts days, in words: shown next to every day figure."""
    hours = format_number(hours_per_day, 1, lang)
    if lang == "en":
        if is_working_day(hours_per_day):
            return f"working days of {hours} hours"
        return "calendar days (24 h)"
    if is_working_day(hours_per_day):
        return f"werkdagen van {hours} uur"
    return "kalenderdagen (24 u)"


def format_significant(value: float, lang: str = "nl", digits: int = 2) -> str:
    """``value`` with at least ``digits`` significant digits below 10 (``0,0094``,
    ``3,4``) and whole above 100 (``123``), so nothing that is not zero reads as
    zero. Trailing zeros dropped, Dutch comma in Dutch, thousands grouped."""
    if value == 0 or not math.isfinite(value):
        return format_number(value, 0, lang)
    size = abs(value)
    decimals = 0 if size >= 100 else max(digits - 1 - math.floor(math.log10(size)), 1)
    if size >= 10 and size < 100:
        decimals = 1
    return format_number(value, decimals, lang, grouping=size >= 1000)


_SMALLEST_PERCENT = 0.001  # anything smaller but not 0 shows as "< 0,001 %"


def format_percent(fraction: float, lang: str = "nl") -> str:
    """A 0..1 fraction as a percentage for every place the app shows one (cards,
    sentences, PDF, CLI): ``83 %`` in Dutch, ``83%`` in English. Whole from 10 %
    up, otherwise two significant digits (``0,4 %``, ``0,0094 %``); a value that
    is not 0 or 100 % never shows as 0 or 100 %. Below 0,001 %, ``< 0,001 %``:
    the first-time-right of a chain of a thousand steps can be 10⁻⁸⁰, and eighty
    zeros say no more than that."""
    value = fraction * 100
    if 0 < value < _SMALLEST_PERCENT:
        number = "< " + format_number(_SMALLEST_PERCENT, 3, lang)
    elif value == 0 or value == 100:
        number = format_number(value, 0, lang)
    elif abs(value) >= 10:
        decimals = 0
        # 99,96 % is not 100 %: add decimals until the difference shows.
        while decimals < 6 and round(value, decimals) in (100, -100):
            decimals += 1
        number = format_number(value, decimals, lang)
    else:
        number = format_significant(value, lang)
    return f"{number}%" if lang == "en" else f"{number} %"


def parse_percentage(text: str) -> float:
    """A percentage from 0 to 100, typed as ``95``, ``95%`` or ``99,5 %``."""
    cleaned = text.strip().rstrip("%").strip()
    try:
        value = _to_float(cleaned)
    except ValueError as error:
        message = f"'{text.strip()}' is geen percentage. Typ een getal van 0 tot 100."
        english = f"'{text.strip()}' is not a percentage. Type a number from 0 to 100."
        raise ValidationError(message, message_en=english) from error
    if not math.isfinite(value) or not 0 <= value <= 100:
        raise ValidationError(
            "Een percentage ligt tussen 0 en 100.",
            message_en="A percentage lies between 0 and 100.",
        )
    return value
