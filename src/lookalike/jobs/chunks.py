"""A job's work, cut into chunks: the unit that is written, synced and recorded.

A job's rows are cut into chunks of ``chunk_rows`` (across its tables, in plan
order). A job row stores its spec with every override pinned (:func:`pin`), so
any worker, on any machine, rebuilds the same plan (:func:`plan_of`) and the
same chunks.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from lookalike.jobs.store import Job
from lookalike.plan import Plan
from lookalike.planning import resolve


@dataclass(frozen=True)
class Chunk:
    """Rows ``[first, stop)`` of ``table``: the unit that is written and recorded."""

    index: int
    table: str
    first: int
    stop: int

    @property
    def rows(self) -> int:
        """How many rows the chunk holds."""
        return self.stop - self.first


def pin(dataset: dict[str, object], *, rows: int | None, seed: int, reference_time: str) -> str:
    """What a job row stores: the spec and every override, so each run plans the same."""
    return json.dumps(
        {"dataset": dataset, "rows": rows, "seed": seed, "reference_time": reference_time}
    )


def plan_of(job: Job) -> Plan:
    """The job's plan, rebuilt from its stored spec (seed and reference time pinned)."""
    return plan_of_spec(job.spec)


def plan_of_spec(spec: str) -> Plan:
    """The plan of a job's stored spec (what :func:`pin` wrote): the same on every worker."""
    stored = json.loads(spec)
    return resolve(
        stored["dataset"],
        rows=stored["rows"],
        seed=stored["seed"],
        reference_time=dt.datetime.fromisoformat(stored["reference_time"]),
    )


def chunks_of(plan: Plan, chunk_rows: int) -> list[Chunk]:
    """Every chunk of the plan's tables, in order.

    >>> from lookalike.spec import parse_spec
    >>> from lookalike.plan import build_plan
    >>> plan = build_plan(parse_spec("tables: {t: {rows: 25, fields: {n: {kind: sequence}}}}"))
    >>> [(c.first, c.stop) for c in chunks_of(plan, 10)]
    [(0, 10), (10, 20), (20, 25)]
    """
    chunks: list[Chunk] = []
    for name, table in plan.tables.items():
        for first in range(0, table.rows, chunk_rows):
            chunks.append(Chunk(len(chunks), name, first, min(first + chunk_rows, table.rows)))
    return chunks


def count_chunks(plan: Plan, chunk_rows: int) -> int:
    """How many chunks :func:`chunks_of` would make, without listing them."""
    return sum(-(-t.rows // chunk_rows) for t in plan.tables.values())
