"""Bank accounts: IBAN, BIC, bank, account number and sort code, one latent account per row.

Banks are real (``banks.parquet``), BBAN layouts come from ``iban_formats.json``, and
national check digits are computed around a permuted serial, so accounts are distinct.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.kinds.base import BlockContext, Column, by_locale
from lookalike.kinds.checksums import (
    alnum_values,
    ascii_digits,
    digit_matrix,
    iban_check_digits,
    italian_check_index,
    mod97_remainder,
    weighted_sum,
)
from lookalike.kinds.finance.common import (
    DIGITS,
    MAX_SERIAL_DIGITS,
    UPPER,
    bank_rows,
    iban_formats,
    permuted_serials,
    take_strings,
)
from lookalike.strings import fixed_width_strings, string_array, text

#: Retail banks' shares of current accounts, by bank code; every other bank of
#: the country shares what is left (``_OTHER_SHARE``). Banks not in the data are ignored.
_MAJOR_BANKS: dict[str, dict[str, float]] = {
    "GB": {"BARC": 14, "NWBK": 14, "LOYD": 12, "HBUK": 10, "HLFX": 10, "ABBY": 9, "NAIA": 8,
           "MONZ": 4, "RBOS": 4, "TSBS": 4, "BOFS": 3, "SRLG": 2, "CLYD": 2, "REVO": 2,
           "MIDL": 2, "CPBK": 1.5, "CHAS": 1},
    "NL": {"INGB": 33, "RABO": 28, "ABNA": 22, "SNSB": 5, "BUNQ": 3, "ASNB": 2, "RBRB": 2,
           "KNAB": 1, "TRIO": 1},
    "FR": {"30004": 12, "30003": 10, "20041": 8, "30002": 6, "10278": 6, "30066": 4,
           "10107": 2, "30076": 2, "30056": 1},
    "ES": {"2100": 20, "0049": 16, "0182": 14, "0081": 8, "1465": 5, "0128": 4, "2038": 2,
           "2080": 2, "2085": 2, "3058": 2, "2095": 2, "0073": 1},
    "IT": {"03069": 20, "02008": 14, "07601": 8, "05034": 7, "01030": 5, "05387": 5,
           "06230": 4, "03111": 3, "03032": 2, "03062": 2, "03015": 2},
}  # fmt: skip
_OTHER_SHARE = {"GB": 0.05, "NL": 0.03, "FR": 0.5, "ES": 0.2, "IT": 0.3}
#: The first digits of GB sort codes each bank uses (Starling and Chase use one sort code).
_GB_SORT_PREFIXES: dict[str, tuple[str, ...]] = {
    "BARC": ("20",), "NWBK": ("60", "56", "55", "51", "50"), "LOYD": ("30", "77"),
    "HBUK": ("40",), "MIDL": ("40",), "HLFX": ("11",), "ABBY": ("09",), "NAIA": ("07",),
    "MONZ": ("04",), "RBOS": ("83", "16"), "TSBS": ("87", "77"), "BOFS": ("80", "12"),
    "SRLG": ("608371",), "CLYD": ("82",), "REVO": ("04",), "CPBK": ("08",),
    "CHAS": ("608407",), "YORK": ("05",), "ULSB": ("98",),
}  # fmt: skip
#: Account number lengths where IBANs are not used.
_ACCOUNT_DIGITS = {"US": 10, "CA": 7, "AU": 9, "IN": 11, "JP": 7, "CN": 16, "MX": 11,
                   "NZ": 9, "ZA": 10, "KR": 12, "SG": 10, "HK": 9}  # fmt: skip
_DEFAULT_ACCOUNT_DIGITS = 10


@dataclass(frozen=True)
class BbanLayout:
    """Where each part of a country's BBAN sits, and how its characters are drawn."""

    classes: str  # one of n/a/c per character
    bank: slice
    branch: slice
    account: slice  # the account number proper (national check digits excluded)

    @property
    def length(self) -> int:
        return len(self.classes)


def _expand_spec(spec: str) -> str:
    """``4!a6!n`` -> ``aaaannnnnn``: one class letter per BBAN character."""
    parts = re.findall(r"(\d+)!?([nace])", spec)
    return "".join(kind * int(count) for count, kind in parts)


# Without component positions in the data: countries whose BBAN opens with a national
# check character (Italy's CIN), or holds check digits after the branch or the account.
_LEADING_CHECK = {"IT": 1, "SM": 1}
_CHECK_AFTER_BRANCH = {"ES": 2}
_TRAILING_CHECK = {"FR": 2, "MC": 2, "BE": 2, "PT": 2}


def bban_layout(country: str, entry: dict[str, Any]) -> BbanLayout:
    classes = _expand_spec(str(entry["bban"]))
    positions: dict[str, list[int]] = entry.get("bban_positions") or {}
    start = _LEADING_CHECK.get(country, 0)
    bank = slice(*positions.get("bank_code", (start, start + int(entry["bank_code_length"]))))
    branch_length = int(entry.get("branch_code_length") or 0)
    branch = slice(*positions.get("branch_code", (bank.stop, bank.stop + branch_length)))
    default_account = (branch.stop + _CHECK_AFTER_BRANCH.get(country, 0),
                       len(classes) - _TRAILING_CHECK.get(country, 0))  # fmt: skip
    account = slice(*positions.get("account_code", default_account))
    return BbanLayout(classes, bank, branch, account)


@dataclass(frozen=True, eq=False)
class Banks:
    """A country's banks: codes as an ASCII matrix, BICs, names and draw weights."""

    codes: np.ndarray  # (k, code length) uint8
    code_text: tuple[str, ...]
    bic: pa.StringArray
    name: pa.StringArray
    weights: np.ndarray

    def __len__(self) -> int:
        return len(self.code_text)


def _fits(code: str, classes: str) -> bool:
    if len(code) != len(classes):
        return False
    allowed = {"n": str.isdigit, "a": str.isalpha, "c": str.isalnum}
    return all(allowed.get(kind, str.isalnum)(char) for char, kind in zip(code, classes,
                                                                         strict=True))  # fmt: skip


@cache
def _banks(country: str, code_classes: str | None) -> Banks | None:
    """The banks of ``country`` whose codes fit the BBAN (one row per code), or None."""
    table = bank_rows()
    rows = table.filter(pc.equal(table.column("country"), text(country))).to_pylist()
    chosen: dict[str, tuple[str, str]] = {}
    for row in rows:
        code = str(row["bank_code"] or "").strip().upper()
        bic = str(row["bic"] or "").strip().upper()
        if not code or not bic or (code_classes is not None and not _fits(code, code_classes)):
            continue
        # Prefer a head office BIC (8 characters or ending XXX) when a code has several.
        head_office = len(bic) == 8 or bic.endswith("XXX")
        if code not in chosen or (head_office and not chosen[code][0].endswith("XXX")):
            chosen[code] = (bic if len(bic) == 11 else bic + "XXX", str(row["name"] or ""))
    if not chosen:
        return None
    codes = sorted(chosen)
    major = _MAJOR_BANKS.get(country, {})
    present = [code for code in codes if code in major]
    if present:
        others = len(codes) - len(present)
        share = _OTHER_SHARE.get(country, 0.1) if others else 0.0
        major_total = sum(major[code] for code in present)
        weights = np.array([
            major[code] / major_total * (1 - share) if code in major else share / others
            for code in codes
        ])  # fmt: skip
    else:
        weights = np.full(len(codes), 1.0 / len(codes))
    width = max(len(code) for code in codes)
    matrix = np.frombuffer("".join(c.ljust(width) for c in codes).encode(), np.uint8)
    return Banks(
        matrix.reshape(len(codes), width), tuple(codes),
        string_array([chosen[c][0] for c in codes]), string_array([chosen[c][1] for c in codes]),
        weights / weights.sum(),
    )  # fmt: skip


@dataclass
class AccountLatent:
    """One block's accounts: bank per row, BBAN characters (IBAN countries) and account."""

    bank: np.ndarray | None
    bban: np.ndarray | None
    account: np.ndarray


def _fill(classes: str, rng: np.random.Generator, rows: int) -> np.ndarray:
    """Random characters of the given classes (digits where letters are optional)."""
    out = DIGITS[rng.integers(0, 10, (rows, len(classes)))]
    letters = np.array([kind == "a" for kind in classes], dtype=np.bool_)
    if letters.any():
        out[:, letters] = UPPER[rng.integers(0, 26, (rows, int(letters.sum())))]
    return out


def national_checks(country: str, layout: BbanLayout, bban: np.ndarray) -> None:
    """Write the country's own BBAN check digits in place, where it has them."""
    rows = bban.shape[0]
    if country in ("FR", "MC"):
        # RIB key: 97 - (89 * bank + 15 * branch + 3 * account) mod 97, letters as digits.
        values = alnum_values(bban[:, :21])
        values = np.where(values > 9, (values - 10) % 9 + 1 + (values > 27), values)
        bank = weighted_sum(values[:, 0:5], 10 ** np.arange(4, -1, -1))
        branch = weighted_sum(values[:, 5:10], 10 ** np.arange(4, -1, -1))
        account = weighted_sum(values[:, 10:21], 10 ** np.arange(10, -1, -1))
        key = 97 - (89 * bank + 15 * branch + 3 * account) % 97
        bban[:, 21:23] = ascii_digits(digit_matrix(key, 2))
    elif country == "ES":
        weights = np.array([1, 2, 4, 8, 5, 10, 9, 7, 3, 6])
        digits = bban.astype(np.int64) - 48
        first = 11 - weighted_sum(digits[:, 0:8], weights[2:]) % 11
        second = 11 - weighted_sum(digits[:, 10:20], weights) % 11
        for position, check in ((8, first), (9, second)):
            bban[:, position] = 48 + np.where(check == 11, 0, np.where(check == 10, 1, check))
    elif country in ("IT", "SM"):
        bban[:, 0] = 65 + italian_check_index(bban[:, 1:])
    elif country == "BE":
        number = weighted_sum(bban[:, :10].astype(np.int64) - 48, 10 ** np.arange(9, -1, -1))
        check = number % 97
        bban[:, 10:12] = ascii_digits(digit_matrix(np.where(check == 0, 97, check), 2))
    elif country == "PT":
        digits = bban[:, :19].astype(np.int64) - 48
        remainder = mod97_remainder(np.concatenate([digits, np.zeros((rows, 2), np.int64)], 1))
        bban[:, 19:21] = ascii_digits(digit_matrix(98 - remainder, 2))


@dataclass(frozen=True)
class AccountModel:
    """What an account group draws from; equal models mean the same latent accounts."""

    country: str

    @cached_property
    def layout(self) -> BbanLayout | None:
        entry = iban_formats().get(self.country)
        return None if entry is None else bban_layout(self.country, entry)

    @cached_property
    def banks(self) -> Banks | None:
        layout = self.layout
        return _banks(self.country, None if layout is None else layout.classes[layout.bank])

    @cached_property
    def serial_positions(self) -> np.ndarray:
        """BBAN positions (or account positions, without IBANs) the row's serial fills."""
        if self.layout is None:  # the first digit stays non-zero
            width = _ACCOUNT_DIGITS.get(self.country, _DEFAULT_ACCOUNT_DIGITS)
            digits = np.arange(1, width)
        else:
            account = self.layout.account
            digits = np.array([p for p in range(account.start, account.stop)
                               if self.layout.classes[p] != "a"], dtype=np.int64)  # fmt: skip
        return digits[max(0, len(digits) - MAX_SERIAL_DIGITS) :]

    @property
    def capacity(self) -> int:
        return int(10 ** len(self.serial_positions))

    @cached_property
    def _sort_prefixes(self) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """GB banks with known sort-code ranges: (bank index, the first digits they use)."""
        if self.banks is None or self.country != "GB":
            return ()
        codes = self.banks.code_text
        return tuple((i, _GB_SORT_PREFIXES[code])
                     for i, code in enumerate(codes) if code in _GB_SORT_PREFIXES)  # fmt: skip

    def latent(self, ctx: BlockContext, group: str) -> AccountLatent:
        def build() -> AccountLatent:
            purpose = by_locale("finance-account", self.country)
            rng, n = ctx.group_rng(group, purpose), ctx.rows
            banks, layout = self.banks, self.layout
            bank = None if banks is None else rng.choice(len(banks), size=n, p=banks.weights)
            positions = self.serial_positions
            serials = permuted_serials(ctx, group, purpose, self.capacity)
            serial = ascii_digits(digit_matrix(serials, len(positions)))
            if layout is None:
                width = _ACCOUNT_DIGITS.get(self.country, _DEFAULT_ACCOUNT_DIGITS)
                account = DIGITS[rng.integers(0, 10, (n, width))]
                account[:, 0] = DIGITS[rng.integers(1, 10, n)]
                account[:, positions] = serial
                return AccountLatent(bank, None, account)
            bban = _fill(layout.classes, rng, n)
            if banks is not None and bank is not None:
                bban[:, layout.bank] = banks.codes[bank][:, : layout.bank.stop - layout.bank.start]
                self._gb_sort_codes(bban, bank, rng)
            bban[:, positions] = serial
            national_checks(self.country, layout, bban)
            return AccountLatent(bank, bban, bban[:, layout.account])

        latent: AccountLatent = ctx.latent(f"finance:{group}:account:{self.country}", build)
        return latent

    def _gb_sort_codes(self, bban: np.ndarray, bank: np.ndarray, rng: np.random.Generator) -> None:
        """Give the big UK banks sort codes from their own ranges (sort code: BBAN 4-10)."""
        for index, prefixes in self._sort_prefixes:
            rows = np.flatnonzero(bank == index)
            pick = rng.integers(0, len(prefixes), rows.size)
            for number, prefix in enumerate(prefixes):
                chosen = rows[pick == number]
                bban[chosen, 4 : 4 + len(prefix)] = np.frombuffer(prefix.encode(), np.uint8)


@dataclass(frozen=True, eq=False)
class AccountColumn(Column):
    """One attribute of a group's bank account."""

    model: AccountModel
    group: str
    attribute: str
    arrow_type: pa.DataType = pa.string()
    widen_hint = "the country's account numbers cannot hold that many distinct values"

    @property
    def capacity(self) -> int | None:  # type: ignore[override]
        if self.attribute in ("iban", "account_number"):
            return self.model.capacity
        return None

    def sample(self, ctx: BlockContext) -> pa.Array:
        latent = self.model.latent(ctx, self.group)
        if self.attribute == "account_number":
            return fixed_width_strings(latent.account)
        if self.attribute in ("bic", "bank_name"):
            banks = self.model.banks
            assert banks is not None  # checked at plan time
            assert latent.bank is not None
            return take_strings(banks.bic if self.attribute == "bic" else banks.name, latent.bank)
        assert latent.bban is not None  # IBAN attributes are refused at plan time otherwise
        if self.attribute == "sort_code":
            sort = latent.bban[:, 4:10]
            dashes = np.full((len(sort), 1), ord("-"), dtype=np.uint8)
            return fixed_width_strings(np.concatenate(
                [sort[:, 0:2], dashes, sort[:, 2:4], dashes, sort[:, 4:6]], axis=1))  # fmt: skip
        values = alnum_values(latent.bban)
        check = ascii_digits(digit_matrix(iban_check_digits(self.model.country, values), 2))
        country = np.broadcast_to(np.frombuffer(self.model.country.encode(), np.uint8),
                                  (len(check), 2))  # fmt: skip
        return fixed_width_strings(np.concatenate([country, check, latent.bban], axis=1))

    def at(self, ctx: BlockContext, index: np.ndarray) -> pa.Array:
        # The group's accounts are already distinct row by row (their serials are a
        # keyed permutation of the row numbers), and a row's IBAN must stay the one
        # its sort code, BIC and bank name describe, so the index is not needed.
        return self.sample(ctx)
