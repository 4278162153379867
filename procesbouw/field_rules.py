"""What any field of an entity may hold, whatever the entity: the first rule of every edit.

Each field must have the type its annotation says (a map file or an import can
put text in a number column, NULL in a name), numbers must be finite and within
a sane range, texts within a sane length. The rules that depend on the map (a
flow between existing steps, FTR 0–100) follow in ``procesbouw.map_rules``.

The bounds keep every later step fast and exact: a 1 MB step name made the PDF
report take minutes, 1e308 minutes of wait turned the lead time into infinity.
"""

from __future__ import annotations

import math
import typing
from dataclasses import fields
from datetime import date
from enum import StrEnum
from functools import cache
from types import UnionType
from typing import Any

from procesbouw.entities import ValidationError

NAME_MAX = 500  # names, titles, labels, owners, captions, tags, ids
TEXT_MAX = 20_000  # stories, notes, descriptions: a few pages
MINUTES_MAX = 10 * 365 * 24 * 60.0  # ten years: longer is a typing error, not a process
POSITION_MAX = 10_000_000.0  # canvas coordinates
NUMBER_MAX = 1e9  # any other number (shares, percentages and hours have tighter rules)

_LONG_TEXTS = frozenset({"story", "note", "description"})
_MINUTES = frozenset({"process_minutes", "wait_minutes"})
_POSITIONS = frozenset({"x", "y"})

# (Dutch, English) names of fields for messages; other fields go by their own name.
_LABELS: dict[str, tuple[str, str]] = {
    "name": ("De naam", "The name"),
    "title": ("De titel", "The title"),
    "story": ("Het verhaal", "The story"),
    "note": ("De notitie", "The note"),
    "description": ("De beschrijving", "The description"),
    "label": ("De naam", "The name"),
    "owner": ("De eigenaar", "The owner"),
    "caption": ("Het bijschrift", "The caption"),
    "tags": ("Een kenmerk", "A tag"),
    "team": ("Het team", "The team"),
    "organisation": ("De organisatie", "The organisation"),
    "facilitator": ("De facilitator", "The facilitator"),
    "process_minutes": ("De bewerkingstijd", "The process time"),
    "wait_minutes": ("De wachttijd", "The wait time"),
    "x": ("De positie", "The position"),
    "y": ("De positie", "The position"),
}


# (Dutch, English) nouns of the enumerated fields: "Onbekende fase."
_ENUM_NOUNS: dict[str, tuple[str, str]] = {
    "phase": ("fase", "phase"),
    "kind": ("soort", "kind"),
    "voice": ("stem", "voice"),
    "form": ("vorm van verandering", "form of change"),
    "status": ("status", "status"),
}


def _label(name: str) -> tuple[str, str]:
    return _LABELS.get(name, (f"Veld '{name}'", f"Field '{name}'"))


@cache
def _hints(kind: Any) -> dict[str, Any]:
    return typing.get_type_hints(kind)  # resolved in the module that defines ``kind``


def check_fields(entity: Any) -> None:
    """Raise ValidationError (Dutch message, ``message_en`` English) if a field of
    ``entity`` has the wrong type, a non-finite or absurd number, or too much text."""
    kind: Any = type(entity)
    hints = _hints(kind)
    for f in fields(entity):
        _check_value(f.name, getattr(entity, f.name), hints[f.name])


def _check_value(name: str, value: Any, hint: Any) -> None:
    if isinstance(hint, UnionType) or typing.get_origin(hint) is typing.Union:
        options = [h for h in typing.get_args(hint) if h is not type(None)]
        if value is None and len(options) < len(typing.get_args(hint)):
            return
        hint = options[0]
    origin = typing.get_origin(hint)
    if origin is tuple:
        if not isinstance(value, tuple):
            _wrong(name, "een lijst", "a list")
        for item in value:
            _check_value(name, item, typing.get_args(hint)[0])
    elif hint is str:
        _check_text(name, value)
    elif hint is float or hint is int:
        _check_number(name, value)
    elif hint is date:
        if not isinstance(value, date):
            _wrong(name, "een datum", "a date")
    elif hint is bytes:
        if not isinstance(value, bytes):
            _wrong(name, "binaire gegevens", "binary data")
    elif isinstance(hint, type) and issubclass(hint, StrEnum):
        if not isinstance(value, str) or value not in hint._value2member_map_:
            nl, en = _ENUM_NOUNS.get(name, (name, name))
            raise ValidationError(f"Onbekende {nl}.", name, f"Unknown {en}.")
    elif isinstance(hint, type) and not isinstance(value, hint):
        _wrong(name, hint.__name__, hint.__name__)


def _check_text(name: str, value: Any) -> None:
    if not isinstance(value, str):
        _wrong(name, "tekst", "text")
    limit = TEXT_MAX if name in _LONG_TEXTS else NAME_MAX
    if len(value) > limit:
        nl, en = _label(name)
        raise ValidationError(
            f"{nl} is te lang: hooguit {_dutch(limit)} tekens, dit zijn er {_dutch(len(value))}.",
            name,
            f"{en} is too long: at most {limit:,} characters, this has {len(value):,}.",
        )


def _dutch(count: int) -> str:
    return f"{count:,}".replace(",", ".")


def _check_number(name: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        _wrong(name, "een getal", "a number")
    if not math.isfinite(value):
        _wrong(name, "een eindig getal", "a finite number")
    limit = MINUTES_MAX if name in _MINUTES else POSITION_MAX if name in _POSITIONS else NUMBER_MAX
    if abs(value) > limit:
        nl, en = _label(name)
        if name in _MINUTES:
            raise ValidationError(
                f"{nl} is te groot: hooguit tien jaar.", name, f"{en} is too large: 10 years max."
            )
        raise ValidationError(
            f"{nl} is te groot: hooguit {limit:g}.", name, f"{en} is too large: {limit:g} at most."
        )


def _wrong(name: str, what_nl: str, what_en: str) -> typing.NoReturn:
    nl, en = _label(name)
    raise ValidationError(f"{nl} moet {what_nl} zijn.", name, f"{en} must be {what_en}.")
