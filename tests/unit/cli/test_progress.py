"""The progress bar draws on the CLI's stderr console, which Rich builds on first use."""

from __future__ import annotations

import pytest

from lookalike.cli.errors import stderr, stderr_console
from lookalike.cli.progress import row_progress


def test_a_bar_draws_on_the_stderr_console_and_leaves_it_usable(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with row_progress({"people": 10}, enabled=True, labels={"people": "people (~1 KB)"}) as advance:
        advance("people", 4)
        advance("people", 6)
    # The bar has ended: the console takes plain prints again (no live display stuck on it).
    stderr.print("done")
    assert stderr_console() is stderr_console()
    assert "done" in capsys.readouterr().err


def test_a_disabled_bar_draws_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with row_progress({"people": 10}, enabled=False) as advance:
        advance("people", 10)
    assert capsys.readouterr().err == ""
