"""Drafted value pools: files in the data directory that specs use by name, offline.

``lookalike pools draft`` (:mod:`lookalike.nl.llm.pools`) asks a language model
once for values, checks them and writes ``<home>/pools/<locale>/<domain>-<tier>.json``.
Generation never calls a model: it reads the file when the spec is planned, so
the same file gives the same rows. The data directory is ``$LOOKALIKE_HOME``
(default ``./lookalike-data``, the service's too).

>>> import json, tempfile
>>> home = Path(tempfile.mkdtemp())
>>> path = pool_path(home, "en_GB", "companies", 2)
>>> path.parent.mkdir(parents=True)
>>> _ = path.write_text(json.dumps({"values": ["Acme Ltd", "Brightwater plc"]}))
>>> load_pool("en_GB", "companies", home)
['Acme Ltd', 'Brightwater plc']
>>> load_pool("fr_FR", "companies", home) is None
True
"""

from __future__ import annotations

import json
import os
from pathlib import Path

#: The domains a pool may hold, and what the model is asked for.
DOMAINS = {
    "names": "full names of ordinary people (first and last name)",
    "first_names_female": "women's first names",
    "first_names_male": "men's first names",
    "last_names": "family names (surnames)",
    "streets": "street names (without house numbers)",
    "companies": "company names (fictional but plausible)",
    "products": "product names sold in shops",
    "job_titles": "job titles",
}
_TIERS = ("l", "m", "s")


def pools_home() -> Path:
    """The data directory drafted pools live in (``$LOOKALIKE_HOME``)."""
    return Path(os.environ.get("LOOKALIKE_HOME") or "./lookalike-data")


def tier(size: int) -> str:
    """The size tier a pool file is named by.

    >>> tier(300), tier(5000), tier(50_000)
    ('s', 'm', 'l')
    """
    return "s" if size <= 1000 else "m" if size <= 10_000 else "l"


def pool_path(home: Path, locale: str, domain: str, size: int) -> Path:
    """Where the pool for (locale, domain, size tier) lives."""
    return home / "pools" / locale / f"{domain}-{tier(size)}.json"


def load_pool(locale: str, domain: str, home: Path | None = None) -> list[str] | None:
    """The largest drafted pool for (locale, domain), if there is one."""
    root = (home or pools_home()) / "pools" / locale
    for size_tier in _TIERS:
        path = root / f"{domain}-{size_tier}.json"
        if path.exists():
            values = json.loads(path.read_text(encoding="utf-8")).get("values")
            if not isinstance(values, list):
                return None
            return [v for v in values if isinstance(v, str) and v.strip()]
    return None


def drafted_names(
    locale: str, *, family_first: bool = False, home: Path | None = None
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Drafted women's first names, men's first names and family names of ``locale``.

    Family names come from the ``last_names`` pool and from the family part of the
    ``names`` pool's full names (the first word where the family name comes first,
    else the last); a full name's given name says nothing of its bearer's sex, so
    only the ``first_names_*`` pools widen first names.
    """
    female = tuple(load_pool(locale, "first_names_female", home) or ())
    male = tuple(load_pool(locale, "first_names_male", home) or ())
    family = list(load_pool(locale, "last_names", home) or ())
    for name in load_pool(locale, "names", home) or ():
        words = name.split()
        if len(words) >= 2:
            family.append(words[0] if family_first else words[-1])
    return female, male, tuple(dict.fromkeys(family))


def missing_pool(locale: str, domain: str, home: Path | None = None) -> str:
    """What to tell a user whose spec names a pool that was never drafted."""
    where = (home or pools_home()) / "pools" / locale
    return (
        f"no drafted {domain!r} pool for {locale} in {where}; draft one with "
        f"`lookalike pools draft --locale {locale} --domain {domain}` (or set LOOKALIKE_HOME "
        "to the data directory that has it)"
    )
