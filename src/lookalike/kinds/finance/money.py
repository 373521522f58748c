"""Money: the locale's currency, and amounts as decimals in whole cents."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from lookalike.kinds.base import BlockContext, Column, typed_array
from lookalike.strings import fixed_width_strings


@dataclass(frozen=True, eq=False)
class CurrencyColumn(Column):
    code: str
    arrow_type: pa.DataType = pa.string()
    low_cardinality: bool = True

    def sample(self, ctx: BlockContext) -> pa.Array:
        code = np.frombuffer(self.code.encode(), dtype=np.uint8)
        return fixed_width_strings(np.broadcast_to(code, (ctx.rows, len(code))))


@dataclass(frozen=True, eq=False)
class AmountColumn(Column):
    """Money amounts in cents, skewed like real payments: many small, a long tail."""

    low: int  # cents
    high: int
    arrow_type: pa.DataType = pa.decimal128(18, 2)

    def sample(self, ctx: BlockContext) -> pa.Array:
        rng, n = ctx.rng(), ctx.rows
        # Lognormal over the range shifted to start at 1: its median sits at the
        # geometric middle, and draws outside the range are redrawn (truncation).
        top = math.log((self.high - self.low) / 100 + 1)
        if top > 0:
            logs = rng.normal(top / 2, top / 5, n)
            outside = np.flatnonzero((logs < 0) | (logs > top))
            while outside.size:
                logs[outside] = rng.normal(top / 2, top / 5, outside.size)
                outside = outside[(logs[outside] < 0) | (logs[outside] > top)]
            cents = np.rint((np.exp(logs) - 1) * 100).astype(np.int64) + self.low
        else:
            cents = np.full(n, self.low, dtype=np.int64)
        cents = np.clip(cents, self.low, self.high)
        words = np.empty((n, 2), dtype=np.int64)
        words[:, 0] = cents
        words[:, 1] = cents >> 63
        return typed_array(words.reshape(-1), self.arrow_type, n)
