"""``python -m lookalike`` runs the CLI."""

from lookalike.cli.main import run

if __name__ == "__main__":
    run()
