"""Step `streets`: street types with rough shares and very common street names (`streets.json`)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from .config import LOCALES, POSTAL_LOCALES, log
from .outputs import write_json
from .text_data import read_toml


def build_streets(out: Path) -> None:
    """Street types and common names per locale from ``data/streets.toml``: common names are
    listed roughly from most to least common and weigh 1/(rank+5). ``surnames = false``
    marks a language whose street names are not a surname and a type (Czech possessives,
    Korean road names): the address kind then draws the common names only."""
    curated = read_toml("streets.toml")
    result: dict[str, Any] = {}
    for locale in (*LOCALES, *POSTAL_LOCALES):
        entry = curated[locale]
        fmt: str = entry["format"]
        types = [[name, float(weight)] for name, weight in entry["types"]]
        common = [c.strip() for c in entry["common"] if c.strip()]
        dups = [c for c, n in Counter(common).items() if n > 1]
        common = list(dict.fromkeys(common))
        if dups:
            log(f"streets {locale}: duplicate common names removed: {dups}")
        result[locale] = {
            "types": types,
            "common": [[c, round(1.0 / (i + 5), 6)] for i, c in enumerate(common)],
            "format": fmt.strip(),
        }
        if not entry.get("surnames", True):  # names from surnames would be wrong here
            result[locale]["surnames"] = False
        assert fmt.strip() in ("{name} {type}", "{type} {name}", "{name}{type}")
        assert 10 <= len(types) <= 30, (locale, len(types))
        assert 20 <= len(common) <= 50, (locale, len(common))
    write_json(out, "streets.json", result, indent=1)
