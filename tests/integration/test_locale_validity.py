"""The issue's validity figures, checked by external validators on 100k rows per locale.

- phones: valid for libphonenumber in their region, and of the requested type; written
  as libphonenumber writes them (national, international, E.164); landlines whose
  geocoder place is the address's town or near it;
- emails: valid syntax (email-validator) and unique;
- UK postcodes: in the ONS postcode directory, and near the row's town; US ZIPs in the
  ``zipcodes`` directory and naming or near the row's town;
- coordinates: within 30 km of the town.

The oracles shared with ``benchmarks/bench_locale_oracles.py`` (which scores Faker and
Mimesis the same way) live in ``benchmarks/locale_oracles.py``.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

import email_validator
import phonenumbers
import pytest

import lookalike
from lookalike.locales import FLAGSHIP
from lookalike.locales.profiles import POSTAL

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import locale_oracles as oracles

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


#: Share of landlines from the address's area by libphonenumber's geocoder (see
#: ``locale_oracles.landline_follows_address``; measured figures in docs/kinds.md).
#: Where the geocoder names few places for wide areas (Chinese prefectures, Indian and
#: Pakistani districts), a town may lie nearer another area's named place than its own.
_LANDLINE_NEAR = {"zh_CN": 0.75, "en_IN": 0.82, "ur_PK": 0.85,
                  # The geocoder names Finland's and Norway's areas by regions (Norway's by
                  # the counties before 2020: "Oppland", "Sør-Trøndelag"), which neither the
                  # build nor the oracle can place for every town: below the flagship's 0.9.
                  "fi_FI": 0.8, "no_NO": 0.55}  # fmt: skip


@pytest.mark.parametrize("locale", sorted(FLAGSHIP))
def test_phones_are_written_as_libphonenumber_writes_them(locale: str) -> None:
    rows = _generate(locale, {
        f"{kind}_{style}": {"kind": "phone", "type": kind, "format": style}
        for kind in ("mobile", "landline") for style in ("national", "international", "e164")
    }, rows=5_000)  # fmt: skip
    region = lookalike.locales.profile_for(locale).country
    for kind in ("mobile", "landline"):
        for style in ("national", "international", "e164"):
            values = [r[f"{kind}_{style}"] for r in rows]
            assert oracles.formatted_as_libphonenumber(values, region, style) == 1.0, (
                kind, style, values[:3],
            )  # fmt: skip


@pytest.mark.parametrize("locale", sorted(FLAGSHIP))
def test_landlines_carry_an_area_code_of_the_address(locale: str) -> None:
    rows = _generate(locale, {
        "landline": {"kind": "phone", "type": "landline", "format": "national"},
        "town": {"kind": "address", "attribute": "town"},
        "region": {"kind": "address", "attribute": "region"},
        "latitude": {"kind": "address", "attribute": "latitude"},
        "longitude": {"kind": "address", "attribute": "longitude"},
    }, rows=5_000)  # fmt: skip
    region = lookalike.locales.profile_for(locale).country
    assert oracles.phone_valid([r["landline"] for r in rows], region, oracles.FIXED) == 1.0
    assert oracles.landline_follows_address(rows, region) >= _LANDLINE_NEAR.get(locale, 0.9)


def test_us_zips_are_in_the_zip_directory_and_name_their_town() -> None:
    rows = _generate("en_US", {
        "postcode": {"kind": "address", "attribute": "postcode"},
        "town": {"kind": "address", "attribute": "town"},
        "latitude": {"kind": "address", "attribute": "latitude"},
        "longitude": {"kind": "address", "attribute": "longitude"},
    }, rows=5_000)  # fmt: skip
    assert (oracles.postcode_agrees(rows, "US") or 0.0) >= 0.99


@pytest.mark.parametrize("locale", sorted(POSTAL))
def test_postal_locales_pass_every_oracle_of_the_flagship(locale: str) -> None:
    """The twenty locales with real places but Faker's names, on the flagship's thresholds:
    valid mobiles and landlines of the asked type, libphonenumber's national, international
    and E.164 writing, landlines from the address's area, valid unique emails, and postcodes
    of the country's format with their town and region."""
    fields = {
        "full_name": {"kind": "person", "attribute": "full_name"},
        "email": {"kind": "internet", "attribute": "email", "unique": True},
        "mobile": {"kind": "phone", "type": "mobile", "format": "national"},
        "landline": {"kind": "phone", "type": "landline", "format": "national"},
        "mobile_int": {"kind": "phone", "type": "mobile", "format": "international"},
        "landline_e164": {"kind": "phone", "type": "landline", "format": "e164"},
        "town": {"kind": "address", "attribute": "town"},
        "region": {"kind": "address", "attribute": "region"},
        "postcode": {"kind": "address", "attribute": "postcode"},
        "latitude": {"kind": "address", "attribute": "latitude"},
        "longitude": {"kind": "address", "attribute": "longitude"},
        "full": {"kind": "address", "attribute": "full"},
    }
    rows = _generate(locale, fields, rows=5_000)
    region = lookalike.locales.profile_for(locale).country
    figures = oracles.figures(rows, region)
    assert figures["mobile valid"] == 1.0
    assert figures["landline valid"] == 1.0
    assert figures["national format"] == 1.0
    assert figures["email valid"] == 1.0
    assert (figures["landline near address"] or 0.0) >= _LANDLINE_NEAR.get(locale, 0.9), figures
    for column, style in (("mobile_int", "international"), ("landline_e164", "e164")):
        values = [r[column] for r in rows]
        assert oracles.formatted_as_libphonenumber(values, region, style) == 1.0
    assert len({r["email"] for r in rows}) == len(rows)
    assert oracles.postcodes_in_format(rows, region) == 1.0
    assert len({r["town"] for r in rows}) > 100
    assert all(r["town"] and r["region"] and r["postcode"] in r["full"] for r in rows)
    assert all(r["town"] in r["full"] for r in rows)


#: Locales outside the supported ones whose country's numbering plan ships: mobiles stay
#: valid and formatted; landlines (which follow an address) and addresses are refused.
_OTHER_LOCALES = ["ko_KR", "fr_CA", "ru_RU", "cs_CZ", "el_GR"]


@pytest.mark.parametrize("locale", _OTHER_LOCALES)
def test_other_locales_phones_follow_their_numbering_plan(locale: str) -> None:
    rows = _generate(locale, {
        "mobile": {"kind": "phone", "type": "mobile", "format": "national"},
        "international": {"kind": "phone", "type": "mobile", "format": "international"},
        "e164": {"kind": "phone", "type": "mobile", "format": "e164"},
    }, rows=3_000)  # fmt: skip
    region = lookalike.locales.profile_for(locale).country
    assert oracles.phone_valid([r["mobile"] for r in rows], region, oracles.MOBILE) == 1.0
    for column, style in (("mobile", "national"), ("international", "international"),
                          ("e164", "e164")):  # fmt: skip
        values = [r[column] for r in rows]
        assert oracles.formatted_as_libphonenumber(values, region, style) >= 0.999
    with pytest.raises(lookalike.SpecError, match="no real places"):
        _generate(locale, {"landline": {"kind": "phone", "type": "landline"}}, rows=3)


def test_japanese_addresses_are_in_one_script_and_name_their_municipality() -> None:
    rows = _generate("ja_JP", {
        "street": {"kind": "address", "attribute": "street"},
        "town": {"kind": "address", "attribute": "town"},
        "region": {"kind": "address", "attribute": "region"},
    }, rows=5_000)  # fmt: skip
    for row in rows:
        text = row["street"] + row["town"] + row["region"]
        assert not any("a" <= c.lower() <= "z" for c in text), row
        assert row["town"][-1] in "市町村区", row
        assert row["region"][-1] in "都道府県", row


@pytest.mark.parametrize("locale", ["it_IT", "en_IN", "ur_PK"])
def test_towns_are_populated_places(locale: str) -> None:
    rows = _generate(locale, {"town": {"kind": "address", "attribute": "town"}}, rows=5_000)
    country = lookalike.locales.profile_for(locale).country
    known = oracles._geonames(country)
    named = oracles.share(oracles.fold(r["town"]) in known for r in rows)
    assert named >= 0.95, named
