"""``lookalike`` service commands, added to the main app by ``register``."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    del app  # filled in as the commands land
