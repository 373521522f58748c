"""Alembic environment: runs on the connection :func:`lookalike.jobs.migrate.upgrade` passes."""

from __future__ import annotations

from alembic import context

from lookalike.jobs.schema import metadata


def run() -> None:
    """Apply the migrations on the connection handed over in the config's attributes."""
    connection = context.config.attributes["connection"]
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


# Alembic executes this file; other importers (doctest collection) must not run it.
if getattr(context, "config", None) is not None:
    run()
