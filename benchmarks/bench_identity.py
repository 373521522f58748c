"""Identity oracle: do generated identifiers describe their row, and could internet values exist?

For every person-encoding identifier scheme, lookalike generates rows of a person,
an address and the identifier in the scheme's locale, then the outside decoders of
``tests/unit/kinds/test_person_ids.py`` (python-stdnum, python-codicefiscale, and
decoders written from the issuers' rules) measure:

- validity: the share of values the scheme's validator accepts;
- agreement: the share of rows whose value decodes to the row's birth date, sex,
  names and region (every fact the scheme encodes);
- distinct: distinct values per 1,000 rows.

Faker's ``ssn()`` of the same locale is measured beside it where Faker has one for
the scheme: its rows take a Faker person (sex, names, birth date) and address.
A second table does the same for internet values (IPv4 routable and allocated,
IPv6 canonical and allocated, MACs with a real OUI, distinct user agents), and a third
shows that locales do not echo each other: the share of rows equal between en_GB and
another locale with the same seed and table (it was 100% before streams were keyed by
locale).

    uv run python benchmarks/bench_identity.py           # 20,000 rows, updates docs/kinds.md
    uv run python benchmarks/bench_identity.py --quick   # 2,000 rows, prints only
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import ipaddress
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from harness import machine

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "kinds.md"
TESTS = ROOT / "tests" / "unit" / "kinds" / "test_person_ids.py"
#: The Faker locale whose ``ssn()`` writes each scheme (None: Faker has none; its da_DK,
#: bg_BG, cs_CZ and zu_ZA ``ssn()`` fall back to US-style numbers).
FAKER_SSN = {
    "codice_fiscale": "it_IT", "ric": "zh_CN", "nir": "fr_FR", "cnic": None, "pan": None,
    "cpf": "pt_BR", "ssn": "en_US", "personnummer": "sv_SE", "pesel": "pl_PL",
    "rrn": "ko_KR", "cpr": None, "fodselsnummer": "no_NO", "hetu": "fi_FI",
    "isikukood": "et_EE", "rijksregisternummer": "nl_BE", "cnp": "ro_RO", "egn": None,
    "rodne_cislo": None, "za_id_number": None,
}  # fmt: skip
NETWORK_LOCALES = ("en_GB", "en_US", "ja_JP", "pt_BR")


def _decoders() -> Any:
    """The test suite's decoders (they live with the tests, not in the package)."""
    spec = importlib.util.spec_from_file_location("identity_oracles", TESTS)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["identity_oracles"] = module
    spec.loader.exec_module(module)
    return module


def _share(rows: list[dict[str, Any]], check: Callable[[dict[str, Any]], bool]) -> float:
    def safe(row: dict[str, Any]) -> bool:
        try:
            return check(row)
        except Exception:  # a value the decoder cannot read disagrees
            return False

    return sum(safe(row) for row in rows) / len(rows)


def _measure(rows: list[dict[str, Any]], decode: Any, is_valid: Any) -> dict[str, float]:
    return {
        "valid": _share(rows, lambda r: bool(is_valid(r["id"]))),
        "agree": _share(rows, lambda r: decode(r["id"], r) == ""),
        "distinct": len({r["id"] for r in rows}) / len(rows) * 1000,
    }


def _faker_rows(locale: str, rows: int) -> list[dict[str, Any]]:
    """Faker's person, address and ``ssn()`` per row, as a Faker user would build them."""
    from faker import Faker

    faker = Faker(locale)
    faker.seed_instance(7)
    chooser = random.Random(7)
    methods = ("administrative_unit", "state", "region", "province")
    region = next((getattr(faker, m) for m in methods if hasattr(faker, m)), faker.city)
    out = []
    for _ in range(rows):
        male = chooser.random() < 0.5
        state = faker.state_abbr() if locale == "en_US" else ""
        postcode = faker.postcode()
        out.append({
            "first": faker.first_name_male() if male else faker.first_name_female(),
            "last": faker.last_name(), "born": faker.date_of_birth(minimum_age=18, maximum_age=90),
            "sex": "Male" if male else "Female", "region": region(), "postcode": postcode,
            "full": f"{faker.street_address()}, {faker.city()}, {state} {postcode}",
            "id": faker.ssn(),
        })  # fmt: skip
    return out


def identity_table(rows: int) -> list[str]:
    import lookalike

    oracles = _decoders()
    lines = [
        "| scheme | locale | lookalike valid | lookalike agrees with row | lookalike distinct "
        "/1000 | Faker `ssn()` valid | Faker agrees with row | Faker distinct /1000 |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for scheme, (locale, decode, is_valid) in sorted(oracles.DECODERS.items()):
        spec = oracles._spec(locale, scheme, rows=rows)
        started = time.perf_counter()
        ours = _measure(lookalike.generate(spec).to_pylist(), decode, is_valid)
        elapsed = time.perf_counter() - started
        faker_locale = FAKER_SSN.get(scheme)
        theirs = (
            _measure(_faker_rows(faker_locale, rows), decode, is_valid)
            if faker_locale else None
        )  # fmt: skip
        cells = [f"{ours['valid']:.1%}", f"{ours['agree']:.1%}", f"{ours['distinct']:.0f}"]
        cells += (
            [f"{theirs['valid']:.1%}", f"{theirs['agree']:.1%}", f"{theirs['distinct']:.0f}"]
            if theirs else ["n/a", "n/a", "n/a"]
        )  # fmt: skip
        lines.append(f"| `{scheme}` | {locale} | " + " | ".join(cells) + " |")
        print(lines[-1], f"({elapsed:.1f} s with decoding)", flush=True)
    return lines


def _network_shares(values: dict[str, list[str]]) -> list[str]:
    import netaddr

    def v4(value: str) -> bool:
        address = ipaddress.IPv4Address(value)
        status = netaddr.IPAddress(value).info["IPv4"][0]["status"]
        return address.is_global and status in {"Allocated", "Legacy"}

    def v6(value: str) -> bool:
        address = ipaddress.IPv6Address(value)
        try:
            netaddr.IPAddress(value).info["IPv6_unicast"]  # an allocation of a registry
        except KeyError:
            return False
        return address.is_global and address.compressed == value

    def mac(value: str) -> bool:
        if int(value[:2], 16) & 0b11:
            return False
        try:
            return bool(netaddr.EUI(value).oui.registration().org)
        except netaddr.NotRegisteredError:
            return False

    measured = _measured_user_agents()
    rows = len(values["ipv4"])
    checks: list[tuple[str, Callable[[str], bool]]] = [
        ("ipv4", v4), ("ipv6", v6), ("mac", mac), ("user_agent", measured.__contains__),
    ]  # fmt: skip
    shares = [f"{sum(map(check, values[name])) / rows:.1%}" for name, check in checks]
    return [*shares, f"{len(set(values['user_agent'])):,}"]


def _measured_user_agents() -> set[str]:
    """Every user agent in fake-useragent's measured dataset (April 2025)."""
    import json

    import fake_useragent

    source = Path(fake_useragent.__file__).parent / "data" / "browsers.jsonl"
    lines = source.read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["useragent"] for line in lines}


def network_table(rows: int) -> list[str]:
    from faker import Faker

    import lookalike

    lines = [
        "| locale | generator | IPv4 routable and allocated | IPv6 canonical and allocated "
        "| MAC with a real OUI | user agent seen in measured traffic | distinct user agents |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    attributes = ("ipv4", "ipv6", "mac", "user_agent")
    for locale in NETWORK_LOCALES:
        fields = {a: {"kind": "internet", "attribute": a} for a in attributes}
        spec = {"seed": 1, "locale": locale, "tables": {"t": {"rows": rows, "fields": fields}}}
        table = lookalike.generate(spec)
        ours = {a: table.column(a).to_pylist() for a in attributes}
        faker = Faker(locale)
        faker.seed_instance(1)
        methods = {"ipv4": faker.ipv4, "ipv6": faker.ipv6, "mac": faker.mac_address,
                   "user_agent": faker.user_agent}  # fmt: skip
        theirs = {a: [methods[a]() for _ in range(rows)] for a in attributes}
        for name, values in (("lookalike", ours), ("Faker", theirs)):
            lines.append(f"| {locale} | {name} | " + " | ".join(_network_shares(values)) + " |")
            print(lines[-1], flush=True)
    return lines


#: Locale-dependent columns whose values would repeat row for row across locales if their
#: streams were shared.
ECHO_FIELDS: dict[str, dict[str, Any]] = {
    "birth date": {"kind": "person", "attribute": "date_of_birth"},
    "card number": {"kind": "finance", "attribute": "card_number"},
    "IPv4 (any)": {"kind": "internet", "attribute": "ipv4", "address_space": "any"},
    "MAC (safe)": {"kind": "internet", "attribute": "mac", "mode": "safe"},
    "job title": {"kind": "company", "attribute": "job_title"},
    "email": {"kind": "internet", "attribute": "email", "domain": "example.com"},
}


def echo_table(rows: int) -> list[str]:
    """Share of rows equal between en_GB and each other locale, same seed and table."""
    import lookalike

    locales = ("de_DE", "fr_FR", "ja_JP", "pt_BR")
    fields = {f"c{i}": spec for i, spec in enumerate(ECHO_FIELDS.values())}
    made = {}
    for locale in ("en_GB", *locales):
        spec = {"seed": 3, "locale": locale, "reference_time": "2026-01-01",
                "tables": {"customers": {"rows": rows, "fields": fields}}}  # fmt: skip
        made[locale] = lookalike.generate(spec)
    lines = ["| column | " + " | ".join(f"en_GB = {other}" for other in locales) + " |",
             "|---|" + "---:|" * len(locales)]  # fmt: skip
    for i, name in enumerate(ECHO_FIELDS):
        column = f"c{i}"
        base = made["en_GB"].column(column).to_pylist()
        shares = []
        for locale in locales:
            other = made[locale].column(column).to_pylist()
            shares.append(sum(a == b for a, b in zip(base, other, strict=True)) / rows)
        lines.append(f"| {name} | " + " | ".join(f"{s:.1%}" for s in shares) + " |")
        print(lines[-1], flush=True)
    return lines


def _replace(name: str, lines: list[str]) -> None:
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    text = DOC.read_text()
    head, rest = text.split(begin, 1)
    DOC.write_text(head + "\n".join([begin, *lines, end]) + rest.split(end, 1)[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--quick", action="store_true", help="2,000 rows; print, do not write")
    args = parser.parse_args()
    rows = 2_000 if args.quick else args.rows
    started = dt.datetime.now(dt.UTC)
    note = (f"{rows:,} rows per scheme and locale, seed 11; {started:%Y-%m-%d}, "
            f"{machine()}.")  # fmt: skip
    identity = [*identity_table(rows), "", note]
    network = [*network_table(rows), "", note.replace("scheme and locale, seed 11", "locale")]
    echo = [*echo_table(rows), "", note.replace(" per scheme and locale, seed 11", ", seed 3")]
    if not args.quick:
        _replace("locale-echo", echo)
        _replace("identity-oracle", identity)
        _replace("network-oracle", network)
        print(f"updated {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
