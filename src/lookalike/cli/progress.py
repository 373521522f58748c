"""Progress display for long runs: rows, rows/s and ETA on a terminal, silence otherwise."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from lookalike.cli.errors import stderr, stderr_console

if TYPE_CHECKING:
    from rich.progress import TaskID


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
    # Rich is imported only when a bar is drawn (quiet and piped runs start faster).
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from lookalike.cli.rows_per_second import RowsPerSecond

    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RowsPerSecond(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=stderr_console(),
        transient=False,
    )
    tasks: dict[str, TaskID] = {}
    with progress:
        for table, total in totals.items():
            tasks[table] = progress.add_task((labels or {}).get(table, table), total=total)

        def advance(table: str, rows: int) -> None:
            progress.advance(tasks[table], rows)

        yield advance
