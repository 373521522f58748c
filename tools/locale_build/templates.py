"""Phone-number templates: libphonenumber regexes expanded into per-position digit sets.

A template is a tuple of strings, one per digit position, each the sorted set of allowed
digits ("7", "0123456789", ...). Sampling a template draws each position independently,
so every number a template can produce matches the regex it came from."""

from __future__ import annotations

import math
import re
import re._constants as _sre_c  # private but stable in CPython 3.11+
import re._parser as _sre_p
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

DIGITS = "0123456789"
Template = tuple[str, ...]


def _seq_expand(items: Iterable[tuple[Any, Any]]) -> list[list[str]]:
    outs: list[list[str]] = [[]]
    for op, av in items:
        alts = _node_expand(op, av)
        outs = [o + a for o in outs for a in alts]
        if len(outs) > 200_000:
            raise RuntimeError("pattern expands to too many templates")
    return outs


def _node_expand(op: Any, av: Any) -> list[list[str]]:
    c = _sre_c
    if op is c.LITERAL:
        return [[chr(av)]]
    if op is c.IN:
        s: set[str] = set()
        for o, a in av:
            if o is c.LITERAL:
                s.add(chr(a))
            elif o is c.RANGE:
                s.update(chr(x) for x in range(a[0], a[1] + 1))
            elif o is c.CATEGORY and a is c.CATEGORY_DIGIT:
                s |= set(DIGITS)
            else:
                raise RuntimeError(f"unsupported set item {o}")
        return [["".join(sorted(s))]]
    if op is c.BRANCH:
        return [x for b in av[1] for x in _seq_expand(b)]
    if op is c.SUBPATTERN:
        return _seq_expand(av[-1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        lo, hi, sub = av
        subs = _seq_expand(sub)
        res: list[list[str]] = []
        for n in range(lo, hi + 1):
            acc: list[list[str]] = [[]]
            for _ in range(n):
                acc = [o + s for o in acc for s in subs]
            res += acc
        return res
    if op is c.CATEGORY and av is c.CATEGORY_DIGIT:
        return [[DIGITS]]
    raise RuntimeError(f"unsupported regex node {op}")


def expand_pattern(pattern: str) -> list[Template]:
    return [tuple(t) for t in _seq_expand(_sre_p.parse(pattern))]


def t_card(t: Template) -> int:
    return math.prod(len(s) for s in t)


def t_inter(a: Template, b: Template) -> Template | None:
    if len(a) != len(b):
        return None
    out = []
    for x, y in zip(a, b, strict=True):
        z = "".join(sorted(set(x) & set(y)))
        if not z:
            return None
        out.append(z)
    return tuple(out)


def t_subtract(a: Template, b: Template) -> list[Template]:
    """a minus b as a list of disjoint templates."""
    if len(a) != len(b):
        return [a]
    for x, y in zip(a, b, strict=True):
        if not set(x) & set(y):
            return [a]
    pieces = []
    prefix: list[str] = []
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        rest = "".join(sorted(set(x) - set(y)))
        if rest:
            pieces.append((*prefix, rest, *a[i + 1 :]))
        prefix.append("".join(sorted(set(x) & set(y))))
    return pieces


def t_subtract_all(ts: list[Template], subs: Iterable[Template]) -> list[Template]:
    subs_by_len: dict[int, list[Template]] = defaultdict(list)
    for s in subs:
        subs_by_len[len(s)].append(s)
    out = []
    for t in ts:
        cur = [t]
        for s in subs_by_len.get(len(t), ()):
            nxt = []
            for c in cur:
                nxt.extend(t_subtract(c, s))
            cur = nxt
            if not cur:
                break
        out.extend(cur)
    return out


def t_disjoint(ts: list[Template]) -> list[Template]:
    """Remove overlaps between templates (earlier templates win)."""
    out: list[Template] = []
    by_len: dict[int, list[Template]] = defaultdict(list)
    for t in ts:
        pieces = t_subtract_all([t], by_len[len(t)])
        out.extend(pieces)
        by_len[len(t)].extend(pieces)
    return out


def t_restrict_prefix(t: Template, prefix: str) -> Template | None:
    if len(prefix) > len(t):
        return None
    for d, s in zip(prefix, t, strict=False):
        if d not in s:
            return None
    return (*tuple(prefix), *t[len(prefix) :])


def t_sample(
    templates: Sequence[Template], weights: Sequence[float], n: int, rng: Any
) -> list[str]:
    w = np.asarray(weights, dtype=np.float64)
    idx = rng.choice(len(templates), size=n, p=w / w.sum())
    out = []
    for i in idx:
        t = templates[i]
        out.append("".join(s[rng.integers(len(s))] for s in t))
    return out


def t_json(t: Template, weight: float) -> dict[str, Any]:
    return {"weight": weight, "positions": list(t)}


def t_from_display(number: str) -> Template:
    """'0113 496 0xxx' -> template of the national significant number (trunk 0 dropped)."""
    digits = re.sub(r"\s+", "", number)
    if digits.startswith("0"):
        digits = digits[1:]
    return tuple(DIGITS if ch == "x" else ch for ch in digits)
