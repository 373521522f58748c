"""Dates in order along references and within a row, by construction.

A rental happens after its customer signed up, a payment after its rental, a
return after the rental itself. Extraction writes these as derived fields: the
later date is the earlier one plus a hidden offset, read through the link to
the parent (``rental.rental_date + payment_date_offset * INTERVAL '1 hour'``)
or from the same row. Each cell stays a pure function of its own row and its
parent's row, so no parent table is held in memory.

Only plain date columns with the default range are rewritten: keys, columns
bounded by a CHECK or a partition, and audit stamps (``last_update``) keep
what they had.

>>> _is_event("rental_date"), _is_event("last_update"), _is_later("return_date")
(True, False, True)
>>> _anchor_rank("create_date"), _anchor_rank("birth_date")
(0, 99)
"""

from __future__ import annotations

import re
from typing import Any

from lookalike.extract.sql_columns import BuilderBase

#: Largest gap between a date and the one it follows: days for dates, hours for timestamps.
DAYS_AFTER = 60
HOURS_AFTER = 24 * 14

_LATER = re.compile(r"(?i)(^|_)(return|end|ship|deliver|close|finish|paid|due|to)(_|ed|$)")
_AUDIT = re.compile(r"(?i)(last_?update|updated|modified|changed|deleted|birth|dob)")
_ANCHORS = ("creat", "sign", "regist", "join", "hire", "start", "open", "order", "rental",
            "invoice", "placed", "date")  # fmt: skip


def _is_event(name: str) -> bool:
    return _AUDIT.search(name) is None


def _is_later(name: str) -> bool:
    return _LATER.search(name) is not None


def _anchor_rank(name: str) -> int:
    """How well a parent's column says when the parent began (lower is better)."""
    if not _is_event(name):
        return 99
    return next((i for i, word in enumerate(_ANCHORS) if word in name.lower()), 50)


class DateRules(BuilderBase):
    """Rewrites plain date fields so they follow their row's and their parent's dates."""

    def _date_order(self, out: dict[str, Any], fks: dict[str, list[dict[str, Any]]]) -> None:
        for name in _parents_first(fks):
            fields = out[name]["fields"]
            start = self._follow_parent(name, fields, out, fks[name])
            self._follow_row(name, fields, start)

    def _plain_dates(self, table: str, fields: dict[str, dict[str, Any]]) -> list[str]:
        source = self.tables[table].source
        keys = {c for k in [source.primary_key, *source.unique] for c in k}
        parted = source.partitioned.column if source.partitioned else None
        return [
            c for c, f in fields.items()
            if f.get("kind") in ("date", "datetime") and not f.get("hidden")
            and f.get("min_value") == "now-3y" and f.get("max_value") == "now"
            and c not in keys and c != parted and _is_event(c)
        ]  # fmt: skip

    def _follow_parent(
        self,
        name: str,
        fields: dict[str, dict[str, Any]],
        out: dict[str, Any],
        fks: list[dict[str, Any]],
    ) -> str | None:
        """The row's first event date follows a parent's start; return that column."""
        events = [c for c in self._plain_dates(name, fields) if not _is_later(c)]
        if not events:
            return None
        best: tuple[int, str, str] | None = None
        for fk in fks:
            parent = str(fk["referred_table"])
            column = fk["constrained_columns"][0]
            if parent == name or column not in fields or parent not in out:
                continue
            if fields[column].get("nullable"):
                continue  # no parent row to follow where the reference is null
            link = fields[column].get("link") or parent
            for other, spec in out[parent]["fields"].items():
                if _dated(spec) and not spec.get("hidden") and not spec.get("nullable"):
                    # A parent whose own date follows another comes first: the longest chain.
                    rank = _anchor_rank(other) - (10 if spec.get("kind") == "derived" else 0)
                    if best is None or rank < best[0]:
                        best = (rank, link, other)
        if best is None or best[0] >= 99:
            return None
        _, link, other = best
        self._derive(name, fields, events[0], f"{link}.{other}")
        return events[0]

    def _follow_row(self, name: str, fields: dict[str, dict[str, Any]], start: str | None) -> None:
        """``return_date`` after ``rental_date``: later-sounding dates follow the row's start."""
        dates = [c for c, f in fields.items() if _dated(f)]
        start = start or next((c for c in dates if _is_event(c) and not _is_later(c)), None)
        if start is None:
            return
        for column in self._plain_dates(name, fields):
            if column != start and _is_later(column):
                self._derive(name, fields, column, start)

    def _derive(
        self, table: str, fields: dict[str, dict[str, Any]], column: str, after: str
    ) -> None:
        spec = fields[column]
        kind = spec["kind"]
        offset = f"{column}_after"
        while offset in fields:
            offset += "_"
        step, width = ("1 day", DAYS_AFTER) if kind == "date" else ("1 hour", HOURS_AFTER)
        fields[offset] = {"kind": "integer", "min_value": 0, "max_value": width, "hidden": True}
        derived: dict[str, Any] = {
            "kind": "derived",
            "expr": f"{after} + {offset} * INTERVAL '{step}'",
            "type": kind,
            "nullable": bool(spec.get("nullable", False)),
        }
        if spec.get("null_rate"):
            derived["null_rate"] = spec["null_rate"]
        fields[column] = derived
        self.note(table, column, f"a date after {after}", f"generated as {derived['expr']}")


def _dated(spec: dict[str, Any]) -> bool:
    kind = spec.get("kind")
    return kind in ("date", "datetime") or (
        kind == "derived" and spec.get("type") in ("date", "datetime")
    )


def _parents_first(fks: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Tables with their parents before them (cycles cut where met).

    >>> _parents_first({"b": [{"referred_table": "a"}], "a": []})
    ['a', 'b']
    """
    done: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in done or name in visiting:
            return
        visiting.add(name)
        for fk in fks.get(name, []):
            parent = str(fk["referred_table"])
            if parent in fks and parent != name:
                visit(parent)
        visiting.discard(name)
        done.append(name)

    for name in fks:
        visit(name)
    return done
