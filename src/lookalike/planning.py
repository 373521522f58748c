"""The one front door from a spec to a plan, used by the library, the CLI, the service and jobs.

A spec arrives as a :class:`~lookalike.spec.Dataset`, a dict (YAML or JSON
already parsed, an API body, a job row), a path to a spec file, or the name of
a shipped template. :func:`resolve` takes any of them, applies the overrides
every face offers (rows, seed, reference time, scale, lineage, locale, email
domain) and returns the frozen :class:`~lookalike.plan.Plan`. Every check
happens here, before a row exists; errors keep their types
(:class:`~lookalike.errors.SpecError` for the spec, anything else is a bug).

>>> plan = resolve("examples/base-types.yaml", rows=10, scale=3, seed=1)
>>> plan.tables["orders"].rows
30
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from lookalike.errors import SpecError
from lookalike.locales.profiles import profile_for
from lookalike.plan import Lineage, Plan, build_plan
from lookalike.spec import Dataset, load_spec, spec_from_dict

#: What :func:`resolve` accepts as a spec.
SpecLike = Dataset | Mapping[str, Any] | str | Path

_SPEC_SUFFIXES = {".yaml", ".yml", ".json"}


def template_names() -> list[str]:
    """Names of the specs shipped with lookalike (``--template NAME``).

    >>> "person" in template_names()
    True
    """
    folder = importlib.resources.files("lookalike") / "data" / "templates"
    return sorted(
        p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml")
    )


def load_template(name: str) -> Dataset:
    """A shipped template by name.

    >>> list(load_template("person").tables)
    ['people']
    """
    folder = importlib.resources.files("lookalike") / "data" / "templates"
    resource = folder / f"{name}.yaml"
    if not resource.is_file():
        raise SpecError(
            f"unknown template {name!r}; available: {', '.join(template_names())}",
            path="template",
        )
    with importlib.resources.as_file(resource) as path:
        return load_spec(path)


def as_spec(spec: SpecLike) -> Dataset:
    """Accept a Dataset, a dict, a path to a spec file, or a template name.

    >>> spec = as_spec({"tables": {"t": {"rows": 2, "fields": {"n": {"kind": "sequence"}}}}})
    >>> spec.tables["t"].rows
    2
    """
    if isinstance(spec, Dataset):
        return spec
    if isinstance(spec, Mapping):
        return spec_from_dict(spec)
    path = Path(spec)
    if path.suffix.lower() in _SPEC_SUFFIXES or path.exists():
        return load_spec(path)
    if str(spec) in template_names():
        return load_template(str(spec))
    raise SpecError(f"{spec}: no such spec file or template; check the path", path="spec")


def customise(
    spec: Dataset, *, locale: str | None = None, email_domain: str | None = None
) -> Dataset:
    """A copy of ``spec`` with a different locale and/or email domain.

    ``email_domain`` applies to every email field that does not name its own
    domain (the mock-data API's ``email_domain`` option).

    >>> spec = customise(load_template("person"), locale="en_US", email_domain="acme.test")
    >>> spec.locale, spec.tables["people"].fields["email"].domain
    ('en_US', 'acme.test')
    """
    if locale is None and email_domain is None:
        return spec
    data = spec.model_dump(mode="json", exclude_none=True)
    if locale is not None:
        data["locale"] = locale
    if email_domain is not None:
        for table in data["tables"].values():
            for field in table["fields"].values():
                is_email = field.get("attribute", "email") == "email"
                if field.get("kind") == "internet" and is_email and field.get("domain") is None:
                    field["domain"] = email_domain
    changed = spec_from_dict(data)
    changed._source = spec.source
    return changed


def resolve(
    spec: SpecLike,
    *,
    rows: int | None = None,
    seed: int | None = None,
    reference_time: dt.datetime | None = None,
    scale: float | None = None,
    lineage: bool | Lineage = False,
    locale: str | None = None,
    email_domain: str | None = None,
) -> Plan:
    """Resolve a spec into a :class:`~lookalike.plan.Plan` (all checks happen here).

    ``rows`` sets every table whose rows are not given per parent and ``scale``
    multiplies them; ``seed`` and ``reference_time`` pin the run; ``lineage``
    adds ``_ingested_at``, ``_source_system`` and ``_environment`` to every
    table; ``locale`` and ``email_domain`` override the spec's (see
    :func:`customise`). Errors found while planning name the spec file too,
    when there is one.
    """
    dataset = customise(as_spec(spec), locale=locale, email_domain=email_domain)
    chosen = Lineage() if lineage is True else lineage or None
    try:
        profile_for(dataset.locale, "locale")  # unknown even when no field reads it
        return build_plan(
            dataset, rows=rows, seed=seed, reference_time=reference_time, scale=scale,
            lineage=chosen,
        )  # fmt: skip
    except SpecError as exc:
        source = _source_of(spec)
        if source and not exc.source:
            raise exc.with_source(source) from exc.__cause__
        raise


def _source_of(spec: object) -> str:
    """The file a spec came from, when it came from one."""
    if isinstance(spec, str | Path) and Path(spec).suffix.lower() in _SPEC_SUFFIXES:
        return str(spec)
    return spec.source if isinstance(spec, Dataset) else ""


def pick_table(plan: Plan, table: str | None) -> list[str]:
    """The tables a caller means: ``table`` alone, or every table in plan order.

    >>> pick_table(resolve("examples/shop.yaml", seed=1), "orders")
    ['orders']
    """
    if table is None:
        return list(plan.tables)
    if table not in plan.tables:
        raise SpecError(f"no table {table!r}; tables: {', '.join(plan.tables)}", path="table")
    return [table]
