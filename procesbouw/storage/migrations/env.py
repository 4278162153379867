"""Alembic environment: migrates the connection handed over by ``procesbouw.storage.migrate``.

There is deliberately no engine configuration here: the caller owns the
connection and its single transaction, so a failed migration leaves nothing
half-done.
"""

from __future__ import annotations

from alembic import context

from procesbouw.storage.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    transactional_ddl=True,  # all revisions in the caller's one SQLite transaction
)
context.run_migrations()
