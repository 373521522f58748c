"""Product codes with valid check digits: ISBN-13, ISBN-10, EAN-13 and UPC-A.

Like the national schemes (:mod:`lookalike.kinds.national_ids`), each code is a
mixed-radix space of its free parts and a renderer that appends the check
digit, so a unique column walks the space and never collides. The parts that
say where a code comes from follow the locale: an ISBN's registration group
(0 and 1 English, 2 French, 3 German, 4 Japanese, 5 Russian, 7 Chinese) and an
EAN's GS1 prefix (400-440 Germany, 500-509 the United Kingdom...). Codes are
written compact, as scanners and databases keep them: where the hyphens of an
ISBN go depends on publisher ranges that no checksum can tell.

>>> scheme = product_scheme("isbn13", "en_GB")
>>> IdentifierColumn(scheme, True).at(None, np.array([0, 1], dtype=np.uint64)).to_pylist()
['9780000000002', '9780000000019']
>>> gs1_check_digit(np.array([[4, 0, 0, 6, 3, 8, 1, 3, 3, 3, 9, 3]])).tolist()
[1]
"""

from __future__ import annotations

import numpy as np

from lookalike.kinds.checksums import ascii_digits, weighted_sum
from lookalike.kinds.id_space import IdentifierColumn, Parts, Scheme, digit_cols, join_text
from lookalike.locales.profiles import profile_for

__all__ = ["PRODUCT_SCHEMES", "IdentifierColumn", "gs1_check_digit", "product_scheme"]

#: The product code schemes an ``identifier`` field may name.
PRODUCT_SCHEMES = frozenset({"isbn13", "isbn10", "ean13", "upc"})

#: One-digit ISBN registration groups by language (others: the English groups).
_ISBN_GROUPS = {"fr": (2,), "de": (3,), "ja": (4,), "ru": (5,), "zh": (7,)}
_ENGLISH_GROUPS = (0, 1)

#: GS1 company prefixes (first three digits of an EAN-13) by country.
_GS1_PREFIXES: dict[str, tuple[range, ...]] = {
    "US": (range(0, 20), range(30, 40), range(60, 140)), "CA": (range(754, 756),),
    "GB": (range(500, 510),), "IE": (range(539, 540),), "DE": (range(400, 441),),
    "FR": (range(300, 380),), "ES": (range(840, 850),), "IT": (range(800, 840),),
    "NL": (range(870, 880),), "BE": (range(540, 550),), "CH": (range(760, 770),),
    "AT": (range(900, 920),), "SE": (range(730, 740),), "PL": (range(590, 591),),
    "JP": (range(450, 460), range(490, 500)), "CN": (range(690, 700),),
    "KR": (range(880, 881),), "IN": (range(890, 891),), "BR": (range(789, 791),),
    "MX": (range(750, 751),), "AU": (range(930, 940),), "NZ": (range(940, 950),),
    "ZA": (range(600, 602),), "TR": (range(868, 870),), "RU": (range(460, 470),),
}  # fmt: skip


def gs1_check_digit(payload: np.ndarray) -> np.ndarray:
    """The GS1 (EAN, UPC, ISBN-13) check digit of each row of digits.

    From the right of the payload, digits are weighted 3, 1, 3, ...
    """
    digits = np.asarray(payload, dtype=np.int64)
    weights = np.where(np.arange(digits.shape[1])[::-1] % 2 == 0, 3, 1)
    check: np.ndarray = (10 - weighted_sum(digits, weights) % 10) % 10
    return check


def _isbn13(groups: np.ndarray) -> Scheme:
    def render(parts: Parts) -> np.ndarray:
        group, serial = parts
        rows = len(serial)
        payload = np.concatenate([
            np.broadcast_to(np.array([9, 7, 8]), (rows, 3)), groups[group][:, None],
            digit_cols(serial, 8),
        ], axis=1)  # fmt: skip
        return ascii_digits(np.concatenate([payload, gs1_check_digit(payload)[:, None]], axis=1))

    return Scheme((len(groups), 10**8), render)


def _isbn10(groups: np.ndarray) -> Scheme:
    def render(parts: Parts) -> np.ndarray:
        group, serial = parts
        payload = np.concatenate([groups[group][:, None], digit_cols(serial, 8)], axis=1)
        check = weighted_sum(payload, np.arange(1, 10)) % 11  # 10 is written X
        text = ascii_digits(payload)
        last = np.where(check == 10, ord("X"), check + 48).astype(np.uint8)[:, None]
        return join_text(text, last)

    return Scheme((len(groups), 10**8), render)


def _ean13(prefixes: np.ndarray) -> Scheme:
    def render(parts: Parts) -> np.ndarray:
        prefix, serial = parts
        payload = np.concatenate([digit_cols(prefixes[prefix], 3), digit_cols(serial, 9)], axis=1)
        return ascii_digits(np.concatenate([payload, gs1_check_digit(payload)[:, None]], axis=1))

    return Scheme((len(prefixes), 10**9), render)


def _upc(parts: Parts) -> np.ndarray:
    system, serial = parts
    # Number systems 0, 1, 6, 7 and 8 are regular products (2 is weighed goods, 3 drugs,
    # 5 coupons): the ones a shop's catalogue holds.
    first = np.array([0, 1, 6, 7, 8])[system][:, None]
    payload = np.concatenate([first, digit_cols(serial, 10)], axis=1)
    return ascii_digits(np.concatenate([payload, gs1_check_digit(payload)[:, None]], axis=1))


def product_scheme(name: str, locale: str) -> Scheme:
    """The value space of product code ``name`` for ``locale``'s country and language."""
    profile = profile_for(locale)
    if name in ("isbn13", "isbn10"):
        groups = np.array(_ISBN_GROUPS.get(profile.language, _ENGLISH_GROUPS))
        return _isbn13(groups) if name == "isbn13" else _isbn10(groups)
    if name == "ean13":
        ranges = _GS1_PREFIXES.get(profile.country) or tuple(
            r for rs in _GS1_PREFIXES.values() for r in rs
        )
        return _ean13(np.array(sorted({p for r in ranges for p in r})))
    if name == "upc":
        return Scheme((5, 10**10), _upc)
    raise ValueError(name)  # the spec model admits no other scheme
