"""Alembic migrations of the job store, shipped in the package and run on start."""
