"""Text sinks: CSV, TSV, NDJSON and JSON (one array), to files or streams.

>>> import io
>>> out = io.BytesIO()
>>> sink = TextSink(StreamTarget(out), CsvEncoder(","), header=csv_header(","))
>>> batch = pa.record_batch([pa.array([1, 2]), pa.array(["a", "b"])], names=["n", "s"])
>>> sink.open(batch.schema); sink.write(batch); sink.close()
>>> out.getvalue().decode()
'"n","s"\\n1,"a"\\n2,"b"\\n'
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyarrow as pa
import pyarrow.csv as pacsv

from lookalike.errors import OutputError
from lookalike.native.csv import encode_csv
from lookalike.sinks.base import Placement
from lookalike.sinks.files import AtomicFile
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


def csv_header(delimiter: str) -> Callable[[pa.Schema], bytes]:
    """The header line Arrow's CSV writer would put first."""

    def header(schema: pa.Schema) -> bytes:
        quoted = ('"' + name.replace('"', '""') + '"' for name in schema.names)
        return (delimiter.join(quoted) + "\n").encode()

    return header


@dataclass(frozen=True)
class NdjsonEncoder:
    """One JSON object per line; ``separator`` joins rows (",\\n" inside a JSON array)."""

    separator: bytes = b"\n"
    trailing: bool = True

    def __call__(self, batch: pa.RecordBatch) -> bytes:
        import polars as pl

        frame = pl.from_arrow(batch)
        assert isinstance(frame, pl.DataFrame)
        text = frame.write_ndjson().encode()
        # Polars escapes newlines inside values, so b"\n" only ends rows.
        if self.separator != b"\n":
            text = text.rstrip(b"\n").replace(b"\n", self.separator)
            return text
        return text if self.trailing else text.rstrip(b"\n")


@dataclass(frozen=True)
class TextFraming:
    """How a text format frames its rows: the encoder, and the bytes before, between
    encoded blocks and after. Files, HTTP streams and jobs write the same bytes."""

    encoder: CsvEncoder | NdjsonEncoder
    header: bytes = b""
    between: bytes = b""
    footer: bytes = b""


def text_framing(fmt: str, schema: pa.Schema) -> TextFraming:
    """The framing of ``fmt`` (csv, tsv, ndjson or json) for rows of ``schema``.

    >>> text_framing("json", pa.schema([("n", pa.int64())])).footer
    b'\\n]\\n'
    """
    if fmt in {"csv", "tsv"}:
        delimiter = "," if fmt == "csv" else "\t"
        return TextFraming(CsvEncoder(delimiter), csv_header(delimiter)(schema))
    if fmt == "ndjson":
        return TextFraming(NdjsonEncoder())
    if fmt == "json":
        return TextFraming(NdjsonEncoder(separator=b",\n"), b"[\n", b",\n", b"\n]\n")
    raise ValueError(f"{fmt!r} is not a text format")


class StreamTarget:
    """An already-open binary stream (stdout, a socket, a buffer): not atomic."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def commit(self) -> None:
        self.stream.flush()

    def discard(self) -> None:
        self.stream.flush()


class TextSink:
    """Appends encoded bytes between an optional header and footer."""

    def __init__(
        self,
        target: AtomicFile | StreamTarget,
        encoder: CsvEncoder | NdjsonEncoder,
        *,
        header: Callable[[pa.Schema], bytes] | bytes = b"",
        footer: bytes = b"",
        between: bytes = b"",
    ) -> None:
        self.target = target
        self.encoder = encoder
        self._header = header
        self._footer = footer
        self._between = between
        self._wrote_rows = False
        # Set once blocks were written in place by others (see placement()): where
        # the file's bytes end, since this sink's stream no longer knows.
        self._end: int | None = None
        # Files are written on a thread of their own (see lookalike.sinks.writer),
        # unless the caller keeps to one thread (see BackgroundWriting).
        self.background = True
        self._writer: BackgroundWriter | None = None

    def _drain(self) -> None:
        """Let the writer thread finish what it was given (before writing otherwise)."""
        if self._writer is not None:
            writer, self._writer = self._writer, None
            writer.close()

    def _put(self, data: bytes | pa.Buffer) -> None:
        if self._writer is not None:
            self._writer.put(data)
            return
        try:
            if self._end is None:
                self.target.stream.write(data)
                return
            view = memoryview(data)
            while view:
                written = os.pwrite(self.target.stream.fileno(), view, self._end)
                self._end += written
                view = view[written:]
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"cannot write output: {exc.strerror or exc}") from exc

    def placement(self) -> Placement | None:
        """Where worker processes may write encoded blocks themselves, or None.

        Only for an uncompressed new file, before any row was written: workers then
        ``pwrite`` each block at its final offset, so its bytes pass through memory
        once, written by the process that encoded them, instead of being copied
        again by this one. Streams and compressed files keep their one writer.
        """
        target = self.target
        if not isinstance(target, AtomicFile) or target.compression or self._wrote_rows:
            return None
        self._drain()  # workers write from here on: this sink's queued bytes go first
        if not hasattr(os, "pwrite"):
            return None  # Windows
        stream = target.stream
        if not isinstance(stream, pa.OSFile) or not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            return None
        return Placement(str(target.temporary), stream.tell(), self._between)

    def placed(self, end: int) -> None:
        """Blocks were written in place (see :meth:`placement`) up to offset ``end``."""
        self._drain()
        if self._end is None:
            start = self.target.stream.tell()
            self._wrote_rows = self._wrote_rows or end > start
        elif end > self._end:
            self._wrote_rows = True
        self._end = end

    def open(self, schema: pa.Schema) -> None:
        self._put(self._header(schema) if callable(self._header) else self._header)
        if self.background and isinstance(self.target, AtomicFile):
            self._writer = BackgroundWriter(self.target.stream)

    def write(self, batch: pa.RecordBatch) -> None:
        if batch.num_rows:
            self.write_encoded(self.encoder(batch))

    def write_file(self, path: str) -> bool:
        """Append a whole file's bytes with a kernel-side copy; False when not possible.

        Worker processes leave encoded blocks in spool files; copying them with
        ``sendfile`` spares this process a read and a write through user space.
        """
        stream = self.target.stream
        if not isinstance(stream, pa.OSFile) or not hasattr(os, "sendfile"):
            return False
        self._drain()  # the kernel copies at the stream's position: queued bytes first
        if self._end is not None:
            return False  # the stream's position is not the file's end any more
        with open(path, "rb") as source:
            size = os.fstat(source.fileno()).st_size
            if not size:
                return True
            if self._wrote_rows and self._between:
                self._put(self._between)
            sent = 0
            try:
                while sent < size:
                    sent += os.sendfile(stream.fileno(), source.fileno(), sent, size - sent)
            except OSError as exc:
                raise OutputError(f"cannot write output: {exc.strerror or exc}") from exc
        self._wrote_rows = True
        return True

    def write_encoded(self, data: bytes | pa.Buffer) -> None:
        if not len(data):
            return
        if self._wrote_rows and self._between:
            self._put(self._between)
        self._put(data)
        self._wrote_rows = True

    def close(self) -> None:
        try:
            self._drain()
        except BaseException:
            self.target.discard()
            raise
        self._put(self._footer)
        self.target.commit()

    def abort(self) -> None:
        if self._writer is not None:
            writer, self._writer = self._writer, None
            writer.stop()
        self.target.discard()


def open_target(path: Path | None, compression: str | None) -> AtomicFile | StreamTarget:
    """An atomic file at ``path``, or standard output when ``path`` is None or ``-``."""
    if path is None or str(path) == "-":
        import sys

        if compression:
            raise OutputError("compression needs an output file; pipe through gzip or zstd")
        return StreamTarget(sys.stdout.buffer)
    return AtomicFile(Path(os.fspath(path)), compression)
