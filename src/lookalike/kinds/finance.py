"""Finance: bank accounts (IBAN, BIC, bank, account number, sort code), cards, money.

Fields of one ``group`` describe one latent bank account and one latent card
per row, drawn once per block from the group's own stream: a row's ``iban``
holds that row's ``sort_code`` and ``account_number``, its ``bic`` and
``bank_name`` are the IBAN's bank, and ``card_scheme``, ``card_expiry`` and
``cvv`` describe the card whose number ``card_number`` shows.

Accounts and cards are distinct across a table by construction: the serial
part of each (the account number, the card's individual digits) is the row
number sent through a keyed permutation of the group, and the check digits
(IBAN mod 97, national BBAN checks, Luhn) are computed around it. So a unique
``iban``, ``account_number`` or ``card_number`` costs nothing and stays
coherent with the rest of the group.

Banks are real: codes, BICs and names come from ``banks.parquet`` and BBAN
layouts from ``iban_formats.json`` in the package's locale data, and the big
retail banks carry most accounts, as they do. Where the data has a country's
IBAN format but none of its banks, bank codes take the right shape at random
and ``bic``/``bank_name`` are refused at plan time.

>>> import lookalike
>>> row = lookalike.generate({"seed": 7, "locale": "en_GB", "reference_time": "2026-01-01",
...     "tables": {"t": {"rows": 1, "fields": {
...         "card": {"kind": "finance", "attribute": "card_number", "scheme": "visa"},
...         "cvv": {"kind": "finance", "attribute": "cvv", "scheme": "visa"},
...         "currency": {"kind": "finance", "attribute": "currency"}}}}}).to_pylist()[0]
>>> len(row["card"]), row["card"][0], len(row["cvv"]), row["currency"]
(16, '4', 3, 'GBP')
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.errors import SpecError
from lookalike.kinds.base import BlockContext, Column, Env, by_locale, register, typed_array
from lookalike.kinds.checksums import (
    alnum_values,
    ascii_digits,
    digit_matrix,
    iban_check_digits,
    italian_check_index,
    luhn_check_digit,
    mod97_remainder,
    weighted_sum,
)
from lookalike.locales.profiles import profile_for
from lookalike.permutation import Permutation
from lookalike.randomness import column_key
from lookalike.spec import FinanceField
from lookalike.strings import fixed_width_strings, string_array, text

__all__ = ["compile_finance"]

_DIGITS = np.frombuffer(b"0123456789", dtype=np.uint8)
_UPPER = np.frombuffer(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", dtype=np.uint8)
#: Serial digits at most: keeps a serial space within a permutation's reach.
_MAX_SERIAL_DIGITS = 12


def _data_file(name: str) -> Any:
    return resources.files("lookalike") / "data" / "locales" / name


def _missing_data(name: str, path: str) -> SpecError:
    return SpecError(
        f"the bank data file {name} is missing from this installation; reinstall lookalike",
        path=path,
    )


@cache
def _iban_formats() -> dict[str, dict[str, Any]]:
    formats: dict[str, dict[str, Any]] = json.loads(_data_file("iban_formats.json").read_text())
    return formats


@cache
def _bank_rows() -> pa.Table:
    import pyarrow.parquet as pq

    with resources.as_file(_data_file("banks.parquet")) as path:
        return pq.read_table(path, columns=["country", "bank_code", "bic", "name"])


@cache
def _bank_countries() -> tuple[str, ...]:
    return tuple(sorted(set(_bank_rows().column("country").to_pylist())))


def _ragged_strings(matrix: np.ndarray, lengths: np.ndarray) -> pa.StringArray:
    """Row ``i`` is the first ``lengths[i]`` bytes of ``matrix[i]``."""
    offsets = np.zeros(len(lengths) + 1, dtype=np.int32)
    np.cumsum(lengths, out=offsets[1:])
    keep = np.arange(matrix.shape[1])[None, :] < lengths[:, None]
    data = np.ascontiguousarray(matrix, dtype=np.uint8)[keep]
    array: pa.StringArray = pa.Array.from_buffers(
        pa.string(), len(lengths),
        [None, pa.py_buffer(offsets), pa.py_buffer(data if data.size else np.zeros(1, np.uint8))],
    )  # fmt: skip
    return array


def _take(strings: pa.Array, index: np.ndarray) -> pa.Array:
    return strings.take(typed_array(index.astype(np.int32), pa.int32()))


@lru_cache(maxsize=256)
def _serial_permutation(seed: int, table: str, group: str, purpose: str, size: int) -> Permutation:
    return Permutation(size=size, key=tuple(column_key(seed, table, f"@{group}", purpose)))


def _serials(ctx: BlockContext, group: str, purpose: str, size: int) -> np.ndarray:
    """Distinct numbers in ``[0, size)`` for the block's rows (they repeat only past ``size``)."""
    rows = ctx.row_numbers() % np.uint64(size)
    return _serial_permutation(ctx.seed, ctx.table, group, purpose, size).apply(rows)


# --- bank accounts ------------------------------------------------------------------------

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


def _layout(country: str, entry: dict[str, Any]) -> BbanLayout:
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
    table = _bank_rows()
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
    out = _DIGITS[rng.integers(0, 10, (rows, len(classes)))]
    letters = np.array([kind == "a" for kind in classes], dtype=np.bool_)
    if letters.any():
        out[:, letters] = _UPPER[rng.integers(0, 26, (rows, int(letters.sum())))]
    return out


def _national_checks(country: str, layout: BbanLayout, bban: np.ndarray) -> None:
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
        entry = _iban_formats().get(self.country)
        return None if entry is None else _layout(self.country, entry)

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
        return digits[max(0, len(digits) - _MAX_SERIAL_DIGITS) :]

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
            serials = _serials(ctx, group, purpose, self.capacity)
            serial = ascii_digits(digit_matrix(serials, len(positions)))
            if layout is None:
                width = _ACCOUNT_DIGITS.get(self.country, _DEFAULT_ACCOUNT_DIGITS)
                account = _DIGITS[rng.integers(0, 10, (n, width))]
                account[:, 0] = _DIGITS[rng.integers(1, 10, n)]
                account[:, positions] = serial
                return AccountLatent(bank, None, account)
            bban = _fill(layout.classes, rng, n)
            if banks is not None and bank is not None:
                bban[:, layout.bank] = banks.codes[bank][:, : layout.bank.stop - layout.bank.start]
                self._gb_sort_codes(bban, bank, rng)
            bban[:, positions] = serial
            _national_checks(self.country, layout, bban)
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
            return _take(banks.bic if self.attribute == "bic" else banks.name, latent.bank)
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


# --- cards --------------------------------------------------------------------------------

_SCHEMES = ("visa", "mastercard", "amex", "discover")
_SCHEME_NAMES = string_array(["Visa", "Mastercard", "American Express", "Discover"])
#: Shares of card payments when ``scheme: any``.
_SCHEME_WEIGHTS = {"visa": 0.56, "mastercard": 0.32, "amex": 0.08, "discover": 0.04}
#: Issuer prefixes per scheme: (scheme, lowest, highest, digits, card length, share in scheme).
_PREFIXES = (
    (0, 4, 4, 1, 16, 1.0),
    (1, 51, 55, 2, 16, 0.8), (1, 2221, 2720, 4, 16, 0.2),
    (2, 34, 34, 2, 15, 0.35), (2, 37, 37, 2, 15, 0.65),
    (3, 6011, 6011, 4, 16, 0.45), (3, 644, 649, 3, 16, 0.1), (3, 65, 65, 2, 16, 0.45),
)  # fmt: skip
_PREFIX_TABLE = np.array([option[:5] for option in _PREFIXES], dtype=np.int64)
_CARD_SERIAL_DIGITS = 11  # fits every scheme's free digits (Mastercard 2-series: 16 - 4 - 1)


@dataclass
class CardLatent:
    scheme: np.ndarray  # index into _SCHEMES
    number: np.ndarray  # (n, 16) ASCII digits
    length: np.ndarray  # 15 or 16
    expiry: np.ndarray  # months since year 0 of the last valid month
    cvv: np.ndarray  # (n, 4) ASCII digits; amex uses all four


@dataclass(frozen=True)
class CardModel:
    scheme: str
    reference_month: int  # months since year 0
    locale: str | None = None  # keys the streams: other locales, other cards

    @cached_property
    def options(self) -> tuple[np.ndarray, np.ndarray]:
        """Rows of ``_PREFIXES`` this scheme may use, and their probabilities."""
        chosen, weights = [], []
        for number, option in enumerate(_PREFIXES):
            name = _SCHEMES[option[0]]
            if self.scheme in ("any", name):
                share = _SCHEME_WEIGHTS[name] if self.scheme == "any" else 1.0
                chosen.append(number)
                weights.append(share * option[5])
        probabilities = np.array(weights)
        return np.array(chosen), probabilities / probabilities.sum()

    def latent(self, ctx: BlockContext, group: str) -> CardLatent:
        def build() -> CardLatent:
            purpose = by_locale("finance-card", self.locale)
            rng, n = ctx.group_rng(group, purpose), ctx.rows
            options, probabilities = self.options
            option = options[rng.choice(len(options), size=n, p=probabilities)]
            table = _PREFIX_TABLE
            low, high, width = (table[option, i] for i in (1, 2, 3))
            prefix = low + (rng.random(n) * (high - low + 1)).astype(np.int64)
            digits = rng.integers(0, 10, (n, 16))
            for size in np.unique(width):
                rows = np.flatnonzero(width == size)
                digits[rows, :size] = digit_matrix(prefix[rows], int(size))
            serial = digit_matrix(_serials(ctx, group, purpose, 10**_CARD_SERIAL_DIGITS),
                                  _CARD_SERIAL_DIGITS)  # fmt: skip
            length = table[option, 4]
            for size in (15, 16):
                rows = np.flatnonzero(length == size)
                digits[rows, size - 1 - _CARD_SERIAL_DIGITS : size - 1] = serial[rows]
                digits[rows, size - 1] = luhn_check_digit(digits[rows, : size - 1])
            expiry = self.reference_month + rng.integers(12, 61, n)
            cvv = ascii_digits(rng.integers(0, 10, (n, 4)))
            return CardLatent(table[option, 0], ascii_digits(digits), length, expiry, cvv)

        latent: CardLatent = ctx.latent(f"finance:{group}:card:{self.scheme}", build)
        return latent


@dataclass(frozen=True, eq=False)
class CardColumn(Column):
    """One attribute of a group's payment card."""

    model: CardModel
    group: str
    attribute: str
    arrow_type: pa.DataType = pa.string()
    widen_hint = "card numbers of one table hold at most 10^11 distinct values"

    @property
    def capacity(self) -> int | None:  # type: ignore[override]
        return 10**_CARD_SERIAL_DIGITS if self.attribute == "card_number" else None

    @property
    def low_cardinality(self) -> bool:  # type: ignore[override]
        return self.attribute == "card_scheme"

    def sample(self, ctx: BlockContext) -> pa.Array:
        card = self.model.latent(ctx, self.group)
        if self.attribute == "card_number":
            return _ragged_strings(card.number, card.length)
        if self.attribute == "card_scheme":
            return _take(_SCHEME_NAMES, card.scheme)
        if self.attribute == "cvv":
            return _ragged_strings(card.cvv, np.where(card.scheme == 2, 4, 3))
        month = ascii_digits(digit_matrix(card.expiry % 12 + 1, 2))
        year = ascii_digits(digit_matrix(card.expiry // 12 % 100, 2))
        slash = np.full((len(month), 1), ord("/"), dtype=np.uint8)
        return fixed_width_strings(np.concatenate([month, slash, year], axis=1))

    def at(self, ctx: BlockContext, index: np.ndarray) -> pa.Array:
        # Card serials are already a keyed permutation of the row numbers, so numbers
        # are distinct; following the index instead would break the row's card.
        return self.sample(ctx)


# --- money --------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class CurrencyColumn(Column):
    code: str
    arrow_type: pa.DataType = pa.string()
    low_cardinality: bool = True

    def sample(self, ctx: BlockContext) -> pa.Array:
        code = np.frombuffer(self.code.encode(), dtype=np.uint8)
        return fixed_width_strings(np.broadcast_to(code, (ctx.rows, len(code))))


@dataclass(frozen=True, eq=False)
class AmountColumn(Column):
    """Money amounts in cents, skewed like real payments: many small, a long tail."""

    low: int  # cents
    high: int
    arrow_type: pa.DataType = pa.decimal128(18, 2)

    def sample(self, ctx: BlockContext) -> pa.Array:
        rng, n = ctx.rng(), ctx.rows
        # Lognormal over the range shifted to start at 1: its median sits at the
        # geometric middle, and draws outside the range are redrawn (truncation).
        top = math.log((self.high - self.low) / 100 + 1)
        if top > 0:
            logs = rng.normal(top / 2, top / 5, n)
            outside = np.flatnonzero((logs < 0) | (logs > top))
            while outside.size:
                logs[outside] = rng.normal(top / 2, top / 5, outside.size)
                outside = outside[(logs[outside] < 0) | (logs[outside] > top)]
            cents = np.rint((np.exp(logs) - 1) * 100).astype(np.int64) + self.low
        else:
            cents = np.full(n, self.low, dtype=np.int64)
        cents = np.clip(cents, self.low, self.high)
        words = np.empty((n, 2), dtype=np.int64)
        words[:, 0] = cents
        words[:, 1] = cents >> 63
        return typed_array(words.reshape(-1), self.arrow_type, n)


# --- compiling ----------------------------------------------------------------------------

_CARD_ATTRIBUTES = ("card_number", "card_scheme", "card_expiry", "cvv")


def _account_column(spec: FinanceField, env: Env, country: str) -> Column:
    path = env.path
    where = f"{path}.country" if spec.country else f"{path}.attribute"
    if spec.attribute == "sort_code" and country != "GB":
        raise SpecError(
            f"sort codes exist only for GB accounts, but the country is {country}; use "
            "account_number or iban, or set country: GB",
            path=f"{path}.attribute",
        )
    try:
        formats = _iban_formats()
    except FileNotFoundError as exc:
        raise _missing_data("iban_formats.json", path) from exc
    if spec.attribute == "iban" and country not in formats:
        raise SpecError(
            f"no IBAN format for country {country!r}; set country to one of "
            f"{', '.join(sorted(formats))}",
            path=where,
        )
    model = env.groups.define("finance-account", spec.group, AccountModel(country), path)
    try:
        banks = model.banks
    except FileNotFoundError as exc:
        raise _missing_data("banks.parquet", path) from exc
    if banks is None and spec.attribute in ("bic", "bank_name"):
        raise SpecError(
            f"there is no bank data for country {country!r}; set country to one of "
            f"{', '.join(_bank_countries())}",
            path=where,
        )
    return AccountColumn(model, spec.group, spec.attribute)


@register("finance")
def compile_finance(spec: FinanceField, env: Env) -> Column:
    """Compile a ``finance`` field: an account, card or money attribute.

    Account attributes use ``country`` (default: the locale's); ``sort_code``
    exists only for GB, ``iban`` only for IBAN countries, and a request the
    country cannot serve is refused here, before any row exists.

    >>> from lookalike.kinds.numeric import ENV
    >>> compile_finance(FinanceField(attribute="card_number"), ENV).capacity
    100000000000
    >>> compile_finance(FinanceField(attribute="sort_code"), ENV)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    lookalike.errors.SpecError: tables.t.fields.f.attribute: sort codes exist only for GB...
    """
    locale = spec.locale or env.locale
    profile = profile_for(locale, f"{env.path}.locale")
    if spec.attribute == "currency":
        return CurrencyColumn(profile.currency)
    if spec.attribute == "amount":
        return _amount_column(spec, env)
    if spec.attribute in _CARD_ATTRIBUTES:
        reference = env.reference_time
        model = CardModel(spec.scheme, reference.year * 12 + reference.month - 1, locale)
        model = env.groups.define("finance-card", spec.group, model, env.path)
        return CardColumn(model, spec.group, spec.attribute)
    country = (spec.country or profile.country).upper()
    return _account_column(spec, env, country)


def _amount_column(spec: FinanceField, env: Env) -> Column:
    if spec.min_value > spec.max_value:
        raise SpecError(
            f"min_value ({spec.min_value}) is greater than max_value ({spec.max_value}); swap them",
            path=env.path,
        )
    low = int((Decimal(str(spec.min_value)) * 100).to_integral_value(rounding="ROUND_CEILING"))
    high = int((Decimal(str(spec.max_value)) * 100).to_integral_value(rounding="ROUND_FLOOR"))
    if low > high:
        raise SpecError("min_value and max_value hold no whole cent between them; widen them",
                        path=env.path)  # fmt: skip
    digits = max(len(str(abs(low))), len(str(abs(high))), 3)
    if digits > 18:
        raise SpecError("amounts of more than 18 digits are not supported", path=env.path)
    return AmountColumn(low, high, arrow_type=pa.decimal128(digits, 2))
