"""The compiled CSV encoder writes exactly what Arrow's CSV writer writes.

Output must not depend on whether the extension was built, so every column
type lookalike produces, with nulls, slices and edge values, is compared byte
for byte against ``pyarrow.csv.write_csv``.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lookalike
from lookalike.native.csv import encode_csv

pytestmark = pytest.mark.usefixtures("kernels")


def _arrow(batch: pa.RecordBatch, delimiter: str = ",") -> bytes:
    out = io.BytesIO()
    options = pacsv.WriteOptions(include_header=False, delimiter=delimiter)
    pacsv.write_csv(batch, out, write_options=options)
    return out.getvalue()


def _same(batch: pa.RecordBatch, delimiter: str = ",") -> None:
    fast = encode_csv(batch, delimiter.encode())
    assert fast is not None
    assert fast.to_pybytes() == _arrow(batch, delimiter)


EDGE = {
    "int64": pa.array([0, -1, 2**63 - 1, -(2**63), None, 42], pa.int64()),
    "int8": pa.array([-128, 127, None, 0, 1, -1], pa.int8()),
    "uint64": pa.array([2**64 - 1, 0, None, 1, 2, 3], pa.uint64()),
    "float": pa.array([1.5, float("nan"), 1e300, -0.0, None, 1 / 3]),
    "date": pa.array(
        [
            dt.date(1, 1, 1),
            dt.date(9999, 12, 31),
            None,
            dt.date(1970, 1, 1),
            dt.date(1969, 12, 31),
            dt.date(2000, 2, 29),
        ]
    ),
    "ts_s": pa.array([-1, 0, 1, None, 86_399, 253_402_300_799], pa.timestamp("s")),
    "ts_ms_utc": pa.array([-1, 0, 1_700_000_000_123, None, 5, 999], pa.timestamp("ms", "UTC")),
    "ts_us": pa.array([-1, 0, 1, None, 10**15, -(10**15)], pa.timestamp("us")),
    "ts_ns_utc": pa.array([-1, 0, 1, None, 10**18, -(10**18)], pa.timestamp("ns", "UTC")),
    "ts_london": pa.array([0, 1, 2, None, 3, 4], pa.timestamp("s", "Europe/London")),
    "decimal": pa.array(
        [
            Decimal("-0.05"),
            Decimal("0"),
            None,
            Decimal("999.99"),
            Decimal("-999.99"),
            Decimal("1.10"),
        ],
        pa.decimal128(5, 2),
    ),
    "decimal_wide": pa.array(
        [Decimal(10**30), Decimal(-5), None, Decimal(0), Decimal(1), Decimal(2)],
        pa.decimal128(38, 0),
    ),
    "bool": pa.array([True, False, None, True, False, True]),
    "string": pa.array(['a"b', "", None, "line\nbreak", "ünï,cödé", '""']),
    "large_string": pa.array(["x", None, "y", "z", "", "w"], pa.large_string()),
    "dict": pa.array(["GB", "US", None, "GB", 'D"E', "US"]).dictionary_encode(),
    "time": pa.array(
        [dt.time(1, 2, 3), None, dt.time(0), dt.time(23, 59, 59), None, dt.time(12)], pa.time32("s")
    ),
}


@pytest.mark.parametrize("name", list(EDGE))
def test_each_type_with_edges_and_nulls(name: str) -> None:
    _same(pa.record_batch([EDGE[name]], names=[name]))


def test_all_types_together_sliced_and_with_tabs() -> None:
    batch = pa.record_batch(list(EDGE.values()), names=list(EDGE))
    _same(batch)
    _same(batch.slice(1, 4))
    _same(batch, "\t")


@pytest.mark.parametrize("template", ["person", "user", "ecommerce", "company"])
def test_templates_match_arrow(template: str) -> None:
    table = lookalike.generate(lookalike.load_template(template), rows=3000, seed=9)
    for batch in table.to_batches(max_chunksize=1000):
        _same(batch)


def test_the_shipped_example_matches_arrow() -> None:
    table = lookalike.generate("examples/base-types.yaml", rows=5000, seed=2)
    for batch in table.to_batches():
        _same(batch)
        _same(batch.slice(17, 400))


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    values=st.lists(st.one_of(st.none(), st.integers(-(2**63), 2**63 - 1)), min_size=1),
    texts=st.data(),
)
def test_random_integers_and_texts(values: list[int | None], texts: st.DataObject) -> None:
    words = texts.draw(
        st.lists(st.one_of(st.none(), st.text()), min_size=len(values), max_size=len(values))
    )
    stamps = np.array([v or 0 for v in values], dtype=np.int64) // 1000
    batch = pa.record_batch(
        [pa.array(values, pa.int64()), pa.array(words, pa.string()),
         pa.array(stamps, pa.timestamp("us"))],
        names=["n", "s", "t"],
    )  # fmt: skip
    _same(batch)


def _quoted_words() -> list[str]:
    """Strings of 0 to 70 bytes with a quote at every position, or none, or non-ASCII."""
    words = [("abcdefghij" * 7)[:length] for length in range(71)]
    words += [
        w[:at] + '"' + w[at + 1 :] for w in words[1:40] for at in (0, len(w) // 2, len(w) - 1)
    ]
    return [*words, "é" * 20, '""', "x\ny", ""]


@pytest.mark.parametrize("pad", [False, True])
def test_strings_with_quotes_anywhere_padded_or_not(pad: bool) -> None:
    from lookalike.native.concat import Take, concat, padded

    words = _quoted_words()
    pool = padded(pa.array(words)) if pad else pa.array(words)
    rng = np.random.default_rng(8)
    index = rng.integers(0, len(words), 3000)
    index[-1] = len(words) - 1  # the pool's last string, right before its slack
    # A concat result (its slack after the strings), a dictionary over the pool, the pool sliced.
    joined = concat([Take(pool, index), "|", Take(pool, index[::-1].copy())], len(index))
    coded = pa.DictionaryArray.from_arrays(pa.array(index.astype(np.int32)), pool)
    sliced = pool[5:]
    batch = pa.record_batch(
        [joined, coded, pa.array([words[i] for i in index])],
        names=["joined", "coded", "plain"],
    )
    _same(batch)
    _same(pa.record_batch([sliced], names=["sliced"]))


def test_a_quote_in_a_pools_slack_is_not_seen() -> None:
    # Bytes after the last string are not part of it, whatever they hold.
    data = pa.py_buffer(b"abc" + b'"' * 40)
    offsets = pa.py_buffer(np.array([0, 2, 3], dtype=np.int32).tobytes())
    pool = pa.Array.from_buffers(pa.string(), 2, [None, offsets, data])
    _same(pa.record_batch([pool], names=["a"]))
    encoded = encode_csv(pa.record_batch([pool], names=["a"]), b",")
    assert encoded is not None
    assert encoded.to_pybytes() == b'"ab"\n"c"\n'


def test_every_day_of_years_1_to_9999_as_arrow_writes_it() -> None:
    # The date arithmetic is exact over the whole range the encoder takes (3.65M days).
    days = np.arange(-719_162, 2_932_897, dtype=np.int32)
    dates = pa.Array.from_buffers(pa.date32(), len(days), [None, pa.py_buffer(days)])
    _same(pa.record_batch([dates], names=["day"]))
    seconds = days.astype(np.int64) * 86_400 + 86_399  # the last second of each day
    stamps = pa.Array.from_buffers(pa.timestamp("s"), len(days), [None, pa.py_buffer(seconds)])
    _same(pa.record_batch([stamps], names=["at"]))


def _rounded_floats(seed: int) -> pa.Array:
    """Floats rounded to 0 to 15 places over magnitudes 1e-8 to 1e13 (both of Arrow's
    notations, plain and exponent), with nulls: the encoder writes them as digits."""
    rng = np.random.default_rng(seed)
    scale = int(rng.integers(0, 16))
    magnitude = float(10.0 ** rng.integers(-8, 14))
    values = np.round(rng.normal(0, 1, 500) * magnitude, scale)
    values[:4] = [0.0, 1e-7, 1.5e10, 123_456_789.0]
    return pa.array(values, mask=rng.random(500) < 0.1)


@pytest.mark.parametrize("seed", range(40))
def test_rounded_floats_as_arrow_writes_them(seed: int) -> None:
    batch = pa.record_batch([_rounded_floats(seed)], names=["x"])
    _same(batch)
    _same(batch.slice(3, 300))


def test_floats_arrow_spells_itself_still_match() -> None:
    # nan, inf, -0 and digits past 15 places go through Arrow's own cast.
    for values in ([1.5, float("inf")], [-0.0, 2.0], [1 / 3, 0.5], [1e300, 1.0], [0.1 + 0.2]):
        _same(pa.record_batch([pa.array(values)], names=["x"]))


def test_cells_full_of_quotes_fit_the_buffer() -> None:
    # The buffer is sized from the quotes the strings hold: each is written twice.
    words = ['"' * n for n in range(40)]
    batch = pa.record_batch(
        [pa.array(words * 50), pa.array(words * 50).dictionary_encode()], names=["s", "d"]
    )
    _same(batch)
    _same(batch.slice(7, 900))


def test_encoding_does_not_import_pandas() -> None:
    # pyarrow imports pandas (a third of a second) for np.asarray on an array or a
    # Python scalar argument; the encoder reads buffers instead.
    import subprocess
    import sys

    code = """
import sys, numpy as np, pyarrow as pa
from lookalike.native.csv import encode_csv
buf = pa.py_buffer
valid = buf(np.array([1], np.uint8))  # the first of two slots
f = pa.Array.from_buffers(pa.float64(), 2, [valid, buf(np.array([1.5, 2.0]))])
i = pa.Array.from_buffers(pa.int64(), 2, [valid, buf(np.array([7, 8]))])
offsets = buf(np.array([0, 1, 2], np.int32))
words = pa.Array.from_buffers(pa.string(), 2, [None, offsets, buf(b"ab")])
codes = pa.Array.from_buffers(pa.int32(), 2, [None, buf(np.array([1, 0], np.int32))])
d = pa.DictionaryArray.from_arrays(codes, words)
batch = pa.RecordBatch.from_arrays([f, d, i], names=["f", "d", "i"])
assert "pandas" not in sys.modules
print(encode_csv(batch, b",").to_pybytes(), "pandas" in sys.modules)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == """b'1.5,"b",7\\n,"a",\\n' False"""
