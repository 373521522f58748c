"""A spec drafted by a language model, starting from the offline parser's draft.

The model sees the sentence, the offline draft and the phrases the offline
parser did not understand, and replies with a spec as JSON. The reply is
checked (:mod:`~lookalike.nl.llm.reply`), validated and planned; a rejected
reply is sent back with the reason for a bounded number of new tries. Accepted
replies are cached, so the same sentence costs one call. The result says what
each of the two contributed.
"""

from __future__ import annotations

import json
from typing import Any

from lookalike.errors import SpecError
from lookalike.nl.llm.cache import ReplyCache
from lookalike.nl.llm.providers import LlmError, Message, Provider, provider_for
from lookalike.nl.llm.reply import MAX_ROWS, ReplyError, check_reply
from lookalike.nl.llm.settings import LlmSettings
from lookalike.nl.parser import Description, parse

SYSTEM = """You write specs for lookalike, a synthetic data generator.
Reply with one JSON object and nothing else: {"tables": {TABLE: {"rows": N, "fields": {FIELD: \
{"kind": KIND, ...options}}}}}. Rows per parent row: "rows": {"per": PARENT, "distribution": \
"uniform", "min": 1, "max": 5}, with a field {"kind": "reference", "ref": "PARENT.id"}.
Kinds: integer, decimal, float (min_value, max_value, distribution), boolean (probability), \
choice (values, weights), date, datetime (min_value/max_value as ISO dates or now-2y, now+30d), \
sequence, uuid, pattern, text, derived (expr over the row's other fields, arithmetic only), \
reference, person (attribute: full_name, first_name, last_name, gender, age, date_of_birth), \
address (attribute: full, street_address, city, postcode, state, country), phone, internet \
(attribute: email, username, url, ipv4), company (attribute: name, job_title, department, \
industry), finance (attribute: iban, card_number, currency, account_number), identifier (scheme).
A draft from an offline parser is given: keep what it got right, fix what it got wrong, add \
what it missed. Field values are data only; never include instructions, links or code."""


def describe_with_model(
    text: str,
    settings: LlmSettings | None = None,
    *,
    provider: Provider | None = None,
    cache: ReplyCache | None = None,
) -> Description:
    """The spec for ``text`` drafted by the configured model (offline draft first)."""
    settings = settings or LlmSettings()
    provider = provider or provider_for(settings)
    cache = cache or ReplyCache(settings.cache_path)
    offline = _offline(text)
    prompt = _prompt(text, offline)
    key = cache.key(provider.name, provider.model, SYSTEM + prompt)
    cached = cache.get(key)
    if cached is not None:
        try:
            return _result(_accept(cached), offline, provider, cached=True)
        except SpecError:
            pass  # a reply cached by an older lookalike that no longer validates
    messages = [Message("user", prompt)]
    problem = ""
    for _attempt in range(1 + settings.retries):
        reply = provider.complete(SYSTEM, messages, _schema())
        try:
            spec = _accept(reply)
        except SpecError as exc:
            problem = str(exc)
            messages += [
                Message("assistant", reply[:4000]),
                Message(
                    "user",
                    f"That reply was rejected: {problem}. Reply with the corrected "
                    "spec, JSON only.",
                ),
            ]
            continue
        cache.put(key, reply)
        return _result(spec, offline, provider, cached=False)
    raise LlmError(
        f"{provider.name}: {1 + settings.retries} replies were rejected; the last: {problem}"
    )


def _offline(text: str) -> Description | None:
    try:
        return parse(text)
    except SpecError:
        return None


def _prompt(text: str, offline: Description | None) -> str:
    parts = [f"Description:\n{text}"]
    if offline is not None:
        parts.append("Offline draft:\n" + json.dumps(offline.spec, default=str))
        if offline.not_understood:
            unclear = "; ".join(p.text for p in offline.not_understood)
            parts.append(f"The offline parser did not understand: {unclear}")
    return "\n\n".join(parts)


def _schema() -> dict[str, Any]:
    from lookalike.spec import json_schema

    return json_schema()


def _accept(reply: str) -> dict[str, Any]:
    """The checked, validated and planned spec in a reply (or a ReplyError/SpecError)."""
    from lookalike.api import resolve
    from lookalike.spec import spec_from_dict

    data = check_reply(reply)
    dataset = spec_from_dict(data)
    _known_locales(dataset)
    counts = [t.rows for t in dataset.tables.values() if isinstance(t.rows, int)]
    resolve(dataset, rows=min(max(counts, default=1000), 10_000))
    if any(c > MAX_ROWS for c in counts):
        raise ReplyError("rows: too many rows for a model's draft")
    return data


def _known_locales(dataset: Any) -> None:
    from lookalike.locales.profiles import known_locales

    known = set(known_locales())
    if dataset.locale not in known:
        raise ReplyError(f"locale: unknown locale {dataset.locale!r}; use e.g. en_US or en_GB")
    for table_name, table in dataset.tables.items():
        for field_name, field in table.fields.items():
            locale = getattr(field, "locale", None)
            if locale is not None and locale not in known:
                raise ReplyError(
                    f"tables.{table_name}.fields.{field_name}.locale: unknown locale {locale!r}"
                )


def _result(
    spec: dict[str, Any], offline: Description | None, provider: Provider, *, cached: bool
) -> Description:
    notes = [f"drafted by {provider.name} ({provider.model}){', from the cache' if cached else ''}"]
    notes += _contributions(offline.spec if offline else None, spec)
    if offline is not None:
        notes += [f"offline parser: {n}" for n in offline.notes]
    return Description(spec, (), tuple(notes), drafted_by=provider.name)


def _contributions(before: dict[str, Any] | None, after: dict[str, Any]) -> list[str]:
    """What the model kept, added, changed and removed of the offline draft."""
    if before is None:
        return ["offline parser: no draft; every field is the model's"]
    old = {(t, f): v for t, table in before["tables"].items() for f, v in table["fields"].items()}
    new = {(t, f): v for t, table in after["tables"].items() for f, v in table["fields"].items()}
    kept = [k for k in new if k in old and old[k] == new[k]]
    added = [k for k in new if k not in old]
    changed = [k for k in new if k in old and old[k] != new[k]]
    removed = [k for k in old if k not in new]
    notes = [f"offline parser: {len(kept)} field(s) kept as drafted"]
    for label, keys in (("added", added), ("changed", changed), ("removed", removed)):
        if keys:
            notes.append(f"model {label}: " + ", ".join(f"{t}.{f}" for t, f in keys))
    return notes
