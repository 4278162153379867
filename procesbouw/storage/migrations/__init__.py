"""Alembic migrations of the map file schema, shipped inside the package and run
programmatically on open (no alembic.ini on the user's machine)."""
