"""Column names (and SQL type families) to realistic field kinds, for extraction.

The rules live in :mod:`lookalike.naming`, shared with field lists and
sentences; extraction uses the ones that do not invent values from the name
alone (a ``status`` column's values come from its CHECK list or statistics,
not from a guess).

>>> guess("email", "string").field
{'kind': 'internet', 'attribute': 'email'}
>>> guess("customerLastName", "string").field
{'kind': 'person', 'attribute': 'last_name'}
>>> guess("created_at", "datetime").field
{'kind': 'datetime', 'min_value': 'now-3y', 'max_value': 'now'}
>>> guess("unit_price", "decimal").field["kind"]
'decimal'
>>> guess("mystery", "string") is None
True
"""

from __future__ import annotations

from lookalike.naming import FAMILIES, Guess, words_of
from lookalike.naming import guess as _guess

__all__ = ["FAMILIES", "Guess", "guess", "words_of"]


def guess(name: str, family: str) -> Guess | None:
    """The realistic field for column ``name`` of type ``family``, if a rule knows one."""
    return _guess(name, family, extraction=True)
