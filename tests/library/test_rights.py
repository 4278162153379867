"""The GRANTs of docs/library.md on a real server: a facilitator publishes, an MT
reader only reads, and nobody but the owner can change or delete a version."""

from __future__ import annotations

import psycopg
import pytest

from procesbouw.library import Library, LibraryAccessError, library_url
from tests.maps import full_map
from tests.postgres_server import PostgresServer

GRANTS = """
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO {facilitator}, {reader};
GRANT SELECT ON ALL TABLES IN SCHEMA public TO {facilitator}, {reader};
GRANT INSERT, UPDATE ON library_maps TO {facilitator};
GRANT INSERT ON library_versions, library_contents TO {facilitator};
"""


def test_the_documented_rights_let_each_role_do_its_part_only(postgres: PostgresServer) -> None:
    database = postgres.new_database()
    Library.open(library_url(postgres.url(database))).close()  # the owner makes the schema
    facilitator, reader = f"{database}_facilitator", f"{database}_reader"
    for role in (facilitator, reader):
        postgres.sql(f"CREATE ROLE {role} LOGIN")
    for statement in GRANTS.format(facilitator=facilitator, reader=reader).split(";"):
        if statement.strip():
            postgres.sql(statement, database)
    with Library.open(library_url(postgres.url(database, user=facilitator))) as library:
        first = library.publish(full_map(), "Anouk")
        library.publish(full_map(), "Anouk", first)
    with Library.open(library_url(postgres.url(database, user=reader))) as library:
        assert [row.number for row in library.latest_versions()] == [2]
        with pytest.raises(LibraryAccessError, match="laat dit niet toe"):
            library.publish(full_map(), "MT", first, anyway=True)
    with psycopg.connect(
        dbname=database, user=facilitator, host=str(postgres.socket_dir), autocommit=True
    ) as conn:
        for statement in (
            "UPDATE library_versions SET published_by = 'iemand anders'",
            "DELETE FROM library_contents",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)  # type: ignore[arg-type]
