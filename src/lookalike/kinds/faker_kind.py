"""The Faker passthrough: any Faker provider method, for what is not native yet.

This is the one place lookalike runs Python per row, so it is far slower than
the native kinds (about a microsecond or more per value against nanoseconds).
It stays deterministic: each block seeds its own Faker from the column's
stream, so blocks can still be made alone and in any order.

>>> import lookalike
>>> table = lookalike.generate({"seed": 1, "tables": {"t": {"rows": 2, "fields": {
...     "colour": {"kind": "faker", "method": "color_name"}}}}})
>>> table.column("colour").type
DataType(string)
"""

from __future__ import annotations

import datetime as dt
import decimal
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pyarrow as pa

from lookalike.errors import SpecError
from lookalike.kinds.base import BlockContext, Column, Env, register
from lookalike.locales.profiles import profile_for
from lookalike.spec import FakerField


@lru_cache(maxsize=16)
def _faker(locale: str) -> Any:
    from faker import Faker

    return Faker(locale)


def _arrow_type(value: Any) -> pa.DataType:
    if isinstance(value, bool):
        return pa.bool_()
    if isinstance(value, int):
        return pa.int64()
    if isinstance(value, float):
        return pa.float64()
    if isinstance(value, decimal.Decimal):
        return pa.string()
    if isinstance(value, dt.datetime):
        return pa.timestamp("us")
    if isinstance(value, dt.date):
        return pa.date32()
    return pa.string()


@dataclass(frozen=True)
class FakerColumn(Column):
    locale: str
    method: str
    args: tuple[Any, ...]
    kwargs: tuple[tuple[str, Any], ...]
    arrow_type: pa.DataType = field(default_factory=pa.string)

    def sample(self, ctx: BlockContext) -> pa.Array:
        faker = _faker(self.locale)
        faker.seed_instance(int(ctx.in_locale(self.locale).rng().integers(0, 2**63)))
        function = getattr(faker, self.method)
        kwargs = dict(self.kwargs)
        # The explicit per-row path (documented as slower): Faker has no vector API.
        values = [function(*self.args, **kwargs) for _ in range(ctx.rows)]
        if self.arrow_type == pa.string():
            values = [None if v is None else str(v) for v in values]
        return pa.array(values, type=self.arrow_type)


@register("faker")
def compile_faker(spec: FakerField, env: Env) -> Column:
    """Compile a ``faker`` field: check the method exists and learn its type from one call."""
    locale = spec.locale or env.locale
    profile_for(locale, f"{env.path}.locale")
    faker = _faker(locale)
    function = getattr(faker, spec.method, None)
    if function is None or spec.method.startswith("_") or not callable(function):
        raise SpecError(
            f"Faker has no provider method {spec.method!r}; see the Faker docs for "
            "names like company, catch_phrase, license_plate",
            path=f"{env.path}.method",
        )
    faker.seed_instance(0)
    try:
        example = function(*spec.args, **spec.kwargs)
    except Exception as exc:  # Faker raises all sorts for bad arguments
        raise SpecError(
            f"Faker {spec.method}(...) fails with these arguments: {exc}", path=f"{env.path}.args"
        ) from exc
    if spec.unique:
        raise SpecError("faker fields cannot be unique by construction", path=f"{env.path}.unique")
    return FakerColumn(
        locale, spec.method, tuple(spec.args), tuple(sorted(spec.kwargs.items())),
        _arrow_type(example),
    )  # fmt: skip
