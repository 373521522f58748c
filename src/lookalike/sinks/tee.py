"""One run, several outputs: every batch goes to each sink in turn (``-f csv,parquet``).

Rows are generated once and each sink encodes them its own way, so the files
hold exactly what separate runs would write.

>>> from lookalike.sinks.columnar import MemorySink
>>> a, b = MemorySink(), MemorySink()
>>> tee = TeeSink([a, b])
>>> batch = pa.record_batch([pa.array([1, 2])], names=["n"])
>>> tee.open(batch.schema); tee.write(batch); tee.close()
>>> a.table.num_rows, b.table.num_rows
(2, 2)
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

import pyarrow as pa

from lookalike.sinks.base import Sink


class TeeSink:
    """Writes the same batches to several sinks; if one fails, all are aborted."""

    encoder = None

    def __init__(self, sinks: Sequence[Sink]) -> None:
        self.sinks = list(sinks)

    def open(self, schema: pa.Schema) -> None:
        for sink in self.sinks:
            sink.open(schema)

    def write(self, batch: pa.RecordBatch) -> None:
        for sink in self.sinks:
            if sink.encoder is not None:
                if batch.num_rows:
                    sink.write_encoded(sink.encoder(batch))
            else:
                sink.write(batch)

    def write_encoded(self, data: bytes | pa.Buffer) -> None:
        raise TypeError("several outputs take batches, each encoded its own way")

    def close(self) -> None:
        for sink in self.sinks:
            sink.close()

    def abort(self) -> None:
        for sink in self.sinks:
            with contextlib.suppress(Exception):
                sink.abort()
