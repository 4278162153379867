"""The library's own Alembic chain builds exactly the tables the code uses."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine
from sqlalchemy.engine import URL

from procesbouw.library import Library, LibrarySetupError
from procesbouw.library.schema import VERSION_TABLE, LibraryBase


def test_migrations_build_exactly_the_schema_of_the_models(url: URL) -> None:
    Library.open(url).close()
    Library.open(url).close()  # a second open finds it up to date
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
            assert list(compare_metadata(context, LibraryBase.metadata)) == []
    finally:
        engine.dispose()


def test_a_library_of_a_newer_procesbouw_is_refused(url: URL) -> None:
    Library.open(url).close()
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"UPDATE {VERSION_TABLE} SET version_num = 'l0099'")
    finally:
        engine.dispose()
    with pytest.raises(LibrarySetupError, match="nieuwere Procesbouw"):
        Library.open(url)
