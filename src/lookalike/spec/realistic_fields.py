"""The realistic, locale-aware kinds: people, places, contacts, companies, money,
identifiers, drafted pools, Faker, and geography (trips and points of interest).

>>> PersonField(attribute="first_name").group
'person'
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from lookalike.spec.field_base import LocaleFieldBase


class PersonField(LocaleFieldBase):
    """A person's name, gender and birth date; fields of one ``group`` describe one person.

    All fields with the same ``group`` in a table share one latent person per
    row, so ``first_name``, ``full_name``, ``gender`` and ``age`` agree, and an
    ``internet`` email built from that group uses the same names. ``unique: true``
    on ``full_name`` gives every row its own first-and-last-name pair (drawn evenly
    from every pair of the locale's pools, through a keyed permutation, so the
    group's emails and usernames use those names too).
    """

    kind: Literal["person"] = "person"
    attribute: Literal[
        "first_name", "last_name", "full_name", "middle_name", "title", "gender",
        "date_of_birth", "age",
    ] = "full_name"  # fmt: skip
    group: str = "person"
    gender: Literal["any", "male", "female"] = "any"
    min_age: int = Field(18, ge=0, le=120)
    max_age: int = Field(90, ge=0, le=120)
    names: Literal["weighted", "distinct"] = Field(
        "weighted",
        description="weighted: names as often as people bear them; distinct: every row of "
        "the group its own first-and-last-name pair (as unique: true on full_name does).",
    )
    pools: Literal["shipped", "drafted"] = Field(
        "shipped",
        description="drafted: the shipped name pools widened by the names drafted for the "
        "locale with `lookalike pools draft` (names, first_names_*, last_names), if any.",
    )


class AddressField(LocaleFieldBase):
    """Part of a real-looking address; fields of one ``group`` describe one place.

    The postcode exists and belongs to the town, the town lies in its county or
    region, and the coordinates are near the town.
    """

    kind: Literal["address"] = "address"
    attribute: Literal[
        "building_number", "street", "street_address", "town", "city", "county", "state",
        "region", "postcode", "country", "country_code", "full", "multiline", "latitude",
        "longitude",
    ] = "full"  # fmt: skip
    group: str = "address"


class PhoneField(LocaleFieldBase):
    """Phone numbers in the locale's numbering plan.

    ``mode: valid`` (default) draws from the ranges libphonenumber accepts;
    ``mode: safe`` only from ranges the regulator reserves for fiction (few).
    A landline takes its area code from the row's ``address_group`` town where
    the locale has geographic codes.
    """

    kind: Literal["phone"] = "phone"
    type: Literal["mobile", "landline"] = "mobile"
    format: Literal["national", "e164", "international"] = "national"
    mode: Literal["valid", "safe"] = "valid"
    address_group: str = "address"


class InternetField(LocaleFieldBase):
    """Emails and usernames from the row's person, and other internet values."""

    kind: Literal["internet"] = "internet"
    attribute: Literal[
        "email", "username", "url", "domain", "ipv4", "ipv6", "mac", "user_agent",
        "password_hash",
    ] = "email"  # fmt: skip
    domain: str | None = Field(None, description="Email domain (e.g. testcorp.co.uk).")
    style: Literal["mixed", "first.last", "first.last.N"] = Field(
        "mixed",
        description="Email local parts: mixed (first.last, first_last or firstlast, mostly "
        "with a number), first.last (a number sometimes), or first.last.N (always "
        "firstname.lastname.N, the mock-data API's shape).",
    )
    person_group: str = "person"
    mode: Literal["valid", "safe"] = Field(
        "valid", description="safe: reserved example domains only (RFC 2606)."
    )
    address_space: Literal["public", "private", "any"] = Field(
        "public",
        description="ipv4/ipv6: public (allocated, routable space of the locale's registry), "
        "private (RFC 1918, unique local fd00::/8) or any.",
    )


class CompanyField(LocaleFieldBase):
    """Companies, their names, industries and people's jobs; one ``group`` = one company."""

    kind: Literal["company"] = "company"
    attribute: Literal[
        "name", "trading_name", "suffix", "industry", "sub_industry", "website", "domain",
        "email", "employee_count", "size_category", "founded_year", "job_title",
        "department", "description",
    ] = "name"  # fmt: skip
    group: str = "company"


class FinanceField(LocaleFieldBase):
    """Bank and card details with valid check digits, currencies and amounts."""

    kind: Literal["finance"] = "finance"
    attribute: Literal[
        "iban", "bic", "bank_name", "card_number", "card_scheme", "card_expiry", "cvv",
        "currency", "amount", "account_number", "sort_code",
    ] = "iban"  # fmt: skip
    scheme: Literal["any", "visa", "mastercard", "amex", "discover"] = "any"
    country: str | None = Field(None, description="IBAN country; defaults to the locale's.")
    min_value: float = 1.0
    max_value: float = 1000.0
    group: str = "account"


class IdentifierField(LocaleFieldBase):
    """National identifiers, tax numbers and product codes with valid check digits."""

    kind: Literal["identifier"] = "identifier"
    scheme: Literal[
        "isbn13", "isbn10", "ean13", "upc", "nhs_number", "ni_number", "ssn", "ein",
        "steuer_id", "nir", "dni", "nie", "cpf",
        "cnpj", "bsn", "aadhaar", "pan", "cnic", "my_number", "ric", "codice_fiscale", "vat",
        "utr", "personnummer", "pesel", "rrn", "cpr", "fodselsnummer", "hetu", "isikukood",
        "rijksregisternummer", "cnp", "egn", "rodne_cislo", "za_id_number",
    ]  # fmt: skip
    country: str | None = Field(None, description="For vat: the country (default: locale's).")
    formatted: bool = Field(True, description="Use the usual separators (e.g. 943 476 5919).")
    person_group: str | None = Field(
        "person",
        description="Schemes that encode their holder (birth date, sex, names) describe this "
        "person group's person; null: a person of their own.",
    )
    address_group: str = Field(
        "address", description="Schemes that encode a region take it from this address group."
    )


class PoolField(LocaleFieldBase):
    """Values of a pool drafted once for the locale (``lookalike pools draft``), by name.

    Read from the data directory when the spec is planned (``$LOOKALIKE_HOME``);
    a pool that was never drafted is an error that says how to draft it.
    """

    kind: Literal["pool"] = "pool"
    name: Literal[
        "names", "first_names_female", "first_names_male", "last_names", "streets",
        "companies", "products", "job_titles",
    ] = Field(description="The pool's domain, as drafted.")  # fmt: skip


class FakerField(LocaleFieldBase):
    """Any Faker provider method, row by row (slower: the one per-row Python path)."""

    kind: Literal["faker"] = "faker"
    method: str = Field(min_length=1)
    args: list[Any] = Field(default_factory=list)
    kwargs: dict[str, Any] = Field(default_factory=dict)


class TripField(LocaleFieldBase):
    """A journey between two towns of the country, one per row; fields of one ``group``
    describe one trip. Towns are drawn by population; the distance is the great circle
    times the mode's road factor, the duration that distance at the mode's speed."""

    kind: Literal["trip"] = "trip"
    attribute: Literal[
        "origin", "destination", "origin_latitude", "origin_longitude",
        "destination_latitude", "destination_longitude", "distance_km", "duration_minutes",
        "path",
    ] = "origin"  # fmt: skip
    mode: Literal["driving", "truck", "cycling", "walking", "flying"] = "driving"
    country: str | None = Field(None, description="Defaults to the locale's country.")
    group: str = "trip"


class PoiField(LocaleFieldBase):
    """A point of interest near a town: its name, category and coordinates; fields of one
    ``group`` describe one place."""

    kind: Literal["poi"] = "poi"
    attribute: Literal["name", "category", "city", "latitude", "longitude", "distance_km"] = "name"
    category: str = Field("any", description="restaurant, cafe, hotel, ... or any.")
    city: str | None = Field(None, description="One town; default: towns drawn by population.")
    country: str | None = Field(None, description="Defaults to the locale's country.")
    group: str = "poi"
