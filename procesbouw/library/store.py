"""``Library``: publish maps as immutable versions, browse them, fetch one back.

A publish is one transaction: the library map row is locked (``SELECT … FOR
UPDATE`` on PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite), so concurrent
publishers of one map queue and get consecutive numbers; the version row, its
figures and its content are inserted together or not at all. The JSON
payload and the figures are made before the transaction starts, so the lock
is held for a few inserts only.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Row, Select, insert, select, text, update
from sqlalchemy.engine import URL

from procesbouw import __version__
from procesbouw.exchange import export_json, import_json
from procesbouw.exchange.errors import ExchangeError
from procesbouw.library.address import describe, remembered, with_password
from procesbouw.library.connection import (
    NEW_MAP_LOCK,
    create_library_engine,
    prepare,
    translated,
    writing,
)
from procesbouw.library.errors import NewerVersionExistsError, NotInLibraryError
from procesbouw.library.figures import VoiceFigure, stored_voices, version_figures
from procesbouw.library.schema import ContentRow, LibraryBase, MapRow, VersionRow
from procesbouw.model import ProcessMap, new_id
from procesbouw.storage.origin import LibraryOrigin

_MAPS = LibraryBase.metadata.tables[MapRow.__tablename__]
_VERSIONS = LibraryBase.metadata.tables[VersionRow.__tablename__]
_CONTENTS = LibraryBase.metadata.tables[ContentRow.__tablename__]
MAX_CONTENT = (
    400 * 1024 * 1024
)  # decompressed; far beyond any map (the JSON reader stops at 200 MB)


@dataclass(frozen=True)
class LibraryVersion:
    """One published version as the listing and the portfolio show it (no content).
    Figures are minutes and fractions (0..1); None where they could not be measured."""

    map_id: str
    number: int
    latest_version: int  # the newest version of this map, at the time of the query
    published_by: str
    published_at: datetime
    app_version: str
    organisation: str
    team: str
    name: str
    facilitator: str
    session_date: date | None
    hours_per_day: float
    step_count: int
    finding_count: int
    action_count: int
    photo_count: int
    snapshot_count: int
    lead_time: float | None
    lead_time_first_pass: float | None
    process_time: float | None
    flow_efficiency: float | None
    rolled_ftr: float | None
    handoffs: int | None
    first_label: str | None
    first_taken_on: date | None
    first_lead_time: float | None
    first_flow_efficiency: float | None
    first_rolled_ftr: float | None
    voices: tuple[VoiceFigure, ...]  # employee voice first

    @property
    def lead_time_change(self) -> float | None:
        """Relative change of the lead time since the first snapshot (−0.83: 83 % shorter)."""
        if self.lead_time is None or not self.first_lead_time:
            return None
        return (self.lead_time - self.first_lead_time) / self.first_lead_time


_COLUMNS = [f.name for f in fields(LibraryVersion) if f.name != "latest_version"]
_LISTED = select(*(_VERSIONS.c[name] for name in _COLUMNS), _MAPS.c.latest_version).select_from(
    _VERSIONS.join(_MAPS, _MAPS.c.id == _VERSIONS.c.map_id)
)
_ORDER = (_VERSIONS.c.organisation, _VERSIONS.c.team, _VERSIONS.c.name, _VERSIONS.c.map_id)


def _version(row: Row[Any]) -> LibraryVersion:
    values = dict(row._mapping)
    values["voices"] = stored_voices(values["voices"])
    published = values["published_at"]
    if published.tzinfo is None:  # SQLite keeps no time zone: it was stored as UTC
        values["published_at"] = published.replace(tzinfo=UTC)
    return LibraryVersion(**values)


class Library:
    """An open team library. ``Library.open(url)``; close it (or use ``with``).

    Every method raises a ``LibraryError`` (and nothing else from the driver)
    when the library cannot do what was asked."""

    def __init__(self, url: URL, password: str | None = None) -> None:
        self.url = url
        self.address = remembered(url)  # never holds a password
        self.where = describe(url)
        connect_url = with_password(url, password) if password else url
        self._engine = create_library_engine(connect_url)

    @classmethod
    def open(cls, url: URL, password: str | None = None) -> Library:
        """Connect, and create or migrate the library's schema where needed.
        ``password`` (asked from the user) is used for this connection only."""
        library = cls(url, password)
        try:
            with translated(url):
                prepare(library._engine, url)
        except BaseException:
            library.close()
            raise
        return library

    # -- browsing --------------------------------------------------------------------

    def latest_versions(self, organisation: str | None = None) -> list[LibraryVersion]:
        """Every map's newest version (the portfolio), by organisation, team and name."""
        query = _LISTED.where(_VERSIONS.c.number == _MAPS.c.latest_version)
        if organisation is not None:
            query = query.where(_VERSIONS.c.organisation == organisation)
        return self._rows(query.order_by(*_ORDER))

    def versions(self, map_id: str) -> list[LibraryVersion]:
        """All versions of one map, newest first (empty for an unknown map)."""
        query = _LISTED.where(_VERSIONS.c.map_id == map_id)
        return self._rows(query.order_by(_VERSIONS.c.number.desc()))

    def organisations(self) -> list[str]:
        with translated(self.url), self._engine.connect() as conn:
            query = select(_MAPS.c.organisation).distinct().order_by(_MAPS.c.organisation)
            return list(conn.scalars(query))

    def _rows(self, query: Select[Any]) -> list[LibraryVersion]:
        with translated(self.url), self._engine.connect() as conn:
            return [_version(row) for row in conn.execute(query)]

    # -- publishing ------------------------------------------------------------------

    def publish(
        self,
        pm: ProcessMap,
        published_by: str,
        origin: LibraryOrigin | None = None,
        anyway: bool = False,
    ) -> LibraryOrigin:
        """Store ``pm`` as the next version of its library map; returns the new origin.

        ``origin`` (from the map file) says which map and version ``pm`` is based
        on; without one, or with one from another library, a new library map is
        made unless one with the same organisation, team and name exists. When
        the library has a newer version than the base (or an existing map for an
        origin-less publish), NewerVersionExistsError says who and when, unless
        ``anyway`` publishes it as the next version all the same."""
        content = zlib.compress(export_json(pm).encode("utf-8"), 1)
        figures = version_figures(pm)
        details = pm.details
        names = {"organisation": details.organisation, "team": details.team, "name": details.name}
        published_at = datetime.now(UTC)
        with translated(self.url), writing(self._engine) as conn:
            row, base = self._lock_map(conn, names, origin)
            if row is not None and not anyway and (base is None or row.latest_version > base):
                latest = conn.execute(
                    select(_VERSIONS.c.published_by, _VERSIONS.c.published_at).where(
                        _VERSIONS.c.map_id == row.id, _VERSIONS.c.number == row.latest_version
                    )
                ).one()
                at = latest.published_at
                raise NewerVersionExistsError(
                    row.id,
                    row.name,
                    base,
                    row.latest_version,
                    latest.published_by,
                    at if at.tzinfo is not None else at.replace(tzinfo=UTC),
                )
            if row is None:
                map_id, number = new_id(), 1
                conn.execute(insert(_MAPS).values(id=map_id, latest_version=number, **names))
            else:
                map_id, number = row.id, row.latest_version + 1
                conn.execute(
                    update(_MAPS).where(_MAPS.c.id == map_id).values(latest_version=number, **names)
                )
            conn.execute(
                insert(_VERSIONS).values(
                    map_id=map_id,
                    number=number,
                    published_by=published_by,
                    published_at=published_at,
                    app_version=__version__,
                    **names,
                    **figures,
                )
            )
            conn.execute(insert(_CONTENTS).values(map_id=map_id, number=number, content=content))
        return LibraryOrigin(self.address, map_id, number)

    def _lock_map(
        self, conn: Any, names: dict[str, str], origin: LibraryOrigin | None
    ) -> tuple[Any, int | None]:
        """The library map ``pm`` belongs to, locked for this transaction, and the
        version it is based on (None: not based on one of its versions)."""
        locked = select(_MAPS.c.id, _MAPS.c.name, _MAPS.c.latest_version).with_for_update()
        if origin is not None and origin.library == self.address:
            row = conn.execute(locked.where(_MAPS.c.id == origin.map_id)).first()
            if row is not None:
                return row, origin.version
        if conn.dialect.name == "postgresql":  # two first publishes of one map: one makes it
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": NEW_MAP_LOCK})
        same_names = locked.where(*(_MAPS.c[key] == value for key, value in names.items()))
        return conn.execute(same_names.order_by(_MAPS.c.id).limit(1)).first(), None

    # -- fetching --------------------------------------------------------------------

    def fetch(self, map_id: str, number: int | None = None) -> tuple[ProcessMap, LibraryOrigin]:
        """The whole map of version ``number`` (None: the newest) and its origin."""
        with translated(self.url), self._engine.connect() as conn:
            if number is None:
                number = conn.scalar(select(_MAPS.c.latest_version).where(_MAPS.c.id == map_id))
            content = (
                None
                if number is None
                else conn.scalar(
                    select(_CONTENTS.c.content).where(
                        _CONTENTS.c.map_id == map_id, _CONTENTS.c.number == number
                    )
                )
            )
        if content is None or number is None:
            raise NotInLibraryError(
                f"De teambibliotheek ({self.where}) heeft deze kaart of versie niet "
                f"(kaart {map_id}, versie {number or 'nieuwste'}).",
                f"The team library ({self.where}) does not hold this map or version "
                f"(map {map_id}, version {number or 'newest'}).",
            )
        return self._decode(content, map_id, number), LibraryOrigin(self.address, map_id, number)

    def _decode(self, content: bytes, map_id: str, number: int) -> ProcessMap:
        try:
            inflater = zlib.decompressobj()
            raw = inflater.decompress(content, MAX_CONTENT)
            if inflater.unconsumed_tail:
                raise ValueError("content larger than any map")
            return import_json(raw.decode("utf-8"))
        except (zlib.error, ValueError, ExchangeError) as error:
            message = getattr(error, "message_en", str(error))
            raise NotInLibraryError(
                f"Versie {number} van kaart {map_id} in de teambibliotheek is onleesbaar "
                f"({error}).",
                f"Version {number} of map {map_id} in the team library is unreadable ({message}).",
            ) from error

    # -- closing ---------------------------------------------------------------------

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
