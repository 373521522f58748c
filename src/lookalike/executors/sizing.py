"""The default worker count, chosen by what a run will cost.

Without ``--workers`` a run may go three ways: one thread does everything; two
threads in this process (one generates block ``k + 1`` while the other
encodes and writes block ``k``); or worker processes on every core, which
generate and, where the format lets them, encode and place their own blocks.
:func:`choose` estimates each way's seconds from the run's :class:`Work`
(rows, the plan's bytes per row, each output's format and compression) with
costs measured on this project's benchmarks, and picks the fastest. It is
pure (no timing, no global state), so the same run always gets the same
choice, and the choice never changes the bytes written.

The costs, in CPU nanoseconds per row or per byte of the row's values as text
(the plan's estimate, :attr:`lookalike.limits.TableEstimate.text_row_bytes`):
making a row (``ROW_NS`` plus ``GENERATE_NS`` a byte), encoding it (each
format's ``encode_ns`` in :mod:`lookalike.sinks.formats`), compressing it
(``COMPRESS_NS``) and, for outputs this process takes batch by batch
(a database, a table in memory), taking it (``TAKE_NS``). Work that only
this process can do (compressing a text file, encoding formats workers
cannot encode, several formats at once) is serial; starting processes costs
``START_S`` plus ``WORKER_S`` a worker (and ``CLEAN_START_S`` when they start
as fresh interpreters); two threads contend
(``THREADS_FACTOR``) and the second costs ``THREAD_S`` to start.

>>> choose(Work(rows=10_000, row_bytes=150, outputs=(("csv", None),)), cores=2)
Choice(workers=1, processes=False)
>>> choose(Work(rows=10_000_000, row_bytes=150, outputs=(("parquet", None),)), cores=2)
Choice(workers=2, processes=True)
"""

from __future__ import annotations

from dataclasses import dataclass

from lookalike.sinks.formats import FORMATS

#: Making a row, whatever its columns, and each byte of its values (base-types, person
#: and TPC-H lineitem written as uncompressed Arrow, whose encoding is nearly free:
#: 0.13-0.46 µs a row for 157-462 bytes of values).
ROW_NS = 50.0
GENERATE_NS = 0.6
#: Taking a batch in this process (a database sink's or memory's share, not counting
#: the database's own time, which no core count changes).
TAKE_NS = 0.5
#: Compressing a text file (this process does it, whatever the workers), per byte of
#: values; and the extra cost of a Parquet or Arrow codec over snappy (workers do it).
COMPRESS_NS = {"gzip": 60.0, "zstd": 4.0}
INNER_CODEC_NS = {"zstd": 0.5, "gzip": 15.0, "lz4": 0.2, "brotli": 20.0, "none": -0.2}
#: Starting worker processes (a pool, the end board, the hand-over of the first
#: blocks), once and per worker. Workers that start as clean interpreters (a
#: forkserver, once Polars runs threads here) also import lookalike, numpy, pyarrow
#: and Polars, receive the plan and warm its columns and parents' caches: TPC-H
#: lineitem as Parquet on two such workers took 1.35x one thread's time at 6M rows
#: and 2.1x at 1.2M (docs/benchmarks.md, a loaded machine), hence seconds more.
START_S = 0.25
WORKER_S = 0.03
CLEAN_START_S = 3.0
#: How much slower two threads are than their slower stage alone (the GIL, caches),
#: and what the second one costs whatever the rows (its start, and Python's 5 ms
#: switch interval when both want the GIL).
THREADS_FACTOR = 1.2
THREAD_S = 0.01


@dataclass(frozen=True)
class Work:
    """What a run will do: ``rows`` rows of about ``row_bytes`` bytes of values each,
    written to each of ``outputs`` (format, compression); no outputs means batches
    taken by this process (a database, memory). ``aligned`` is False when the
    run's blocks are not whole row groups (a row range from mid-block), so
    Parquet and Arrow workers cannot encode them."""

    rows: int
    row_bytes: float
    outputs: tuple[tuple[str, str | None], ...] = ()
    aligned: bool = True


@dataclass(frozen=True)
class Choice:
    """How to run: on ``workers`` cores, in worker ``processes`` or this process."""

    workers: int
    processes: bool


@dataclass(frozen=True)
class Costs:
    """A run's estimated seconds: ``parallel`` what workers can share, ``serial`` what
    this process does alone, ``generate`` the making of rows (the first of two threads)."""

    parallel: float
    serial: float
    generate: float

    @classmethod
    def of(cls, work: Work) -> Costs:
        """The costs of ``work``.

        >>> Costs.of(Work(1_000_000, 100, (("csv", "gzip"),)))
        Costs(parallel=0.23, serial=6.0, generate=0.11)
        """
        values = work.rows * work.row_bytes * 1e-9
        generate = work.rows * ROW_NS * 1e-9 + values * GENERATE_NS
        if not work.outputs:
            return cls(generate, values * TAKE_NS, generate)
        parallel, serial = generate, 0.0
        alone = len(work.outputs) > 1  # several formats: this process encodes every one
        for fmt, compression in work.outputs:
            facts = FORMATS[fmt]
            encode = values * facts.encode_ns
            squeeze = 0.0
            if compression is not None:
                table = COMPRESS_NS if facts.text else INNER_CODEC_NS
                squeeze = values * table.get(compression, 0.0)
            by_workers = facts.workers_encode and not alone and (facts.text or work.aligned)
            if not by_workers:
                serial += encode + squeeze
            elif facts.text:
                parallel, serial = parallel + encode, serial + squeeze
            else:
                parallel += encode + squeeze
        return cls(round(parallel, 6), round(serial, 6), round(generate, 6))

    def seconds(self, choice: Choice, *, clean_start: bool = False) -> float:
        """About how long the run takes on free cores, chosen this way (``clean_start``:
        worker processes start as fresh interpreters)."""
        if choice.processes:
            start = START_S + WORKER_S * choice.workers + (CLEAN_START_S if clean_start else 0)
            return start + max(self.parallel / choice.workers, self.serial)
        if choice.workers == 1:
            return self.parallel + self.serial
        sink = self.parallel - self.generate + self.serial
        return THREAD_S + THREADS_FACTOR * max(self.generate, sink)


def choose(work: Work, cores: int, *, processes: bool = True, clean_start: bool = False) -> Choice:
    """The fastest way to run ``work`` on ``cores`` cores (without worker processes
    when ``processes`` is False; ``clean_start`` when they would start as fresh
    interpreters); the fewer cores on a tie.

    >>> choose(Work(rows=500_000, row_bytes=150, outputs=(("csv", None),)), cores=2)
    Choice(workers=2, processes=False)
    >>> choose(Work(rows=10_000_000, row_bytes=150), cores=1)
    Choice(workers=1, processes=False)
    """
    options = [Choice(1, False)]
    if cores > 1:
        options.append(Choice(2, False))
        if processes:
            options.append(Choice(cores, True))
    costs = Costs.of(work)
    return min(options, key=lambda choice: costs.seconds(choice, clean_start=clean_start))
