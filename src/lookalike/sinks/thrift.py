"""Just enough of Thrift's compact protocol to edit a Parquet footer.

A struct is read into a list of :class:`Field` (id, wire type, value) in wire
order and written back the same way, so an untouched struct round-trips byte
for byte. Values: ints for the integer types, ``bytes`` for binary, a list of
fields for a struct, a :class:`Sequence` for lists and sets, raw bytes for a
map (Parquet's footer has none), and for a boolean field the wire type itself
(``TRUE`` or ``FALSE``) with value ``None``. A :class:`Raw` value is written
as the bytes it holds.

>>> data = bytes([0x15, 0x04, 0x19, 0x1C, 0x16, 0x02, 0x00, 0x00])
>>> fields = read_struct(data)
>>> [(f.id, f.type, f.value) for f in fields][0]
(1, 5, 2)
>>> write_struct(fields) == data
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Compact protocol wire types.
STOP, TRUE, FALSE, BYTE, I16, I32, I64, DOUBLE, BINARY, LIST, SET, MAP, STRUCT = range(13)
_INTEGERS = (I16, I32, I64)


@dataclass
class Field:
    """One field of a struct as it is on the wire."""

    id: int
    type: int
    value: Any


@dataclass
class Sequence:
    """A list or set: the element wire type and the elements."""

    element: int
    items: list[Any]


@dataclass(frozen=True)
class Raw:
    """A value already in wire form (a struct written elsewhere), written as is."""

    data: bytes


def read_struct(data: bytes | memoryview, position: int = 0) -> list[Field]:
    """The fields of the struct starting at ``position`` in ``data``."""
    fields, _ = _Reader(bytes(data), position).struct()
    return fields


def write_struct(fields: list[Field]) -> bytes:
    """The wire bytes of a struct (the inverse of :func:`read_struct`)."""
    out = bytearray()
    _write_struct(out, fields)
    return bytes(out)


def field(fields: list[Field], id: int) -> Field | None:
    """The field numbered ``id``, if the struct has it.

    >>> field([Field(3, I64, 7)], 3).value, field([], 3)
    (7, None)
    """
    return next((f for f in fields if f.id == id), None)


class _Reader:
    def __init__(self, data: bytes, position: int) -> None:
        self.data = data
        self.at = position

    def byte(self) -> int:
        value = self.data[self.at]
        self.at += 1
        return value

    def varint(self) -> int:
        shift = result = 0
        while True:
            b = self.byte()
            result |= (b & 0x7F) << shift
            if not b & 0x80:
                return result
            shift += 7

    def zigzag(self) -> int:
        n = self.varint()
        return (n >> 1) ^ -(n & 1)

    def struct(self) -> tuple[list[Field], int]:
        fields: list[Field] = []
        last = 0
        while True:
            header = self.byte()
            kind = header & 0x0F
            if kind == STOP:
                return fields, self.at
            delta = header >> 4
            last = last + delta if delta else self.zigzag()
            value = None if kind in (TRUE, FALSE) else self.value(kind)
            fields.append(Field(last, kind, value))

    def value(self, kind: int) -> Any:
        if kind in _INTEGERS:
            return self.zigzag()
        if kind == BYTE:
            return self.byte()
        if kind == DOUBLE:
            self.at += 8
            return self.data[self.at - 8 : self.at]
        if kind == BINARY:
            size = self.varint()
            self.at += size
            return self.data[self.at - size : self.at]
        if kind == STRUCT:
            return self.struct()[0]
        if kind in (LIST, SET):
            header = self.byte()
            size = header >> 4 if header >> 4 != 15 else self.varint()
            element = header & 0x0F
            if element in (TRUE, FALSE):
                return Sequence(element, [self.byte() for _ in range(size)])
            return Sequence(element, [self.value(element) for _ in range(size)])
        raise ValueError(f"thrift: unsupported wire type {kind} at byte {self.at}")


def _varint(out: bytearray, n: int) -> None:
    while n > 0x7F:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)


def _zigzag(out: bytearray, n: int) -> None:
    _varint(out, (n << 1) ^ (n >> 63))


def _write_struct(out: bytearray, fields: list[Field]) -> None:
    last = 0
    for f in fields:
        delta = f.id - last
        if 0 < delta <= 15:
            out.append((delta << 4) | f.type)
        else:
            out.append(f.type)
            _zigzag(out, f.id)
        last = f.id
        if f.type not in (TRUE, FALSE):
            _write_value(out, f.type, f.value)
    out.append(STOP)


def _write_value(out: bytearray, kind: int, value: Any) -> None:
    if isinstance(value, Raw):
        out += value.data
    elif kind in _INTEGERS:
        _zigzag(out, value)
    elif kind == BYTE:
        out.append(value)
    elif kind == DOUBLE:
        out += value
    elif kind == BINARY:
        _varint(out, len(value))
        out += value
    elif kind == STRUCT:
        _write_struct(out, value)
    elif kind in (LIST, SET):
        size = len(value.items)
        if size < 15:
            out.append((size << 4) | value.element)
        else:
            out.append(0xF0 | value.element)
            _varint(out, size)
        if value.element in (TRUE, FALSE):
            out += bytes(value.items)
        else:
            for item in value.items:
                _write_value(out, value.element, item)
    else:
        raise ValueError(f"thrift: unsupported wire type {kind}")
