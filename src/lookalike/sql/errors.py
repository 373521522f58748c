"""Errors of the database side, in lookalike's one error tree.

``DatabaseError`` is an :class:`~lookalike.errors.OutputError` (so an
``OSError``): the CLI reports it as one line with exit code 2.

>>> str(DatabaseError("table orders: duplicate key"))
'table orders: duplicate key'
"""

from __future__ import annotations

from lookalike.errors import DatabaseError

__all__ = ["DatabaseError"]
