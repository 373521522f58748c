"""Payment cards: number (valid prefix, Luhn digit), scheme, expiry and CVV of one card a row."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pyarrow as pa

from lookalike.kinds.base import BlockContext, Column, by_locale
from lookalike.kinds.checksums import (
    ascii_digits,
    digit_matrix,
    luhn_check_digit,
)
from lookalike.kinds.finance.common import (
    permuted_serials,
    ragged_strings,
    take_strings,
)
from lookalike.strings import fixed_width_strings, string_array

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
            space = 10**_CARD_SERIAL_DIGITS
            serials = permuted_serials(ctx, group, purpose, space)
            serial = digit_matrix(serials, _CARD_SERIAL_DIGITS)
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
            return ragged_strings(card.number, card.length)
        if self.attribute == "card_scheme":
            return take_strings(_SCHEME_NAMES, card.scheme)
        if self.attribute == "cvv":
            return ragged_strings(card.cvv, np.where(card.scheme == 2, 4, 3))
        month = ascii_digits(digit_matrix(card.expiry % 12 + 1, 2))
        year = ascii_digits(digit_matrix(card.expiry // 12 % 100, 2))
        slash = np.full((len(month), 1), ord("/"), dtype=np.uint8)
        return fixed_width_strings(np.concatenate([month, slash, year], axis=1))

    def at(self, ctx: BlockContext, index: np.ndarray) -> pa.Array:
        # Card serials are already a keyed permutation of the row numbers, so numbers
        # are distinct; following the index instead would break the row's card.
        return self.sample(ctx)
