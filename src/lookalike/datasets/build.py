"""Turn ``create_dataset``'s options into a spec: a domain template, adjusted.

The template is read as plain data (before its ``series`` option is expanded),
so a date range or an interval lands where the template's own would have.

>>> spec = domain_spec("business", {"sales": 10}, DomainOptions(country="de"))
>>> spec.locale, spec.tables["sales"].rows
('de_DE', 10)
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from lookalike.datasets.catalogue import DATASETS, DatasetType
from lookalike.datasets.countries import (
    PAYMENT_METHODS,
    country_code,
    locale_for_country,
    median_age,
    payment_mix,
)
from lookalike.errors import SpecError
from lookalike.spec import Dataset, spec_from_dict
from lookalike.spec.series import parse_interval

TimeLike = str | dt.date | dt.datetime
_TIME_KINDS = {"event_time", "datetime", "date"}
_COUNTRY_AGES = re.compile(r"country_ages: ([+-]?\d+)")


@dataclass(frozen=True)
class DomainOptions:
    """The options every dataset takes; ``extra`` holds a dataset's own (``fraud_rate``...)."""

    country: str | None = None
    locale: str | None = None
    date_range: tuple[TimeLike, TimeLike] | None = None
    time_series: bool = False
    interval: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def template_data(template: str) -> dict[str, Any]:
    """A shipped domain template as plain data."""
    resource = importlib.resources.files("lookalike") / "data" / "templates" / f"{template}.yaml"
    # libyaml's loader, when PyYAML has it, reads the long expressions 10x faster.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data: dict[str, Any] = yaml.load(resource.read_text(encoding="utf-8"), Loader=loader)
    return data


def _iso(value: TimeLike) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def domain_spec(template: str, rows: dict[str, int | None], options: DomainOptions) -> Dataset:
    """The template with the asked tables' rows and the options applied."""
    data = template_data(template)
    code = None
    if options.locale is not None:
        data["locale"] = options.locale
    elif options.country is not None:
        code = country_code(options.country)
        data["locale"] = locale_for_country(options.country)
    if code is None:
        code = data.get("locale", "en_US").split("_")[-1]
    wanted = {d.table: d for d in DATASETS if d.template == template and d.table in rows}
    for table_name, kind in wanted.items():
        table = data["tables"][table_name]
        _apply_rows(data, table_name, rows[table_name])
        if options.date_range is not None:
            _apply_dates(table, kind, options.date_range, rows[table_name] is None)
        if options.time_series or options.interval is not None:
            _apply_interval(table, kind, options)
        _apply_extra(table, kind, options.extra)
    data["tables"] = {
        name: table for name, table in data["tables"].items() if name in _needed(data, set(rows))
    }
    for table in data["tables"].values():
        _apply_country(table, code)
    return spec_from_dict(data)


def _needed(data: dict[str, Any], wanted: set[str]) -> set[str]:
    """The asked tables and every table they read (references, rows per parent): the
    others are left out, so planning never loads data no asked table uses."""
    needed, todo = set(), list(wanted)
    while todo:
        name = todo.pop()
        if name in needed:
            continue
        needed.add(name)
        table = data["tables"][name]
        if isinstance(table.get("rows"), dict):
            todo.append(table["rows"]["per"])
        for field_spec in (table.get("fields") or {}).values():
            if isinstance(field_spec, dict) and isinstance(field_spec.get("ref"), str):
                todo.append(field_spec["ref"].split(".", 1)[0])
    return needed


def _apply_rows(data: dict[str, Any], name: str, rows: int | None) -> None:
    if rows is None:
        return
    if not isinstance(rows, int) or isinstance(rows, bool) or rows < 0:
        raise SpecError(f"rows must be a whole number of rows, got {rows!r}", path="rows")
    table = data["tables"][name]
    if "series" in table and table["series"].get("end") is not None:
        table["series"] = {k: v for k, v in table["series"].items() if k != "end"}
    per = table.get("rows")
    if isinstance(per, dict):  # rows per parent: size the parent so the total is near `rows`
        mean = float(per.get("mean") or per.get("count") or 1.0)
        parent = data["tables"][per["per"]]
        if isinstance(parent.get("rows"), int) or "rows" not in parent:
            parent["rows"] = max(1, round(rows / max(mean, 1e-9)))
        return
    table["rows"] = rows


def _apply_dates(
    table: dict[str, Any], kind: DatasetType, span: tuple[TimeLike, TimeLike], fix_rows: bool
) -> None:
    start, end = (_iso(v) for v in span)
    if "series" in table:
        table["series"] = {**table["series"], "start": start}
        if fix_rows:
            table["series"]["end"] = end
            table.pop("rows", None)
        return
    fields = table["fields"]
    for name, spec in fields.items():
        if isinstance(spec, dict) and spec.get("kind") in _TIME_KINDS and name == kind.time_field:
            spec["min_value"], spec["max_value"] = start, end


def _apply_interval(table: dict[str, Any], kind: DatasetType, options: DomainOptions) -> None:
    interval = options.interval or "1h"
    try:
        parse_interval(interval)
    except ValueError as exc:
        raise SpecError(str(exc), path="interval") from None
    if "series" in table:
        grid = {**table["series"], "interval": interval}
        if grid.get("calendar") == "weekdays" and parse_interval(interval) != 86400:
            grid["calendar"] = "all"  # intraday prices: every interval, not trading days
        table["series"] = grid
        return
    if kind.time_field is None:
        raise SpecError(
            f"{kind.name} has no time field to turn into a series; drop time_series/interval",
            path="time_series",
        )
    current = table["fields"][kind.time_field]
    start = options.date_range[0] if options.date_range else current.get("min_value", "now-30d")
    table["fields"][kind.time_field] = {"kind": "series_time", "start": _iso(start),
                                        "interval": interval}  # fmt: skip


def _apply_extra(table: dict[str, Any], kind: DatasetType, extra: dict[str, Any]) -> None:
    for option, value in extra.items():
        if option not in kind.options:
            known = ", ".join(sorted(kind.options)) or "none"
            raise SpecError(
                f"{kind.name} has no option {option!r}; its own options: {known}", path=option
            )
        for place in kind.options[option]:
            section, *rest = place.split(".")
            target = table.setdefault(section, {})
            for key in rest[:-1]:
                target = target[key]
            target[rest[-1]] = value


def _apply_country(table: dict[str, Any], code: str) -> None:
    """The country's habits: its payment mix and its population's age."""
    fields = table.get("fields", {})
    payment = fields.get("usual_payment")
    if isinstance(payment, dict) and payment.get("values") == list(PAYMENT_METHODS):
        payment["weights"] = list(payment_mix(code))
    for spec in fields.values():
        # An age field whose description says "country_ages: +N" centres on the
        # country's median age plus N (patients are older than the population).
        match = (
            _COUNTRY_AGES.search(str(spec.get("description", "")))
            if isinstance(spec, dict)
            else None
        )
        if match:
            spec["mean"] = float(median_age(code) + int(match.group(1)))
