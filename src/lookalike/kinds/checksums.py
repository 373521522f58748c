"""Check digits, computed for a whole block at once.

Every helper takes a matrix with one row per value and one column per
character (digit values ``0-9``, or ``0-35`` where letters count as ``10-35``)
and returns one check value per row, using only column-wise numpy arithmetic:
no Python work per row. Bank accounts, cards and national identifiers build
their payloads as digit matrices and append what these return.

>>> payload = digit_matrix(np.array([7992739871]), 10)
>>> luhn_check_digit(payload).tolist()
[3]
>>> iban_check_digits("GB", alnum_values(np.frombuffer(b"WEST12345698765432", np.uint8)[None]))
array([82])
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = [
    "DNI_LETTERS",
    "alnum_values",
    "ascii_digits",
    "digit_matrix",
    "iban_check_digits",
    "iso7064_mod11_2",
    "iso7064_mod11_10",
    "italian_check_index",
    "luhn_check_digit",
    "luhn_sum",
    "luhn_valid",
    "mod11_complement",
    "mod97_remainder",
    "verhoeff_check_digit",
    "weighted_sum",
]

#: Letters of the Spanish DNI/NIE check, indexed by ``number % 23``.
DNI_LETTERS = b"TRWAGMYFPDXBNJZSQVHLCKE"

_POWERS = 10 ** np.arange(19, dtype=np.uint64)


def digit_matrix(values: np.ndarray, width: int) -> np.ndarray:
    """The ``width`` decimal digits of each value, most significant first, as int64.

    >>> digit_matrix(np.array([42, 7]), 3).tolist()
    [[0, 4, 2], [0, 0, 7]]
    """
    unsigned = np.asarray(values).astype(np.uint64)
    powers = _POWERS[width - 1 :: -1] if width else _POWERS[:0]
    return ((unsigned[:, None] // powers[None, :]) % np.uint64(10)).astype(np.int64)


def ascii_digits(digits: np.ndarray) -> np.ndarray:
    """Digit values ``0-9`` as ASCII bytes, ready for :func:`fixed_width_strings`."""
    return (np.asarray(digits) + 48).astype(np.uint8)


def alnum_values(text: np.ndarray) -> np.ndarray:
    """ASCII ``0-9`` and ``A-Z`` bytes as values ``0-35`` (int64), as IBANs count them."""
    codes = np.asarray(text).astype(np.int64)
    return np.where(codes >= 65, codes - 55, codes - 48)


def weighted_sum(digits: np.ndarray, weights: np.ndarray | Sequence[int]) -> np.ndarray:
    """Sum of each row's digits times ``weights`` (int64)."""
    result: np.ndarray = np.asarray(digits, dtype=np.int64) @ np.asarray(weights, dtype=np.int64)
    return result


def mod11_complement(total: np.ndarray) -> np.ndarray:
    """``11 - total % 11``, with 10 and 11 folded to 0 (Brazil's CPF and CNPJ rule).

    >>> mod11_complement(np.array([0, 1, 2, 12])).tolist()
    [0, 0, 9, 0]
    """
    remainder = np.asarray(total, dtype=np.int64) % 11
    return np.where(remainder < 2, 0, 11 - remainder)


def luhn_check_digit(payload: np.ndarray) -> np.ndarray:
    """The Luhn (mod 10) digit that makes ``payload`` followed by it valid.

    Counting from the right of the payload, every first, third... digit is
    doubled (the check digit will take position zero).
    """
    digits = np.asarray(payload, dtype=np.int64)
    width = digits.shape[1]
    doubled = (np.arange(width)[::-1] % 2) == 0
    values = np.where(doubled, digits * 2, digits)
    values = np.where(values > 9, values - 9, values)
    check: np.ndarray = (10 - values.sum(axis=1) % 10) % 10
    return check


def luhn_sum(number: np.ndarray) -> np.ndarray:
    """The Luhn sum of full rows (rightmost digit not doubled), before ``% 10``."""
    digits = np.asarray(number, dtype=np.int64)
    doubled = (np.arange(digits.shape[1])[::-1] % 2) == 1
    values = np.where(doubled, digits * 2, digits)
    total: np.ndarray = np.where(values > 9, values - 9, values).sum(axis=1)
    return total


def luhn_valid(number: np.ndarray) -> np.ndarray:
    """Whether each full row (check digit last) passes the Luhn test.

    >>> luhn_valid(digit_matrix(np.array([79927398713, 79927398710]), 11)).tolist()
    [True, False]
    """
    valid: np.ndarray = luhn_sum(number) % 10 == 0
    return valid


def mod97_remainder(values: np.ndarray) -> np.ndarray:
    """Remainder modulo 97 of the long number the rows spell.

    Values ``10-35`` (letters) stand for two decimal digits, as in ISO 13616,
    so a row of an IBAN's alphanumeric values is read exactly as the standard
    reads its text.
    """
    rows = np.asarray(values, dtype=np.int64)
    remainder = np.zeros(rows.shape[0], dtype=np.int64)
    for column in rows.T:
        remainder = (remainder * np.where(column >= 10, 100, 10) + column) % 97
    return remainder


def iban_check_digits(country: str, bban: np.ndarray) -> np.ndarray:
    """The two IBAN check digits (``02-98``) for ``country`` and each BBAN row (values ``0-35``)."""
    tail = alnum_values(np.frombuffer(country.encode() + b"00", dtype=np.uint8))
    rows = np.concatenate([np.asarray(bban, dtype=np.int64),
                           np.broadcast_to(tail, (len(bban), 4))], axis=1)  # fmt: skip
    return 98 - mod97_remainder(rows)


def iso7064_mod11_10(payload: np.ndarray) -> np.ndarray:
    """ISO 7064 MOD 11,10 check digit (German tax and VAT numbers)."""
    product = np.full(payload.shape[0], 10, dtype=np.int64)
    for column in np.asarray(payload, dtype=np.int64).T:
        total = (product + column) % 10
        total = np.where(total == 0, 10, total)
        product = (total * 2) % 11
    return (11 - product) % 10


def iso7064_mod11_2(payload: np.ndarray) -> np.ndarray:
    """ISO 7064 MOD 11-2 check value ``0-10`` (10 is written ``X``; Chinese resident IDs)."""
    product = np.zeros(payload.shape[0], dtype=np.int64)
    for column in np.asarray(payload, dtype=np.int64).T:
        product = ((product + column) * 2) % 11
    return (12 - product) % 11


def _verhoeff_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Multiplication in the dihedral group D5, its position permutations and inverses."""
    j, k = np.meshgrid(np.arange(10), np.arange(10), indexing="ij")
    rotation_j, rotation_k = j < 5, k < 5
    multiply = np.where(
        rotation_j,
        np.where(rotation_k, (j + k) % 5, 5 + (j + k) % 5),
        np.where(rotation_k, 5 + (j - k) % 5, (j - k) % 5),
    )
    step = np.array([1, 5, 7, 6, 2, 8, 3, 0, 9, 4])
    permutations = np.empty((8, 10), dtype=np.int64)
    permutations[0] = np.arange(10)
    for i in range(1, 8):
        permutations[i] = step[permutations[i - 1]]
    inverse = np.array([0, 4, 3, 2, 1, 5, 6, 7, 8, 9])
    return multiply, permutations, inverse


_VERHOEFF = _verhoeff_tables()


def verhoeff_check_digit(payload: np.ndarray) -> np.ndarray:
    """The Verhoeff check digit to append to each row (India's Aadhaar).

    >>> verhoeff_check_digit(digit_matrix(np.array([236]), 3)).tolist()
    [3]
    """
    multiply, permutations, inverse = _VERHOEFF
    digits = np.asarray(payload, dtype=np.int64)
    state = np.zeros(digits.shape[0], dtype=np.int64)
    # The check digit will sit at position 0 from the right, so the payload starts at 1.
    for position, column in enumerate(digits[:, ::-1].T, start=1):
        state = multiply[state, permutations[position % 8, column]]
    check: np.ndarray = inverse[state]
    return check


# Italian check letters (codice fiscale, bank CIN): characters in odd positions
# (1st, 3rd...) map through this table, those in even positions count as their value.
_ODD_VALUES = np.array([1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                        12, 14, 16, 10, 22, 25, 24, 23], dtype=np.int64)  # fmt: skip


def italian_check_index(text: np.ndarray) -> np.ndarray:
    """Index ``0-25`` (A-Z) of the Italian check letter of ASCII ``0-9A-Z`` rows.

    >>> code = np.frombuffer(b"RSSMRA85T10A562", np.uint8)[None]
    >>> chr(65 + int(italian_check_index(code)[0]))
    'S'
    """
    codes = np.asarray(text).astype(np.int64)
    # Digits and letters share a position in both tables: 0 and A, 1 and B...
    position_value = np.where(codes >= 65, codes - 65, codes - 48)
    odd = _ODD_VALUES[position_value[:, 0::2]].sum(axis=1)
    even = position_value[:, 1::2].sum(axis=1)
    index: np.ndarray = (odd + even) % 26
    return index
