"""Step `phone_areas`: landline templates of every area code a shipped place uses
(`phone_areas.parquet`), so that a landline carries the area code of the row's town.

Runs after `us` and `postal`, which give each place its area (see areas.py). GB's
areas stay in `phones.json` (`fixed_by_area`), derived by the older GB path.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .areas import region_areas, restrict_entries
from .config import NOTES, POSTAL_COUNTRIES, log
from .outputs import write_parquet
from .phones import weighted_fixed


def used_areas(out: Path) -> dict[str, Counter[str]]:
    """Area codes of the shipped places, per region, with how many places use each."""
    used: dict[str, Counter[str]] = {}
    us = pq.read_table(out / "us_zips.parquet", columns=["area_code"])
    used["US"] = Counter(us["area_code"].to_pylist())
    postal = pq.read_table(out / "postal_codes.parquet", columns=["country", "area_code"])
    for cc, area in zip(
        postal["country"].to_pylist(), postal["area_code"].to_pylist(), strict=True
    ):
        used.setdefault(cc, Counter())[area] += 1
    return used


def build_phone_areas(out: Path, cache: Path) -> None:
    phones = json.loads((out / "phones.json").read_text(encoding="utf-8"))
    result: dict[str, Any] = {}
    info: dict[str, Any] = {}
    for region, counts in sorted(used_areas(out).items()):
        if region not in ("US", *POSTAL_COUNTRIES):
            continue
        areas = region_areas(region, weighted_fixed(region))
        by_area = {}
        for area in sorted(counts):
            entries = restrict_entries(phones[region]["fixed"], area, areas.nested(area))
            if not entries:
                raise SystemExit(f"{region}: area {area} has no landline templates")
            by_area[area] = entries
        result[region] = by_area
        info[region] = {"areas_used": len(by_area), "templates": sum(map(len, by_area.values()))}
        log(f"phone areas {region}: {info[region]}")
    write_parquet(out, "phone_areas.parquet", areas_table(result))
    NOTES["phone_area_templates"] = info


def areas_table(by_region: dict[str, dict[str, list[dict[str, Any]]]]) -> pa.Table:
    """One row per template of an area: Parquet compresses the repeated layouts and digit
    sets that JSON would spell out (6 MB as JSON)."""
    rows = [
        (region, area, e["weight"], ",".join(e["positions"]), e["national"], e["international"])
        for region, areas in sorted(by_region.items())
        for area, entries in sorted(areas.items())
        for e in entries
    ]
    names = ("region", "area", "weight", "positions", "national", "international")
    columns = {name: [r[i] for r in rows] for i, name in enumerate(names)}
    return pa.table(
        {
            name: pa.array(values, pa.float64() if name == "weight" else pa.string())
            for name, values in columns.items()
        }
    )


def read_areas(path: Path) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """``phone_areas.parquet`` back as {region: {area: [template entries]}}."""
    result: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for row in pq.read_table(path).to_pylist():
        entry = {
            "weight": row["weight"],
            "positions": row["positions"].split(","),
            "national": row["national"],
            "international": row["international"],
        }
        result.setdefault(row["region"], {}).setdefault(row["area"], []).append(entry)
    return result
