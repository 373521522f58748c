"""Flag columns that hold personal data, from their names and the kind chosen for them.

The flag travels in the field itself (``pii: true`` with ``pii_reason: email
address (name matches email)``), so a reviewer sees why a column is treated as
personal; no value of it is ever read.

>>> pii_reason("email", {"kind": "internet", "attribute": "email"}, "name matches email")
'email address (name matches email)'
>>> pii_reason("customer_ssn", {"kind": "text"})
'national identifier (name contains ssn)'
>>> pii_reason("status", {"kind": "choice", "values": ["a"]}) is None
True
"""

from __future__ import annotations

from typing import Any

from lookalike.naming import has_phrase, words_of

#: (kind, attribute) pairs that are personal data whatever the column is called.
_PII_KINDS: dict[tuple[str, str | None], str] = {
    ("internet", "email"): "email address",
    ("internet", "username"): "username",
    ("internet", "ipv4"): "IP address",
    ("person", "first_name"): "first name",
    ("person", "last_name"): "last name",
    ("person", "middle_name"): "middle name",
    ("person", "full_name"): "person's name",
    ("person", "date_of_birth"): "date of birth",
    ("person", "age"): "age",
    ("person", "gender"): "gender",
    ("phone", None): "phone number",
    ("address", "street_address"): "street address",
    ("address", "postcode"): "postcode",
    ("address", "latitude"): "location",
    ("address", "longitude"): "location",
    ("finance", "iban"): "bank account",
    ("finance", "card_number"): "card number",
    ("identifier", None): "national identifier",
}

#: Name words that mark personal data even when the kind chosen is generic.
_PII_WORDS: dict[str, str] = {
    "ssn": "national identifier", "nin": "national identifier", "passport": "passport number",
    "national id": "national identifier", "tax id": "tax identifier", "nhs": "health number",
    "iban": "bank account", "account number": "bank account", "sort code": "bank account",
    "card": "card number", "salary": "salary", "password": "credential", "secret": "credential",
    "token": "credential", "ip": "IP address", "licence": "licence number",
    "license": "licence number", "address": "address", "email": "email address",
    "phone": "phone number", "birth": "date of birth", "dob": "date of birth",
}  # fmt: skip


def pii_reason(column: str, field: dict[str, Any], why: str = "") -> str | None:
    """Why ``column`` (generated as ``field``) is personal data, or None when it is not."""
    kind = field.get("kind", "")
    attribute = field.get("attribute")
    label = _PII_KINDS.get((kind, attribute)) or _PII_KINDS.get((kind, None))
    if label is not None:
        return f"{label} ({why or 'kind ' + kind})"
    text = words_of(column)
    for word, label in _PII_WORDS.items():
        if has_phrase(text, word):
            return f"{label} (name contains {word})"
    return None
