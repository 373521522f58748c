"""The Faker passthrough: Faker's value generators, for what is not native yet.

This is the one place lookalike runs Python per row, so it is far slower than
the native kinds (about a microsecond or more per value against nanoseconds).
It stays deterministic: each block builds its own Faker, seeded from the
column's stream, so blocks can still be made alone, in any order and on any
thread, and nothing one spec does to a Faker can reach another's.

Only value generators of Faker's providers may be called (no ``seed``,
``set_formatter``, ``add_provider``, private names, or methods that run other
methods by name such as ``pystr_format`` or ``json``), with arguments of
bounded size (``pystr(max_chars=...)``, ``text(max_nb_chars=...)``,
``pylist(nb_elements=...)``...). Methods that read today's clock are refused
(those known to, and any seen calling it while sampled at plan time): the same
seed would give other values tomorrow.

>>> import lookalike
>>> table = lookalike.generate({"seed": 1, "tables": {"t": {"rows": 2, "fields": {
...     "colour": {"kind": "faker", "method": "color_name"}}}}})
>>> table.column("colour").type
DataType(string)
"""

from __future__ import annotations

import datetime as dt
import decimal
import inspect
import json
import os
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pyarrow as pa

from lookalike.errors import SpecError
from lookalike.kinds.base import BlockContext, Column, Env, register
from lookalike.locales.profiles import profile_for
from lookalike.spec import FakerField

#: Largest value of a size argument, by argument name.
SIZE_LIMITS: dict[str, int] = {
    **dict.fromkeys(("max_chars", "min_chars", "max_nb_chars", "length"), 10_000),
    **dict.fromkeys(("nb_words",), 1_000),
    **dict.fromkeys(("nb_elements", "nb", "nb_sentences", "nb_texts", "count"), 100),
    **dict.fromkeys(("left_digits", "right_digits"), 38),
    **dict.fromkeys(("digits",), 18),  # random_number(digits) must fit in an int64
}
#: Largest size of all arguments together, written as JSON.
MAX_ARGUMENT_BYTES = 16_384
#: Deepest nesting of lists and mappings in the arguments.
MAX_ARGUMENT_DEPTH = 4

#: Provider methods that are not plain value generators: they run other methods by
#: name, build files or objects, or need libraries lookalike does not ship.
REFUSED_METHODS = frozenset(
    "json json_bytes xml csv tsv psv dsv fixed_width zip tar image binary pystr_format "
    "enum pyobject".split()
)
#: Methods whose values depend on today's date (Faker reads the clock).
CLOCK_METHODS = frozenset(
    "unix_time date_time date_time_ad iso8601 date date_object time time_object "
    "date_time_between date_between future_datetime future_date past_datetime past_date "
    "date_time_between_dates date_between_dates date_time_this_century "
    "date_time_this_decade date_time_this_year date_time_this_month date_this_century "
    "date_this_decade date_this_year date_this_month time_series am_pm day_of_month "
    "day_of_week month month_name year century date_of_birth time_delta "
    "credit_card_expire credit_card_full passport_dates passport_dob passport_full profile "
    "simple_profile".split()
)
_INT64 = 2**63
#: Built-in functions that read the clock or the operating system's randomness.
_CLOCK_CALLS = frozenset(
    "now today utcnow time time_ns localtime gmtime monotonic perf_counter urandom".split()
)


def _new_faker(locale: str) -> Any:
    """A Faker of its own: nothing is shared between columns, blocks or threads."""
    from faker import Faker

    return Faker(locale)


@lru_cache(maxsize=32)
def provider_methods(locale: str) -> frozenset[str]:
    """The value generators the providers of ``locale`` offer (public, not refused).

    >>> "catch_phrase" in provider_methods("en_US"), "seed_instance" in provider_methods("en_US")
    (True, False)
    """
    names: set[str] = set()
    for provider in _new_faker(locale).get_providers():
        for name, member in inspect.getmembers(type(provider)):
            if name.startswith("_") or not (inspect.isfunction(member) or inspect.ismethod(member)):
                continue
            names.add(name)
    return frozenset(names - REFUSED_METHODS)


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
    #: Estimated bytes of one value as text, measured at plan time.
    width: float = 32.0

    def cell_bytes(self) -> float:
        """Estimated bytes per value (for the plan's memory check)."""
        return self.width

    def sample(self, ctx: BlockContext) -> pa.Array:
        faker = _new_faker(self.locale)
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
    """Compile a ``faker`` field: check the method and its arguments, learn its type and width."""
    locale = spec.locale or env.locale
    profile_for(locale, f"{env.path}.locale")
    if spec.unique:
        raise SpecError("faker fields cannot be unique by construction", path=f"{env.path}.unique")
    _check_method(spec.method, locale, env.path)
    faker = _new_faker(locale)
    function = getattr(faker, spec.method)
    _check_arguments(function, spec, env.path)
    examples, clock = _samples(faker, function, spec, env.path)
    if clock:
        raise SpecError(_clock_message(spec.method, clock), path=f"{env.path}.method")
    arrow_type = _arrow_type(examples[0])
    if arrow_type == pa.int64() and any(
        isinstance(v, int) and not -_INT64 <= v < _INT64 for v in examples
    ):
        raise SpecError(
            f"Faker {spec.method}(...) gives integers beyond 64 bits; narrow its range",
            path=f"{env.path}.kwargs",
        )
    widest = max(len(str(v).encode()) for v in examples)
    return FakerColumn(
        locale, spec.method, tuple(spec.args), tuple(sorted(spec.kwargs.items())), arrow_type,
        width=widest * 1.25 + 8,
    )  # fmt: skip


def _samples(faker: Any, function: Any, spec: FakerField, path: str) -> tuple[list[Any], str]:
    """Eight values from seeds 0-7, and the clock function they read, if any.

    Methods not in :data:`CLOCK_METHODS` may still read the clock (a locale's
    ``ssn`` holding a birth date); a profiler on this thread only sees them do it.
    """
    seen: list[str] = []
    # Only Faker's own code counts: a finalizer the garbage collector happens to run on
    # this thread meanwhile (an event loop's, a pool's) may read the clock too.
    faker_code = os.path.dirname(inspect.getfile(type(faker)))

    def watch(frame: Any, event: str, arg: Any) -> None:
        if (
            event == "c_call"
            and getattr(arg, "__name__", "") in _CLOCK_CALLS
            and frame.f_code.co_filename.startswith(faker_code)
        ):
            owner = getattr(arg, "__self__", None)
            seen.append(f"{getattr(owner, '__name__', owner)}.{arg.__name__}")

    watching = sys.getprofile() is None  # never displace a profiler someone runs
    examples = []
    for seed in range(8):
        faker.seed_instance(seed)
        if watching:
            sys.setprofile(watch)
        try:
            examples.append(function(*spec.args, **spec.kwargs))
        except Exception as exc:  # Faker raises all sorts for bad arguments
            raise SpecError(
                f"Faker {spec.method}(...) fails with these arguments: {exc}", path=f"{path}.args"
            ) from exc
        finally:
            if watching:
                sys.setprofile(None)
    return examples, seen[0] if seen else ""


def _clock_message(method: str, call: str = "") -> str:
    how = f" (it calls {call})" if call else ""
    return (
        f"Faker {method} reads today's date{how}, so the same seed would give other values "
        "on another day; use kind: date or datetime (their now is the plan's reference time)"
    )


def _check_method(method: str, locale: str, path: str) -> None:
    if method in CLOCK_METHODS:
        raise SpecError(_clock_message(method), path=f"{path}.method")
    if method.startswith("_") or method not in provider_methods(locale):
        refused = method in REFUSED_METHODS
        raise SpecError(
            f"Faker {method!r} is not a value generator lookalike can call"
            + (" (it builds files or runs other methods by name)" if refused else "")
            + "; use a provider method such as company, catch_phrase, license_plate, "
            "pystr or text",
            path=f"{path}.method",
        )


def _check_arguments(function: Any, spec: FakerField, path: str) -> None:
    """Refuse arguments that are too big, too nested, or ask for too much output."""
    _check_nesting([spec.args, spec.kwargs], path)
    try:
        size = len(json.dumps([spec.args, spec.kwargs], default=str))
    except (TypeError, ValueError, RecursionError) as exc:
        raise SpecError("Faker arguments must be plain values", path=f"{path}.args") from exc
    if size > MAX_ARGUMENT_BYTES:
        raise SpecError(
            f"Faker arguments take {size:,} bytes; the limit is {MAX_ARGUMENT_BYTES:,}: use a "
            "choice field for long lists of values",
            path=f"{path}.args",
        )
    try:
        bound = inspect.signature(function).bind(*spec.args, **spec.kwargs)
    except TypeError as exc:
        raise SpecError(
            f"Faker {spec.method}(...) does not take these arguments: {exc}", path=f"{path}.args"
        ) from exc
    for name, value in bound.arguments.items():
        limit = SIZE_LIMITS.get(name)
        if isinstance(value, bool) or not isinstance(value, int):
            continue
        if limit is not None and value > limit:
            raise SpecError(
                f"Faker {spec.method}: {name}={value:,} is over the limit of {limit:,}; "
                "ask for less",
                path=f"{path}.kwargs.{name}",
            )
        if not -_INT64 <= value < _INT64:
            raise SpecError(
                f"Faker {spec.method}: {name} does not fit in 64 bits", path=f"{path}.kwargs"
            )


def _check_nesting(value: Any, path: str) -> None:
    todo = [(value, 0)]
    while todo:
        item, depth = todo.pop()
        if depth > MAX_ARGUMENT_DEPTH:
            raise SpecError(
                f"Faker arguments nest more than {MAX_ARGUMENT_DEPTH} levels deep; flatten them",
                path=f"{path}.args",
            )
        if isinstance(item, dict):
            todo.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list | tuple):
            todo.extend((v, depth + 1) for v in item)
