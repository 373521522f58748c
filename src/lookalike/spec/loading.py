"""Read specs from YAML, JSON, dicts or files, with errors that name their place.

>>> spec = parse_spec('{"tables": {"t": {"rows": 2, "fields": {"n": {"kind": "sequence"}}}}}')
>>> spec.tables["t"].fields["n"].kind
'sequence'
>>> parse_spec("tables: {t: {fields: {n: {kind: sequense}}}}")
Traceback (most recent call last):
...
lookalike.errors.SpecError: tables.t.fields.n.kind: unknown kind 'sequense'; did you mean...
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

import lookalike.spec.fields as fields
from lookalike.errors import SpecError
from lookalike.spec.fields import KIND_NAMES
from lookalike.spec.models import Dataset, Table


def load_spec(path: str | Path) -> Dataset:
    """Load a spec file (``.yaml``, ``.yml`` or ``.json``)."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError("file not found; check the path", source=source) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"cannot read: {exc}", source=source) from exc
    try:
        dataset = parse_spec(text)
    except SpecError as exc:
        raise exc.with_source(source) from exc.__cause__
    dataset._source = source
    return dataset


def parse_spec(text: str) -> Dataset:
    """Parse a spec from YAML or JSON text (JSON is YAML, but gets JSON's messages)."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(
                f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            ) from exc
    else:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            problem = getattr(exc, "problem", None) or str(exc)
            raise SpecError(f"invalid YAML{where}: {problem}") from exc
    return spec_from_dict(data)


def spec_from_dict(data: Any) -> Dataset:
    """Validate already-parsed data as a :class:`Dataset` (or a metadata template's JSON)."""
    if isinstance(data, Mapping) and "entities" in data and "tables" not in data:
        from lookalike.extract.template import is_metadata_template, template_to_spec

        if is_metadata_template(data):
            data = template_to_spec(dict(data))
    if not isinstance(data, Mapping):
        raise SpecError(
            "a spec must be a mapping with a 'tables' key, e.g. "
            "tables: {people: {rows: 10, fields: {id: {kind: sequence}}}}"
        )
    try:
        return Dataset.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        path, message = _describe(first, data)
        extra = len(exc.errors()) - 1
        more = f" (and {extra} more problem{'s' if extra > 1 else ''})" if extra else ""
        raise SpecError(message + more, path=path) from exc


def _describe(error: Any, data: Any) -> tuple[str, str]:
    """Turn one pydantic error into (dotted path, message with a fix)."""
    loc = [str(part) for part in error["loc"]]
    # A discriminated union puts the tag into the path: fields.x.integer.min_value.
    if len(loc) >= 5 and loc[0] == "tables" and loc[2] == "fields" and loc[4] in KIND_NAMES:
        del loc[4]
    path = ".".join(loc)
    kind = error["type"]
    if kind == "union_tag_invalid":
        bad = error["input"].get("kind") if isinstance(error["input"], Mapping) else None
        close = difflib.get_close_matches(str(bad), KIND_NAMES, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        return f"{path}.kind", f"unknown kind '{bad}'; {hint}known kinds: {', '.join(KIND_NAMES)}"
    if kind == "union_tag_not_found":
        return path, f"missing 'kind'; choose one of: {', '.join(KIND_NAMES)}"
    if kind == "extra_forbidden":
        *parent, key = loc
        return path, f"unknown key '{key}'; remove it or check its spelling" + _allowed(
            parent, data
        )
    if kind == "missing":
        return path, "required but missing"
    if kind == "string_pattern_mismatch" and len(loc) >= 2:
        return path, "names must start with a letter or _ and use only letters, digits and _"
    if loc and loc[-1] == "rows" and kind in {"less_than_equal", "greater_than_equal"}:
        return path, f"{error['msg'].lower()}; rows must be between 0 and 10^12"
    message = str(error["msg"])
    message = message.removeprefix("Value error, ")
    return path, message[:1].lower() + message[1:]


def _allowed(parent: list[str], data: Any) -> str:
    """List the keys allowed where an unknown key was found, when we can tell."""

    if not parent:
        names = Dataset.model_fields
    elif len(parent) == 2 and parent[0] == "tables":
        names = Table.model_fields
    elif len(parent) == 4 and parent[2] == "fields":
        node = data
        for part in parent:
            node = node.get(part) if isinstance(node, Mapping) else None
        kind = node.get("kind") if isinstance(node, Mapping) else None
        model = next(
            (
                m
                for m in vars(fields).values()
                if isinstance(m, type)
                and issubclass(m, fields.FieldBase)
                and m.model_fields.get("kind") is not None
                and m.model_fields["kind"].default == kind
            ),
            None,
        )
        if model is None:
            return ""
        names = model.model_fields
    else:
        return ""
    return f" (allowed: {', '.join(n for n in names if n != 'kind')})"


def json_schema() -> dict[str, Any]:
    """The published JSON Schema of a spec, for editors and the API."""
    schema = Dataset.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "lookalike spec"
    return schema
