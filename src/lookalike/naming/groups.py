"""Keep the fields of one latent person (or place, company, account) consistent.

Fields of one ``group`` describe one person per row, so they must agree on
their options: an ``age`` limited to 18..80 makes the row's full name and date
of birth come from the same 18..80-year-old. Field lists set options one field
at a time; :func:`harmonise` spreads them over the group, and moves a field
with a locale of its own into a group of its own.

>>> fields = {"name": {"kind": "person", "attribute": "full_name"},
...           "age": {"kind": "person", "attribute": "age", "min_age": 18, "max_age": 80}}
>>> harmonise(fields)
>>> fields["name"]
{'kind': 'person', 'attribute': 'full_name', 'min_age': 18, 'max_age': 80}
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

_GROUPED = {"person": "person", "address": "address", "company": "company", "finance": "account"}


def harmonise(fields: dict[str, dict[str, Any]]) -> None:
    """Make the fields of each group agree (in place)."""
    for spec in fields.values():
        default = _GROUPED.get(spec.get("kind", ""))
        if default is not None and spec.get("locale"):
            spec["group"] = f"{spec.get('group', default)}_{str(spec['locale']).lower()}"
    people: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for spec in fields.values():
        if spec.get("kind") == "person":
            people[spec.get("group", "person")].append(spec)
    for members in people.values():
        lows = [s["min_age"] for s in members if "min_age" in s]
        highs = [s["max_age"] for s in members if "max_age" in s]
        if not lows and not highs:
            continue
        low, high = min(lows, default=18), max(highs, default=90)
        low, high = min(low, high), max(low, high)
        for spec in members:
            spec["min_age"], spec["max_age"] = low, high
