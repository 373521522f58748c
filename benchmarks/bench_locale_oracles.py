"""Locale oracles per locale: lookalike beside Faker and Mimesis, judged by the same validators.

For every supported locale (the flagship twelve and the twenty postal ones), each
generator makes the same record (full name, email, a mobile and a landline phone,
town, region, postcode): lookalike with its
address-coherent kinds, Faker and Mimesis with their own providers. The oracles
of ``locale_oracles.py`` score each (libphonenumber validity, type and national
formatting; the landline's geocoder place against the address; email-validator;
postcodes against the ONS directory and the US ZIP list, and their country's
format), and the distinct full
names of 100,000 rows are counted. The table goes to ``docs/kinds.md``.

    uv run python benchmarks/bench_locale_oracles.py            # 5,000 rows, updates docs
    uv run python benchmarks/bench_locale_oracles.py --quick    # 500 rows, 2 locales, prints
    uv run python benchmarks/bench_locale_oracles.py --locales en_AU,sv_SE --merge
                                              # measure some, keep the other rows
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import locale_oracles as oracles
from harness import ROOT, machine

import lookalike
from lookalike.locales import SUPPORTED, profile_for

DOC = ROOT / "docs" / "kinds.md"
#: Rows drawn to count distinct full names (``--names``; figures are scaled to 100k).
NAMES_ROWS = [100_000]
#: Mimesis locale of each flagship locale (None: Mimesis has no such locale).
MIMESIS = {"en_GB": "EN_GB", "en_US": "EN", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES",
           "it_IT": "IT", "nl_NL": "NL", "pt_BR": "PT_BR", "en_IN": None, "ur_PK": None,
           "ja_JP": "JA", "zh_CN": "ZH", "en_AU": "EN_AU", "en_NZ": None, "de_AT": "DE_AT",
           "de_CH": "DE_CH", "fr_CH": None, "it_CH": None, "nl_BE": "NL_BE", "fr_BE": None,
           "pl_PL": "PL", "sv_SE": "SV", "fi_FI": "FI", "no_NO": "NO", "pt_PT": "PT",
           "tr_TR": "TR", "hu_HU": "HU", "ro_RO": None, "sk_SK": "SK", "et_EE": "ET",
           "lt_LT": None, "lv_LV": None}  # fmt: skip


def lookalike_rows(locale: str, rows: int) -> list[dict[str, Any]]:
    fields = {
        "full_name": {"kind": "person", "attribute": "full_name"},
        "email": {"kind": "internet", "attribute": "email"},
        "mobile": {"kind": "phone", "type": "mobile", "format": "national"},
        "landline": {"kind": "phone", "type": "landline", "format": "national"},
        "town": {"kind": "address", "attribute": "town"},
        "region": {"kind": "address", "attribute": "region"},
        "postcode": {"kind": "address", "attribute": "postcode"},
        "latitude": {"kind": "address", "attribute": "latitude"},
        "longitude": {"kind": "address", "attribute": "longitude"},
    }
    spec = {"seed": 3, "locale": locale, "reference_time": "2026-01-01T00:00:00Z",
            "tables": {"t": {"rows": rows, "fields": fields}}}  # fmt: skip
    found: list[dict[str, Any]] = lookalike.generate(spec).to_pylist()
    return found


def lookalike_names(locale: str) -> list[str]:
    spec = {"seed": 3, "locale": locale, "reference_time": "2026-01-01T00:00:00Z",
            "tables": {"t": {"rows": NAMES_ROWS[0], "fields": {
                "n": {"kind": "person", "attribute": "full_name"}}}}}  # fmt: skip
    names: list[str] = lookalike.generate(spec).column("n").to_pylist()
    return names


#: Faker's locale for a flagship one it spells differently.
FAKER = {"ur_PK": "en_PK"}


def faker_rows(locale: str, rows: int) -> list[dict[str, Any]]:
    from faker import Faker

    faker = Faker(FAKER.get(locale, locale))
    faker.seed_instance(3)

    def region() -> str:
        for method in ("state", "administrative_unit", "region", "prefecture", "province"):
            if hasattr(faker, method):
                return str(getattr(faker, method)())
        return ""

    return [
        {
            "full_name": faker.name(),
            "email": faker.email(),
            "mobile": faker.phone_number(),
            "landline": faker.phone_number(),
            "town": faker.city(),
            "region": region(),
            "postcode": faker.postcode(),
        }
        for _ in range(rows)
    ]


def faker_names(locale: str) -> list[str]:
    from faker import Faker

    faker = Faker(FAKER.get(locale, locale))
    faker.seed_instance(3)
    return [faker.name() for _ in range(NAMES_ROWS[0])]


def _mimesis(locale: str) -> tuple[Any, Any] | None:
    from mimesis import Address, Person
    from mimesis.locales import Locale

    code = MIMESIS.get(locale)
    if code is None:
        return None
    chosen = getattr(Locale, code)
    return Person(chosen, seed=3), Address(chosen, seed=3)


def mimesis_rows(locale: str, rows: int) -> list[dict[str, Any]] | None:
    found = _mimesis(locale)
    if found is None:
        return None
    person, address = found
    return [
        {
            "full_name": person.full_name(),
            "email": person.email(),
            "mobile": person.phone_number(),
            "landline": person.phone_number(),
            "town": address.city(),
            "region": address.region(),
            "postcode": address.postal_code(),
        }
        for _ in range(rows)
    ]


def mimesis_names(locale: str) -> list[str] | None:
    found = _mimesis(locale)
    if found is None:
        return None
    person, _ = found
    return [str(person.full_name()) for _ in range(NAMES_ROWS[0])]


def measure(locale: str, rows: int) -> dict[str, dict[str, Any]]:
    country = profile_for(locale).country
    makers: dict[str, tuple[Callable[..., Any], Callable[..., Any]]] = {
        "lookalike": (lookalike_rows, lookalike_names),
        "Faker": (faker_rows, faker_names),
        "Mimesis": (mimesis_rows, mimesis_names),
    }
    out: dict[str, dict[str, Any]] = {}
    for name, (make_rows, make_names) in makers.items():
        started = time.perf_counter()
        made = make_rows(locale, rows)
        names = make_names(locale)
        if made is None or names is None:
            out[name] = {}
            continue
        result: dict[str, Any] = dict(oracles.figures(made, country))
        result["distinct full names per 100k"] = oracles.distinct_per_100k(names)
        out[name] = result
        print(f"{locale} {name}: {time.perf_counter() - started:.0f} s {result}", flush=True)
    return out


def _cell(values: list[Any], key: str) -> str:
    def one(value: Any) -> str:
        if value is None:
            return "-"
        if key.startswith("distinct"):
            return f"{value:,.0f}"
        return f"{100 * value:.1f}"

    return " / ".join(one(v) for v in values)


def _kept_rows(text: str, begin: str, end: str, measured: set[str]) -> dict[str, str]:
    """Table lines of the earlier run for supported locales not measured in this one."""
    if begin not in text:
        return {}
    block = text.split(begin, 1)[1].split(end, 1)[0]
    kept = {}
    for line in block.splitlines():
        cells = line.split(" | ")
        locale = cells[0].removeprefix("| ").strip() if line.startswith("| ") else ""
        if locale in SUPPORTED and locale not in measured:
            kept[locale] = line
    return kept


def write_doc(results: dict[str, dict[str, dict[str, Any]]], rows: int, merge: bool) -> None:
    keys = [
        "mobile valid", "landline valid", "national format", "landline near address",
        "email valid", "postcode agrees", "distinct full names per 100k",
    ]  # fmt: skip
    lines = [
        f"Measured {dt.date.today().isoformat()} by `benchmarks/bench_locale_oracles.py` on "
        f"{machine()}: {rows:,} records per locale and generator (names: {NAMES_ROWS[0]:,}). "
        "Each cell is **lookalike / Faker / Mimesis**, in % of rows (the last column counts "
        "names); - where a generator has no such locale or no independent directory exists. "
        "Faker and Mimesis have no landline type: their one phone method fills both columns.",
        "",
        "| locale | " + " | ".join(keys) + " |",
        "| --- |" + " ---: |" * len(keys),
    ]
    begin, end = "<!-- locale-oracles:begin -->", "<!-- locale-oracles:end -->"
    text = DOC.read_text()
    kept = _kept_rows(text, begin, end, set(results)) if merge else {}
    if kept:
        lines[0] += (
            f" Rows of {', '.join(kept)} are kept from the earlier run (`--merge`), measured "
            "the same way."
        )
    for locale in [x for x in SUPPORTED if x in results or x in kept]:
        if locale in kept:
            lines.append(kept[locale])
            continue
        by_generator = results[locale]
        cells = [
            _cell([by_generator[g].get(k) for g in ("lookalike", "Faker", "Mimesis")], k)
            for k in keys
        ]
        lines.append(f"| {locale} | " + " | ".join(cells) + " |")
    body = "\n".join([begin, *lines, end])
    if begin in text:
        head, rest = text.split(begin, 1)
        text = head + body + rest.split(end, 1)[1]
    else:
        text += f"\n## Locale oracles: lookalike, Faker and Mimesis\n\n{body}\n"
    DOC.write_text(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="500 rows, 2 locales; no docs")
    parser.add_argument("--rows", type=int, default=5_000)
    parser.add_argument("--locales", default="", help="comma list (default: all supported)")
    parser.add_argument("--names", type=int, default=NAMES_ROWS[0], help="rows for names")
    parser.add_argument(
        "--merge", action="store_true", help="keep the table rows of locales not measured now"
    )
    args = parser.parse_args()
    rows = 500 if args.quick else args.rows
    chosen = [x for x in args.locales.split(",") if x] or (
        ["en_GB", "de_DE"] if args.quick else list(SUPPORTED)
    )
    NAMES_ROWS[0] = args.names
    results: dict[str, dict[str, dict[str, Any]]] = {}
    for locale in chosen:
        results[locale] = measure(locale, rows)
        if not args.quick:  # after each locale: a long run that stops keeps what it measured
            write_doc(results, rows, args.merge)


if __name__ == "__main__":
    main()
