"""The ``lookalike`` command line (Typer + Rich)."""
