"""The sink interface: ``open(schema)``, ``write(batch)``, ``close()``, ``abort()``.

Text formats also expose an :class:`Encoder`, a pure picklable function from a
batch to bytes, so worker processes can encode blocks in parallel and the sink
only appends bytes (``write_encoded``). Output never depends on how rows were
chunked: a batch of 10 rows and ten batches of 1 row give the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

import pyarrow as pa


@dataclass(frozen=True)
class Piece:
    """A block encoded as a self-contained part of a binary file (Parquet row groups,
    an Arrow IPC record batch's message):
    the ``body`` bytes go into the file anywhere, and the sink joins the ``footer``
    describing them (with offsets counted from the body's own start) into the file's.
    """

    body: pa.Buffer
    footer: bytes
    rows: int

    def __len__(self) -> int:
        return len(self.body)

    def body_at(self, index: int) -> pa.Buffer:
        """The bytes placed for the run's ``index``-th piece (an Arrow IPC file holds
        its dictionaries once, with the first piece). The whole body, by default."""
        return self.body

    def footer_at(self, offset: int, index: int) -> bytes:
        """What the sink joins once the body is placed at ``offset`` as the run's
        ``index``-th piece (format-specific pieces shift their offsets here, in the
        worker, so the sink only concatenates). The footer as it is, by default."""
        return self.footer


class Encoder(Protocol):
    """Turns a batch into the bytes (or an Arrow buffer) a text sink appends for it, or
    the :class:`Piece` a piece sink joins."""

    def __call__(self, batch: pa.RecordBatch) -> bytes | pa.Buffer | Piece: ...


class Writable(Protocol):
    """What a target's stream must do: take bytes in order and say how many it took."""

    def write(self, data: Any, /) -> int: ...

    def flush(self) -> None: ...

    def tell(self) -> int: ...


@dataclass(frozen=True)
class Placement:
    """A file that writers may fill themselves: encoded blocks go at offsets chained
    from ``start`` (each block where the one before it ended), with ``between``
    before every non-empty block but the first (and before the first too when
    ``after_rows``: a resumed file already holds rows). A text sink whose output
    is a plain file offers one, so worker processes write their blocks straight
    into it.

    >>> Placement("/tmp/.out.csv.partial", start=17).between
    b''
    """

    path: str
    start: int
    between: bytes = b""
    after_rows: bool = False


@runtime_checkable
class Sink(Protocol):
    """Where batches go. ``abort`` discards everything written so far."""

    @property
    def encoder(self) -> Encoder | None: ...

    def open(self, schema: pa.Schema) -> None: ...

    def write(self, batch: pa.RecordBatch) -> None: ...

    def write_encoded(self, data: bytes | pa.Buffer) -> None: ...

    def close(self) -> None: ...

    def abort(self) -> None: ...


@runtime_checkable
class PlacingSink(Protocol):
    """A sink that lets others write encoded blocks straight into its file."""

    def placement(self) -> Placement | None:
        """Where blocks may go now, or None when this output cannot take them."""
        ...

    def placed(self, end: int) -> None:
        """Blocks were written into the file up to offset ``end``."""
        ...


@runtime_checkable
class PieceSink(Protocol):
    """A binary sink whose blocks worker processes may encode into :class:`Piece` s
    and place themselves, when every block but the last is one ``group_rows`` group."""

    group_rows: int

    def piece_encoder(self) -> Encoder | None:
        """The encoder workers run (after :meth:`Sink.open`), or None when this
        output's pieces would not give the bytes one process writes."""
        ...

    def placed_piece(self, end: int, footer: bytes) -> None:
        """A piece was written into the file, ending at ``end``."""
        ...


@runtime_checkable
class CountingSink(Protocol):
    """A sink told how many rows each payload it was given held, once it is written
    (a job's sink records its progress at chunk boundaries this way)."""

    def delivered(self, rows: int) -> None: ...


@runtime_checkable
class BackgroundWriting(Protocol):
    """A sink that writes on a thread of its own, unless ``background`` is set
    False before ``open`` (a one-worker run keeps to one core)."""

    background: bool


class Rechunker:
    """Regroups incoming batches into batches of exactly ``rows`` rows (the last may be short).

    Formats whose bytes record batch boundaries (Parquet row groups, Arrow IPC
    record batches) use it so their output does not depend on write chunk size.

    >>> r = Rechunker(4)
    >>> batch = pa.record_batch([pa.array(range(6))], names=["n"])
    >>> [b.num_rows for b in r.push(batch)], [b.num_rows for b in r.flush()]
    ([4], [2])
    """

    def __init__(self, rows: int) -> None:
        self.rows = rows
        self._pending: list[pa.RecordBatch] = []
        self._count = 0

    def push(self, batch: pa.RecordBatch) -> list[pa.RecordBatch]:
        """Add a batch; return the full groups now complete."""
        self._pending.append(batch)
        self._count += batch.num_rows
        ready: list[pa.RecordBatch] = []
        while self._count >= self.rows:
            table = pa.Table.from_batches(self._pending)
            ready.append(table.slice(0, self.rows).combine_chunks().to_batches()[0])
            rest = table.slice(self.rows)
            self._pending = rest.to_batches() if rest.num_rows else []
            self._count = rest.num_rows
        return ready

    def flush(self) -> list[pa.RecordBatch]:
        """Return what is left, as one batch (or nothing)."""
        if not self._count:
            return []
        table = pa.Table.from_batches(self._pending).combine_chunks()
        self._pending, self._count = [], 0
        batches: list[pa.RecordBatch] = table.to_batches()
        return batches
