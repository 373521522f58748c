"""VAT numbers of thirteen European countries, with valid check digits, a block at a time.

Each country's number is a :class:`~lookalike.kinds.id_space.Scheme`: the free
digits (and, for Spain, the company's legal form) are the parts of its space,
and the renderer appends the country's check. ``identifier`` fields with
``scheme: vat`` pick the scheme by ``country``.

>>> sorted(VAT_COUNTRIES)[:3]
['AT', 'BE', 'DE']
"""

from __future__ import annotations

import numpy as np

from lookalike.kinds.checksums import (
    ascii_digits,
    iso7064_mod11_10,
    luhn_check_digit,
    luhn_sum,
    weighted_sum,
)
from lookalike.kinds.id_space import (
    Parts,
    Scheme,
    as_col,
    const_text,
    digit_cols,
    join_text,
    normalised,
    skip_digit,
)

__all__ = ["VAT", "VAT_COUNTRIES", "bsn_digits"]


def bsn_digits(first: np.ndarray, middle: np.ndarray, choice: np.ndarray) -> np.ndarray:
    """Nine digits passing the 11-test: the ninth is the weighted sum of the first eight mod 11."""
    digits = np.empty((len(first), 9), dtype=np.int64)
    digits[:, 0] = first + 1
    digits[:, 1:7] = digit_cols(middle, 6)
    partial = weighted_sum(digits[:, :7], [9, 8, 7, 6, 5, 4, 3])
    digits[:, 7] = skip_digit(choice, ((10 - partial) * 6) % 11)  # weight 2; avoid a sum of 10
    digits[:, 8] = (partial + 2 * digits[:, 7]) % 11
    return digits


# --- VAT numbers -------------------------------------------------------------------------


def _vat_gb(parts: Parts) -> np.ndarray:
    payload = digit_cols(parts[0] + 10**6, 7)  # a leading zero marks special ranges
    total = weighted_sum(payload, [8, 7, 6, 5, 4, 3, 2])
    # Numbers issued since 2010 add 55 to the sum ("9755"); both are in use.
    check = (-(total + 55 * parts[1])) % 97
    return join_text(const_text("GB", len(payload)), ascii_digits(payload),
                     ascii_digits(digit_cols(check, 2)))  # fmt: skip


def _vat_de(parts: Parts) -> np.ndarray:
    payload = digit_cols(parts[0] + 10**7, 8)
    return join_text(const_text("DE", len(payload)), ascii_digits(payload),
                     ascii_digits(iso7064_mod11_10(payload)[:, None]))  # fmt: skip


def _vat_fr(parts: Parts) -> np.ndarray:
    body = digit_cols(parts[0], 8)
    siren = np.concatenate([body, luhn_check_digit(body)[:, None]], axis=1)
    key = (weighted_sum(siren, 10 ** np.arange(8, -1, -1)) * 100 + 12) % 97
    return join_text(
        const_text("FR", len(body)), ascii_digits(digit_cols(key, 2)), ascii_digits(siren)
    )


# Spanish companies: the first letter is the legal form (B: sociedad limitada,
# A: sociedad anónima...); forms N, P, Q, R, S and W take a letter as check.
_CIF_FORMS = np.frombuffer(b"BAGEFJHUVNPQRSW", dtype=np.uint8)
_CIF_FORM_WEIGHTS = normalised([620, 140, 60, 30, 30, 30, 20, 10, 20, 10, 10, 10, 5, 5, 5])
_CIF_LETTER_CHECK = np.isin(_CIF_FORMS, np.frombuffer(b"NPQRSW", dtype=np.uint8))
_CIF_CHECK_LETTERS = np.frombuffer(b"JABCDEFGHI", dtype=np.uint8)


def _vat_es(parts: Parts) -> np.ndarray:
    form, province, serial = parts
    body = np.concatenate([digit_cols(province + 1, 2), digit_cols(serial, 5)], axis=1)
    check = luhn_check_digit(body)
    last = np.where(_CIF_LETTER_CHECK[form], _CIF_CHECK_LETTERS[check], 48 + check)
    return join_text(
        const_text("ES", len(body)), as_col(_CIF_FORMS[form]), ascii_digits(body), as_col(last)
    )


def _vat_it(parts: Parts) -> np.ndarray:
    company, office = parts
    body = np.concatenate([digit_cols(company + 1, 7), digit_cols(office + 1, 3)], axis=1)
    return join_text(const_text("IT", len(body)), ascii_digits(body),
                     ascii_digits(luhn_check_digit(body)[:, None]))  # fmt: skip


_NL_SUFFIX_WEIGHTS = normalised([90, 7, 3])


def _vat_nl(parts: Parts) -> np.ndarray:
    first, middle, choice, suffix = parts
    digits = bsn_digits(first, middle, choice)
    rows = len(digits)
    return join_text(const_text("NL", rows), ascii_digits(digits), const_text("B", rows),
                     ascii_digits(digit_cols(suffix + 1, 2)))  # fmt: skip


def _vat_be(parts: Parts) -> np.ndarray:
    body = parts[0] + 2_000_000  # enterprise numbers 0200.000.000 onwards
    return join_text(const_text("BE", len(body)), ascii_digits(digit_cols(body, 8)),
                     ascii_digits(digit_cols(97 - body % 97, 2)))  # fmt: skip


def _vat_at(parts: Parts) -> np.ndarray:
    body = digit_cols(parts[0], 7)
    return join_text(const_text("ATU", len(body)), ascii_digits(body),
                     ascii_digits(((6 - luhn_sum(body)) % 10)[:, None]))  # fmt: skip


def _vat_pt(parts: Parts) -> np.ndarray:
    body = np.concatenate([np.full((len(parts[0]), 1), 5), digit_cols(parts[0], 7)], axis=1)
    check = (11 - weighted_sum(body, range(9, 1, -1))) % 11 % 10
    return join_text(const_text("PT", len(body)), ascii_digits(body), ascii_digits(check[:, None]))


def _vat_pl(parts: Parts) -> np.ndarray:
    office, middle, choice = parts
    digits = np.empty((len(office), 10), dtype=np.int64)
    digits[:, :3] = digit_cols(office + 101, 3)  # the tax office that issued it
    digits[:, 3:8] = digit_cols(middle, 5)
    partial = weighted_sum(digits[:, :8], [6, 5, 7, 2, 3, 4, 5, 6])
    digits[:, 8] = skip_digit(choice, ((10 - partial) * 8) % 11)  # weight 7; 8 is its inverse
    digits[:, 9] = (partial + 7 * digits[:, 8]) % 11
    return join_text(const_text("PL", len(digits)), ascii_digits(digits))


def _mod11_zero_sum(parts: Parts, weights: list[int]) -> np.ndarray:
    """Eight digits whose weighted sum (last weights 2 and 1) is 0 mod 11."""
    first, middle, choice = parts
    digits = np.empty((len(first), 8), dtype=np.int64)
    digits[:, 0] = first + 1
    digits[:, 1:6] = digit_cols(middle, 5)
    partial = weighted_sum(digits[:, :6], weights[:6])
    digits[:, 6] = skip_digit(choice, ((1 - partial) * 6) % 11)  # keeps the last digit below 10
    digits[:, 7] = (-(partial + 2 * digits[:, 6])) % 11
    return digits


def _vat_dk(parts: Parts) -> np.ndarray:
    digits = _mod11_zero_sum(parts, [2, 7, 6, 5, 4, 3])
    return join_text(const_text("DK", len(digits)), ascii_digits(digits))


def _vat_fi(parts: Parts) -> np.ndarray:
    digits = _mod11_zero_sum(parts, [7, 9, 10, 5, 8, 4])
    return join_text(const_text("FI", len(digits)), ascii_digits(digits))


def _vat_se(parts: Parts) -> np.ndarray:
    second, third, rest = parts
    body = np.concatenate([np.full((len(rest), 1), 5), second[:, None], (third + 2)[:, None],
                           digit_cols(rest, 6)], axis=1)  # fmt: skip
    number = np.concatenate([body, luhn_check_digit(body)[:, None]], axis=1)
    return join_text(const_text("SE", len(body)), ascii_digits(number), const_text("01", len(body)))


#: VAT number schemes by country.
VAT: dict[str, Scheme] = {
    "GB": Scheme((9 * 10**6, 2), _vat_gb, "__ ___ ____ __"),
    "DE": Scheme((9 * 10**7,), _vat_de, "__ ___ ___ ___"),
    "FR": Scheme((10**8,), _vat_fr, "__ __ ___ ___ ___"),
    "ES": Scheme((len(_CIF_FORMS), 52, 10**5), _vat_es, "__ _________",
                 weights=(_CIF_FORM_WEIGHTS, None, None)),
    "IT": Scheme((9_999_999, 100), _vat_it, "__ ___________"),
    "NL": Scheme((9, 10**6, 9, 3), _vat_nl, "__ _________ ___",
                 weights=(None, None, None, _NL_SUFFIX_WEIGHTS)),
    "BE": Scheme((8 * 10**6,), _vat_be, "__ ____.___.___"),
    "AT": Scheme((10**7,), _vat_at, "___ ________"),
    "PT": Scheme((10**7,), _vat_pt, "__ _________"),
    "PL": Scheme((899, 10**5, 9), _vat_pl, "__ ___-___-__-__"),
    "DK": Scheme((9, 10**5, 9), _vat_dk, "__ __ __ __ __"),
    "FI": Scheme((9, 10**5, 9), _vat_fi, "__ ________"),
    "SE": Scheme((10, 8, 10**6), _vat_se, "__ ____________"),
}  # fmt: skip

#: Countries whose VAT numbers the ``vat`` scheme writes.
VAT_COUNTRIES: tuple[str, ...] = tuple(VAT)
