"""Naming rules: what a field's name says about its values.

One rule set serves every place where a name is all we know: database
extraction (``customer_email VARCHAR(64)``), the plain field lists of seed-style
requests (``{"name": "age", "type": "integer"}``) and sentences
(``"... age between 18-80, department, salary"``). :func:`guess` maps a name
and a type family to a realistic field; :func:`field_for` adds explicit
constraints, which always win.

>>> from lookalike.naming import field_for, guess
>>> guess("customerEmail").field
{'kind': 'internet', 'attribute': 'email'}
>>> field_for("salary", "integer").field["kind"], field_for("created_at", "string").field["kind"]
('integer', 'datetime')
"""

from lookalike.naming.fields import (
    PLAIN_TYPES,
    SEMANTIC_TYPES,
    FieldChoice,
    field_for,
    type_names,
)
from lookalike.naming.groups import harmonise
from lookalike.naming.rules import FAMILIES, NUMERIC, Guess, as_family, guess
from lookalike.naming.words import has_phrase, words_of

__all__ = [
    "FAMILIES",
    "NUMERIC",
    "PLAIN_TYPES",
    "SEMANTIC_TYPES",
    "FieldChoice",
    "Guess",
    "as_family",
    "field_for",
    "guess",
    "harmonise",
    "has_phrase",
    "type_names",
    "words_of",
]
