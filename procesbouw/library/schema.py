"""The tables of a team library (library schema version 1).

``library_maps`` has one row per map (a team's process), ``library_versions``
one per published version with the key figures the analysis computed at
publish time, so browsing and the portfolio are plain queries over columns.
The map itself (the JSON exchange format, photos and snapshots included,
zlib-compressed) sits in ``library_contents``, read only when a version is
opened. Versions are inserted, never updated or deleted (see docs/library.md
for the GRANTs that make that a rule of the server, not only of the app).

The Alembic revisions in ``migrations/versions`` build this; a test proves
both agree.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

LIBRARY_SCHEMA_VERSION = 1  # the Alembic head revision is "l0001"
VERSION_TABLE = "procesbouw_library_version"  # Alembic's bookkeeping table


class LibraryBase(DeclarativeBase):
    pass


class MapRow(LibraryBase):
    """A map in the library: its names as last published, and its newest version."""

    __tablename__ = "library_maps"
    __table_args__ = (
        CheckConstraint("latest_version >= 1", name="latest_version"),
        Index("library_maps_names", "organisation", "team", "name"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    organisation: Mapped[str] = mapped_column(Text)
    team: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    latest_version: Mapped[int] = mapped_column(Integer)


class VersionRow(LibraryBase):
    """One published version, immutable. Figures are None when the map could not
    be analysed (no steps, no start); the ``first_*`` columns are the key figures
    of the map's first snapshot (None without snapshots)."""

    __tablename__ = "library_versions"
    __table_args__ = (CheckConstraint("number >= 1", name="number"),)
    map_id: Mapped[str] = mapped_column(ForeignKey("library_maps.id"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    published_by: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    app_version: Mapped[str] = mapped_column(String(32))
    organisation: Mapped[str] = mapped_column(Text)
    team: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    facilitator: Mapped[str] = mapped_column(Text)
    session_date: Mapped[date | None] = mapped_column(Date)
    hours_per_day: Mapped[float] = mapped_column(Float)
    step_count: Mapped[int] = mapped_column(Integer)
    finding_count: Mapped[int] = mapped_column(Integer)
    action_count: Mapped[int] = mapped_column(Integer)
    photo_count: Mapped[int] = mapped_column(Integer)
    snapshot_count: Mapped[int] = mapped_column(Integer)
    lead_time: Mapped[float | None] = mapped_column(Float)  # expected, minutes
    lead_time_first_pass: Mapped[float | None] = mapped_column(Float)
    process_time: Mapped[float | None] = mapped_column(Float)
    flow_efficiency: Mapped[float | None] = mapped_column(Float)  # 0..1
    rolled_ftr: Mapped[float | None] = mapped_column(Float)  # 0..1
    handoffs: Mapped[int | None] = mapped_column(Integer)
    first_label: Mapped[str | None] = mapped_column(Text)
    first_taken_on: Mapped[date | None] = mapped_column(Date)
    first_lead_time: Mapped[float | None] = mapped_column(Float)
    first_flow_efficiency: Mapped[float | None] = mapped_column(Float)
    first_rolled_ftr: Mapped[float | None] = mapped_column(Float)
    voices: Mapped[str] = mapped_column(Text)  # JSON list, see figures.voice_figures


class ContentRow(LibraryBase):
    """The whole map of one version: zlib-compressed JSON exchange format."""

    __tablename__ = "library_contents"
    __table_args__ = (
        ForeignKeyConstraint(
            ["map_id", "number"], ["library_versions.map_id", "library_versions.number"]
        ),
    )
    map_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)
