"""The one error tree of lookalike.

Every error a user can cause is a :class:`LookalikeError`, and each class also
subclasses the builtin it resembles, so ``except ValueError`` keeps working::

    LookalikeError(Exception)
    ├── SpecError(LookalikeError, ValueError)       the spec is malformed or inconsistent
    │   └── CapacityError(SpecError)                a unique field's value space is too small
    ├── OutputError(LookalikeError, OSError)        an output cannot be written
    │   └── DatabaseError(OutputError)              a database is unreachable or refused rows
    └── UnknownFormatError(LookalikeError, ValueError)

Messages name the place, the value and the fix, e.g.
``tables.orders.fields.code: unique space is 676 but rows is 1,000; use a longer pattern``.
"""

from __future__ import annotations


class LookalikeError(Exception):
    """Base class of every error lookalike raises on purpose."""


class SpecError(LookalikeError, ValueError):
    """A spec is malformed, or inconsistent in a way found while planning.

    ``path`` is the dotted location inside the spec (``tables.t.fields.f.min_value``)
    and ``source`` the file it came from, when known.

    >>> str(SpecError("min_value must be <= max_value", path="tables.t.fields.age"))
    'tables.t.fields.age: min_value must be <= max_value'
    """

    def __init__(self, message: str, *, path: str = "", source: str = "") -> None:
        self.message = message
        self.path = path
        self.source = source
        super().__init__(self._render())

    def _render(self) -> str:
        where = ": ".join(part for part in (self.source, self.path) if part)
        return f"{where}: {self.message}" if where else self.message

    def with_source(self, source: str) -> SpecError:
        """Return a copy of this error that also names the file it came from."""
        clone = type(self)(self.message, path=self.path, source=source)
        clone.__cause__ = self.__cause__
        return clone


class CapacityError(SpecError):
    """A unique field cannot hold as many distinct values as the table has rows."""


class OutputError(LookalikeError, OSError):
    """An output file, directory or stream cannot be written."""


class DatabaseError(OutputError):
    """A database cannot be reached, is read-only, or refused rows or a schema."""


class UnknownFormatError(LookalikeError, ValueError):
    """An output format name or file extension lookalike does not write."""
