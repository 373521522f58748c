"""``lookalike preview``'s tables, readable in any terminal width.

A table that fits is shown as it is; a wider one is turned on its side
(fields down, rows across); and when even that does not fit, each row is shown
as a short list of ``field  value`` lines, as ``psql``'s expanded display does.

>>> import pyarrow as pa
>>> data = pa.table({f"column_{i}": ["value"] for i in range(6)})  # 67 characters wide
>>> preview_table(data, "t", 80).columns[0].header
'column_0'
>>> preview_table(data, "t", 40).columns[0].header
'field'
>>> type(preview_table(data, "t", 15)).__name__
'Group'
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa
from rich.console import Group
from rich.table import Table


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _width(columns: list[list[str]]) -> int:
    """Columns of text side by side, with rich's padding and borders."""
    return sum(max(map(len, c), default=0) + 3 for c in columns) + 1


def preview_table(data: pa.Table, title: str, width: int) -> Table | Group:
    """``data`` laid out to fit ``width`` columns of terminal."""
    records = [[_text(v) for v in row.values()] for row in data.to_pylist()]
    names = data.column_names
    as_is = [[name, *(r[i] for r in records)] for i, name in enumerate(names)]
    if _width(as_is) <= width:
        view = Table(title=title, title_justify="left")
        for name in names:
            view.add_column(name, overflow="fold")
        for record in records:
            view.add_row(*record)
        return view
    sideways = [["field", *names], *[[f"row {n + 1}", *r] for n, r in enumerate(records)]]
    if _width(sideways) <= width:
        view = Table(title=f"{title}, one column a row", title_justify="left")
        view.add_column("field", style="bold")
        for n in range(len(records)):
            view.add_column(f"row {n + 1}", overflow="fold")
        for i, name in enumerate(names):
            view.add_row(name, *(r[i] for r in records))
        return view
    parts: list[Table] = []
    for n, record in enumerate(records):
        view = Table(title=f"{title}, row {n + 1}", title_justify="left", show_header=False)
        view.add_column("field", style="bold", no_wrap=True)
        view.add_column("value", overflow="fold")
        for name, value in zip(names, record, strict=True):
            view.add_row(name, value)
        parts.append(view)
    return Group(*parts)
