"""GeoJSON: a FeatureCollection streamed batch by batch, memory flat.

Rows with coordinates become Points (from columns named ``latitude`` and
``longitude``, or ``lat`` and ``lon``/``lng``); a column ``path`` holding a
list of ``[longitude, latitude]`` pairs makes LineStrings (routes, GPS
traces). Every other column goes into the feature's ``properties``. Rows are
encoded vectorised: Polars writes the properties as JSON lines, and Arrow
string kernels wrap each line in its feature.

>>> import tempfile, json, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "shops.geojson"
>>> batch = pa.record_batch({"name": ["A", "B"], "latitude": [51.5, None],
...                          "longitude": [-0.12, 2.35]})
>>> sink = GeoJsonSink(path); sink.open(batch.schema); sink.write(batch); sink.close()
>>> doc = json.loads(path.read_text())
>>> [f["geometry"] for f in doc["features"]]
[{'type': 'Point', 'coordinates': [-0.12, 51.5]}, None]
>>> doc["features"][0]["properties"]
{'name': 'A'}
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.errors import OutputError
from lookalike.sinks.files import AtomicFile

#: The media type to serve GeoJSON with (RFC 7946).
MEDIA_TYPE = "application/geo+json"
_LATITUDE = ("latitude", "lat")
_LONGITUDE = ("longitude", "lon", "lng")
#: What a FeatureCollection starts with, puts between encoded blocks, and ends with.
HEADER = b'{"type":"FeatureCollection","features":[\n'
BETWEEN = b",\n"
FOOTER = b"\n]}\n"
#: Rows encoded at once.
_SLICE_ROWS = 8192


def _lines(batch: pa.RecordBatch) -> pa.StringArray:
    """Each row of ``batch`` as a JSON object, as one Arrow string per row."""
    import polars as pl

    if batch.num_columns == 0:
        return pc.binary_join_element_wise(
            pa.nulls(batch.num_rows, pa.string()),
            "{}",
            null_handling="replace",
            null_replacement="",
        )
    frame = pl.from_arrow(batch)
    assert isinstance(frame, pl.DataFrame)
    data = frame.write_ndjson().encode()
    # Polars escapes newlines inside values, so each b"\n" ends a row.
    ends = np.flatnonzero(np.frombuffer(data, np.uint8) == 10)
    offsets = np.concatenate([[0], ends + 1]).astype(np.int32)
    rows = pa.Array.from_buffers(
        pa.string(), len(ends), [None, pa.py_buffer(offsets), pa.py_buffer(data)]
    )
    trimmed: pa.StringArray = pc.utf8_slice_codeunits(rows, 0, -1)
    return trimmed


@dataclass(frozen=True)
class GeoJsonEncoder:
    """A batch as GeoJSON features joined by ``,\\n``: a pure, picklable function, so
    worker processes can encode blocks while one process appends them between
    :data:`HEADER` and :data:`FOOTER` (with :data:`BETWEEN` between blocks).

    >>> schema = pa.schema([("id", pa.int64()), ("lat", pa.float64()), ("lon", pa.float64())])
    >>> encode = GeoJsonEncoder.for_schema(schema)
    >>> bytes(encode(pa.record_batch([[7], [1.5], [2.0]], schema=schema))).decode()
    '{"type":"Feature","geometry":{"type":"Point","coordinates":[2,1.5]},"properties":{"id":7}}'
    """

    point: tuple[str, str] | None  # (longitude, latitude) columns
    path: str | None  # a column of [longitude, latitude] pairs
    properties: tuple[str, ...]

    @classmethod
    def for_schema(cls, schema: pa.Schema, where: str = "GeoJSON") -> GeoJsonEncoder:
        """The encoder for a table; an OutputError when it has no coordinates."""
        names = {n.lower(): n for n in schema.names}
        latitude = next((names[n] for n in _LATITUDE if n in names), None)
        longitude = next((names[n] for n in _LONGITUDE if n in names), None)
        path = names.get("path")
        point = (longitude, latitude) if longitude and latitude and path is None else None
        if path is None and point is None:
            raise OutputError(
                f"{where}: GeoJSON needs latitude and longitude columns (or a path column of "
                f"longitude-latitude pairs); the table has {', '.join(schema.names)}"
            )
        if path is not None:
            kind = schema.field(path).type
            if not (pa.types.is_list(kind) and pa.types.is_list(kind.value_type)):
                raise OutputError(f"{where}: the path column must hold longitude-latitude lists")
        used = {path, *(point or ())}
        return cls(point, path, tuple(n for n in schema.names if n not in used))

    def geometry(self, batch: pa.RecordBatch) -> pa.Array:
        """Each row's geometry as JSON (``null`` where it has none)."""
        null = pa.scalar("null")
        if self.path is not None:
            path = batch.column(batch.schema.get_field_index(self.path))
            coordinates = pc.utf8_slice_codeunits(
                _lines(pa.record_batch([path], names=["c"])), 5, -1
            )  # '{"c":' and '}' cut off the one-column JSON object
            line = pc.binary_join_element_wise(
                '{"type":"LineString","coordinates":', coordinates, "}", ""
            )
            return pc.if_else(pc.is_valid(path), line, null)
        assert self.point is not None
        lon, lat = (
            pc.cast(batch.column(batch.schema.get_field_index(n)), pa.float64()) for n in self.point
        )
        point = pc.binary_join_element_wise(
            '{"type":"Point","coordinates":[', pc.cast(lon, pa.string()), ",",
            pc.cast(lat, pa.string()), "]}", "",
        )  # fmt: skip
        known = pc.fill_null(pc.and_(pc.is_finite(lon), pc.is_finite(lat)), False)
        return pc.if_else(known, point, null)

    def __call__(self, batch: pa.RecordBatch) -> bytes | pa.Buffer:
        if batch.num_rows <= _SLICE_ROWS:
            return self._encode(batch)
        # Slices keep the strings in flight small (a block of wide rows is ~150 MB at once).
        pieces = [
            self._encode(batch.slice(start, _SLICE_ROWS))
            for start in range(0, batch.num_rows, _SLICE_ROWS)
        ]
        return BETWEEN.join(bytes(piece) for piece in pieces)

    def _encode(self, batch: pa.RecordBatch) -> bytes | pa.Buffer:
        if not batch.num_rows:
            return b""
        properties = _lines(batch.select(list(self.properties)))
        features = pc.binary_join_element_wise(
            '{"type":"Feature","geometry":', self.geometry(batch), ',"properties":', properties,
            "}", "",
        )  # fmt: skip
        ends = pa.Array.from_buffers(
            pa.int32(), 2, [None, pa.py_buffer(np.array([0, len(features)], np.int32))]
        )
        body: pa.Buffer = pc.binary_join(pa.ListArray.from_arrays(ends, features), ",\n")[
            0
        ].as_buffer()
        return body


class GeoJsonSink:
    """Writes a GeoJSON FeatureCollection of Points or LineStrings."""

    encoder = None  # the encoder depends on the schema; this sink encodes each batch itself

    def __init__(self, path: Path) -> None:
        self.file = AtomicFile(path)
        self._first = True
        self._encode: GeoJsonEncoder | None = None

    def open(self, schema: pa.Schema) -> None:
        self._encode = GeoJsonEncoder.for_schema(schema, str(self.file.path))
        self.file.stream.write(HEADER)

    def write(self, batch: pa.RecordBatch) -> None:
        assert self._encode is not None
        for start in range(0, batch.num_rows, _SLICE_ROWS):
            self.write_encoded(self._encode._encode(batch.slice(start, _SLICE_ROWS)))

    def write_encoded(self, data: bytes | pa.Buffer) -> None:
        """Append one encoded block (features joined by ``,\\n``)."""
        if not len(data):
            return
        try:
            if not self._first:
                self.file.stream.write(BETWEEN)
            self.file.stream.write(data)
        except OSError as exc:
            raise OutputError(f"{self.file.path}: cannot write: {exc}") from exc
        self._first = False

    def close(self) -> None:
        self.file.stream.write(FOOTER)
        self.file.commit()

    def abort(self) -> None:
        self.file.discard()
