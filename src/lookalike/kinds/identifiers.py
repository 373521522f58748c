"""Identifiers: sequences, UUIDs (v4, v7) and pattern codes like ``ORD-#####-??``.

>>> from lookalike.spec import PatternField
>>> column = compile_pattern(PatternField(pattern="AB-##"), ENV)
>>> column.capacity
100
>>> column.at(None, np.array([7, 42], dtype=np.uint64)).to_pylist()
['AB-07', 'AB-42']
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pyarrow as pa

from lookalike.errors import SpecError
from lookalike.kinds.base import BlockContext, Column, Env, int64_array, register
from lookalike.kinds.numeric import ENV
from lookalike.kinds.temporal import _EPOCH, resolve_time_point
from lookalike.native.digits import render as render_digits
from lookalike.native.fixed import pattern_text
from lookalike.native.fixed import uuid_text as compiled_uuid_text
from lookalike.permutation import mix64
from lookalike.randomness import column_key
from lookalike.spec import PatternField, SequenceField, UuidField
from lookalike.strings import fixed_width_strings, mixed_radix_digits, uuid_text

__all__ = ["ENV", "compile_pattern", "compile_sequence", "compile_uuid"]


@dataclass(frozen=True)
class SequenceColumn(Column):
    start: int
    step: int
    arrow_type: pa.DataType = pa.int64()
    positional: bool = True

    def check_rows(self, rows: int, path: str) -> None:
        last = self.start + self.step * max(rows - 1, 0)
        if not -(2**63) <= last < 2**63:
            raise SpecError(
                f"the sequence reaches {last:,} at row {rows:,}, beyond 64-bit integers; "
                "lower start or step",
                path=path,
            )

    def at_rows(self, ctx: BlockContext) -> pa.Array:
        rows = np.arange(ctx.start, ctx.start + ctx.rows, dtype=np.int64)
        return int64_array(self.start + self.step * rows)

    def at_row_numbers(self, rows: np.ndarray) -> pa.Array:
        return int64_array(self.start + self.step * rows.astype(np.int64))


@register("sequence")
def compile_sequence(spec: SequenceField, env: Env) -> Column:
    """Compile a ``sequence`` field."""
    return SequenceColumn(spec.start, spec.step)


_UNIQUE_UUID_SPACE = 2**62
_U = np.uint64


@dataclass(frozen=True)
class UuidColumn(Column):
    version: int
    low_ms: int
    high_ms: int
    arrow_type: pa.DataType = pa.string()
    capacity: int = _UNIQUE_UUID_SPACE

    def index_only(self) -> bool:
        return True

    def _halves(self, ctx: BlockContext) -> tuple[np.ndarray, np.ndarray]:
        """Random high and low 64-bit halves with version and variant bits set."""
        # Row-major: row i takes words 2i and 2i+1, whatever the block's length.
        raw = ctx.raw(2 * ctx.rows).reshape(ctx.rows, 2).T
        high = raw[0] & _U(0xFFFFFFFFFFFF0FFF)
        if self.version == 7:
            millis = ctx.rng("time").integers(self.low_ms, self.high_ms, ctx.rows, endpoint=True)
            high = (millis.astype(np.uint64) << _U(16)) | (high & _U(0x0FFF))
        high |= _U(self.version << 12)
        low = (raw[1] & _U(0x3FFFFFFFFFFFFFFF)) | _U(0x8000000000000000)
        return high, low

    def sample(self, ctx: BlockContext) -> pa.Array:
        return _uuid_text(*self._halves(ctx))

    def at(self, ctx: BlockContext, index: np.ndarray) -> pa.Array:
        # The low 62 bits carry the (permuted) index: distinct by construction.
        # The high half is a keyed hash of the index, not a block draw, so any
        # row's key can be recomputed alone (a foreign key in another table).
        key = column_key(ctx.seed, ctx.table, ctx.column, "uuid-high")
        index = index.astype(np.uint64)
        with np.errstate(over="ignore"):
            high = mix64(index, _U(key[0])) & _U(0xFFFFFFFFFFFF0FFF)
            if self.version == 7:
                span = _U(self.high_ms - self.low_ms + 1)
                millis = _U(self.low_ms) + mix64(index, _U(key[1])) % span
                high = (millis << _U(16)) | (high & _U(0x0FFF))
        high |= _U(self.version << 12)
        return _uuid_text(high, index | _U(0x8000000000000000))


@register("uuid")
def compile_uuid(spec: UuidField, env: Env) -> Column:
    """Compile a ``uuid`` field."""
    low = resolve_time_point(spec.min_value, env.reference_time, f"{env.path}.min_value")
    high = resolve_time_point(spec.max_value, env.reference_time, f"{env.path}.max_value")
    if low > high:
        raise SpecError("min_value is after max_value; swap them", path=env.path)
    to_ms = 1000
    return UuidColumn(
        spec.version,
        int((low - _EPOCH).total_seconds() * to_ms),
        int((high - _EPOCH).total_seconds() * to_ms),
    )


_CLASSES = {
    "#": b"0123456789",
    "%": b"123456789",
    "?": b"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "@": b"abcdefghijklmnopqrstuvwxyz",
    "*": b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    "^": b"0123456789abcdef",
}
_MAX_INDEX_SPACE = 2**63


@dataclass(frozen=True)
class PatternColumn(Column):
    template: bytes  # literal bytes, placeholders anywhere
    slots: tuple[int, ...]  # byte offset of each placeholder
    alphabets: tuple[bytes, ...]
    indexed_from: int  # slots from here on are driven by the index
    arrow_type: pa.DataType = pa.string()
    widen_hint = "lengthen the pattern"

    @property
    def capacity(self) -> int:  # type: ignore[override]
        return math.prod(len(a) for a in self.alphabets[self.indexed_from :])

    def _digits(self, ctx: BlockContext, rows: int, first: int) -> np.ndarray:
        """Random digits for slots ``[0, first)``, one row per slot.

        Each digit scales 32 random bits by its radix (bias below radix / 2**32,
        far under any test's resolution): two vector operations per slot.
        """
        bits = ctx.raw((first + 1) // 2 * rows, "pattern-prefix").view(np.uint32)
        return self._scale(bits, rows, first)

    def _scale(self, bits: np.ndarray, rows: int, first: int) -> np.ndarray:
        # Row-major (row i's digits are consecutive draws), then one row per slot.
        scaled = bits[: first * rows].reshape(rows, first).T.astype(np.float64)
        scaled *= np.array([len(a) / 2**32 for a in self.alphabets[:first]])[:, None]
        return scaled

    def _render(self, digits: np.ndarray, rows: int) -> pa.Array:
        """Text from one digit row per slot: built column-major, then transposed once."""
        width = len(self.template)
        columns = np.empty((width, rows), dtype=np.uint8)
        literal = np.frombuffer(self.template, dtype=np.uint8)
        slot_of = dict(zip(self.slots, range(len(self.slots)), strict=True))
        for position in range(width):
            slot = slot_of.get(position)
            if slot is None:
                columns[position] = literal[position]
                continue
            alphabet = np.frombuffer(self.alphabets[slot], dtype=np.uint8)
            index = digits[slot].astype(np.uint8)
            if _is_run(alphabet):  # contiguous ASCII range: one add instead of a lookup
                np.add(index, alphabet[0], out=columns[position])
            else:
                columns[position] = alphabet[index]
        return fixed_width_strings(np.ascontiguousarray(columns.T))

    def _from_index(self, index: np.ndarray, digits: np.ndarray) -> None:
        """Fill the index-driven slots with the mixed-radix digits of ``index``."""
        rest = index.astype(np.float64)
        if self.capacity >= 2**53:  # beyond float64's exact integers: use integer maths
            for slot, part in zip(
                range(self.indexed_from, len(self.slots)),
                mixed_radix_digits(index, [len(a) for a in self.alphabets[self.indexed_from :]]),
                strict=True,
            ):
                digits[slot] = part
            return
        for slot in range(len(self.slots) - 1, self.indexed_from - 1, -1):
            radix = float(len(self.alphabets[slot]))
            quotient = np.floor(rest / radix)
            digits[slot] = rest - quotient * radix
            rest = quotient

    def sample(self, ctx: BlockContext) -> pa.Array:
        count, rows = len(self.slots), ctx.rows
        bits = ctx.raw((count + 1) // 2 * rows).view(np.uint32)
        done = pattern_text(bits, rows, self.template, self.slots, self.alphabets)
        if done is not None:  # the compiled kernel, from the same bits
            return done
        return self._render(self._scale(bits, rows, count), rows)

    def index_only(self) -> bool:
        return not self.indexed_from

    def _radix_layout(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, str] | None:
        # Worked out once per process (the column is frozen; the plan pickles it).
        return _radix_layouts(self)

    def at(self, ctx: BlockContext | None, index: np.ndarray) -> pa.Array:
        rows = len(index)
        radix = None if self.indexed_from else self._radix_layout()
        if radix is not None:  # every slot from the index, each of ten choices at most
            text = render_digits(index.astype(np.uint64, copy=False), *radix)
            if text is not None:
                return text
        if self.indexed_from:
            assert ctx is not None  # random leading slots exist only with a context
            digits = self._digits(ctx, rows, self.indexed_from)
        else:
            digits = np.empty((0, rows))
        digits = np.concatenate([digits, np.empty((len(self.slots) - self.indexed_from, rows))])
        self._from_index(index, digits)
        return self._render(digits, rows)


@lru_cache(maxsize=64)
def _radix_layouts(column: PatternColumn) -> tuple[np.ndarray, np.ndarray, np.ndarray, str] | None:
    """The pattern as a one-template numbering plan for the compiled mixed-radix
    renderer (the digits ``_from_index`` gives, the last slot least significant):
    starts, sizes, digits and a layout with ``#`` at each slot; None when a slot
    has more than ten choices or the text has a ``#`` or a byte that is not ASCII."""
    if not column.template.isascii() or any(len(a) > 10 for a in column.alphabets):
        return None
    layout = bytearray(column.template)
    if b"#" in bytes(b for i, b in enumerate(layout) if i not in set(column.slots)):
        return None
    for slot in column.slots:
        layout[slot] = ord("#")
    count = len(column.slots)
    sizes = np.array([[len(a) for a in column.alphabets]], dtype=np.int64).reshape(1, count)
    digits = np.zeros((1, count, 10), dtype=np.uint8)
    for k, alphabet in enumerate(column.alphabets):
        digits[0, k, : len(alphabet)] = np.frombuffer(alphabet, dtype=np.uint8)
    return np.zeros(1, dtype=np.uint64), sizes, digits, layout.decode("ascii")


def _is_run(alphabet: np.ndarray) -> bool:
    return bool(np.all(np.diff(alphabet.astype(np.int16)) == 1))


@register("pattern")
def compile_pattern(spec: PatternField, env: Env) -> Column:
    """Compile a ``pattern`` field into a byte template with placeholder slots."""
    template = bytearray()
    slots: list[int] = []
    alphabets: list[bytes] = []
    escaped = False
    for char in spec.pattern:
        if not escaped and char == "\\":
            escaped = True
            continue
        if not escaped and char in _CLASSES:
            slots.append(len(template))
            alphabets.append(_CLASSES[char])
            template.append(ord("_"))
        else:
            template.extend(char.encode())
        escaped = False
    # The index drives the longest run of trailing slots whose space fits in 63 bits.
    indexed_from, space = len(slots), 1
    while indexed_from > 0 and space * len(alphabets[indexed_from - 1]) <= _MAX_INDEX_SPACE:
        indexed_from -= 1
        space *= len(alphabets[indexed_from])
    if not slots and spec.unique:
        raise SpecError(
            "this pattern has no placeholders, so it has one value; add # ? @ * % or ^",
            path=f"{env.path}.pattern",
        )
    return PatternColumn(bytes(template), tuple(slots), tuple(alphabets), indexed_from)


def _uuid_text(high: np.ndarray, low: np.ndarray) -> pa.StringArray:
    """UUID text from the compiled kernel, or numpy's when it is not built (same bytes)."""
    compiled = compiled_uuid_text(high, low)
    return compiled if compiled is not None else uuid_text(high, low)
