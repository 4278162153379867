"""The library tests run twice: against a real PostgreSQL server (started once per
test session, see tests/postgres_server.py) and against the SQLite default."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from procesbouw.library import library_url
from tests.postgres_server import PostgresServer, ServerUnavailable, running_server


@pytest.fixture(scope="package")  # started once, stopped when the library tests are done
def postgres() -> Iterator[PostgresServer]:
    try:
        with running_server() as server:
            yield server
    except ServerUnavailable as reason:
        if os.environ.get("PROCESBOUW_REQUIRE_POSTGRES"):  # .ci/run sets it
            pytest.fail(f"no PostgreSQL server: {reason}")
        pytest.skip(f"no PostgreSQL server: {reason}")


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> URL:
    """An empty library of each kind."""
    if request.param == "sqlite":
        return library_url(str(tmp_path / "bibliotheek.sqlite"))
    server: PostgresServer = request.getfixturevalue("postgres")
    return library_url(server.url(server.new_database()))
