"""`build_info.json` (inputs, versions, row counts, figures) and `DATA_NOTICE.md`."""

from __future__ import annotations

import importlib.metadata
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from .config import LOCALES, NOTES, SEED, WHEELS, log
from .inputs import sha256, wheel_path
from .names import UR_PK_FEMALE, UR_PK_SURNAMES
from .text_data import read_template


def file_summary(out: Path) -> dict[str, Any]:
    files: dict[str, Any] = {}
    for p in sorted(out.iterdir()):
        if not p.is_file() or p.name in ("build_info.json", "DATA_NOTICE.md"):
            continue
        entry: dict[str, Any] = {"bytes": p.stat().st_size}
        if p.suffix == ".parquet":
            entry["rows"] = pq.ParquetFile(p).metadata.num_rows
        files[p.name] = entry
    return files


def write_build_info(out: Path, cache: Path, versions: dict[str, str]) -> dict[str, Any]:
    path = out / "build_info.json"
    old: dict[str, Any] = {}
    if path.exists():
        old = json.loads(path.read_text(encoding="utf-8"))
    notes = dict(old.get("notes", {}))
    notes.update(NOTES)
    wheels = {}
    for name, ver in sorted(WHEELS.items()):
        p = wheel_path(cache, name)
        wheels[name] = {"version": ver, "file": p.name, "sha256": sha256(p)}
    info = {
        "builder": "tools/build_locale_data.py",
        "seed": SEED,
        "wheels": wheels,
        "packages": dict(sorted(versions.items())),
        "files": file_summary(out),
        "notes": dict(sorted(notes.items())),
    }
    path.write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    log("wrote build_info.json")
    return info


def _license_text(dist: str) -> str:
    files = importlib.metadata.files(dist) or []
    for f in files:
        if "licenses/" in str(f) or str(f).upper().endswith("LICENSE"):
            return Path(str(f.locate())).read_text(encoding="utf-8").strip()
    raise SystemExit(f"no licence file found for {dist}")


def _unidic_licence() -> str:
    """UniDic's BSD licence (one of its three; the one the names are used under)."""
    import unidic_lite

    return (Path(unidic_lite.DICDIR) / "BSD").read_text(encoding="utf-8").strip()


class _Figures(dict[str, Any]):
    """Build figures for the notice template: a figure missing from the notes reads "None"
    (as it did when the notice was an f-string with ``.get``)."""

    def __missing__(self, key: str) -> None:
        return None


def _fmt_ints(obj: Any) -> Any:
    """Integers with thousands separators, inside dictionaries too."""
    if isinstance(obj, bool):
        return obj
    if isinstance(obj, int):
        return f"{obj:,}"
    if isinstance(obj, dict):
        return {k: _fmt_ints(v) for k, v in obj.items()}
    return obj


def _weights_line(names: dict[str, Any], locale: str) -> str:
    d = names.get(locale, {})
    return "; ".join(f"{k}: {v['names']} names, {v['weights']}" for k, v in sorted(d.items()))


def notice_values(info: dict[str, Any]) -> dict[str, Any]:
    """The figures ``data/DATA_NOTICE.md.in`` quotes, from ``build_info.json``'s content."""
    n = info["notes"]
    gb = n.get("gb", {})
    postal = n.get("postal", {})
    names = n.get("names", {})
    safe = n.get("phones_safe", {})
    loose = _Figures
    return {
        "seed": info["seed"],
        "wheels": WHEELS,
        "pk": loose(info["packages"]),
        "rows": loose(_fmt_ints({k: v.get("rows") for k, v in info["files"].items()})),
        "gb": loose(_fmt_ints(gb)),
        "dial": loose(_fmt_ints(gb.get("dial_codes", {}).get("towns", {}))),
        "gb_duplicate_towns_dropped": len(gb.get("duplicate_town_names_dropped", [])),
        "us": loose(_fmt_ints(n.get("us", {}))),
        "us_area_codes": loose(n.get("us_area_codes", {})),
        "cities": loose(n.get("cities", {})),
        "cities_local_names": len(n.get("cities", {}).get("local_names", [])),
        "postal_download_date": postal.get("download_date", "2025-12-30")[:10],
        "postal_fr": loose(postal.get("FR", {})),
        "postal_de": loose(postal.get("DE", {})),
        "postal_cn": loose(postal.get("CN", {})),
        "postal_jp": loose(_fmt_ints(postal.get("JP", {}))),
        "postal_in": loose(_fmt_ints(postal.get("IN", {}))),
        "postal_pk": loose(_fmt_ints(postal.get("PK", {}))),
        "weights": {loc: _weights_line(names, loc) for loc in LOCALES},
        "ur_pk_female": len(UR_PK_FEMALE),
        "ur_pk_surnames": len(UR_PK_SURNAMES),
        "safe_ranges_invalid": ", ".join(f"`{x}`" for x in safe if not safe[x]["valid"]),
        "phone_areas_dropped": ", ".join(
            f"{k} {len(v['areas_dropped'])}" for k, v in sorted(n.get("phone_areas", {}).items())
        ),
        "phone_areas_places": "; ".join(
            f"{k} {v['places'].get('town_named_by_geocoder', 0):,} / "
            f"{v['places'].get('region_named_by_geocoder', 0):,} / "
            f"{v['places'].get('nearest_located_area', 0):,}"
            for k, v in sorted(n.get("phone_areas", {}).items())
        ),
        "banks_kept": ", ".join(f"{k} {v['kept']}" for k, v in n.get("banks", {}).items()),
        "faker_licence": _license_text("faker"),
        "mimesis_licence": _license_text("mimesis"),
        "schwifty_licence": _license_text("schwifty"),
        "phonenumbers_licence": _license_text("phonenumbers"),
        "pypinyin_licence": _license_text("pypinyin"),
        "unidic_licence": _unidic_licence(),
    }


def write_notice(out: Path, info: dict[str, Any]) -> None:
    """``DATA_NOTICE.md``: the template ``data/DATA_NOTICE.md.in`` with the build's figures."""
    text = read_template("DATA_NOTICE.md.in").format_map(notice_values(info))
    (out / "DATA_NOTICE.md").write_text(text, encoding="utf-8")
    log("wrote DATA_NOTICE.md")
