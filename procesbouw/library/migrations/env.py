"""Alembic environment of the team library: migrates the connection handed over by
``procesbouw.library.connection.prepare``, inside its one transaction."""

from __future__ import annotations

from alembic import context

from procesbouw.library.schema import VERSION_TABLE, LibraryBase

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=LibraryBase.metadata,
    version_table=VERSION_TABLE,
    transactional_ddl=True,
)
context.run_migrations()
