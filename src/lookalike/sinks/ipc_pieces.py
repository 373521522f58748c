"""Arrow IPC files written in pieces: workers encode record batches, the parent writes the footer.

An IPC file is its magic, the schema message, the dictionaries' messages
(once, before the first batch), one message per record batch, an
end-of-stream marker and a footer listing each message's place (offset,
metadata length, body length). A worker encodes its block as a one-batch IPC
stream in memory and keeps the dictionaries' and the batch's messages: a
:class:`IpcPiece`, placed anywhere in the file as it is (messages hold no
offsets); only the first piece places the dictionaries. The parent writes the
header before the pieces and, at the end, the footer: the footer of the empty
file (:class:`IpcLayout`, written by pyarrow) with the messages' blocks added
the way Arrow's flatbuffers builder adds them (:func:`footer_with`). The result
is byte for byte what one ``RecordBatchFileWriter`` writes; the layout checks
that on a one-batch file before it is used (a schema it could not rebuild is
written by one process instead). Like that writer, the parent refuses a block
whose dictionaries differ from the first block's.

>>> import pyarrow as pa
>>> schema = pa.schema([("n", pa.int64())])
>>> layout = IpcLayout.of(schema, None)
>>> piece = BatchEncoder(schema, None)(pa.record_batch([pa.array([1, 2, 3])], schema=schema))
>>> data = layout.header + piece.body.to_pybytes()
>>> data += layout.ending([piece.footer_at(len(layout.header), 0)])
>>> pa.ipc.open_file(pa.py_buffer(data)).read_all().column("n").to_pylist()
[1, 2, 3]
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.ipc as ipc

from lookalike.errors import OutputError
from lookalike.sinks.base import Piece

MAGIC = b"ARROW1"
#: The end-of-stream marker before the footer: a continuation and a zero length.
EOS = b"\xff\xff\xff\xff\x00\x00\x00\x00"
# Footer table field ids (Arrow's File.fbs): version, schema, dictionaries, recordBatches.
_SCHEMA, _DICTIONARIES = 1, 2
_VERSION_V5 = 4
# A Block struct: offset (int64), metaDataLength (int32), padding, bodyLength (int64).
_BLOCK = struct.Struct("<qiiq")
_LENGTHS = struct.Struct("<iq")
#: Bytes of the digest that tells whether a piece's dictionaries are the first piece's.
_DIGEST = 16


def write_options(compression: str | None) -> ipc.IpcWriteOptions:
    """The options every path writes with, so pieces and whole files agree."""
    return ipc.IpcWriteOptions(compression=compression)


def canonical(batch: pa.RecordBatch) -> pa.RecordBatch:
    """The batch with freshly built buffers when its length leaves bitmap padding bits.

    IPC files store validity bitmaps byte for byte; compute kernels may leave
    junk in the unused bits of the last byte, which would make the file's bytes
    depend on how rows were chunked. Full blocks (a multiple of 8 rows) have
    no such bits and pass through untouched.
    """
    if batch.num_rows % 8 == 0:
        return batch
    indices = pa.Array.from_buffers(
        pa.int32(), batch.num_rows,
        [None, pa.py_buffer(np.arange(batch.num_rows, dtype=np.int32))],
    )  # fmt: skip
    return batch.take(indices)


class IpcPiece(Piece):
    """A block's messages: its dictionaries' (if any), then its batch's.

    ``footer`` packs what the parent needs: how many dictionary messages
    lead the body, each message's (metadata, body) lengths, and a digest of
    the dictionaries (every block must carry the first block's).
    """

    def _parts(self) -> tuple[list[tuple[int, int]], bytes]:
        count = int.from_bytes(self.footer[:4], "little")
        lengths = [
            _LENGTHS.unpack_from(self.footer, 4 + i * _LENGTHS.size) for i in range(count + 1)
        ]
        return lengths, self.footer[-_DIGEST:]

    def body_at(self, index: int) -> pa.Buffer:
        """All messages for the first piece; the batch's alone for the others."""
        if index == 0:
            return self.body
        lengths, _ = self._parts()
        skip = sum(metadata + body for metadata, body in lengths[:-1])
        return self.body.slice(skip)

    def footer_at(self, offset: int, index: int) -> bytes:
        """The piece's share of the footer once :meth:`body_at` is placed at ``offset``:
        the dictionaries' blocks (first piece only), the batch's block and the digest.

        Layout: the dictionary count (4 bytes), their Block structs, the batch's
        Block struct (24 bytes each) and the digest, all little-endian.
        """
        lengths, digest = self._parts()
        kept = lengths if index == 0 else lengths[-1:]
        blocks = []
        for metadata, body in kept:
            blocks.append(_BLOCK.pack(offset, metadata, 0, body))
            offset += metadata + body
        return (len(kept) - 1).to_bytes(4, "little") + b"".join(blocks) + digest


@dataclass(frozen=True)
class BatchEncoder:
    """Encodes a batch into an :class:`IpcPiece` (its messages). Picklable."""

    schema: pa.Schema
    compression: str | None

    def __call__(self, batch: pa.RecordBatch) -> IpcPiece:
        out = pa.BufferOutputStream()
        with ipc.new_stream(out, self.schema, options=write_options(self.compression)) as writer:
            writer.write_batch(canonical(batch))
        stream = out.getvalue()
        # The stream is the schema's message, the dictionaries', the batch's, and the
        # end marker.
        reader = pa.BufferReader(stream)
        ipc.read_message(reader)
        start = reader.tell()
        lengths = []
        while reader.tell() < stream.size - len(EOS):
            at = reader.tell()
            ipc.read_message(reader)
            metadata = 8 + _int32(stream, at + 4)
            lengths.append((metadata, reader.tell() - at - metadata))
        body = stream.slice(start, stream.size - start - len(EOS))
        dictionaries = body.slice(0, sum(m + b for m, b in lengths[:-1]))
        digest = hashlib.blake2b(dictionaries, digest_size=_DIGEST).digest()
        footer = (len(lengths) - 1).to_bytes(4, "little")
        footer += b"".join(_LENGTHS.pack(m, b) for m, b in lengths) + digest
        return IpcPiece(body, footer, batch.num_rows)


@dataclass(frozen=True)
class IpcLayout:
    """What the parent writes around the pieces: the ``header`` (magic and schema
    message) and, from the empty file's ``footer``, the file's ending."""

    header: bytes
    footer: bytes
    #: The largest alignment the schema's part of the footer asked for (it sets the
    #: footer's final padding, so it is found by rebuilding the empty footer).
    tail_align: int

    @classmethod
    def of(cls, schema: pa.Schema, compression: str | None) -> IpcLayout | None:
        """The layout for ``schema``, or None when pieces would not give pyarrow's bytes
        (a footer not rebuilt exactly)."""
        empty = _whole_file(schema, compression, [])
        header, footer = _split(empty)
        for align in (4, 8):
            layout = cls(header, footer, align)
            if layout._footer([]) == footer and layout._checked(schema, compression):
                return layout
        return None

    def _checked(self, schema: pa.Schema, compression: str | None) -> bool:
        """Whether a one-batch file built from a piece is the one pyarrow writes."""
        batch = pa.RecordBatch.from_pylist([], schema=schema)
        piece = BatchEncoder(schema, compression)(batch)
        built = (
            self.header
            + piece.body.to_pybytes()
            + self.ending([piece.footer_at(len(self.header), 0)])
        )
        return bool(built == _whole_file(schema, compression, [batch]))

    def ending(self, shares: Sequence[bytes]) -> bytes:
        """What follows the last piece: the end marker, the footer listing every
        piece's messages (``shares``: each an :meth:`IpcPiece.footer_at`, in order),
        its length and the magic. Raises if a piece's dictionaries are not the first's."""
        dictionaries: list[bytes] = []
        batches: list[bytes] = []
        for index, share in enumerate(shares):
            count = int.from_bytes(share[:4], "little")
            blocks = [
                share[4 + i * _BLOCK.size : 4 + (i + 1) * _BLOCK.size] for i in range(count + 1)
            ]
            if index == 0:
                dictionaries = blocks[:-1]
            elif share[-_DIGEST:] != shares[0][-_DIGEST:]:
                raise OutputError(
                    f"record batch {index} has other dictionaries than the first; an Arrow "
                    "IPC file holds one dictionary per column: write Parquet or CSV instead"
                )
            batches.append(blocks[-1])
        footer = footer_with(self.footer, batches, self.tail_align, dictionaries)
        return EOS + footer + len(footer).to_bytes(4, "little") + MAGIC

    def _footer(self, blocks: Sequence[bytes]) -> bytes:
        return footer_with(self.footer, blocks, self.tail_align)


def footer_with(
    empty: bytes, blocks: Sequence[bytes], tail_align: int, dictionaries: Sequence[bytes] = ()
) -> bytes:
    """The footer flatbuffer of the empty file's ``empty`` with ``blocks`` as its record
    batches and ``dictionaries`` as its dictionaries (Block structs), built as Arrow's
    C++ writer builds it (``WriteFileFooter``).

    A flatbuffer is built back to front: the schema first (so its bytes, the
    tail, are the same whatever follows), then the dictionaries vector, the
    record batches vector, the footer table and its vtable, and the root
    offset. Alignment counts from the buffer's end; an empty vector of structs
    is not aligned.
    """
    root = _int32(empty, 0)
    vtable = root - _int32(empty, root)
    # Where the table's fields are: version, schema, dictionaries, record batches.
    fields: tuple[int, ...] = struct.unpack_from("<4H", empty, vtable + 4)

    def target(index: int) -> int:
        at = root + fields[index]
        return at + _int32(empty, at)

    no_dictionaries = target(_DICTIONARIES)
    assert _int32(empty, no_dictionaries) == 0, "the empty file lists no dictionaries"
    built = _Builder(empty[no_dictionaries + 4 :], tail_align)
    schema = len(empty) - target(_SCHEMA)  # offsets count from the buffer's end
    dictionaries_at = built.structs(dictionaries)
    batches_at = built.structs(blocks)
    # The table: fields in the generated CreateFooter's order, then the vtable.
    start = built.size
    batches_field = built.offset(batches_at)
    dictionaries_field = built.offset(dictionaries_at)
    schema_field = built.offset(schema)
    built.align(2)
    built.push(_VERSION_V5.to_bytes(2, "little"))
    version_field = built.size
    built.align(4)
    built.push(b"\x00\x00\x00\x00")  # the vtable's offset, set once the vtable is placed
    table = built.size
    built.push(
        struct.pack(
            "<6H", 12, table - start, table - version_field, table - schema_field,
            table - dictionaries_field, table - batches_field,
        )
    )  # fmt: skip
    built.set_int32(table, built.size - table)
    built.align(max(built.min_align, 4), 4)
    built.push((built.size + 4 - table).to_bytes(4, "little"))
    return built.data()


class _Builder:
    """The few flatbuffers builder steps the footer needs, on a buffer grown downwards."""

    def __init__(self, tail: bytes, min_align: int) -> None:
        self._parts: list[bytes] = [tail]
        self.size = len(tail)
        self.min_align = min_align

    def push(self, data: bytes) -> None:
        self._parts.append(data)
        self.size += len(data)

    def align(self, alignment: int, additional: int = 0) -> None:
        self.min_align = max(self.min_align, alignment)
        self.push(b"\x00" * (-(self.size + additional) % alignment))

    def structs(self, blocks: Sequence[bytes]) -> int:
        """Push a vector of Block structs; return where it sits."""
        size = _BLOCK.size * len(blocks)
        self.align(4, size)
        if blocks:
            self.align(8, size)
            self.push(b"".join(blocks))
        self.push(len(blocks).to_bytes(4, "little"))
        return self.size

    def offset(self, target: int) -> int:
        """Push a reference to what was built at ``target``; return where it sits."""
        self.align(4)
        self.push((self.size + 4 - target).to_bytes(4, "little"))
        return self.size

    def set_int32(self, at: int, value: int) -> None:
        data = self.data()
        where = len(data) - at
        self._parts = [data[:where] + struct.pack("<i", value) + data[where + 4 :]]

    def data(self) -> bytes:
        return b"".join(reversed(self._parts))


def _whole_file(schema: pa.Schema, compression: str | None, batches: list[pa.RecordBatch]) -> bytes:
    out = pa.BufferOutputStream()
    with ipc.new_file(out, schema, options=write_options(compression)) as writer:
        for batch in batches:
            writer.write_batch(batch)
    return bytes(out.getvalue().to_pybytes())


def _split(data: bytes) -> tuple[bytes, bytes]:
    """An IPC file's (header, footer): what precedes the first batch, and the footer."""
    footer_size = int.from_bytes(data[-10:-6], "little")
    footer_start = len(data) - 10 - footer_size
    header_end = footer_start - len(EOS)
    return data[:header_end], data[footer_start:-10]


def _message_size(data: pa.Buffer, at: int) -> int:
    """The length of the encapsulated message at ``at`` (continuation, length, metadata);
    a schema message has no body."""
    return 8 + _int32(data, at + 4)


def _int32(data: bytes | pa.Buffer, at: int) -> int:
    view = memoryview(data)[at : at + 4]
    return int.from_bytes(view, "little", signed=True)
