"""A job's sinks: the ordinary loop's output, cut into chunks that are recorded as they end.

A job runs each table through :func:`~lookalike.pipeline.run_table` like any
other face; its sink is told how many rows each block held
(:class:`~lookalike.sinks.base.CountingSink`), and whenever the rows so far
reach a chunk's end, the chunk is whole on disk and ``on_chunk`` hears of it
(the runner then records it in the store). Two ways to be whole:

- :class:`AppendingSink` (one uncompressed text format): chunks go straight
  into the table's output file at offsets that depend only on the spec and
  seed, so every byte is written once; the file's length after each chunk is
  what is recorded, and a resumed job cuts the file back to it.
- :class:`PartsSink` (anything else): each chunk is a durable part file of its
  own, joined into the outputs when the job completes
  (:func:`~lookalike.jobs.outputs.assemble`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pyarrow as pa

from lookalike.jobs.chunks import Chunk
from lookalike.jobs.outputs import part_path
from lookalike.sinks.base import Encoder, Placement, Sink
from lookalike.sinks.columnar import IpcStreamSink
from lookalike.sinks.files import AtomicFile, ResumableFile
from lookalike.sinks.text import TextSink, text_encoder

#: Told that ``chunk`` is whole on disk; ``offset`` is the output's length after it
#: (appended outputs) or None (part files).
ChunkDone = Callable[[Chunk, int | None], None]


class _ChunkCounter:
    """Counts delivered rows and says which chunks they completed."""

    def __init__(self, chunks: Sequence[Chunk]) -> None:
        self.chunks = list(chunks)
        self.next = 0
        self.rows = self.chunks[0].first if self.chunks else 0

    def add(self, rows: int) -> list[Chunk]:
        self.rows += rows
        ended = []
        while self.next < len(self.chunks) and self.chunks[self.next].stop <= self.rows:
            ended.append(self.chunks[self.next])
            self.next += 1
        return ended

    @property
    def current(self) -> Chunk | None:
        return self.chunks[self.next] if self.next < len(self.chunks) else None


class AppendingSink:
    """One table's text output, appended to in place and recorded by its length.

    ``chunks`` are the table's chunks still to write, in order; ``file`` is opened
    (fresh, or resumed at the first of them) by the caller.
    """

    def __init__(
        self, file: ResumableFile, fmt: str, chunks: Sequence[Chunk], on_chunk: ChunkDone
    ) -> None:
        self.file = file
        self.text = TextSink(file, fmt)
        self.text.background = False  # a recorded length must be bytes already written
        self.counter = _ChunkCounter(chunks)
        self.on_chunk = on_chunk

    @property
    def encoder(self) -> Encoder:
        return self.text.encoder

    def open(self, schema: pa.Schema) -> None:
        self.text.open(schema)

    def write(self, batch: pa.RecordBatch) -> None:
        self.text.write(batch)

    def write_encoded(self, data: bytes | pa.Buffer) -> None:
        self.text.write_encoded(data)

    def write_file(self, path: str) -> bool:
        return self.text.write_file(path)

    def placement(self) -> Placement | None:
        return self.text.placement()

    def placed(self, end: int) -> None:
        self.text.placed(end)

    def delivered(self, rows: int) -> None:
        for chunk in self.counter.add(rows):
            self.on_chunk(chunk, self.text.position())

    def sync(self) -> None:
        """Make what was appended durable (the committer's thread, before it records)."""
        self.file.sync()

    def close(self) -> None:
        self.text.close()  # footer, sync, rename into place

    def abort(self) -> None:
        self.text.abort()  # the file stays, to be resumed from its recorded length


class PartsSink:
    """One table's chunks, each written to a durable part file of its own.

    Parts hold encoded text when the job writes one text format (``fmt``), else
    Arrow IPC streams.
    """

    def __init__(
        self, folder: Path, fmt: str | None, chunks: Sequence[Chunk], on_chunk: ChunkDone
    ) -> None:
        self.folder = folder
        self.format = fmt
        self.counter = _ChunkCounter(chunks)
        self.on_chunk = on_chunk
        self.schema: pa.Schema | None = None
        self.part: Sink | None = None
        (folder / "parts").mkdir(parents=True, exist_ok=True)

    @property
    def encoder(self) -> Encoder | None:
        return text_encoder(self.format) if self.format else None

    def _open_part(self) -> Sink:
        chunk = self.counter.current
        if chunk is None:
            raise ValueError("more rows than the job's chunks hold")
        path = part_path(self.folder, chunk)
        part: Sink
        if self.format is None:
            part = IpcStreamSink(path, durable=True)
        else:
            text = TextSink(AtomicFile(path, durable=True), self.format, body_only=True)
            text.background = False  # the loop's sink thread writes already
            part = text
        assert self.schema is not None
        part.open(self.schema)
        return part

    def _current(self) -> Sink:
        if self.part is None:
            self.part = self._open_part()
        return self.part

    def open(self, schema: pa.Schema) -> None:
        self.schema = schema

    def write(self, batch: pa.RecordBatch) -> None:
        self._current().write(batch)

    def write_encoded(self, data: bytes | pa.Buffer) -> None:
        self._current().write_encoded(data)

    def write_file(self, path: str) -> bool:
        write_file = getattr(self._current(), "write_file", None)
        return bool(write_file is not None and write_file(path))

    def delivered(self, rows: int) -> None:
        for chunk in self.counter.add(rows):
            self._current().close()  # synced and renamed into place
            self.part = None
            self.on_chunk(chunk, None)

    def sync(self) -> None:
        """Nothing to do: each part is synced when it is closed."""

    def close(self) -> None:
        if self.part is not None:  # only when rows stopped short of a chunk's end
            self.part.abort()
            self.part = None
            raise ValueError("the job's last chunk ended early")

    def abort(self) -> None:
        if self.part is not None:
            self.part.abort()
            self.part = None
