"""Infer a column's field from its sampled values as well as its name.

Extraction from a REST API or a sample file sees values, not a schema. A
column of strings is tested against value shapes (email, UUID, ISO date and
datetime, time, URL, IPv4, phone, ISO currency and country codes) with Polars
regular expressions over the whole sample at once; a shape is taken when at
least :data:`AGREEMENT` of the non-null values have it. A name rule from
:mod:`~lookalike.extract.naming` wins when it agrees with the values' type;
otherwise the values decide. Few distinct values that each recur become a
``choice`` (enums by cardinality); numbers keep their sampled range.

>>> import polars as pl
>>> infer_column("contact", pl.Series(["a@x.com", "b@y.org", None])).field
{'kind': 'internet', 'attribute': 'email'}
>>> infer_column("startDate", pl.Series(["2021-03-01", "2019-11-30"])).field["kind"]
'date'
>>> infer_column("status", pl.Series(["active", "left", "active", "left"])).field
{'kind': 'choice', 'values': ['active', 'left'], 'weights': [2, 2]}
>>> infer_column("n", pl.Series([3, 9, 4])).field
{'kind': 'integer', 'min_value': 3, 'max_value': 9}
>>> infer_column("price", pl.Series(["12.50", "7.05"])).field["scale"]
2
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import polars as pl

from lookalike.extract.naming import guess, words_of

#: Share of non-null values that must have a shape for the column to take it.
AGREEMENT = 0.95
#: A column with at most this many distinct values, each seen at least twice, is an enum.
ENUM_MAX = 20

_SHAPES: tuple[tuple[str, str], ...] = (
    ("uuid", r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"),
    ("email", r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$"),
    ("date", r"^\d{4}-\d{2}-\d{2}$"),
    ("datetime", r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$"),
    ("time", r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$"),
    ("url", r"^https?://[^\s/$.?#][^\s]*$"),
    ("ipv4", r"^(\d{1,3}\.){3}\d{1,3}$"),
    ("phone", r"^\+?[\d][\d\s().-]{6,18}\d$"),
    ("currency", r"^[A-Z]{3}$"),
    ("country_code", r"^[A-Z]{2}$"),
)

_SHAPE_FIELDS: dict[str, dict[str, Any]] = {
    "uuid": {"kind": "uuid"},
    "email": {"kind": "internet", "attribute": "email"},
    "url": {"kind": "internet", "attribute": "url"},
    "ipv4": {"kind": "internet", "attribute": "ipv4"},
    "phone": {"kind": "phone", "format": "e164"},
    "currency": {"kind": "finance", "attribute": "currency"},
    "country_code": {"kind": "address", "attribute": "country_code"},
}


@dataclass(frozen=True)
class Inferred:
    """A field for a column, its type family and why it was chosen."""

    field: dict[str, Any]
    family: str
    reason: str


@functools.cache
def _iso_codes() -> tuple[frozenset[str], frozenset[str]]:
    from faker.providers.address import Provider as Address
    from faker.providers.currency import Provider as Currency

    return (
        frozenset(code for code, _ in Currency.currencies),
        frozenset(Address.alpha_2_country_codes),
    )


def _share(flags: pl.Series) -> float:
    """The share of true values (0 for an empty series)."""
    return _number(flags.mean())


def _number(value: Any) -> float:
    """A Polars aggregate as a float (0 for null)."""
    return 0.0 if value is None else float(value)


def family_of(dtype: pl.DataType) -> str:
    """The naming rules' type family of a Polars dtype (``string`` for anything else).

    >>> family_of(pl.Int32), family_of(pl.Float64), family_of(pl.Datetime("us"))
    ('integer', 'float', 'datetime')
    """
    if dtype == pl.Boolean:
        return "boolean"
    if dtype.is_integer():
        return "integer"
    if dtype.is_float():
        return "float"
    if isinstance(dtype, pl.Decimal):
        return "decimal"
    if dtype == pl.Date:
        return "date"
    if isinstance(dtype, pl.Datetime):
        return "datetime"
    if dtype == pl.Time:
        return "time"
    return "string"


def shape_of(values: pl.Series) -> str | None:
    """The value shape most non-null strings of ``values`` have, or None.

    >>> shape_of(pl.Series(["USD", "EUR", "SEK"])), shape_of(pl.Series(["+44 20 7946 0958"]))
    ('currency', 'phone')
    """
    text = values.drop_nulls().cast(pl.String)
    if text.len() == 0:
        return None
    for name, pattern in _SHAPES:
        if _share(text.str.contains(pattern)) < AGREEMENT:
            continue
        if name in ("currency", "country_code"):
            codes = _iso_codes()[0 if name == "currency" else 1]
            if _share(text.is_in(list(codes))) < AGREEMENT:
                continue
        if name == "phone" and _number(text.str.count_matches(r"\d").min()) < 7:
            continue
        return name
    return None


def _enum(values: pl.Series, minimum: int = 2) -> dict[str, Any] | None:
    """A choice of the sampled values when they are few and each recurs."""
    present = values.drop_nulls()
    if present.len() < 4:
        return None
    counts = present.value_counts(sort=True)
    if counts.height > ENUM_MAX or counts.height > present.len() / 2:
        return None
    if int(counts["count"].min()) < minimum:  # type: ignore[arg-type]
        return None
    ordered = counts.sort([pl.col("count"), pl.col(values.name or "")], descending=[True, False])
    column = ordered.columns[0]
    kept = ordered[column].to_list()
    if any(isinstance(v, float) for v in kept):
        return None
    return {"kind": "choice", "values": kept, "weights": ordered["count"].to_list()}


def _numbers(values: pl.Series, family: str) -> dict[str, Any]:
    present = values.drop_nulls()
    if present.len() == 0:
        return {"kind": family} if family != "decimal" else {"kind": "decimal"}
    low, high = present.min(), present.max()
    if family == "integer":
        return {"kind": "integer", "min_value": int(low), "max_value": int(high)}  # type: ignore[arg-type]
    numbers = present.cast(pl.Float64).to_numpy()
    low_f, high_f = float(numbers.min()), float(numbers.max())
    scale = decimal_places(numbers)
    if scale is not None:
        return {
            "kind": "decimal",
            "min_value": f"{low_f:.{scale}f}",
            "max_value": f"{high_f:.{scale}f}",
            "scale": scale,
        }
    return {"kind": "float", "min_value": low_f, "max_value": high_f}


def decimal_places(numbers: np.ndarray, most: int = 4) -> int | None:
    """The fewest decimals (up to ``most``) that write every number exactly, else None.

    >>> decimal_places(np.array([1.5, 2.25])), decimal_places(np.array([0.123456]))
    (2, None)
    """
    for places in range(most + 1):
        scaled = numbers * 10.0**places
        if np.all(np.abs(scaled - np.round(scaled)) < 1e-6 * np.maximum(1.0, np.abs(scaled))):
            return places
    return None


def _temporal_range(values: pl.Series, kind: str) -> dict[str, Any]:
    present = values.drop_nulls()
    if present.dtype == pl.String:
        if kind == "date":
            present = present.str.to_date(strict=False).drop_nulls()
        else:
            present = (
                present.str.to_datetime(strict=False, time_zone="UTC", time_unit="us")
                .drop_nulls()
                .dt.replace_time_zone(None)
            )
    if present.len() == 0:
        return {"kind": kind}
    low, high = present.min(), present.max()
    if kind == "datetime":
        return {"kind": kind, "min_value": low.isoformat(), "max_value": high.isoformat()}  # type: ignore[union-attr]
    return {"kind": kind, "min_value": str(low), "max_value": str(high)}


def infer_column(name: str, values: pl.Series) -> Inferred:
    """The field for column ``name`` from its sampled ``values``; see the module docstring."""
    family = family_of(values.dtype)
    shape = shape_of(values) if family == "string" else None
    if shape in ("date", "datetime", "time"):
        family = shape
    if shape in ("currency", "country_code"):
        enum = _enum(values)
        if enum is not None:
            return Inferred(enum, family, f"values are recurring {shape.replace('_', ' ')}s")
    named = guess(name, family)
    if named is not None and (shape is None or _agrees(named.field, shape)):
        field = dict(named.field)
        if family in ("integer", "float", "decimal") and field["kind"] == named.field["kind"]:
            sampled = _numbers(values, family)
            if sampled["kind"] == field["kind"] or field["kind"] in ("decimal", "float"):
                return Inferred(sampled, family, named.reason + ", sampled range")
        if family in ("date", "datetime") and field["kind"] == family:
            field.update({k: v for k, v in _temporal_range(values, family).items() if k != "kind"})
        return Inferred(
            field, family, named.reason + (f" and values look like {shape}" if shape else "")
        )
    if shape in ("date", "datetime"):
        return Inferred(_temporal_range(values, shape), shape, f"values are ISO {shape}s")
    if shape == "time":
        return Inferred({"kind": "time"}, "time", "values are times of day")
    if shape is not None:
        return Inferred(dict(_SHAPE_FIELDS[shape]), family, f"values look like {shape}")
    if family == "boolean":
        share = values.drop_nulls().mean()
        probability = round(float(share), 3) if share is not None else 0.5  # type: ignore[arg-type]
        return Inferred({"kind": "boolean", "probability": probability}, family, "booleans")
    enum = _enum(values) if family in ("string", "integer") else None
    if enum is not None:
        return Inferred(enum, family, f"{len(enum['values'])} recurring values")
    if family in ("integer", "float", "decimal"):
        return Inferred(_numbers(values, family), family, "sampled range")
    if family in ("date", "datetime"):
        return Inferred(_temporal_range(values, family), family, "sampled range")
    if family == "time":
        return Inferred({"kind": "time"}, family, "times of day")
    text = values.drop_nulls().cast(pl.String)
    if text.len() and _share(text.str.contains(r"^-?(0|[1-9]\d*)\.\d+$")) >= AGREEMENT:
        # Amounts sent as strings ("12.50") to keep their precision: decimals.
        amounts = text.cast(pl.Float64, strict=False)
        return Inferred(_numbers(amounts, "float"), "decimal", "values are decimal numbers")
    shaped = _shaped_pattern(values)
    if shaped is not None:
        return Inferred({"kind": "pattern", "pattern": shaped}, "string", "values share a shape")
    return Inferred(_text_field(values), "string", "")


def _shaped_pattern(values: pl.Series) -> str | None:
    """A pattern when every value has one shape of digits and capitals (``CC-101``)."""
    text = values.drop_nulls().cast(pl.String)
    if text.len() < 2:
        return None
    masks = text.str.replace_all(r"[\\*?@%^#]", "").str.replace_all(r"[0-9]", "#")
    masks = masks.str.replace_all(r"[A-Z]", "?")
    if masks.n_unique() != 1 or "#" not in str(masks[0]) or len(str(masks[0])) > 40:
        return None
    mask = str(masks[0])
    if re.search(r"[a-z\s]", mask):
        return None
    return mask


def _text_field(values: pl.Series) -> dict[str, Any]:
    """Free text sized like the sample: words for short strings, sentences for long."""
    lengths = values.drop_nulls().cast(pl.String).str.len_chars()
    longest = int(lengths.max() or 12)  # type: ignore[arg-type]
    if longest > 80:
        return {"kind": "text", "unit": "sentences", "min_count": 1, "max_count": 3}
    words = values.drop_nulls().cast(pl.String).str.count_matches(r"\S+")
    low = max(int(words.min() or 1), 1)  # type: ignore[arg-type]
    high = max(int(words.max() or 1), low)  # type: ignore[arg-type]
    return {"kind": "text", "min_count": low, "max_count": high}


def _agrees(field: dict[str, Any], shape: str) -> bool:
    kind, attribute = field.get("kind"), field.get("attribute")
    if shape in ("date", "datetime", "time"):
        return kind in (shape, "person") or (shape == "date" and kind == "datetime")
    expected = _SHAPE_FIELDS.get(shape, {})
    return bool(kind == expected.get("kind") and attribute == expected.get("attribute"))


_ID_WORDS = re.compile(r"(^| )(id|ids|key|ref|reference|uuid|guid|code|no|number)$")


def is_id_shaped(name: str) -> bool:
    """Whether a column name reads like a key (``id``, ``teamId``, ``team_ref``...).

    >>> is_id_shaped("teamId"), is_id_shaped("team_ref"), is_id_shaped("width")
    (True, True, False)
    """
    return _ID_WORDS.search(words_of(name)) is not None
