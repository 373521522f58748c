"""Progress display for long runs: rows, rows/s and ETA on a terminal, silence otherwise."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from lookalike.cli.errors import stderr


class RowsPerSecond(TextColumn):
    """Shows the current speed in rows per second."""

    def __init__(self) -> None:
        super().__init__("")

    def render(self, task):  # type: ignore[no-untyped-def]
        from rich.text import Text

        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} rows/s" if speed else "", style="cyan")


def wanted(to_stdout: bool) -> bool:
    """Show progress only on a terminal, and not over rows printed to that terminal."""
    return stderr.is_terminal and not (to_stdout and sys.stdout.isatty())


@contextmanager
def row_progress(
    totals: dict[str, int], enabled: bool, labels: dict[str, str] | None = None
) -> Iterator[Callable[[str, int], None]]:
    """Yield ``advance(table, rows)``; draws a bar per table (named by ``labels``, e.g.
    with its estimated size) when enabled."""
    if not enabled:
        yield lambda _table, _rows: None
        return
    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RowsPerSecond(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=stderr,
        transient=False,
    )
    tasks: dict[str, TaskID] = {}
    with progress:
        for table, total in totals.items():
            tasks[table] = progress.add_task((labels or {}).get(table, table), total=total)

        def advance(table: str, rows: int) -> None:
            progress.advance(tasks[table], rows)

        yield advance
