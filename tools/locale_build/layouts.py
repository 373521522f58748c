"""Display layouts of phone templates: libphonenumber's own grouping, one per template.

A layout is the formatted number with a ``#`` for each digit of the national
significant number, e.g. ``0#### ######`` (NATIONAL) or ``+44 #### ######``
(INTERNATIONAL). libphonenumber picks its format by the leading digits and the
length, so numbers of one template can format differently; such a template is
split on its first open position (one child per digit, weight shared by size)
until every number sampled from each piece formats alike. The generator then
renders a row's digits into its template's layout, vectorised.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .templates import Template, t_card

STYLES = ("national", "international")
_SAMPLES = 160
_MAX_DEPTH = 8


def layout_of(cc: int, nsn: str, style: str) -> str | None:
    """The layout of one number, or None when its digits cannot be placed."""
    import phonenumbers

    chosen = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if style == "national"
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    text = phonenumbers.format_number(phonenumbers.parse(f"+{cc}{nsn}"), chosen)
    places = [i for i, ch in enumerate(text) if ch.isdigit()]
    extra = len(places) - len(nsn)  # leading literal digits: trunk prefix, country code
    if extra < 0 or "".join(text[i] for i in places[extra:]) != nsn or "#" in text:
        return None
    chars = list(text)
    for i in places[extra:]:
        chars[i] = "#"
    return "".join(chars)


def render(layout: str, nsn: str) -> str:
    """``layout`` filled with the digits of ``nsn`` (the inverse of :func:`layout_of`)."""
    digits = iter(nsn)
    return "".join(next(digits) if ch == "#" else ch for ch in layout)


def _probe(t: Template, rng: Any) -> list[str]:
    """Numbers of ``t``: random ones and the smallest and largest digit everywhere."""
    numbers = ["".join(s[rng.integers(len(s))] for s in t) for _ in range(_SAMPLES)]
    numbers += ["".join(s[0] for s in t), "".join(s[-1] for s in t)]
    return numbers


def _layouts(cc: int, t: Template, rng: Any) -> dict[str, str] | None:
    """The layouts every probed number of ``t`` shares, or None if they differ."""
    found: dict[str, str] = {}
    for style in STYLES:
        seen = {layout_of(cc, nsn, style) for nsn in _probe(t, rng)}
        if len(seen) != 1 or None in seen:
            return None
        found[style] = next(iter(seen))  # type: ignore[arg-type]
    return found


def split_by_layout(
    cc: int, templates: list[Template], weights: list[float], rng: Any, label: str
) -> list[tuple[Template, float, dict[str, str]]]:
    """Templates with one layout each (split where needed), their weights and layouts."""
    out: list[tuple[Template, float, dict[str, str]]] = []

    def visit(t: Template, weight: float, depth: int) -> None:
        found = _layouts(cc, t, rng)
        if found is not None:
            out.append((t, weight, found))
            return
        open_positions = [i for i, s in enumerate(t) if len(s) > 1]
        if not open_positions or depth >= _MAX_DEPTH:
            raise SystemExit(f"{label}: no single layout for template {t}")
        at = open_positions[0]
        card = t_card(t)
        for digit in t[at]:
            child = (*t[:at], digit, *t[at + 1 :])
            visit(child, weight * t_card(child) / card, depth + 1)

    for t, w in zip(templates, weights, strict=True):
        visit(t, w, 0)
    return out


def check_layouts(cc: int, entries: list[dict[str, Any]], numbers: int, seed: int) -> None:
    """Rendered numbers equal libphonenumber's formatting (``numbers`` per template list)."""
    import phonenumbers

    rng = np.random.default_rng(seed)
    styles = {
        "national": phonenumbers.PhoneNumberFormat.NATIONAL,
        "international": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    }
    for _ in range(numbers):
        entry = entries[int(rng.integers(len(entries)))]
        nsn = "".join(s[rng.integers(len(s))] for s in entry["positions"])
        parsed = phonenumbers.parse(f"+{cc}{nsn}")
        for style, chosen in styles.items():
            want = phonenumbers.format_number(parsed, chosen)
            got = render(entry[style], nsn)
            assert got == want, f"+{cc}{nsn}: {style} {got!r} != {want!r}"
