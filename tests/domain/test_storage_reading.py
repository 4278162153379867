"""A map is read without SQLAlchemy (``reading``) and written through it
(``records``): both must mean the same tables, and opening must not load it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from procesbouw.model import Measure, Step, Voice
from procesbouw.storage import CorruptMapError, MapFile, schema, tables


def test_the_names_read_are_the_tables_and_columns_written() -> None:
    declared = schema.metadata.tables
    for kind, table in tables.ENTITIES.items():
        links = tables.LINKS.get(kind, {})
        own = {f.name for f in fields(kind) if f.name not in links}
        assert set(declared[table].c.keys()) == own | {"position"}, table
        for link_table, owner, column in links.values():
            assert set(declared[link_table].c.keys()) == {owner, column, "position"}, link_table
    assert {tables.DETAILS, tables.ORIGIN} <= set(declared)


def test_opening_loads_no_sqlalchemy_and_the_first_edit_is_stored(tmp_path: Path) -> None:
    # SQLAlchemy takes ~150 ms to import: a map's window paints before it loads,
    # and the first edit loads it (or the window does, once it has painted).
    path = tmp_path / "kaart.procesbouw"
    MapFile.create(path).close()
    script = (
        "import sys\n"
        "from procesbouw.model import Step\n"
        "from procesbouw.storage import MapFile\n"
        f"mf = MapFile.open({str(path)!r})\n"
        "print('sqlalchemy' in sys.modules)\n"
        "mf.add(Step('Na het openen'))\n"
        "mf.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
    with MapFile.open(path, read_only=True) as reopened:
        assert [s.name for s in reopened.map.steps.values()] == ["Na het openen"]


def test_yes_and_no_survive_a_reopen(tmp_path: Path) -> None:
    # SQLite stores a bool as 0 or 1; the reader makes it a bool again.
    path = tmp_path / "kaart.procesbouw"
    lower = Measure("Wachttijd", Voice.CUSTOMER, "dagen", higher_is_better=False)
    higher = Measure("Werkplezier", Voice.EMPLOYEE, "1–10")
    with MapFile.create(path) as mf:
        mf.add(lower)
        mf.add(higher)
    with MapFile.open(path) as reopened:
        assert list(reopened.map.measures.values()) == [lower, higher]
        assert reopened.map.measures[lower.id].higher_is_better is False


def test_a_number_where_yes_or_no_belongs_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kaart.procesbouw"
    with MapFile.create(path) as mf:
        mf.add(Measure("Wachttijd"))
        mf.add(Step("Intake"))
    with sqlite3.connect(path) as db:
        db.execute("UPDATE measures SET higher_is_better = 2")
    before = path.read_bytes()
    with pytest.raises(CorruptMapError, match="measures"):
        MapFile.open(path)
    assert path.read_bytes() == before
