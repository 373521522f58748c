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
_HEADER = b'{"type":"FeatureCollection","features":[\n'
_FOOTER = b"\n]}\n"


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


class GeoJsonSink:
    """Writes a GeoJSON FeatureCollection of Points or LineStrings."""

    encoder = None

    def __init__(self, path: Path) -> None:
        self.file = AtomicFile(path)
        self._first = True
        self._point: tuple[str, str] | None = None
        self._path: str | None = None
        self._properties: list[str] = []

    def open(self, schema: pa.Schema) -> None:
        names = {n.lower(): n for n in schema.names}
        latitude = next((names[n] for n in _LATITUDE if n in names), None)
        longitude = next((names[n] for n in _LONGITUDE if n in names), None)
        if "path" in names:
            self._path = names["path"]
        elif latitude is not None and longitude is not None:
            self._point = (longitude, latitude)
        else:
            raise OutputError(
                f"{self.file.path}: GeoJSON needs latitude and longitude columns (or a path "
                f"column of [longitude, latitude] pairs); the table has {', '.join(schema.names)}"
            )
        used = {self._path, *(self._point or ())}
        self._properties = [n for n in schema.names if n not in used]
        self.file.stream.write(_HEADER)

    def _geometry(self, batch: pa.RecordBatch) -> pa.Array:
        null = pa.scalar("null")
        if self._path is not None:
            path = batch.column(batch.schema.get_field_index(self._path))
            if pa.types.is_list(path.type) and pa.types.is_struct(path.type.value_type):
                raise OutputError("a path column holds [longitude, latitude] lists, not structs")
            coordinates = pc.utf8_slice_codeunits(
                _lines(pa.record_batch([path], names=["c"])), 5, -1
            )
            line = pc.binary_join_element_wise(
                '{"type":"LineString","coordinates":', coordinates, "}", ""
            )
            return pc.if_else(pc.is_valid(path), line, null)
        assert self._point is not None
        lon, lat = (batch.column(batch.schema.get_field_index(n)) for n in self._point)
        lon_f, lat_f = pc.cast(lon, pa.float64()), pc.cast(lat, pa.float64())
        point = pc.binary_join_element_wise(
            '{"type":"Point","coordinates":[', pc.cast(lon_f, pa.string()), ",",
            pc.cast(lat_f, pa.string()), "]}", "",
        )  # fmt: skip
        known = pc.and_(pc.is_finite(lon_f), pc.is_finite(lat_f))
        return pc.if_else(pc.fill_null(known, False), point, null)

    def write(self, batch: pa.RecordBatch) -> None:
        if not batch.num_rows:
            return
        properties = _lines(batch.select(self._properties))
        features = pc.binary_join_element_wise(
            '{"type":"Feature","geometry":', self._geometry(batch), ',"properties":', properties,
            "}", "",
        )  # fmt: skip
        listed = pa.ListArray.from_arrays(pa.array([0, len(features)], pa.int32()), features)
        body = pc.binary_join(listed, ",\n")[0]
        try:
            if not self._first:
                self.file.stream.write(b",\n")
            self.file.stream.write(body.as_buffer())
        except OSError as exc:
            raise OutputError(f"{self.file.path}: cannot write: {exc}") from exc
        self._first = False

    def write_encoded(self, data: bytes | pa.Buffer) -> None:
        raise TypeError("GeoJSON takes batches, not encoded bytes")

    def close(self) -> None:
        self.file.stream.write(_FOOTER)
        self.file.commit()

    def abort(self) -> None:
        self.file.discard()
