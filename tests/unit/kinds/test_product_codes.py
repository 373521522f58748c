"""Product codes (ISBN-13, ISBN-10, EAN-13, UPC-A): valid by python-stdnum, unique on request,
and from the locale's registration group or GS1 prefix."""

from __future__ import annotations

import pytest
from stdnum import ean, isbn

import lookalike
from lookalike.errors import SpecError

ROWS = 5_000


def _codes(scheme: str, locale: str = "en_US", *, unique: bool = False) -> list[str]:
    field = {"kind": "identifier", "scheme": scheme, "unique": unique}
    spec = {"seed": 7, "locale": locale, "tables": {"t": {"rows": ROWS, "fields": {"c": field}}}}
    codes: list[str] = lookalike.generate(spec).column("c").to_pylist()
    return codes


@pytest.mark.parametrize(
    ("scheme", "valid", "length"),
    [("isbn13", isbn.is_valid, 13), ("isbn10", isbn.is_valid, 10),
     ("ean13", ean.is_valid, 13), ("upc", ean.is_valid, 12)],
)  # fmt: skip
def test_every_code_is_valid(scheme: str, valid: object, length: int) -> None:
    codes = _codes(scheme)
    assert {len(c) for c in codes} == {length}
    assert all(valid(c) for c in codes)  # type: ignore[operator]


def test_isbn10_check_digit_x_appears_and_is_valid() -> None:
    codes = _codes("isbn10")
    with_x = [c for c in codes if c.endswith("X")]
    assert 0.05 < len(with_x) / ROWS < 0.15  # one check value in eleven
    assert all(isbn.is_valid(c) for c in with_x)


def test_unique_codes_never_repeat() -> None:
    codes = _codes("ean13", unique=True)
    assert len(set(codes)) == ROWS


@pytest.mark.parametrize(
    ("locale", "group"), [("de_DE", "9783"), ("fr_FR", "9782"), ("ja_JP", "9784")]
)
def test_isbns_carry_the_languages_registration_group(locale: str, group: str) -> None:
    assert all(c.startswith(group) for c in _codes("isbn13", locale))


def test_english_isbns_use_both_english_groups() -> None:
    assert {c[:4] for c in _codes("isbn13", "en_GB")} == {"9780", "9781"}


@pytest.mark.parametrize(("locale", "low", "high"), [("de_DE", 400, 440), ("en_GB", 500, 509)])
def test_eans_carry_the_countrys_gs1_prefix(locale: str, low: int, high: int) -> None:
    prefixes = {int(c[:3]) for c in _codes("ean13", locale)}
    assert prefixes <= set(range(low, high + 1))
    assert len(prefixes) > 1


def test_sentences_and_field_lists_know_product_codes() -> None:
    spec = lookalike.describe("400 books with ISBN, title and barcode").model_dump()
    fields = spec["tables"]["books"]["fields"]
    assert fields["isbn"]["scheme"] == "isbn13"
    assert fields["barcode"]["scheme"] == "ean13"


def test_a_product_code_refuses_more_unique_rows_than_it_has() -> None:
    field = {"kind": "identifier", "scheme": "upc", "unique": True}
    spec = {"tables": {"t": {"rows": 10**12, "fields": {"c": field}}}}
    with pytest.raises(SpecError, match="exhausted"):
        lookalike.resolve(spec)
