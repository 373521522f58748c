"""Sentences to specs, offline: ``"1000 customers with name, email and age 18-80"``.

The parser is rule-based and deterministic (no network, no model): it finds the
tables and their counts, the fields and their qualifiers, and the relations
between tables, maps field names onto kinds through the shared naming rules
(:mod:`lookalike.naming`), and has the planner check the result. Every phrase
it did not understand is reported with its position.

>>> import lookalike
>>> spec = lookalike.describe("200 orders with order date in 2024 and amount from $5 to $500")
>>> spec.tables["orders"].rows, spec.tables["orders"].fields["amount"].kind
(200, 'decimal')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lookalike.errors import SpecError
from lookalike.nl.parser import Description, parse
from lookalike.nl.source import Phrase

if TYPE_CHECKING:
    from lookalike.spec import Dataset

__all__ = ["Description", "Phrase", "describe", "draft", "parse"]


def draft(text: str, *, provider: str | None = None, locale: str | None = None) -> Description:
    """The spec for ``text`` from the offline parser, or from the configured language model.

    ``provider`` (``offline``, ``gemini``, ``openai``) overrides ``LOOKALIKE_LLM_PROVIDER``;
    the default is offline.

    >>> draft("5 users with email").drafted_by
    'offline'
    """
    from lookalike.nl.llm.settings import LlmSettings

    settings = LlmSettings() if provider is None else LlmSettings(provider=provider)
    if settings.provider == "offline":
        return parse(text, locale=locale)
    from lookalike.nl.llm.drafting import describe_with_model

    result = describe_with_model(text, settings)
    if locale is not None:
        from dataclasses import replace

        result = replace(result, spec={**result.spec, "locale": locale}, _dataset=[])
        result.dataset  # noqa: B018 (validates the locale)
    return result


def describe(text: str, *, locale: str | None = None, strict: bool = False) -> Dataset:
    """The spec a sentence describes, validated by the planner.

    Phrases that were not understood are left out (see :func:`parse` for the
    report); with ``strict=True`` any such phrase is an error instead.

    >>> spec = describe("Generate 1000 customer records with full name and account status "
    ...                 "(active, inactive, suspended)", locale="en_GB")
    >>> spec.locale, list(spec.tables["customers"].fields)
    ('en_GB', ['full_name', 'account_status'])
    """
    result = parse(text, locale=locale)
    if strict and result.not_understood:
        first = result.not_understood[0]
        raise SpecError(f"not understood: {first}; rephrase it or leave it out", path="text")
    return result.dataset
