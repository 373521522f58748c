"""Writing the data files, and small geometry and text helpers shared by the steps."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from .config import EARTH_KM, ZSTD_LEVEL, log


def write_parquet(out: Path, name: str, table: pa.Table) -> None:
    path = out / name
    pq.write_table(
        table,
        path,
        compression="zstd",
        compression_level=ZSTD_LEVEL,
        use_dictionary=True,
        write_statistics=True,
    )
    log(f"wrote {name}: {table.num_rows:,} rows, {path.stat().st_size / 1e6:.2f} MB")


def write_json(out: Path, name: str, obj: Any, *, indent: int | None = None) -> None:
    path = out / name
    text = json.dumps(obj, ensure_ascii=False, indent=indent, sort_keys=False)
    path.write_text(text + "\n", encoding="utf-8")
    log(f"wrote {name}: {path.stat().st_size / 1e3:.1f} KB")


def to_xyz(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    la = np.radians(np.asarray(lat, dtype=np.float64))
    lo = np.radians(np.asarray(lon, dtype=np.float64))
    return np.c_[np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)]


def chord_to_km(chord: np.ndarray) -> np.ndarray:
    return 2.0 * EARTH_KM * np.arcsin(np.clip(np.asarray(chord) / 2.0, 0.0, 1.0))


def haversine_km(lat1: Any, lon1: Any, lat2: Any, lon2: Any) -> np.ndarray:
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation: a key for loose name matching."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("&", " and ").replace("'", "").replace("\u2019", "")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def zipf_weights(n: int, q: float = 10.0) -> list[float]:
    """Zipf-Mandelbrot weights 1/(rank+q) for a list assumed ordered by frequency."""
    return [round(1.0 / (r + q), 8) for r in range(n)]
