"""A small fluent builder for specs in Python.

>>> spec = (
...     SpecBuilder(seed=7)
...     .table("orders", rows=5)
...     .field("id", "sequence", start=100)
...     .field("qty", "integer", min_value=1, max_value=9)
...     .field("total", "derived", expr="qty * 2")
...     .build()
... )
>>> list(spec.tables["orders"].fields)
['id', 'qty', 'total']
"""

from __future__ import annotations

from typing import Any

from lookalike.spec.loading import spec_from_dict


class SpecBuilder:
    """Collects tables and fields, then validates them all at once in :meth:`build`."""

    def __init__(self, *, name: str = "dataset", seed: int | None = None, locale: str = "en_US"):
        self._data: dict[str, Any] = {"name": name, "seed": seed, "locale": locale, "tables": {}}
        self._current: dict[str, Any] | None = None

    def table(self, name: str, *, rows: int = 1000) -> SpecBuilder:
        """Start a table; following :meth:`field` calls add to it."""
        self._current = {"rows": rows, "fields": {}}
        self._data["tables"][name] = self._current
        return self

    def field(self, name: str, kind: str, **options: Any) -> SpecBuilder:
        """Add a field of ``kind`` with its options to the current table."""
        if self._current is None:
            raise ValueError("call .table(name) before .field(...)")
        self._current["fields"][name] = {"kind": kind, **options}
        return self

    def build(self) -> Any:
        """Validate and return the :class:`~lookalike.spec.Dataset`."""
        return spec_from_dict(self._data)
