"""Field kinds: the registry of vectorised column generators.

Importing this package registers every built-in kind. A kind is a function
``compile(field_spec, env) -> Column`` chosen by the field's ``kind`` tag.
"""

from lookalike.kinds import (
    address,
    choice,
    company,
    drafted_pool,
    empirical,
    events,
    faker_kind,
    finance,
    geo,
    identifiers,
    internet,
    ledger,
    national_ids,
    numeric,
    person,
    phone,
    series,
    temporal,
    text,
)
from lookalike.kinds.base import REGISTRY, BlockContext, Column, Env, register
from lookalike.kinds.derived import Derived, compile_derived

__all__ = [
    "REGISTRY",
    "BlockContext",
    "Column",
    "Derived",
    "Env",
    "address",
    "choice",
    "company",
    "compile_derived",
    "drafted_pool",
    "empirical",
    "events",
    "faker_kind",
    "finance",
    "geo",
    "identifiers",
    "internet",
    "ledger",
    "national_ids",
    "numeric",
    "person",
    "phone",
    "register",
    "series",
    "temporal",
    "text",
]
