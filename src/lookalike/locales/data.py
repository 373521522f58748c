"""The shipped locale data, loaded lazily and once per process.

Files live in ``lookalike/data/locales`` (Parquet and JSON; sources and
licences in its DATA_NOTICE.md). Nothing here is read until a realistic kind
is planned, so importing lookalike stays quick, and a forked worker inherits
what its parent already loaded.
"""

from __future__ import annotations

import importlib.resources
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
import pyarrow as pa

from lookalike.discrete import AliasTable
from lookalike.errors import SpecError
from lookalike.locales.hangul import has_hangul, revised_romanization
from lookalike.locales.prepared import prepared
from lookalike.locales.profiles import FLAGSHIP, SUPPORTED, profile_for
from lookalike.native.concat import padded
from lookalike.strings import numbers_of, string_array


def _resource(name: str) -> Any:
    return importlib.resources.files("lookalike") / "data" / "locales" / name


@cache
def table(name: str) -> pa.Table:
    """A shipped Parquet table, e.g. ``table("gb_postcodes.parquet")``."""
    import pyarrow.parquet as pq

    resource = _resource(name)
    if not resource.is_file():
        raise SpecError(f"locale data file {name} is missing from this installation; reinstall")
    with importlib.resources.as_file(resource) as path:
        # ParquetFile.read, not read_table: the latter imports pandas (a third of a
        # second) to look for pandas metadata these files do not have.
        loaded: pa.Table = pq.ParquetFile(path).read()
        return loaded.combine_chunks()


@cache
def json_file(name: str) -> Any:
    """A shipped JSON file."""
    resource = _resource(name)
    if not resource.is_file():
        raise SpecError(f"locale data file {name} is missing from this installation; reinstall")
    return json.loads(resource.read_text(encoding="utf-8"))


_NON_SLUG = re.compile(r"[^a-z]")
# Letters NFKD does not split into a base letter and an accent.
_TRANSLITERATE = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d",
                                "Đ": "D", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                                "þ": "th", "Þ": "Th", "\u0131": "i", "ð": "d"})  # fmt: skip


def slug(text: str) -> str:
    """Lower-case ASCII letters of ``text``, accents removed (``Zoë-Ann`` -> ``zoeann``).

    Korean is spelled in Revised Romanization (before NFKD, which would split its
    syllables into letters):

    >>> slug("Zoë-Ann O'Brien"), slug("박서연")
    ('zoeannobrien', 'bakseoyeon')
    """
    if has_hangul(text):
        text = revised_romanization(text)
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATE))
    if not decomposed.isascii():
        from anyascii import anyascii  # other scripts: Cyrillic, Greek, Hangul, Han...

        decomposed = anyascii(decomposed)
    return _NON_SLUG.sub("", decomposed.encode("ascii", "ignore").decode().lower())


@dataclass(frozen=True, eq=False)
class Pool:
    """Weighted values with their ASCII slugs (for emails and usernames)."""

    values: pa.StringArray
    slugs: pa.StringArray
    table: AliasTable

    def __len__(self) -> int:
        return len(self.values)

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        return self.table.sample(rng, n)


def make_pool(
    values: list[str],
    weights: list[float] | np.ndarray,
    fallback: Callable[[], list[str]] | list[str],
    readings: dict[str, str] | None = None,
) -> Pool:
    """A pool; ``readings`` give Latin spellings (Japanese names), and names that
    still have no Latin letters borrow a slug from ``fallback`` (called only then)."""
    readings = readings or {}
    slugs = [slug(readings.get(v, v)) for v in values]
    if not all(slugs):
        spare_names = fallback() if callable(fallback) else fallback
        spare = [s for s in (slug(f) for f in spare_names) if s] or ["user"]
        slugs = [s or spare[i % len(spare)] for i, s in enumerate(slugs)]
    return Pool(
        padded(string_array(values)), padded(string_array(slugs)), AliasTable.from_weights(weights)
    )


@cache
def _column_values(file: str, name: str) -> np.ndarray:
    """A small string column of a shipped table as a numpy array (load time only)."""
    return np.array(table(file)[name].to_pylist(), dtype=object)


_NAME_KINDS = ("first_female", "first_male", "last")


@cache
@prepared("name_pool", each=lambda: [(loc, kind) for loc in FLAGSHIP for kind in _NAME_KINDS])
def name_pool(locale: str, kind: str) -> Pool:
    """First (``first_male``/``first_female``) or ``last`` names of a locale, weighted."""
    if locale in FLAGSHIP:
        names = table("names.parquet")
        # A numpy mask, not pc.equal with a Python string: pyarrow imports pandas
        # (a third of a second, and 100 MB) to inspect such a scalar.
        file = "names.parquet"
        mask = (_column_values(file, "locale") == locale) & (_column_values(file, "kind") == kind)
        chosen = names.filter(pa.array(mask, type=pa.bool_()))
        if chosen.num_rows:
            values = chosen["name"].to_pylist()
            weights = numbers_of(chosen["weight"])
            return make_pool(values, weights, lambda: _romanised(locale, kind), _latin(chosen))
    return _faker_pool(locale, kind)


def widened_name_pool(locale: str, kind: str, extra: tuple[str, ...]) -> Pool:
    """The locale's ``kind`` names and ``extra`` ones (drafted), each extra name as
    common as the median shipped one: the common names keep their lead, and the
    drafted ones are met (as the rarest shipped names, they would hardly ever be)."""
    base = name_pool(locale, kind)
    values = base.values.to_pylist()
    known = set(values)
    added = [name for name in dict.fromkeys(extra) if name not in known]
    if not added:
        return base
    weights = base.table.shares()
    floor = float(np.median(weights[weights > 0])) if len(weights) else 1.0
    readings = _shipped_readings(locale, kind) if locale in _NEEDS_READINGS else None
    return make_pool(
        [*values, *added], [*weights.tolist(), *[floor] * len(added)],
        lambda: _romanised(locale, kind), readings,
    )  # fmt: skip


def _faker_provider(locale: str) -> Any:
    import importlib

    for candidate in (locale, "en_PK" if locale == "ur_PK" else locale, "en_US"):
        try:
            return importlib.import_module(f"faker.providers.person.{candidate}").Provider
        except ModuleNotFoundError:
            continue
    raise SpecError(f"no name data for locale {locale!r}", path="locale")


def _listing(provider: Any, kind: str) -> tuple[list[str], list[float]]:
    """The longest name list the Faker provider has for ``kind``.

    Faker locales name their lists differently (``last_names``,
    ``male_last_names``, ``unisex_last_names``...) and its base provider holds
    placeholders such as ``("Doe",)``, so look at every list that fits.
    """

    def fits(attribute: str) -> bool:
        if kind == "last":
            return "last_name" in attribute
        gender = "female" if kind == "first_female" else "male"
        if "first_name" not in attribute:
            return False
        return gender in attribute and not (gender == "male" and "female" in attribute)

    best: Any = None
    for attribute in dir(provider):
        if attribute.startswith("_") or not fits(attribute):
            continue
        found = getattr(provider, attribute, None)
        if not isinstance(found, list | tuple | dict) or not found:
            continue
        if not all(isinstance(v, str) for v in found):
            continue
        if best is None or len(found) > len(best):
            best = found
    if (best is None or len(best) < 3) and kind != "last":
        best = getattr(provider, "first_names", None)
    if not best or len(best) < 3:
        return [], []
    if isinstance(best, dict):
        return list(best), [float(w) for w in best.values()]
    values = list(dict.fromkeys(best))
    # Faker lists carry no frequencies: a gentle Zipf by position.
    return values, list(1.0 / np.sqrt(np.arange(1, len(values) + 1)))


def _faker_pool(locale: str, kind: str) -> Pool:
    provider = _faker_provider(locale)
    values, weights = _listing(provider, kind)
    if not values:
        raise SpecError(f"locale {locale!r} has no {kind.replace('_', ' ')} names", path="locale")
    return make_pool(values, weights, lambda: _romanised(locale, kind))


#: Locales whose shipped names are in another script, with their Latin spellings
#: (passport Hepburn for Japanese, pinyin for Chinese) in names.parquet's ``latin``.
_NEEDS_READINGS = frozenset({"ja_JP", "zh_CN"})


def _latin(chosen: pa.Table) -> dict[str, str] | None:
    """Name -> Latin spelling from a slice of names.parquet (None without readings)."""
    if "latin" not in chosen.column_names or chosen["latin"].null_count == chosen.num_rows:
        return None
    pairs = zip(chosen["name"].to_pylist(), chosen["latin"].to_pylist(), strict=True)
    return {name: latin for name, latin in pairs if latin}


def _shipped_readings(locale: str, kind: str) -> dict[str, str]:
    """The shipped readings of ``locale``'s ``kind`` names, then Faker's for other names
    (drafted names that Faker's pairs happen to spell)."""
    file = "names.parquet"
    mask = (_column_values(file, "locale") == locale) & (_column_values(file, "kind") == kind)
    shipped = _latin(table(file).filter(pa.array(mask, type=pa.bool_()))) or {}
    return {**_readings(locale), **shipped}


@cache
def _readings(locale: str) -> dict[str, str]:
    """Latin spellings of names written in kanji or kana, where Faker has them (ja_JP):
    an email for 佐藤 is sato..., not a Chinese reading of the characters."""
    try:
        provider = _faker_provider(locale)
    except SpecError:
        return {}
    readings: dict[str, str] = {}
    for attribute in ("first_name_female_pairs", "first_name_male_pairs", "last_name_pairs"):
        pairs = getattr(provider, attribute, None) or ()
        for item in pairs.items() if isinstance(pairs, dict) else pairs:
            triple = item[0] if isinstance(item[0], tuple) else item
            if isinstance(triple, tuple) and len(triple) >= 3:
                readings[triple[0]] = triple[-1]
                readings[triple[1]] = triple[-1]
    return readings


def _romanised(locale: str, kind: str) -> list[str]:
    """Latin-script names for locales written in other scripts (for emails)."""
    try:
        provider = _faker_provider(locale)
    except SpecError:
        return []
    for attribute in ("last_romanized_names" if kind == "last" else "first_romanized_names",):
        found = getattr(provider, attribute, None)
        if found:
            return list(found)
    pairs = getattr(
        provider,
        "last_name_pairs" if kind == "last" else f"{kind.replace('first', 'first_name')}_pairs",
        None,
    )
    if pairs:
        return [p[-1] for p in pairs]
    return []


@cache
def streets(locale: str) -> dict[str, Any]:
    """Street types, common street names and the format of one locale.

    Locales without curated data (outside :data:`SUPPORTED`) take Faker's street suffixes.
    """
    curated: dict[str, Any] = json_file("streets.json") if locale in SUPPORTED else {}
    if locale in curated:
        found: dict[str, Any] = curated[locale]
        return found
    import importlib

    try:
        provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
    except ModuleNotFoundError:
        provider = importlib.import_module("faker.providers.address.en_US").Provider
    suffixes = list(dict.fromkeys(getattr(provider, "street_suffixes", None) or ["Street"]))
    return {"types": [[s, 1.0] for s in suffixes], "common": [], "format": "{name} {type}"}


def country_of(locale: str) -> str:
    """ISO country code of a locale."""
    return profile_for(locale).country
