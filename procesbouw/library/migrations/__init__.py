"""Alembic revisions of the team library's schema (its own chain, not the map files')."""
