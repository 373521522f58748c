"""Column names (and SQL type families) to realistic field kinds.

A name is cut into lower-case words (``customerEmail`` → ``customer email``),
then matched against rules in order; the first rule that fits the column's
type family wins. Each match also says how long its values can get, so a
short ``VARCHAR`` falls back to a pattern instead of overflowing.

>>> guess("email", "string").field
{'kind': 'internet', 'attribute': 'email'}
>>> guess("customerLastName", "string").field
{'kind': 'person', 'attribute': 'last_name'}
>>> guess("created_at", "datetime").field
{'kind': 'datetime', 'min_value': 'now-3y', 'max_value': 'now'}
>>> guess("unit_price", "decimal").field["kind"]
'decimal'
>>> guess("mystery", "string") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

#: Type families the rules are written for.
FAMILIES = ("string", "integer", "decimal", "float", "boolean", "date", "datetime", "time")


@dataclass(frozen=True)
class Guess:
    """A field for a column, why it was chosen, and the longest value it makes."""

    field: dict[str, Any]
    reason: str
    max_length: int = 0  # 0: not a string


@dataclass(frozen=True)
class _Rule:
    words: tuple[str, ...]  # any of these as a whole word sequence in the name
    families: tuple[str, ...]
    field: dict[str, Any]
    reason: str
    max_length: int = 0
    exact: bool = False  # the whole name must be one of ``words``


def words_of(name: str) -> str:
    """A column name as space-separated lower-case words.

    >>> words_of("billingPostCode"), words_of("DATE_OF_BIRTH")
    ('billing post code', 'date of birth')
    """
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    return " ".join(w for w in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if w)


def _has(text: str, phrase: str) -> bool:
    return re.search(rf"(^| ){re.escape(phrase)}($| )", text) is not None


_STR = ("string",)
_NOW = {"min_value": "now-3y", "max_value": "now"}
_RULES: tuple[_Rule, ...] = (
    _Rule(("email", "e mail", "email address", "mail"), _STR,
          {"kind": "internet", "attribute": "email"}, "email address", 64),
    _Rule(("first name", "firstname", "given name", "forename"), _STR,
          {"kind": "person", "attribute": "first_name"}, "first name", 20),
    _Rule(("last name", "lastname", "surname", "family name"), _STR,
          {"kind": "person", "attribute": "last_name"}, "last name", 24),
    _Rule(("middle name",), _STR, {"kind": "person", "attribute": "middle_name"},
          "middle name", 20),
    _Rule(("full name", "fullname", "customer name", "contact name", "person name",
           "employee name", "name"), _STR,
          {"kind": "person", "attribute": "full_name"}, "person's name", 48, exact=True),
    _Rule(("date of birth", "dob", "birth date", "birthdate", "birthday", "born"),
          ("date", "datetime"), {"kind": "person", "attribute": "date_of_birth"},
          "date of birth"),
    _Rule(("age",), ("integer",), {"kind": "person", "attribute": "age"}, "age", exact=True),
    _Rule(("gender", "sex"), _STR, {"kind": "person", "attribute": "gender"}, "gender", 6),
    _Rule(("phone", "mobile", "telephone", "tel", "cell", "phone number", "fax"), _STR,
          {"kind": "phone"}, "phone number", 20),
    _Rule(("postcode", "post code", "postal code", "zip", "zipcode", "zip code"), _STR,
          {"kind": "address", "attribute": "postcode"}, "postcode", 10),
    _Rule(("city", "town"), _STR, {"kind": "address", "attribute": "city"}, "city", 40),
    _Rule(("county", "state", "region", "province"), _STR,
          {"kind": "address", "attribute": "state"}, "region", 40),
    _Rule(("country code",), _STR, {"kind": "address", "attribute": "country_code"},
          "country code", 2),
    _Rule(("country",), _STR, {"kind": "address", "attribute": "country"}, "country", 56),
    _Rule(("street", "address line 1", "address1", "address line", "street address",
           "address"), _STR,
          {"kind": "address", "attribute": "street_address"}, "street address", 60),
    _Rule(("latitude", "lat"), ("float", "decimal"),
          {"kind": "address", "attribute": "latitude"}, "latitude"),
    _Rule(("longitude", "lng", "lon", "long"), ("float", "decimal"),
          {"kind": "address", "attribute": "longitude"}, "longitude"),
    _Rule(("username", "user name", "login", "handle"), _STR,
          {"kind": "internet", "attribute": "username"}, "username", 32),
    _Rule(("url", "website", "homepage", "web"), _STR,
          {"kind": "internet", "attribute": "url"}, "web address", 80),
    _Rule(("ip", "ip address", "ipv4"), _STR, {"kind": "internet", "attribute": "ipv4"},
          "IP address", 15),
    _Rule(("company", "company name", "employer", "organisation", "organization"), _STR,
          {"kind": "company", "attribute": "name"}, "company name", 60),
    _Rule(("job title", "job", "position", "occupation"), _STR,
          {"kind": "company", "attribute": "job_title"}, "job title", 60),
    _Rule(("department",), _STR, {"kind": "company", "attribute": "department"},
          "department", 40),
    _Rule(("iban",), _STR, {"kind": "finance", "attribute": "iban"}, "IBAN", 34),
    _Rule(("currency", "currency code"), _STR, {"kind": "finance", "attribute": "currency"},
          "currency", 3),
    _Rule(("card number", "credit card", "card"), _STR,
          {"kind": "finance", "attribute": "card_number"}, "card number", 19),
    _Rule(("ssn", "social security number"), _STR,
          {"kind": "identifier", "scheme": "ssn"}, "social security number", 11),
    _Rule(("uuid", "guid"), _STR, {"kind": "uuid"}, "UUID", 36),
    _Rule(("description", "notes", "note", "comment", "comments", "bio", "summary",
           "message", "body"), _STR,
          {"kind": "text", "unit": "sentences", "min_count": 1, "max_count": 3},
          "free text", 400),
    _Rule(("created", "created at", "updated", "updated at", "modified", "timestamp",
           "created on", "updated on", "last login", "ordered at", "placed at"),
          ("datetime",), {"kind": "datetime", **_NOW}, "event time"),
    _Rule(("quantity", "qty", "units"), ("integer",),
          {"kind": "integer", "min_value": 1, "max_value": 20}, "quantity"),
    _Rule(("year",), ("integer",), {"kind": "integer", "min_value": 1950, "max_value": 2026},
          "year"),
    _Rule(("price", "amount", "total", "cost", "balance", "salary", "fee", "subtotal",
           "tax", "discount", "revenue"), ("decimal", "float"),
          {"kind": "decimal", "min_value": 1, "max_value": 500, "distribution": "lognormal",
           "mean": 40, "sigma": 1.0}, "money amount"),
    _Rule(("rating", "score", "stars"), ("integer",),
          {"kind": "integer", "min_value": 1, "max_value": 5}, "rating"),
)  # fmt: skip


def guess(name: str, family: str) -> Guess | None:
    """The realistic field for column ``name`` of type ``family``, if a rule knows one."""
    text = words_of(name)
    for rule in _RULES:
        if family not in rule.families:
            continue
        hit = (
            text in rule.words
            if rule.exact
            else any(_has(text, w) for w in rule.words)
            or text.replace(" ", "") in {w.replace(" ", "") for w in rule.words}
        )
        if hit:
            spec = dict(rule.field)
            if rule.families == ("decimal", "float") and family == "float":
                spec = {"kind": "float", "min_value": 1.0, "max_value": 500.0, "round": 2}
            return Guess(spec, f"name matches {rule.reason}", rule.max_length)
    return None
