"""Write encoded blocks to a file on a thread of their own.

A small job on two cores runs in-process: the main thread generates and the
sink thread encodes and writes. Writing a block into a new file's page cache
can cost as much as encoding it (on the benchmark VM, fresh page-cache pages
cost 1 s per 480 MB when cold), so this thread writes block N while the sink
thread encodes block N + 1. (One worker keeps to one thread and writes itself.)
Bytes are written in order, and a new block is handed over only once the last
is written (memory holds two encoded blocks, not three); a failed
write is raised on the next call, and nothing after it is written.

>>> import io
>>> out = io.BytesIO()
>>> writer = BackgroundWriter(out)
>>> writer.put(b"a,b\\n"); writer.put(b"1,2\\n"); writer.close()
>>> out.getvalue()
b'a,b\\n1,2\\n'
"""

from __future__ import annotations

import queue
import threading
from typing import BinaryIO

import pyarrow as pa

from lookalike.errors import OutputError


class BackgroundWriter:
    """Writes buffers to ``stream`` in order, on its own thread."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._queue: queue.Queue[bytes | pa.Buffer | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="lookalike-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:  # the end
                    return
                if self._error is None:  # after a failure, drop the rest unwritten
                    self._stream.write(item)
            except BaseException as exc:  # raised again in the sink's thread
                self._error = exc
            finally:
                self._queue.task_done()

    def _raise(self) -> None:
        if self._error is not None:
            error = self._error
            if isinstance(error, OSError):
                raise OutputError(f"cannot write output: {error.strerror or error}") from error
            raise error

    def put(self, data: bytes | pa.Buffer) -> None:
        """Hand ``data`` over once the previous buffer is written.

        So at most two encoded blocks exist at once: the one being written and
        the one the caller encoded meanwhile (a queue slot would hold a third).
        """
        self._queue.join()
        self._raise()
        self._queue.put(data)

    def flush(self) -> None:
        """Wait until everything queued is written (or raise what failed)."""
        self._queue.join()
        self._raise()

    def close(self) -> None:
        """Write what is queued, then end the thread."""
        try:
            self.flush()
        finally:
            self._queue.put(None)
            self._thread.join()

    def stop(self) -> None:
        """End the thread without writing what is still queued (the output is discarded)."""
        self._error = self._error or OutputError("output discarded")
        try:
            while True:
                self._queue.get_nowait()
                self._queue.task_done()
        except queue.Empty:
            pass
        self._queue.put(None)
        self._thread.join(timeout=30)
