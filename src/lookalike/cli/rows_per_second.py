"""The progress bar's speed column (its own module: Rich is imported only when a bar is drawn)."""

from __future__ import annotations

from typing import Any

from rich.progress import Task, TextColumn
from rich.text import Text


class RowsPerSecond(TextColumn):
    """Shows the current speed in rows per second.

    >>> RowsPerSecond().text_format
    ''
    """

    def __init__(self) -> None:
        super().__init__("")

    def render(self, task: Task) -> Any:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} rows/s" if speed else "", style="cyan")
