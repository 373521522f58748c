"""SQL column types for Arrow types, the one place that decides them.

String columns that take part in a key become ``VARCHAR(255)`` (MySQL cannot
index ``TEXT`` without a prefix length); other strings are ``TEXT``.

>>> from typing import Any

from typing import Any

import pyarrow as pa
>>> sql_type(pa.decimal128(10, 2))
Numeric(precision=10, scale=2)
>>> sql_type(pa.string(), keyed=True)
String(length=255)
>>> sql_type(pa.timestamp("s", "UTC"))
DateTime(timezone=True)
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import pyarrow.types as pat
import sqlalchemy as sa
from sqlalchemy.types import TypeEngine

#: Length of keyed string columns: room for emails, UUIDs and codes.
KEY_STRING_LENGTH = 255


def sql_type(arrow_type: pa.DataType, *, keyed: bool = False) -> TypeEngine[Any]:
    """The SQLAlchemy type that holds every value of ``arrow_type``."""
    if pat.is_dictionary(arrow_type):
        return sql_type(arrow_type.value_type, keyed=keyed)
    if pat.is_boolean(arrow_type):
        return sa.Boolean()
    if pat.is_int8(arrow_type) or pat.is_int16(arrow_type) or pat.is_uint8(arrow_type):
        return sa.SmallInteger()
    if pat.is_int32(arrow_type) or pat.is_uint16(arrow_type):
        return sa.Integer()
    if pat.is_int64(arrow_type) or pat.is_uint32(arrow_type):
        return sa.BigInteger()
    if pat.is_uint64(arrow_type):
        return sa.Numeric(20, 0)
    if pat.is_floating(arrow_type):
        return sa.Float(precision=24) if pat.is_float32(arrow_type) else sa.Double()
    if pat.is_decimal(arrow_type):
        return sa.Numeric(arrow_type.precision, arrow_type.scale)
    if pat.is_date(arrow_type):
        return sa.Date()
    if pat.is_timestamp(arrow_type):
        return sa.DateTime(timezone=arrow_type.tz is not None)
    if pat.is_time(arrow_type):
        return sa.Time()
    if pat.is_string(arrow_type) or pat.is_large_string(arrow_type):
        return sa.String(KEY_STRING_LENGTH) if keyed else sa.Text()
    if pat.is_binary(arrow_type) or pat.is_large_binary(arrow_type):
        return sa.LargeBinary()
    raise TypeError(f"no SQL type for Arrow type {arrow_type}")
