"""finance kind: IBANs and banks (checked by schwifty), cards (Luhn), money, coherence.

Tables of 100,000 rows (two blocks) go through the public path, with the bank
data the package ships (``data/locales/banks.parquet`` and ``iban_formats.json``).
Formats, uniqueness and coherence are checked on every row; schwifty, which
costs about 30 µs an IBAN, parses every 25th (all of them with
``LOOKALIKE_VALIDATE_ALL=1``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import statistics
from collections import Counter, defaultdict
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from schwifty import IBAN
from stdnum import luhn

import lookalike
from lookalike.errors import SpecError
from lookalike.kinds.checksums import alnum_values, iban_check_digits
from lookalike.kinds.finance import accounts

ROWS = 100_000
VALIDATE_EVERY = 1 if os.environ.get("LOOKALIKE_VALIDATE_ALL") == "1" else 25
REFERENCE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
#: Countries with IBAN formats and banks in the data; those schwifty checks national digits of.
IBAN_COUNTRIES = ("GB", "DE", "FR", "ES", "IT", "NL", "PK")
NATIONAL_CHECKS = {"ES", "FR", "IT"}


@pytest.fixture(scope="module")
def bank_data() -> Path:
    """The folder of the bank data the finance kind reads."""
    folder = Path(str(resources.files("lookalike") / "data" / "locales"))
    assert (folder / "banks.parquet").is_file()
    return folder


def _spec(fields: dict[str, Any], rows: int, seed: int = 1, locale: str = "en_GB") -> Any:
    return {
        "seed": seed,
        "locale": locale,
        "reference_time": REFERENCE.isoformat(),
        "tables": {"t": {"rows": rows, "fields": fields}},
    }


def _finance(attribute: str, **options: Any) -> dict[str, Any]:
    return {"kind": "finance", "attribute": attribute, **options}


@pytest.fixture(scope="module")
def gb_accounts(bank_data: Path) -> pa.Table:
    """UK accounts, the unique attributes unique, over two blocks."""
    fields = {
        "iban": _finance("iban", unique=True),
        "bic": _finance("bic"),
        "bank_name": _finance("bank_name"),
        "account_number": _finance("account_number", unique=True),
        "sort_code": _finance("sort_code"),
    }
    return lookalike.generate(_spec(fields, ROWS))


@pytest.fixture(scope="module")
def world_accounts(bank_data: Path) -> pa.Table:
    """One account group per country, side by side in one table."""
    fields: dict[str, Any] = {}
    for country in IBAN_COUNTRIES:
        group = {"country": country, "group": country.lower()}
        fields[f"iban_{country}"] = _finance("iban", unique=True, **group)
        fields[f"bic_{country}"] = _finance("bic", **group)
        fields[f"name_{country}"] = _finance("bank_name", **group)
        fields[f"account_{country}"] = _finance("account_number", **group)
    return lookalike.generate(_spec(fields, ROWS))


@pytest.fixture(scope="module")
def banks_by_code(bank_data: Path) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """(country, bank code) -> the (BIC, name) pairs the bank data gives it."""
    found: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for row in pq.read_table(bank_data / "banks.parquet").to_pylist():
        bic = str(row["bic"]).upper()
        bic = bic + "XXX" if len(bic) == 8 else bic
        found[(row["country"], str(row["bank_code"]).upper())].add((bic, row["name"]))
    return found


def _triples(table: pa.Table, iban: str, bic: str, name: str, code: slice) -> set[Any]:
    """The distinct (bank code inside the IBAN, BIC, bank name) of a table's rows."""
    codes = pc.utf8_slice_codeunits(table.column(iban), code.start, code.stop)
    columns = (codes, table.column(bic), table.column(name))
    return set(zip(*(c.to_pylist() for c in columns), strict=True))


def test_gb_ibans_are_valid_and_name_a_real_bank(
    gb_accounts: pa.Table, banks_by_code: dict[tuple[str, str], set[tuple[str, str]]]
) -> None:
    assert pc.all(pc.match_substring_regex(gb_accounts.column("iban"),
                                           r"^GB\d{2}[A-Z]{4}\d{14}$")).as_py()  # fmt: skip
    ibans = gb_accounts.column("iban").to_pylist()
    bics = gb_accounts.column("bic").to_pylist()
    for number in range(0, ROWS, VALIDATE_EVERY):
        iban = IBAN(ibans[number])
        assert iban.bank is not None, ibans[number]
        assert iban.bic is not None
        assert str(iban.bic)[:6] == bics[number][:6]
    for code, bic, name in _triples(gb_accounts, "iban", "bic", "bank_name", slice(4, 8)):
        assert (bic, name) in banks_by_code[("GB", code)]


def _slice(column: pa.ChunkedArray, start: int, stop: int) -> pa.ChunkedArray:
    return pc.utf8_slice_codeunits(column, start, stop)


def _all(condition: pa.ChunkedArray) -> bool:
    return bool(pc.all(condition).as_py())


def test_gb_account_parts_agree_within_each_row(gb_accounts: pa.Table) -> None:
    iban, sort = gb_accounts.column("iban"), gb_accounts.column("sort_code")
    account, bic = gb_accounts.column("account_number"), gb_accounts.column("bic")
    assert _all(pc.match_substring_regex(sort, r"^\d{2}-\d{2}-\d{2}$"))
    assert _all(pc.match_substring_regex(account, r"^\d{8}$"))
    assert _all(pc.equal(_slice(iban, 8, 14), pc.replace_substring(sort, "-", "")))
    assert _all(pc.equal(_slice(iban, 14, 22), account))
    assert _all(pc.equal(_slice(iban, 4, 8), _slice(bic, 0, 4)))


def test_gb_accounts_are_unique_and_look_like_retail_banking(gb_accounts: pa.Table) -> None:
    for name in ("iban", "account_number"):
        assert len(set(gb_accounts.column(name).to_pylist())) == ROWS
    banks = Counter(gb_accounts.column("bank_name").to_pylist())
    # A handful of high-street banks hold most accounts, as they do.
    assert sum(count for _, count in banks.most_common(12)) / ROWS > 0.8
    # The big banks' sort codes come from their own ranges.
    by_bank = defaultdict(set)
    for iban, sort in zip(gb_accounts.column("iban").to_pylist(),
                          gb_accounts.column("sort_code").to_pylist(), strict=True):  # fmt: skip
        by_bank[iban[4:8]].add(sort[:2])
    if "BARC" in by_bank:
        assert by_bank["BARC"] == {"20"}


@pytest.mark.parametrize("country", IBAN_COUNTRIES)
def test_ibans_of_each_country_are_valid(
    world_accounts: pa.Table,
    banks_by_code: dict[tuple[str, str], set[tuple[str, str]]],
    bank_data: Path,
    country: str,
) -> None:
    ibans = world_accounts.column(f"iban_{country}")
    assert ibans.null_count == 0
    assert len(pc.unique(ibans)) == ROWS
    texts = ibans.to_pylist()
    accounts = world_accounts.column(f"account_{country}").to_pylist()
    for number in range(0, ROWS, VALIDATE_EVERY):
        iban = IBAN(texts[number], validate_bban=country in NATIONAL_CHECKS)
        assert iban.country_code == country
        assert iban.bank is not None, texts[number]
        assert iban.account_code == accounts[number]
    # Every row's BIC and bank name belong to the bank code inside its IBAN.
    formats = json.loads((bank_data / "iban_formats.json").read_text())
    start = 5 if country in ("IT", "SM") else 4
    code = slice(start, start + formats[country]["bank_code_length"])
    triples = _triples(world_accounts, f"iban_{country}", f"bic_{country}", f"name_{country}", code)
    for bank_code, bic, name in triples:
        assert (bic, name) in banks_by_code[(country, bank_code)]


def test_ibans_without_bank_data_still_validate(bank_data: Path) -> None:
    fields = {"iban": _finance("iban", unique=True), "account": _finance("account_number")}
    table = lookalike.generate(_spec(fields, 20_000, locale="pt_BR"))
    ibans = table.column("iban").to_pylist()
    assert len(set(ibans)) == len(ibans)
    accounts = table.column("account").to_pylist()
    for number in range(0, len(ibans), VALIDATE_EVERY):
        iban = IBAN(ibans[number])
        assert iban.country_code == "BR"
        assert iban.account_code == accounts[number]


@pytest.mark.parametrize(
    ("country", "bban"), [("BE", "3!n7!n2!n"), ("PT", "4!n4!n11!n2!n"), ("SM", "1!a5!n5!n12!c")]
)
def test_national_bban_checks_of_countries_not_shipped(country: str, bban: str) -> None:
    # Bank data may grow; these countries' own BBAN check digits are ready for it.
    bank_code_length = {"BE": 3, "PT": 4, "SM": 5}[country]
    layout = accounts.bban_layout(country, {"bban": bban, "bank_code_length": bank_code_length})
    rng = np.random.default_rng(1)
    text = np.frombuffer(b"0123456789", dtype=np.uint8)[rng.integers(0, 10, (500, layout.length))]
    accounts.national_checks(country, layout, text)
    checks = iban_check_digits(country, alnum_values(text))
    for check, row in zip(checks.tolist(), text, strict=True):
        number = f"{country}{check:02d}{row.tobytes().decode()}"
        if country == "PT":  # a Portuguese NIB is 1 modulo 97
            assert int(number[4:]) % 97 == 1
        else:
            assert IBAN(number, validate_bban=True)


def test_account_numbers_outside_iban_countries(bank_data: Path) -> None:
    table = lookalike.generate(_spec({"f": _finance("account_number", unique=True)}, 5000,
                                     locale="en_US"))  # fmt: skip
    values = table.column("f").to_pylist()
    assert all(re.fullmatch(r"[1-9]\d{9}", v) for v in values)
    assert len(set(values)) == len(values)


@pytest.mark.parametrize("scheme", ["any", "visa", "mastercard", "amex", "discover"])
def test_cards_are_luhn_valid_and_coherent(scheme: str) -> None:
    fields = {
        attribute: _finance(attribute, scheme=scheme, unique=attribute == "card_number")
        for attribute in ("card_number", "card_scheme", "card_expiry", "cvv")
    }
    rows = ROWS if scheme == "any" else 10_000
    table = lookalike.generate(_spec(fields, rows))
    numbers = table.column("card_number").to_pylist()
    assert len(set(numbers)) == rows
    assert all(luhn.is_valid(n) for n in numbers)
    rules = {
        "Visa": (r"4\d{15}", 3),
        "Mastercard": (r"(5[1-5]\d{2}|222[1-9]|22[3-9]\d|2[3-6]\d{2}|27[01]\d|2720)\d{12}", 3),
        "American Express": (r"3[47]\d{13}", 4),
        "Discover": (r"(6011\d{2}|64[4-9]\d{3}|65\d{4})\d{10}", 3),
    }
    latest = (REFERENCE.year + 5) * 12 + REFERENCE.month - 1
    earliest = (REFERENCE.year + 1) * 12 + REFERENCE.month - 1
    for name, (pattern, cvv_length) in rules.items():
        rows = table.filter(pc.equal(table.column("card_scheme"), name))
        if not rows.num_rows:
            continue
        assert _all(pc.match_substring_regex(rows.column("card_number"), f"^{pattern}$"))
        assert _all(pc.match_substring_regex(rows.column("cvv"), rf"^\d{{{cvv_length}}}$"))
    expiry = table.column("card_expiry")
    assert _all(pc.match_substring_regex(expiry, r"^(0[1-9]|1[0-2])/\d{2}$"))
    months = pc.add(
        pc.multiply(pc.add(pc.cast(_slice(expiry, 3, 5), pa.int64()), 2000), 12),
        pc.subtract(pc.cast(_slice(expiry, 0, 2), pa.int64()), 1),
    )
    assert pc.min(months).as_py() >= earliest
    assert pc.max(months).as_py() <= latest
    schemes = Counter(table.column("card_scheme").to_pylist())
    if scheme == "any":
        assert [name for name, _ in schemes.most_common()] == [
            "Visa", "Mastercard", "American Express", "Discover"
        ]  # fmt: skip
    else:
        assert len(schemes) == 1


def test_currency_is_the_locales() -> None:
    for locale, code in [("en_GB", "GBP"), ("de_DE", "EUR"), ("ja_JP", "JPY"), ("en_IN", "INR")]:
        column = lookalike.generate(_spec({"f": _finance("currency")}, 10, locale=locale))
        assert column.column("f").to_pylist() == [code] * 10


def test_amounts_are_skewed_cents_within_the_range() -> None:
    field = _finance("amount", min_value=5, max_value=2500)
    column = lookalike.generate(_spec({"f": field}, ROWS)).column("f")
    assert column.type == pa.decimal128(6, 2)
    values = [float(v) for v in column.to_pylist()]
    assert min(values) >= 5
    assert max(values) <= 2500
    assert statistics.median(values) < statistics.mean(values) < 1252.5  # a right skew
    assert len(set(values)) > 20_000
    fixed = lookalike.generate(_spec({"f": _finance("amount", min_value=9.99, max_value=9.99)},
                                     3)).column("f")  # fmt: skip
    assert fixed.to_pylist() == [Decimal("9.99")] * 3


def test_same_seed_same_rows(bank_data: Path) -> None:
    fields = {a: _finance(a) for a in ("iban", "bic", "sort_code", "card_number", "cvv",
                                       "card_expiry", "amount")}  # fmt: skip
    first = lookalike.generate(_spec(fields, 3000, seed=5))
    assert first.equals(lookalike.generate(_spec(fields, 3000, seed=5)))
    other = lookalike.generate(_spec(fields, 3000, seed=6))
    for name in fields:
        assert first.column(name).to_pylist() != other.column(name).to_pylist()


def test_groups_are_separate_accounts(bank_data: Path) -> None:
    fields = {
        "payer": _finance("iban", group="payer"),
        "payee": _finance("iban", group="payee"),
        "payer_sort": _finance("sort_code", group="payer"),
    }
    rows = lookalike.generate(_spec(fields, 2000)).to_pylist()
    assert sum(row["payer"] == row["payee"] for row in rows) == 0
    assert all(row["payer"][8:14] == row["payer_sort"].replace("-", "") for row in rows)


@pytest.mark.parametrize(
    ("fields", "locale", "where", "message"),
    [
        ({"f": _finance("sort_code")}, "de_DE", "f.attribute", "sort codes exist only for GB"),
        ({"f": _finance("iban", country="US")}, "en_GB", "f.country", "no IBAN format for"),
        ({"f": _finance("iban")}, "en_US", "f.attribute", "one of BR, DE, ES, FR, GB"),
        ({"f": _finance("bic", country="XX")}, "en_GB", "f.country", "no bank data"),
        ({"f": _finance("bank_name")}, "pt_BR", "f.attribute", "no bank data for country 'BR'"),
        ({"f": _finance("amount", min_value=10, max_value=1)}, "en_GB", "f", "swap them"),
        ({"f": _finance("currency", locale="xx_YY")}, "en_GB", "f.locale", "unknown locale"),
        ({"f": _finance("bic", unique=True)}, "en_GB", "f.unique", "cannot be unique"),
        ({"f": _finance("sort_code", unique=True)}, "en_GB", "f.unique", "cannot be unique"),
        ({"a": _finance("iban", country="DE"), "f": _finance("sort_code")}, "en_GB", "f",
         "disagree"),
        ({"a": _finance("card_number", scheme="visa"), "f": _finance("cvv")}, "en_GB", "f",
         "disagree"),
    ],
)  # fmt: skip
def test_bad_requests_fail_before_any_row(
    bank_data: Path,
    no_generation: None,
    fields: dict[str, Any],
    locale: str,
    where: str,
    message: str,
) -> None:
    with pytest.raises(SpecError, match=message) as caught:
        lookalike.generate(_spec(fields, 10, locale=locale))
    assert caught.value.path == f"tables.t.fields.{where}"
