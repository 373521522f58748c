"""Bank ledgers whose balances add up, made block by block.

A balance is the opening balance plus every amount before it: a running sum,
which a block seems unable to know without all earlier rows. Each block's
amounts are a function of (seed, block) alone, so the sum of an account's
amounts in any earlier block is recomputed on demand; the sums are kept per
process, so a sequential run recomputes nothing and a worker that starts at
block ``b`` pays ``b`` cheap block draws once. Amounts keep realistic shapes
(lognormal debits, payday credits, rare large fraud) because nothing needs
them to be Gaussian.

>>> import lookalike
>>> spec = {"seed": 4, "tables": {"t": {
...     "series": {"start": "2024-01-01", "end": "2024-01-11", "interval": "1day", "entities": 2},
...     "fields": {"amount": {"kind": "ledger"},
...                "balance": {"kind": "ledger", "attribute": "balance"}}}}}
>>> t = lookalike.generate(spec).to_pydict()
>>> a, b = t["amount"][::2], t["balance"][::2]  # account E1
>>> all(abs(b[i] - b[i - 1] - a[i]) < 1e-6 for i in range(1, len(a)))
True
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa

from lookalike.kinds.base import BlockContext, Column, Env, bool_array, float64_array, register
from lookalike.kinds.hashing import hashed_normal, name_key
from lookalike.kinds.series import Grid, grid_of
from lookalike.randomness import BLOCK_ROWS, block_rng
from lookalike.spec.fields import LedgerField

#: Per-process running totals: (model, seed, table, group) -> balances at each block start.
_PREFIX: dict[tuple[object, ...], list[np.ndarray]] = {}
_PREFIX_LIMIT = 64


@dataclass(frozen=True)
class LedgerModel:
    """What the fields of one ledger group share."""

    grid: Grid
    opening_median: float
    debit_median: float
    debit_sigma: float
    credit_rate: float
    credit_median: float
    credit_sigma: float
    payday: int
    fraud_rate: float
    fraud_factor: float

    def entries(self, seed: int, table: str, group: str, block: int) -> tuple[np.ndarray, ...]:
        """(amounts, fraud flags) of a whole block (``BLOCK_ROWS`` rows), rounded to cents."""
        rng = block_rng(seed, table, f"@ledger:{group}", block, "entries")
        rows = np.arange(block * BLOCK_ROWS, (block + 1) * BLOCK_ROWS, dtype=np.int64)
        day = self.grid.seconds(self.grid.step(rows)) // 86400
        dom = day.astype("datetime64[D]") - day.astype("datetime64[D]").astype("datetime64[M]")
        late = (dom.astype(np.int64) + 1 >= self.payday) | (dom.astype(np.int64) == 0)
        boost = np.where(late, 4.0, 1.0)
        share_late = (31 - self.payday + 2) / 30.4
        credit_p = self.credit_rate * boost / (4.0 * share_late + (1 - share_late))
        draw, size, kind = (
            rng.random(len(rows)),
            rng.standard_normal(len(rows)),
            rng.random(len(rows)),
        )
        credit = draw < np.minimum(credit_p, 1.0)
        fraud = ~credit & (kind < self.fraud_rate)
        debit = self.debit_median * np.exp(self.debit_sigma * size)
        debit = np.where(fraud, debit * self.fraud_factor, debit)
        amount = np.where(credit, self.credit_median * np.exp(self.credit_sigma * size), -debit)
        return np.round(amount, 2), fraud

    def opening(self, seed: int, table: str, group: str, entities: np.ndarray) -> np.ndarray:
        key = name_key(seed, table, f"@ledger:{group}")
        return np.round(self.opening_median * np.exp(0.9 * hashed_normal(key, entities)), 2)

    def balance_at(self, seed: int, table: str, group: str, block: int) -> np.ndarray:
        """Every account's balance just before ``block`` (cached per process)."""
        key = (self, seed, table, group)
        known = _PREFIX.get(key)
        if known is None:
            if len(_PREFIX) >= _PREFIX_LIMIT:
                _PREFIX.clear()
            ids = np.arange(self.grid.entities, dtype=np.int64)
            known = _PREFIX[key] = [self.opening(seed, table, group, ids)]
        while len(known) <= block:
            k = len(known) - 1
            amounts, _ = self.entries(seed, table, group, k)
            ids = self.grid.entity(np.arange(k * BLOCK_ROWS, (k + 1) * BLOCK_ROWS, dtype=np.int64))
            known.append(known[k] + np.bincount(ids, amounts, minlength=self.grid.entities))
        return known[block]


@dataclass(frozen=True)
class LedgerColumn(Column):
    """One attribute of a ledger group."""

    model: LedgerModel
    attribute: str
    group: str
    arrow_type: pa.DataType = field(default=pa.float64())

    def sample(self, ctx: BlockContext) -> pa.Array:
        amounts, fraud = ctx.latent(
            f"ledger:{self.group}",
            lambda: self.model.entries(ctx.seed, ctx.table, self.group, ctx.block),
        )
        if self.attribute == "is_fraud":
            return bool_array(fraud[: ctx.rows])
        if self.attribute == "amount":
            return float64_array(amounts[: ctx.rows])
        entities = self.model.grid.entities
        start = self.model.balance_at(ctx.seed, ctx.table, self.group, ctx.block)
        offset = ctx.start % entities
        width = -(-(offset + ctx.rows) // entities)
        flat = np.zeros(width * entities)
        flat[offset : offset + ctx.rows] = amounts[: ctx.rows]
        running = np.cumsum(flat.reshape(width, entities), axis=0) + start[None, :]
        balance = running.reshape(-1)[offset : offset + ctx.rows]
        if self.attribute == "balance_before":
            balance = balance - amounts[: ctx.rows]
        return float64_array(np.round(balance, 2))


@register("ledger")
def compile_ledger(spec: LedgerField, env: Env) -> Column:
    """Compile a ``ledger`` field; the fields of one group must agree on the model."""
    model = LedgerModel(
        grid_of(spec, env), spec.opening_median, spec.debit_median, spec.debit_sigma,
        spec.credit_rate, spec.credit_median, spec.credit_sigma, spec.payday, spec.fraud_rate,
        spec.fraud_factor,
    )  # fmt: skip
    model = env.groups.define("ledger", spec.group, model, env.path)
    kind = pa.bool_() if spec.attribute == "is_fraud" else pa.float64()
    return LedgerColumn(model, spec.attribute, spec.group, kind)
