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

from decimal import Decimal

import pyarrow as pa

from lookalike.errors import SpecError
from lookalike.kinds.base import Column, Env, register
from lookalike.kinds.finance.accounts import (
    AccountColumn,
    AccountModel,
)
from lookalike.kinds.finance.cards import (
    CardColumn,
    CardModel,
)
from lookalike.kinds.finance.common import (
    bank_countries,
    iban_formats,
    missing_data,
)
from lookalike.kinds.finance.money import AmountColumn, CurrencyColumn
from lookalike.locales.profiles import profile_for
from lookalike.spec import FinanceField

__all__ = ["compile_finance"]

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
        formats = iban_formats()
    except FileNotFoundError as exc:
        raise missing_data("iban_formats.json", path) from exc
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
        raise missing_data("banks.parquet", path) from exc
    if banks is None and spec.attribute in ("bic", "bank_name"):
        raise SpecError(
            f"there is no bank data for country {country!r}; set country to one of "
            f"{', '.join(bank_countries())}",
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
