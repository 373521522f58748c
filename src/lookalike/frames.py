"""Generated tables as the DataFrames people use: Arrow, Polars or pandas.

Polars ships with lookalike; pandas is the optional extra ``pandas``
(``pip install 'lookalike[pandas]'``), and asking for it without the extra says so.
pandas gets real dtypes: dates and times as ``datetime64``, decimals as
:class:`~decimal.Decimal` objects or, with ``decimals="float"``, as ``float64``.

>>> import pyarrow as pa, datetime as dt
>>> table = pa.table({"d": pa.array([dt.date(2026, 1, 2)])})
>>> convert(table, "pandas")["d"].dtype.kind
'M'
"""

from __future__ import annotations

from typing import Any, Literal

import pyarrow as pa
import pyarrow.compute as pc

from lookalike.extras import require

Frame = Literal["arrow", "polars", "pandas"]


def convert(table: pa.Table, as_: str, *, decimals: str = "decimal") -> Any:
    """``table`` as ``as_`` ("arrow", "polars" or "pandas")."""
    if as_ == "arrow":
        return table
    if as_ == "polars":
        import polars

        return polars.from_arrow(table)
    if as_ == "pandas":
        require("pandas", "pandas")
        return _to_pandas(table, decimals)
    raise ValueError(f"as_ must be 'arrow', 'polars' or 'pandas', not {as_!r}")


def _to_pandas(table: pa.Table, decimals: str) -> Any:
    if decimals not in ("decimal", "float"):
        raise ValueError(f"decimals must be 'decimal' or 'float', not {decimals!r}")
    columns = []
    for column, field in zip(table.columns, table.schema, strict=True):
        if decimals == "float" and pa.types.is_decimal(field.type):
            column = pc.cast(column, pa.float64())
        columns.append(column)
    converted = pa.Table.from_arrays(columns, names=table.column_names)
    return converted.to_pandas(date_as_object=False)
