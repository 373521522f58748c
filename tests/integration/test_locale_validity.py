"""The issue's validity figures, checked by external validators on 100k rows per locale.

- phones: valid for libphonenumber in their region, and of the requested type;
- emails: valid syntax (email-validator) and unique;
- UK postcodes: in the ONS postcode directory, and near the row's town;
- coordinates: within 30 km of the town.
"""

from __future__ import annotations

import math
from typing import Any

import email_validator
import phonenumbers
import pytest

import lookalike
from lookalike.locales import FLAGSHIP

ROWS = 100_000
_TYPES = {
    "mobile": {phonenumbers.PhoneNumberType.MOBILE,
               phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE},
    "landline": {phonenumbers.PhoneNumberType.FIXED_LINE,
                 phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE},
}  # fmt: skip


def _generate(locale: str, fields: dict[str, Any], rows: int = ROWS) -> list[dict[str, Any]]:
    spec = {"seed": 11, "locale": locale, "reference_time": "2026-01-01T00:00:00Z",
            "tables": {"t": {"rows": rows, "fields": fields}}}  # fmt: skip
    return lookalike.generate(spec, workers=2).to_pylist()  # type: ignore[no-any-return]


@pytest.mark.parametrize("locale", sorted(FLAGSHIP))
def test_phones_are_valid_and_of_the_requested_type(locale: str) -> None:
    rows = _generate(locale, {
        "mobile": {"kind": "phone", "type": "mobile", "format": "e164", "unique": True},
        "landline": {"kind": "phone", "type": "landline", "format": "national"},
        "town": {"kind": "address", "attribute": "town"},
    })  # fmt: skip
    region = lookalike.locales.profile_for(locale).country
    assert len({r["mobile"] for r in rows}) == ROWS
    for kind in ("mobile", "landline"):
        for row in rows:
            number = phonenumbers.parse(row[kind], region)
            assert phonenumbers.is_valid_number(number), (kind, row[kind])
            assert phonenumbers.number_type(number) in _TYPES[kind], (kind, row[kind])


@pytest.mark.parametrize("locale", sorted(FLAGSHIP))
def test_emails_are_valid_and_unique(locale: str) -> None:
    rows = _generate(locale, {
        "name": {"kind": "person", "attribute": "full_name"},
        "email": {"kind": "internet", "attribute": "email", "unique": True},
        "username": {"kind": "internet", "attribute": "username", "unique": True},
    })  # fmt: skip
    emails = [r["email"] for r in rows]
    assert len(set(emails)) == ROWS
    assert len({r["username"] for r in rows}) == ROWS
    for email in emails:
        email_validator.validate_email(email, check_deliverability=False)
    assert all(5 <= len(r["username"]) <= 20 for r in rows)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)  # fmt: skip
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def test_uk_postcodes_exist_and_belong_to_their_town() -> None:
    import uk_postcodes_parsing

    from lookalike.locales.data import table

    towns = table("gb_towns.parquet").to_pylist()
    where = {t["town"]: (t["latitude"], t["longitude"]) for t in towns}
    rows = _generate("en_GB", {
        "postcode": {"kind": "address", "attribute": "postcode"},
        "town": {"kind": "address", "attribute": "town"},
        "county": {"kind": "address", "attribute": "county"},
        "lat": {"kind": "address", "attribute": "latitude"},
        "lon": {"kind": "address", "attribute": "longitude"},
    })  # fmt: skip
    for row in rows:
        assert uk_postcodes_parsing.is_in_ons_postcode_directory(row["postcode"]), row
        town_lat, town_lon = where[row["town"]]
        # Postcodes lie within 30 km of their town; coordinates scatter about 100 m more.
        assert _km(row["lat"], row["lon"], town_lat, town_lon) <= 30.5, row


@pytest.mark.parametrize("locale", ["en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL",
                                    "pt_BR", "en_IN", "ur_PK", "ja_JP", "zh_CN"])  # fmt: skip
def test_other_flagship_addresses_are_real_places(locale: str) -> None:
    rows = _generate(locale, {
        "postcode": {"kind": "address", "attribute": "postcode"},
        "town": {"kind": "address", "attribute": "town"},
        "region": {"kind": "address", "attribute": "region"},
        "lat": {"kind": "address", "attribute": "latitude"},
        "full": {"kind": "address", "attribute": "full"},
    }, rows=20_000)  # fmt: skip
    assert len({r["town"] for r in rows}) > 100
    assert all(r["town"] and r["postcode"] and r["region"] for r in rows)
    assert all(r["postcode"] in r["full"] and r["town"] in r["full"] for r in rows)
    assert all(-90 <= r["lat"] <= 90 for r in rows)
