"""Text output: CSV, TSV, NDJSON and JSON (one array), to any target, framed once.

A text format is an encoder (a pure, picklable function from a batch to
bytes, so worker processes can encode) and its framing: the bytes before the
rows, between two non-empty blocks, and after. :class:`TextSink` writes them
to a target: a new file (:class:`~lookalike.sinks.files.AtomicFile`), a job's
resumable file (:class:`~lookalike.sinks.files.ResumableFile`), standard
output or an HTTP body (:class:`StreamTarget`). Files, streams and jobs
therefore hold the same bytes for the same spec and seed.

>>> import io
>>> out = io.BytesIO()
>>> sink = TextSink(StreamTarget(out), "csv")
>>> batch = pa.record_batch([pa.array([1, 2]), pa.array(["a", "b"])], names=["n", "s"])
>>> sink.open(batch.schema); sink.write(batch); sink.close()
>>> out.getvalue().decode()
'"n","s"\\n1,"a"\\n2,"b"\\n'
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from typing import BinaryIO, Protocol

import pyarrow as pa
import pyarrow.csv as pacsv

from lookalike.errors import OutputError
from lookalike.native.csv import encode_csv
from lookalike.sinks.base import Placement, Writable
from lookalike.sinks.files import copy_file, write_at
from lookalike.sinks.writer import BackgroundWriter


@dataclass(frozen=True)
class CsvEncoder:
    """Rows as CSV text, without a header (strings quoted, as Arrow writes them)."""

    delimiter: str = ","

    def __call__(self, batch: pa.RecordBatch) -> pa.Buffer:
        # The compiled encoder writes the same bytes as Arrow's, about twice as fast.
        fast = encode_csv(batch, self.delimiter.encode())
        if fast is not None:
            return fast
        # An Arrow buffer, not bytes: no copy between encoding and the file.
        out = pa.BufferOutputStream()
        options = pacsv.WriteOptions(include_header=False, delimiter=self.delimiter)
        pacsv.write_csv(batch, out, write_options=options)
        return out.getvalue()


@dataclass(frozen=True)
class NdjsonEncoder:
    """One JSON object per line; ``separator`` joins rows (",\\n" inside a JSON array)."""

    separator: bytes = b"\n"

    def __call__(self, batch: pa.RecordBatch) -> bytes:
        import polars as pl

        frame = pl.from_arrow(batch)
        assert isinstance(frame, pl.DataFrame)
        text = frame.write_ndjson().encode()
        # Polars escapes newlines inside values, so b"\n" only ends rows.
        if self.separator != b"\n":
            return text.rstrip(b"\n").replace(b"\n", self.separator)
        return text


@dataclass(frozen=True)
class TextFraming:
    """How a text format frames its rows: the encoder, and the bytes before, between
    encoded blocks and after."""

    encoder: CsvEncoder | NdjsonEncoder
    header: bytes = b""
    between: bytes = b""
    footer: bytes = b""


def _csv_header(delimiter: str, schema: pa.Schema) -> bytes:
    """The header line Arrow's CSV writer would put first."""
    quoted = ('"' + name.replace('"', '""') + '"' for name in schema.names)
    return (delimiter.join(quoted) + "\n").encode()


def text_framing(fmt: str, schema: pa.Schema) -> TextFraming:
    """The framing of ``fmt`` (csv, tsv, ndjson or json) for rows of ``schema``.

    >>> text_framing("json", pa.schema([("n", pa.int64())])).footer
    b'\\n]\\n'
    >>> text_framing("csv", pa.schema([("n", pa.int64())])).header
    b'"n"\\n'
    """
    if fmt in {"csv", "tsv"}:
        delimiter = "," if fmt == "csv" else "\t"
        return TextFraming(CsvEncoder(delimiter), _csv_header(delimiter, schema))
    if fmt == "ndjson":
        return TextFraming(NdjsonEncoder())
    if fmt == "json":
        return TextFraming(NdjsonEncoder(separator=b",\n"), b"[\n", b",\n", b"\n]\n")
    raise ValueError(f"{fmt!r} is not a text format")


def text_encoder(fmt: str) -> CsvEncoder | NdjsonEncoder:
    """The encoder of a text format (it does not depend on the schema)."""
    return text_framing(fmt, pa.schema([])).encoder


class Target(Protocol):
    """Where a :class:`TextSink`'s bytes go.

    ``stream`` is written in order. A target with a ``fileno`` and a
    ``placeable`` path can also take bytes at offsets (worker processes write
    their blocks into it); a ``positional`` one is only written at offsets, and
    ``resumed_at`` is the length it already has when a job resumes. A target
    that ``writes_behind`` may be written by a background thread. ``commit``
    makes the output appear; ``discard`` gives it up.
    """

    @property
    def stream(self) -> Writable: ...

    @property
    def resumed_at(self) -> int | None: ...

    def commit(self) -> object: ...

    def discard(self) -> None: ...


class StreamTarget:
    """An already-open binary stream (standard output, a socket, a channel to an HTTP
    body, a buffer): written in order, not atomic."""

    resumed_at = None
    placeable = None
    compression = None

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def commit(self) -> None:
        self.stream.flush()

    def discard(self) -> None:
        self.stream.flush()


class TextSink:
    """Appends encoded blocks between the format's header and footer.

    ``body_only`` leaves the header and footer out (a job's part files, joined
    later into one output). Files are written on a thread of their own
    (:mod:`lookalike.sinks.writer`) unless ``background`` is set False before
    :meth:`open` (a one-worker run keeps to one core) or the target is resumable
    (its recorded length must be bytes already written).
    """

    def __init__(self, target: Target, fmt: str, *, body_only: bool = False) -> None:
        self.target = target
        self.format = fmt
        self.encoder = text_encoder(fmt)
        self.body_only = body_only
        self._framing = TextFraming(self.encoder)
        self._wrote_rows = False
        # Where the file's bytes end, once they are written at offsets (a resumed
        # file, or blocks placed by worker processes): the stream no longer knows.
        self._end: int | None = None
        self.background = True
        self._writer: BackgroundWriter | None = None

    @property
    def between(self) -> bytes:
        """What goes between two non-empty blocks."""
        return self._framing.between

    def position(self) -> int:
        """How many bytes the output holds so far (header included)."""
        self._drain()
        return self._end if self._end is not None else int(self.target.stream.tell())

    def _drain(self) -> None:
        """Let the writer thread finish what it was given (before writing otherwise)."""
        if self._writer is not None:
            writer, self._writer = self._writer, None
            writer.close()

    def _put(self, data: bytes | pa.Buffer) -> None:
        if not len(data):
            return
        if self._writer is not None:
            self._writer.put(data)
        elif self._end is not None:
            self._end = write_at(self._fileno(), [data], self._end)
        else:
            try:
                self.target.stream.write(data)
            except BrokenPipeError:
                raise
            except OSError as exc:
                raise OutputError(f"cannot write output: {exc.strerror or exc}") from exc

    def _fileno(self) -> int:
        return int(self.target.fileno())  # type: ignore[attr-defined]

    def _regular_file(self) -> bool:
        """Whether the target is an uncompressed regular file (offsets make sense)."""
        if getattr(self.target, "placeable", None) is None or not hasattr(os, "pwrite"):
            return False
        return stat.S_ISREG(os.fstat(self._fileno()).st_mode)

    def placement(self) -> Placement | None:
        """Where worker processes may write encoded blocks themselves, or None.

        Only for an uncompressed regular file: workers then ``pwrite`` each block at
        its final offset, so its bytes pass through memory once, written by the
        process that encoded them. Streams and compressed files keep their one writer.
        """
        if not self._regular_file():
            return None
        placeable = getattr(self.target, "placeable", None)
        assert placeable is not None
        return Placement(placeable, self.position(), self.between, after_rows=self._wrote_rows)

    def placed(self, end: int) -> None:
        """Blocks were written in place (see :meth:`placement`) up to offset ``end``."""
        if end > self.position():
            self._wrote_rows = True
        self._end = end

    def open(self, schema: pa.Schema) -> None:
        framing = text_framing(self.format, schema)
        self._framing = framing
        if getattr(self.target, "positional", False):
            # A job's file: written at offsets, and when resumed, cut back to its
            # recorded length, header included.
            resumed_at = self.target.resumed_at
            self._end = resumed_at or 0
            if resumed_at is not None:
                self._wrote_rows = resumed_at > len(framing.header)
                return
        if not self.body_only:
            self._put(framing.header)
        if self.background and self._end is None and getattr(self.target, "writes_behind", False):
            self._writer = BackgroundWriter(self.target.stream)

    def write(self, batch: pa.RecordBatch) -> None:
        if batch.num_rows:
            self.write_encoded(self.encoder(batch))

    def write_file(self, path: str) -> bool:
        """Append a whole spool file's bytes with a kernel-side copy; False when the
        target is not a plain file (the caller then loads and writes them)."""
        if not self._regular_file() or not hasattr(os, "sendfile"):
            return False
        if not os.path.getsize(path):
            return True
        if self._wrote_rows and self.between:
            self._put(self.between)
        self._drain()  # the kernel copies at the file's end: queued bytes go first
        size = copy_file(self._fileno(), path, self._end)
        if self._end is not None:
            self._end += size
        self._wrote_rows = True
        return True

    def write_encoded(self, data: bytes | pa.Buffer) -> None:
        if not len(data):
            return
        if self._wrote_rows and self.between:
            self._put(self.between)
        self._put(data)
        self._wrote_rows = True

    def close(self) -> None:
        try:
            self._drain()
            if not self.body_only:
                self._put(self._framing.footer)
        except BaseException:
            self.target.discard()
            raise
        self.target.commit()

    def abort(self) -> None:
        if self._writer is not None:
            writer, self._writer = self._writer, None
            writer.stop()
        self.target.discard()
