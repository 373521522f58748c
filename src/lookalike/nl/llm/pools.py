"""Wider value pools drafted once by a language model, checked, and stored for offline use.

``lookalike pools draft --locale en_GB --domain names --size 500`` asks the
configured provider for values in batches, keeps only those that pass the
checks (the locale's script, a sensible length, no duplicates, no digits,
links or instructions, no famous real people), and writes them to
``$LOOKALIKE_HOME/pools/<locale>/<domain>-<tier>.json`` with where they came
from. Generation never calls a model: a pool is a file.

>>> clean(["Oliver Smith", "oliver smith", "https://x.io", "Elon Musk", "A1 Bob", "Amelia Jones"],
...       "en_GB", "names")
['Oliver Smith', 'Amelia Jones']
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from lookalike.locales.drafted import DOMAINS, load_pool, pool_path, tier
from lookalike.nl.llm.providers import LlmError, Message, Provider
from lookalike.nl.llm.reply import INJECTION

__all__ = ["DOMAINS", "clean", "draft_pool", "load_pool", "pool_path", "save_pool", "tier"]

BATCH = 200
MAX_SIZE = 100_000
#: Real, famous people a names pool must not contain (a short list: the usual suspects).
FAMOUS = frozenset(
    name.lower()
    for name in (
        "Elon Musk", "Donald Trump", "Joe Biden", "Barack Obama", "Taylor Swift", "Bill Gates",
        "Jeff Bezos", "Mark Zuckerberg", "Kim Kardashian", "Cristiano Ronaldo", "Lionel Messi",
        "Beyonce Knowles", "Oprah Winfrey", "Boris Johnson", "Rishi Sunak", "Keir Starmer",
        "King Charles", "Queen Elizabeth", "Prince Harry", "David Beckham", "Angela Merkel",
        "Emmanuel Macron", "Vladimir Putin", "Xi Jinping", "Narendra Modi", "Harry Potter",
        "Albert Einstein", "Adolf Hitler", "Tom Cruise", "Brad Pitt", "Lady Gaga", "Rihanna",
    )
)  # fmt: skip
_SCRIPTS = {"ja": "CJK", "zh": "CJK", "ar": "ARABIC", "ur": "ARABIC", "ru": "CYRILLIC",
            "uk": "CYRILLIC", "bg": "CYRILLIC", "el": "GREEK", "he": "HEBREW", "hi": "DEVANAGARI",
            "th": "THAI", "ko": "HANGUL"}  # fmt: skip


def clean(values: list[Any], locale: str, domain: str) -> list[str]:
    """Keep the values that pass every check, first spelling of each, in order."""
    kept: list[str] = []
    seen: set[str] = set()
    for value in values:
        if not isinstance(value, str):
            continue
        text = " ".join(value.split())
        key = text.casefold()
        if key in seen or not _acceptable(text, locale, domain):
            continue
        seen.add(key)
        kept.append(text)
    return kept


def _acceptable(text: str, locale: str, domain: str) -> bool:
    if not 2 <= len(text) <= 60 or INJECTION.search(text):
        return False
    if re.search(r"[0-9@#<>{}\[\]\\|=_*^~`$%]", text) or "://" in text:
        return False
    if domain == "names" and (text.lower() in FAMOUS or len(text.split()) < 2):
        return False
    if domain in ("first_names_female", "first_names_male", "last_names") and " " in text:
        return False  # one name each
    script = _SCRIPTS.get(locale.split("_")[0], "LATIN")
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(script in unicodedata.name(c, "") for c in letters)


def draft_pool(
    provider: Provider, *, locale: str, domain: str, size: int, max_calls: int | None = None
) -> list[str]:
    """Ask the provider for ``size`` checked values, in batches; raise if it cannot give them."""
    if domain not in DOMAINS:
        raise LlmError(f"unknown domain {domain!r}; use one of {', '.join(DOMAINS)}")
    if not 1 <= size <= MAX_SIZE:
        raise LlmError(f"size must be between 1 and {MAX_SIZE:,}")
    calls = max_calls or (size // BATCH + 1) * 3
    values: list[str] = []
    schema = {"type": "array", "items": {"type": "string"}}
    for _ in range(calls):
        if len(values) >= size:
            break
        want = min(BATCH, size - len(values))
        prompt = (
            f"List {want} different {DOMAINS[domain]} typical for the locale {locale}. "
            "Reply with a JSON array of strings only. No real famous people."
        )
        if values:
            prompt += " Do not repeat any of: " + json.dumps(values[-50:])
        reply = provider.complete("You list realistic values for test data.",
                                  [Message("user", prompt)], schema)  # fmt: skip
        try:
            batch = json.loads(reply)
        except json.JSONDecodeError:
            continue
        if isinstance(batch, list):
            values = clean([*values, *batch], locale, domain)
    if len(values) < size:
        raise LlmError(
            f"{provider.name}: only {len(values)} of {size} {domain} passed the checks "
            f"after {calls} calls; try a smaller --size"
        )
    return values[:size]


def save_pool(home: Path, locale: str, domain: str, values: list[str], provider: Provider) -> Path:
    """Write the pool file atomically, with where its values came from."""
    path = pool_path(home, locale, domain, len(values))
    path.parent.mkdir(parents=True, exist_ok=True)
    body = {
        "locale": locale, "domain": domain, "size": len(values), "provider": provider.name,
        "model": provider.model, "drafted": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "values": values,
    }  # fmt: skip
    fd, temp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(body, handle, ensure_ascii=False, indent=1)
    os.replace(temp, path)
    return path
