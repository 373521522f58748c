"""The executor interface: run a table's blocks and hand back results in block order.

A task is one block (optionally cut to a row range); its result is a record
batch, or the bytes an encoder made of it when the sink is a text format, so
encoding runs wherever generation runs. Given a :class:`Placement`, an executor
may instead write those bytes into the output file itself and hand back only
where they end (:class:`Placed`).
"""

from __future__ import annotations

import contextlib
import mmap
import os
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeAlias

import pyarrow as pa
import pyarrow.ipc  # registers pa.ipc

from lookalike.engine import generate_block
from lookalike.plan import Plan
from lookalike.sinks.base import Encoder, Piece, Placement


@dataclass(frozen=True)
class Task:
    """Rows ``[first, stop)`` of block ``block`` of ``table`` (block-relative)."""

    table: str
    block: int
    first: int
    stop: int


@dataclass(frozen=True)
class Spooled:
    """A block a worker process left in a spool file (shared memory when the OS
    has it) instead of sending its bytes through a pipe: one copy instead of four."""

    path: str
    arrow: bool  # an Arrow IPC stream holding one batch, else encoded text

    @classmethod
    def write(cls, payload: pa.RecordBatch | bytes | pa.Buffer, directory: str) -> Spooled:
        """Spool ``payload`` into a new file under ``directory``."""
        path = os.path.join(directory, f"{uuid.uuid4().hex}.block")
        with pa.OSFile(path, "wb") as out:
            if isinstance(payload, pa.RecordBatch):
                with pa.ipc.new_stream(out, payload.schema) as writer:
                    writer.write_batch(payload)
                return cls(path, arrow=True)
            out.write(payload)
        return cls(path, arrow=False)

    def discard(self) -> None:
        """Delete the spool file (after its bytes were copied elsewhere)."""
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)

    def load(self) -> pa.RecordBatch | pa.Buffer:
        """Map the file (no copy) and delete it; the mapping outlives the name."""
        try:
            if not self.arrow:
                return _map_whole(self.path)
            mapped = pa.memory_map(self.path)
            batch: pa.RecordBatch = pa.ipc.open_stream(mapped).read_next_batch()
            return batch
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.path)


def _map_whole(path: str) -> pa.Buffer:
    """A file's bytes, mapped with its pages entered at once (``MAP_POPULATE``): one
    call instead of a page fault per 4 KB when they are read (a stream's server reads
    every block once, to send it)."""
    with open(path, "rb") as file:
        size = os.fstat(file.fileno()).st_size
        if not size:
            return pa.py_buffer(b"")
        flags = mmap.MAP_SHARED | getattr(mmap, "MAP_POPULATE", 0)
        mapped = mmap.mmap(file.fileno(), size, flags=flags, prot=mmap.PROT_READ)
    return pa.py_buffer(mapped)  # unmapped when the buffer is released


@dataclass(frozen=True)
class Placed:
    """A block a worker wrote into the output file itself (see :class:`Placement`):
    the file's bytes so far end at ``end``; a :class:`Piece`'s ``footer`` comes along."""

    end: int
    footer: bytes | None = None


Payload: TypeAlias = "pa.RecordBatch | bytes | pa.Buffer | Piece | Spooled | Placed"


def run_task(plan: Plan, task: Task, encoder: Encoder | None) -> tuple[int, Payload]:
    """Generate one task's rows and encode them if asked. Pure."""
    batch = generate_block(plan, task.table, task.block)
    if task.first or task.stop < batch.num_rows:
        batch = batch.slice(task.first, task.stop - task.first)
    return batch.num_rows, (encoder(batch) if encoder is not None else batch)


def tasks_for(
    plan: Plan, table: str, first: int = 0, stop: int | None = None, *, cut: int | None = None
) -> list[Task]:
    """The tasks covering rows ``[first, stop)`` of ``table``, one per block, and also cut
    at every multiple of ``cut`` rows (a job's chunks), so no task spans two chunks.

    >>> from lookalike.spec import parse_spec
    >>> from lookalike.plan import build_plan
    >>> plan = build_plan(parse_spec("tables: {t: {rows: 70000, fields: {n: {kind: sequence}}}}"))
    >>> [(t.block, t.first, t.stop) for t in tasks_for(plan, "t", 65000, 66000)]
    [(0, 65000, 65536), (1, 0, 464)]
    >>> [(t.block, t.first, t.stop) for t in tasks_for(plan, "t", 0, 30, cut=20)]
    [(0, 0, 20), (0, 20, 30)]
    """
    table_plan = plan.tables[table]
    stop = table_plan.rows if stop is None else min(stop, table_plan.rows)
    size = table_plan.block_rows
    tasks = []
    for block in range(first // size, -(-stop // size)):
        start, rows = table_plan.block_span(block)
        lo, hi = max(first - start, 0), min(stop - start, rows)
        while hi > lo:
            end = hi if cut is None else min(hi, ((start + lo) // cut + 1) * cut - start)
            tasks.append(Task(table, block, lo, end))
            lo = end
    return tasks


class Executor(Protocol):
    """Runs tasks and yields ``(rows, payload)`` in task order.

    With a ``placement`` (only ever given with an ``encoder``), an executor may
    write every block's bytes into that file itself and yield :class:`Placed`
    payloads; it does so for all of a run's tasks or for none.
    """

    #: How many cores generating (and encoding) may use.
    workers: int
    #: Whether the executor encodes blocks when given an encoder; when it does not,
    #: the sink's thread encodes them (and so works beside the generating thread).
    encodes: bool
    #: Whether the executor writes encoded blocks into a placement itself (only then
    #: is the sink asked for one).
    places: bool

    def prepare(self, plan: Plan) -> None:
        """Get ready to run blocks of ``plan`` (start workers) before any thread starts."""
        ...

    def run(
        self,
        plan: Plan,
        tasks: Sequence[Task],
        encoder: Encoder | None,
        *,
        placement: Placement | None = None,
    ) -> Iterator[tuple[int, Payload]]: ...

    def close(self) -> None: ...
