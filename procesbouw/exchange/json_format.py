"""The JSON exchange format: a whole map, snapshots and photos included.

A versioned envelope around ``serialize.map_to_dict`` (see
``docs/file-format.md``, "JSON exchange format")::

    {"format": "procesbouw-map", "version": 3, "app_version": "0.1.0",
     "exported": "2026-11-24T11:00:00+00:00", "map": {...}}

Reading goes through ``serialize.map_from_dict``, which validates every entity
through the model, so a file can never produce a map the app could not have
made itself. ``import_json`` either returns a complete map or raises an
``ExchangeError``: there is no partial import.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from procesbouw import __version__
from procesbouw.exchange.errors import (
    InvalidMapError,
    NewerVersionError,
    NotJsonError,
    NotOurFormatError,
    TooLargeError,
)
from procesbouw.model import ENTITY_TYPES, Entity, ProcessMap, ValidationError
from procesbouw.serialize import map_from_dict, map_to_dict

FORMAT_NAME = "procesbouw-map"
# 2: sessions, 3: mt_question, 4: steps' measured figures, 5: measures of the three
# voices. Raise when a previous reader would misread the file.
FORMAT_VERSION = 5
MAX_CHARACTERS = 200 * 1024 * 1024  # far beyond any real map, photos included
ENVELOPE_KEYS = ("format", "version", "app_version", "exported", "map")


def export_json(pm: ProcessMap, exported: datetime | None = None) -> str:
    """The whole map as JSON text in the exchange envelope (``exported``: now, UTC)."""
    envelope: dict[str, Any] = {  # keep ENVELOPE_KEYS in step
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "exported": (exported or datetime.now(UTC)).isoformat(timespec="seconds"),
        "map": map_to_dict(pm),
    }
    text = json.dumps(envelope, ensure_ascii=False, indent=2)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (pasted from a broken source) cannot be written as
        # UTF-8; \u-escapes keep it, and json.loads restores it exactly.
        text = json.dumps(envelope, indent=2)
    return text


def import_json(text: str) -> ProcessMap:
    """The complete map in an ``export_json`` text, or an ``ExchangeError``
    (``NotJsonError``, ``NotOurFormatError``, ``NewerVersionError``,
    ``InvalidMapError``, ``TooLargeError``) and no map at all."""
    if len(text) > MAX_CHARACTERS:
        raise TooLargeError(
            "Dit bestand is te groot voor een proceskaart (meer dan 200 MB).",
            "This file is too large to be a process map (more than 200 MB).",
        )
    envelope = _parse(text.removeprefix("\ufeff"))  # editors on Windows may add a BOM
    _check_envelope(envelope)
    try:
        return map_from_dict(envelope["map"])
    except RecursionError as error:
        raise InvalidMapError(
            "De kaart in dit bestand is te diep genest om te lezen.",
            "The map in this file is nested too deeply to read.",
        ) from error
    except (ValidationError, ValueError, TypeError, OverflowError) as error:
        # ValueError & co. come from values the model never sees as such,
        # e.g. an integer too large to be a float.
        english = getattr(error, "message_en", None)
        raise InvalidMapError(
            f"De kaart in dit bestand is ongeldig: {error}",
            f"The map in this file is invalid: {english}"
            if isinstance(english, str)
            else f"The map in this file is invalid (in Dutch): {error}",
        ) from error


def _parse(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise NotJsonError(
            f"Dit is geen leesbaar JSON-bestand (regel {error.lineno}, kolom {error.colno}: "
            f"{error.msg}).",
            f"This is not a readable JSON file (line {error.lineno}, column {error.colno}: "
            f"{error.msg}).",
        ) from error
    except RecursionError as error:
        raise NotJsonError(
            "Dit JSON-bestand is te diep genest om te lezen.",
            "This JSON file is nested too deeply to read.",
        ) from error


def _check_envelope(envelope: Any) -> None:
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT_NAME:
        raise NotOurFormatError(
            f'Dit JSON-bestand is geen Procesbouw-kaart (verwacht "format": "{FORMAT_NAME}").',
            f'This JSON file is not a Procesbouw map (expected "format": "{FORMAT_NAME}").',
        )
    version = envelope.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise InvalidMapError(
            f"Dit bestand heeft geen geldige formaatversie ({repr(version)[:40]}).",
            f"This file has no valid format version ({repr(version)[:40]}).",
        )
    if version > FORMAT_VERSION:
        raise NewerVersionError(version, FORMAT_VERSION)
    unknown = sorted(str(key)[:40] for key in set(envelope) - set(ENVELOPE_KEYS))
    if unknown:
        listed = ", ".join(unknown[:5])
        raise InvalidMapError(
            f"Onbekende velden in dit bestand: {listed}.", f"Unknown fields in this file: {listed}."
        )
    if not isinstance(envelope.get("map"), dict):
        raise InvalidMapError(
            'Dit bestand bevat geen kaart (het onderdeel "map" ontbreekt).',
            'This file holds no map (the "map" part is missing).',
        )


def map_entities(pm: ProcessMap) -> list[Entity]:
    """Every entity of ``pm`` in an order a new map accepts them one by one
    (an entity only points to ones before it): roles, steps, flows, role
    links, findings, experiments, photos, snapshots, sessions."""
    return [entity for kind in ENTITY_TYPES for entity in pm.collection(kind).values()]
