"""Reflected SQL types to the type families the naming rules use, with their limits.

>>> import sqlalchemy as sa
>>> family(sa.VARCHAR(40)), family(sa.Numeric(8, 2)), family(sa.Enum("a", "b"))
('string', 'decimal', 'enum')
>>> integer_limits(sa.SmallInteger())
(-32768, 32767)
>>> decimal_limit(sa.Numeric(5, 2))
Decimal('999.99')
>>> from sqlalchemy.dialects import mysql, postgresql
>>> family(postgresql.DOMAIN("year", sa.Integer())), family(mysql.SET("a", "b"))
('integer', 'set')
>>> family(sa.ARRAY(sa.Text())), family(postgresql.JSONB()), family(postgresql.BYTEA())
('array', 'json', 'bytes')
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import sqlalchemy as sa


def base_type(sql_type: Any) -> Any:
    """The type under a PostgreSQL DOMAIN (domains of domains too)."""
    while type(sql_type).__name__ == "DOMAIN" and getattr(sql_type, "data_type", None) is not None:
        sql_type = sql_type.data_type
    return sql_type


def family(sql_type: Any) -> str | None:
    """``string``, ``integer``, ``decimal``, ``float``, ``boolean``, ``date``,
    ``datetime``, ``time``, ``enum``, ``uuid``, ``inet``, and the types written as
    text in the database's own input syntax: ``json``, ``array``, ``bytes``,
    ``interval``, ``tsvector``, ``set`` (MySQL), ``year`` (MySQL); None when
    lookalike has no kind for it. A DOMAIN is its base type."""
    sql_type = base_type(sql_type)
    name = type(sql_type).__name__.upper()
    special = {"SET": "set", "YEAR": "year", "TSVECTOR": "tsvector", "INTERVAL": "interval",
               "MONEY": "decimal", "JSON": "json", "JSONB": "json", "CIDR": "inet",
               "INET": "inet"}  # fmt: skip
    if name in special:
        return special[name]
    if isinstance(sql_type, sa.ARRAY):
        return "array" if family(sql_type.item_type) in _ARRAY_ITEMS else None
    if isinstance(sql_type, sa.JSON):
        return "json"
    if isinstance(sql_type, sa.LargeBinary):
        return "bytes"
    if isinstance(sql_type, sa.Interval):
        return "interval"
    if isinstance(sql_type, sa.Enum):
        return "enum"
    if isinstance(sql_type, sa.Boolean):
        return "boolean"
    if name == "TINYINT" and getattr(sql_type, "display_width", None) == 1:
        return "boolean"  # MySQL spells BOOLEAN as TINYINT(1)
    if isinstance(sql_type, sa.Integer):
        return "integer"
    if isinstance(sql_type, sa.Float) or name in ("REAL", "DOUBLE", "DOUBLE_PRECISION"):
        return "float"
    if isinstance(sql_type, sa.Numeric):
        return "decimal"
    if isinstance(sql_type, sa.DateTime):
        return "datetime"
    if isinstance(sql_type, sa.Date):
        return "date"
    if isinstance(sql_type, sa.Time):
        return "time"
    if isinstance(sql_type, sa.Uuid):
        return "uuid"
    if isinstance(sql_type, sa.String):
        return "string"
    return None


#: Array elements written as text: ``{1,2}``, ``{word,word}``.
_ARRAY_ITEMS = ("integer", "string", "decimal", "float")


def integer_limits(sql_type: Any) -> tuple[int, int]:
    """The smallest and largest value an integer column holds."""
    sql_type = base_type(sql_type)
    name = type(sql_type).__name__.upper()
    unsigned = bool(getattr(sql_type, "unsigned", False))
    bits = 64
    if name == "TINYINT":
        bits = 8
    elif isinstance(sql_type, sa.SmallInteger) or name == "SMALLINT":
        bits = 16
    elif name == "MEDIUMINT":
        bits = 24
    elif not isinstance(sql_type, sa.BigInteger) and name not in ("BIGINT",):
        bits = 32
    if unsigned:
        return 0, 2**bits - 1
    return -(2 ** (bits - 1)), 2 ** (bits - 1) - 1


def decimal_limit(sql_type: Any) -> Decimal | None:
    """The largest value a NUMERIC(p, s) column holds, None when unbounded."""
    sql_type = base_type(sql_type)
    precision = getattr(sql_type, "precision", None)
    scale = getattr(sql_type, "scale", None) or 0
    if precision is None:
        return None
    top: Decimal = Decimal(10) ** (int(precision) - int(scale)) - Decimal(1).scaleb(-int(scale))
    return top


def string_length(sql_type: Any) -> int | None:
    """A string column's length limit, None for TEXT."""
    sql_type = base_type(sql_type)
    length = getattr(sql_type, "length", None)
    return int(length) if length else None
