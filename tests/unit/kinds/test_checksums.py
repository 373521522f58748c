"""Vectorised check-digit helpers, against python-stdnum and plain integer arithmetic."""

from __future__ import annotations

import numpy as np
import pytest
from stdnum import luhn, verhoeff
from stdnum.iso7064 import mod_11_2, mod_11_10, mod_97_10
from stdnum.it import codicefiscale

from lookalike.kinds.checksums import (
    alnum_values,
    ascii_digits,
    digit_matrix,
    iban_check_digits,
    iso7064_mod11_2,
    iso7064_mod11_10,
    italian_check_index,
    luhn_check_digit,
    luhn_sum,
    luhn_valid,
    mod11_complement,
    mod97_remainder,
    verhoeff_check_digit,
    weighted_sum,
)

ROWS = 3000


def _payloads(width: int, seed: int = 0) -> tuple[np.ndarray, list[str]]:
    digits = np.random.default_rng(seed).integers(0, 10, (ROWS, width))
    return digits, ["".join(map(str, row)) for row in digits.tolist()]


def test_digit_matrix_and_ascii() -> None:
    values = np.array([0, 7, 42, 999_999_999_999, 10**18 + 5], dtype=np.uint64)
    matrix = digit_matrix(values, 19)
    assert ["".join(map(str, row)) for row in matrix.tolist()] == [f"{int(v):019d}" for v in values]
    assert ascii_digits(matrix[:, -3:]).tobytes() == b"000007042999005"


@pytest.mark.parametrize("width", [1, 2, 9, 15, 18])
def test_luhn_matches_stdnum(width: int) -> None:
    digits, texts = _payloads(width, seed=width)
    checks = luhn_check_digit(digits)
    assert checks.tolist() == [int(luhn.calc_check_digit(t)) for t in texts]
    full = np.concatenate([digits, checks[:, None]], axis=1)
    assert luhn_valid(full).all()
    assert (luhn_sum(full) % 10 == 0).all()
    broken = full.copy()
    broken[:, -1] = (broken[:, -1] + 1) % 10
    assert not luhn_valid(broken).any()


def test_verhoeff_matches_stdnum() -> None:
    digits, texts = _payloads(11, seed=2)
    checks = verhoeff_check_digit(digits)
    assert checks.tolist() == [int(verhoeff.calc_check_digit(t)) for t in texts]


def test_iso7064_mod11_10_matches_stdnum() -> None:
    digits, texts = _payloads(10, seed=3)
    assert iso7064_mod11_10(digits).tolist() == [int(mod_11_10.calc_check_digit(t)) for t in texts]


def test_iso7064_mod11_2_matches_stdnum() -> None:
    digits, texts = _payloads(17, seed=4)
    expected = [mod_11_2.calc_check_digit(t) for t in texts]
    assert ["X" if c == 10 else str(c) for c in iso7064_mod11_2(digits).tolist()] == expected


def test_mod97_reads_letters_as_two_digits() -> None:
    rng = np.random.default_rng(5)
    values = rng.integers(0, 36, (ROWS, 20))
    expected = [int("".join(str(v) for v in row)) % 97 for row in values.tolist()]
    assert mod97_remainder(values).tolist() == expected


def test_iban_check_digits_match_stdnum() -> None:
    rng = np.random.default_rng(6)
    alphabet = np.frombuffer(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", dtype=np.uint8)
    bban = alphabet[rng.integers(0, 36, (ROWS, 18))]
    checks = iban_check_digits("GB", alnum_values(bban))
    assert ((checks >= 2) & (checks <= 98)).all()
    for check, row in zip(checks.tolist(), bban, strict=True):
        assert mod_97_10.is_valid(row.tobytes().decode() + f"GB{check:02d}")


def test_alnum_values() -> None:
    assert alnum_values(np.frombuffer(b"09AZ", dtype=np.uint8)).tolist() == [0, 9, 10, 35]


def test_weighted_sum_and_mod11_complement() -> None:
    digits = np.array([[1, 2, 3], [0, 0, 0]])
    assert weighted_sum(digits, [3, 2, 1]).tolist() == [10, 0]
    totals = np.arange(0, 33)
    expected = [0 if t % 11 < 2 else 11 - t % 11 for t in totals.tolist()]
    assert mod11_complement(totals).tolist() == expected


def test_italian_check_letter_matches_stdnum() -> None:
    rng = np.random.default_rng(7)
    letters = np.frombuffer(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", dtype=np.uint8)
    digits = np.frombuffer(b"0123456789", dtype=np.uint8)
    # Codice fiscale shape: six letters, two digits, a letter, two digits, a letter, three digits.
    shape = "LLLLLLDDLDDLDDD"
    columns = [
        (letters if kind == "L" else digits)[rng.integers(0, 26 if kind == "L" else 10, ROWS)]
        for kind in shape
    ]
    codes = np.stack(columns, axis=1)
    got = [chr(65 + i) for i in italian_check_index(codes).tolist()]
    assert got == [codicefiscale.calc_check_digit(row.tobytes().decode()) for row in codes]
