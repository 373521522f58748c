"""Write encoded blocks to a file on a thread of their own.

A small job on two cores runs in-process: the main thread generates and the
sink thread encodes and writes. Writing a block into a new file's page cache
can cost as much as encoding it (on the benchmark VM, fresh page-cache pages
cost 1 s per 480 MB when cold), so this thread writes block N while the sink
thread encodes block N + 1. (One worker keeps to one thread and writes itself.)
Bytes are written in order, and a new block is handed over only once the last
is written (memory holds two encoded blocks, not three); a failed write is
raised on the next call, and nothing after it is written.

>>> import io
>>> out = io.BytesIO()
>>> writer = BackgroundWriter(out)
>>> writer.put(b"a,b\\n"); writer.put(b"1,2\\n"); writer.close()
>>> out.getvalue()
b'a,b\\n1,2\\n'
"""

from __future__ import annotations

import pyarrow as pa

from lookalike.errors import OutputError
from lookalike.handoff import Handoff
from lookalike.sinks.base import Writable


class BackgroundWriter:
    """Writes buffers to ``stream`` in order, on its own thread."""

    def __init__(self, stream: Writable) -> None:
        self._stream = stream
        self._thread: Handoff[bytes | pa.Buffer] = Handoff(self._write, name="lookalike-writer")

    def _write(self, data: bytes | pa.Buffer) -> None:
        try:
            self._stream.write(data)
        except OSError as exc:
            raise OutputError(f"cannot write output: {exc.strerror or exc}") from exc

    def put(self, data: bytes | pa.Buffer) -> None:
        """Hand ``data`` over once the previous buffer is written.

        So at most two encoded blocks exist at once: the one being written and
        the one the caller encoded meanwhile.
        """
        self._thread.put(data)

    def flush(self) -> None:
        """Wait until everything handed over is written (or raise what failed)."""
        self._thread.flush()

    def close(self) -> None:
        """Write what is queued, then end the thread."""
        self._thread.finish()

    def stop(self) -> None:
        """End the thread without writing what is still queued (the output is discarded)."""
        self._thread.stop(OutputError("output discarded"))

    @property
    def alive(self) -> bool:
        """Whether the writer thread is still running."""
        return self._thread.alive
