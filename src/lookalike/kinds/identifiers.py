"""Identifiers: sequences, UUIDs (v4, v7) and pattern codes like ``ORD-#####-??``.

>>> from lookalike.spec import PatternField
>>> column = compile_pattern(PatternField(pattern="AB-##"), ENV)
>>> column.capacity
100
>>> column.at(None, np.array([7, 42], dtype=np.uint64)).to_pylist()
['AB-07', 'AB-42']
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from lookalike.errors import SpecError
from lookalike.kinds.base import BlockContext, Column, Env, int64_array, register
from lookalike.kinds.numeric import ENV
from lookalike.kinds.temporal import _EPOCH, resolve_time_point
from lookalike.spec import PatternField, SequenceField, UuidField
from lookalike.strings import fixed_width_strings, hex_bytes, mixed_radix_digits

__all__ = ["ENV", "compile_pattern", "compile_sequence", "compile_uuid"]


@dataclass(frozen=True)
class SequenceColumn(Column):
    start: int
    step: int
    arrow_type: pa.DataType = pa.int64()
    positional: bool = True

    def at_rows(self, ctx: BlockContext) -> pa.Array:
        rows = np.arange(ctx.start, ctx.start + ctx.rows, dtype=np.int64)
        return int64_array(self.start + self.step * rows)


@register("sequence")
def compile_sequence(spec: SequenceField, env: Env) -> Column:
    """Compile a ``sequence`` field."""
    return SequenceColumn(spec.start, spec.step)


# Where each of the 32 hex digits goes in the 36-character textual UUID.
_UUID_LAYOUT = np.array(
    [i + (i >= 8) + (i >= 12) + (i >= 16) + (i >= 20) for i in range(32)], dtype=np.intp
)
_UNIQUE_UUID_SPACE = 2**62


@dataclass(frozen=True)
class UuidColumn(Column):
    version: int
    low_ms: int
    high_ms: int
    arrow_type: pa.DataType = pa.string()
    capacity: int = _UNIQUE_UUID_SPACE

    def _raw(self, ctx: BlockContext) -> np.ndarray:
        rng = ctx.rng()
        raw = np.frombuffer(rng.bytes(16 * ctx.rows), dtype=np.uint8).reshape(ctx.rows, 16)
        raw = raw.copy()
        if self.version == 7:
            millis = rng.integers(self.low_ms, self.high_ms, ctx.rows, endpoint=True)
            stamp = millis.astype(">u8").view(np.uint8).reshape(ctx.rows, 8)
            raw[:, 0:6] = stamp[:, 2:8]
        return raw

    def _text(self, raw: np.ndarray) -> pa.Array:
        raw[:, 6] = (raw[:, 6] & 0x0F) | (self.version << 4)
        raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80
        out = np.full((raw.shape[0], 36), ord("-"), dtype=np.uint8)
        out[:, _UUID_LAYOUT] = hex_bytes(raw)
        return fixed_width_strings(out)

    def sample(self, ctx: BlockContext) -> pa.Array:
        return self._text(self._raw(ctx))

    def at(self, ctx: BlockContext, index: np.ndarray) -> pa.Array:
        # The last 62 random bits carry the (permuted) index: distinct by construction.
        raw = self._raw(ctx)
        tail = (index.astype(np.uint64) | np.uint64(1 << 63)).astype(">u8")
        raw[:, 8:16] = tail.view(np.uint8).reshape(-1, 8)
        return self._text(raw)


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
        return int(np.prod([len(a) for a in self.alphabets[self.indexed_from :]], dtype=object))

    def _fill(self, ctx: BlockContext | None, rows: int, index: np.ndarray | None) -> pa.Array:
        out = np.empty((rows, len(self.template)), dtype=np.uint8)
        out[:] = np.frombuffer(self.template, dtype=np.uint8)
        first = self.indexed_from if index is not None else len(self.slots)
        if first:
            assert ctx is not None  # random slots exist only when sampling
            rng = ctx.rng("pattern-prefix" if index is not None else "values")
            sizes = [len(a) for a in self.alphabets[:first]]
            picks = rng.integers(0, np.array(sizes), (rows, first))
            for column, (slot, alphabet) in enumerate(
                zip(self.slots[:first], self.alphabets[:first], strict=True)
            ):
                out[:, slot] = np.frombuffer(alphabet, dtype=np.uint8)[picks[:, column]]
        if index is not None:
            sizes = [len(a) for a in self.alphabets[first:]]
            digits = mixed_radix_digits(index, sizes)
            for slot, alphabet, digit in zip(
                self.slots[first:], self.alphabets[first:], digits, strict=True
            ):
                out[:, slot] = np.frombuffer(alphabet, dtype=np.uint8)[digit]
        return fixed_width_strings(out)

    def sample(self, ctx: BlockContext) -> pa.Array:
        return self._fill(ctx, ctx.rows, None)

    def at(self, ctx: BlockContext | None, index: np.ndarray) -> pa.Array:
        return self._fill(ctx, len(index), index)


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
