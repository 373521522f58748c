"""Run the shipped Alembic migrations against a store's database."""

from __future__ import annotations

import importlib.resources

import sqlalchemy as sa


def upgrade(engine: sa.Engine) -> None:
    """Bring the database behind ``engine`` to the newest revision (idempotent)."""
    from alembic import command
    from alembic.config import Config

    folder = importlib.resources.files("lookalike.jobs") / "migrations"
    config = Config()
    config.set_main_option("script_location", str(folder))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
