"""What the finance kinds share: data files, serial numbers and string building."""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import numpy as np
import pyarrow as pa

from lookalike.errors import SpecError
from lookalike.kinds.base import BlockContext, typed_array
from lookalike.permutation import Permutation
from lookalike.randomness import column_key

DIGITS = np.frombuffer(b"0123456789", dtype=np.uint8)
UPPER = np.frombuffer(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", dtype=np.uint8)
#: Serial digits at most: keeps a serial space within a permutation's reach.
MAX_SERIAL_DIGITS = 12


def _data_file(name: str) -> Any:
    return resources.files("lookalike") / "data" / "locales" / name


def missing_data(name: str, path: str) -> SpecError:
    return SpecError(
        f"the bank data file {name} is missing from this installation; reinstall lookalike",
        path=path,
    )


@cache
def iban_formats() -> dict[str, dict[str, Any]]:
    formats: dict[str, dict[str, Any]] = json.loads(_data_file("iban_formats.json").read_text())
    return formats


@cache
def bank_rows() -> pa.Table:
    import pyarrow.parquet as pq

    with resources.as_file(_data_file("banks.parquet")) as path:
        return pq.read_table(path, columns=["country", "bank_code", "bic", "name"])


@cache
def bank_countries() -> tuple[str, ...]:
    return tuple(sorted(set(bank_rows().column("country").to_pylist())))


def ragged_strings(matrix: np.ndarray, lengths: np.ndarray) -> pa.StringArray:
    """Row ``i`` is the first ``lengths[i]`` bytes of ``matrix[i]``."""
    offsets = np.zeros(len(lengths) + 1, dtype=np.int32)
    np.cumsum(lengths, out=offsets[1:])
    keep = np.arange(matrix.shape[1])[None, :] < lengths[:, None]
    data = np.ascontiguousarray(matrix, dtype=np.uint8)[keep]
    array: pa.StringArray = pa.Array.from_buffers(
        pa.string(), len(lengths),
        [None, pa.py_buffer(offsets), pa.py_buffer(data if data.size else np.zeros(1, np.uint8))],
    )  # fmt: skip
    return array


def take_strings(strings: pa.Array, index: np.ndarray) -> pa.Array:
    return strings.take(typed_array(index.astype(np.int32), pa.int32()))


@lru_cache(maxsize=256)
def _serial_permutation(seed: int, table: str, group: str, purpose: str, size: int) -> Permutation:
    return Permutation(size=size, key=tuple(column_key(seed, table, f"@{group}", purpose)))


def permuted_serials(ctx: BlockContext, group: str, purpose: str, size: int) -> np.ndarray:
    """Distinct numbers in ``[0, size)`` for the block's rows (they repeat only past ``size``)."""
    rows = ctx.row_numbers() % np.uint64(size)
    return _serial_permutation(ctx.seed, ctx.table, group, purpose, size).apply(rows)
