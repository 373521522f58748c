"""OpenAPI 3.0/3.1, Swagger 2.0 and JSON Schema (2020-12, draft-07) documents to specs.

OpenAPI's ``components.schemas`` (Swagger's ``definitions``) become tables
through :class:`~lookalike.extract.schemas.SchemaReader`, as do object schemas
written inline in GET responses (named after their path); a JSON Schema
document's root object becomes a table named after its ``title``, and its
``$defs`` (``definitions`` in draft-07) tables beside it. Documents are read
from a file or a URL (through the egress policy), as JSON or YAML (with
LibYAML's loader when present: large documents load in a fraction of the time).

>>> doc = {"openapi": "3.1.0", "info": {"title": "Pets"}, "components": {"schemas": {
...     "Pet": {"type": "object", "properties": {"id": {"type": "integer"},
...             "name": {"type": ["string", "null"]}}}}}}
>>> result = extract_document(doc, "pets.json")
>>> result.spec["tables"]["Pet"]["primary_key"], result.spec["name"]
(['id'], 'Pets')
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lookalike.errors import SpecError
from lookalike.extract.egress import LOCAL, EgressPolicy
from lookalike.extract.records import clean_name
from lookalike.extract.result import Problem, SourceExtraction
from lookalike.extract.schemas import SchemaReader

#: Nodes a YAML document may expand to through its aliases (each is walked again).
MAX_NODES = 5_000_000


def _expanded_size(root: Any) -> int:
    """Nodes of a composed YAML document with every alias expanded, counted without
    expanding (each shared node's size is computed once)."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()  # on the current path: meeting one again is a cycle
    stack = [(root, False)] if root is not None else []
    while stack:
        node, done = stack.pop()
        if id(node) in sizes:
            continue
        value = node.value
        children: list[Any] = []
        if isinstance(value, list):
            for item in value:
                children.extend(item if isinstance(item, tuple) else (item,))
        if done:
            open_nodes.discard(id(node))
            sizes[id(node)] = min(1 + sum(sizes[id(c)] for c in children), 10**12)
            continue
        if id(node) in open_nodes:
            return 10**12  # a recursive alias expands without end
        open_nodes.add(id(node))
        stack.append((node, True))
        for child in children:
            if id(child) in open_nodes:
                return 10**12
            if id(child) not in sizes:
                stack.append((child, False))
    return sizes.get(id(root), 0)


def parse_document(text: str | bytes, where: str) -> Any:
    """A JSON or YAML document; a parse error names the place.

    >>> parse_document("openapi: 3.1.0\\ninfo: {title: t}", "api.yaml")["openapi"]
    '3.1.0'
    """
    import yaml

    raw = text.decode("utf-8", errors="replace") if isinstance(text, bytes) else text
    if raw.lstrip().startswith(("{", "[")):
        try:
            return json.loads(raw)
        except json.JSONDecodeError as exc:
            raise SpecError(
                f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}", source=where
            ) from exc
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        if "*" in raw:  # aliases: refuse a "billion laughs" document before walking it
            expanded = _expanded_size(yaml.compose(raw, Loader=loader))
            if expanded > MAX_NODES:
                raise SpecError(
                    f"YAML aliases expand to more than {MAX_NODES:,} nodes; refused", source=where
                )
        return yaml.load(raw, Loader=loader)
    except yaml.YAMLError as exc:
        raise SpecError(f"invalid YAML: {exc}", source=where) from exc


def read_document(source: str, policy: EgressPolicy = LOCAL) -> Any:
    """The document at a path or an http(s) URL."""
    if source.startswith(("http://", "https://")):
        fetched = policy.get(source, {"Accept": "application/json, application/yaml"})
        if fetched.status >= 400:
            raise SpecError(
                f"HTTP {fetched.status} fetching the document", source=source.split("?")[0]
            )
        return parse_document(fetched.body, source.split("?")[0])
    path = Path(source)
    try:
        return parse_document(path.read_bytes(), source)
    except FileNotFoundError:
        raise SpecError("file not found; check the path", source=source) from None


def document_kind(document: Any) -> str | None:
    """``openapi``, ``swagger``, ``json-schema`` or None for other JSON.

    >>> document_kind({"swagger": "2.0"}), document_kind({"$schema": "x", "type": "object"})
    ('swagger', 'json-schema')
    """
    if not isinstance(document, dict):
        return None
    if isinstance(document.get("openapi"), str):
        return "openapi"
    if str(document.get("swagger", "")).startswith("2"):
        return "swagger"
    if "$schema" in document or (
        document.get("type") == "object" and isinstance(document.get("properties"), dict)
    ):
        return "json-schema"
    if isinstance(document.get("$defs"), dict) or isinstance(document.get("definitions"), dict):
        return "json-schema"
    return None


def extract_document(document: Any, where: str, *, seed: int | None = 1) -> SourceExtraction:
    """The spec of an OpenAPI, Swagger or JSON Schema document; see the module docstring."""
    kind = document_kind(document)
    if kind is None:
        raise SpecError(
            "not an OpenAPI, Swagger or JSON Schema document (no 'openapi', "
            "'swagger' or '$schema' key)",
            source=where,
        )
    assert isinstance(document, dict)
    title = str((document.get("info") or {}).get("title") or document.get("title") or "")
    if kind == "openapi":
        version = str(document["openapi"])
        if not version.startswith(("3.0", "3.1")):
            raise SpecError(f"OpenAPI {version} is not supported; use 3.0 or 3.1", source=where)
        schemas = (document.get("components") or {}).get("schemas") or {}
        inline, places = inline_responses(document, set(schemas))
        reader = SchemaReader(document, "#/components/schemas")
        tables = reader.tables({**schemas, **inline}, "components.schemas", places)
    elif kind == "swagger":
        definitions = document.get("definitions") or {}
        inline, places = inline_responses(document, set(definitions))
        reader = SchemaReader(document, "#/definitions")
        tables = reader.tables({**definitions, **inline}, "definitions", places)
    else:
        tables, reader = _json_schema(document, title or Path(where).stem)
    problems = list(reader.problems)
    if not tables:
        raise SpecError(
            "no object schema could become a table: " + "; ".join(map(str, problems[:20])),
            source=where,
        )
    data: dict[str, Any] = {"name": title or Path(where).stem or "dataset"}
    if seed is not None:
        data["seed"] = seed
    data["description"] = f"Extracted from {Path(where).name} ({kind})"
    data["tables"] = tables
    return SourceExtraction(data, tuple(problems), tuple(reader.references))


_ENVELOPES = ("data", "items", "results", "records", "value", "content", "entries", "rows")
#: Object properties a list envelope carries beside its records.
_PAGING = frozenset({"meta", "links", "_links", "paging", "pagination", "page_info", "pageInfo"})


def _response_schema(operation: dict[str, Any]) -> Any:
    responses = operation.get("responses") or {}
    ok = next((responses[c] for c in ("200", 200, "201", 201) if c in responses), None)
    if not isinstance(ok, dict):
        return None
    if "schema" in ok:  # Swagger 2.0
        return ok["schema"]
    for media, body in (ok.get("content") or {}).items():
        if "json" in str(media) and isinstance(body, dict):
            return body.get("schema")
    return None


def _records_schema(schema: Any) -> Any:
    """The record schema of a response: array items, or the list inside an envelope."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return None
    if schema.get("type") == "array":
        items = schema.get("items")
        return items if isinstance(items, dict) and "$ref" not in items else None
    properties = schema.get("properties") or {}
    for key in _ENVELOPES:
        inner = properties.get(key)
        if isinstance(inner, dict) and inner.get("type") == "array":
            return _records_schema(inner)
    arrays = [k for k, v in properties.items() if isinstance(v, dict) and v.get("type") == "array"]
    others = [k for k in properties if k not in arrays]
    paging = all(
        k in _PAGING or not isinstance(properties[k], dict) or "properties" not in properties[k]
        for k in others
    )
    if len(arrays) == 1 and paging:  # {"accounts": [...], "next_page_uri": ..., "meta": {...}}
        return _records_schema(properties[arrays[0]])
    return schema if properties or schema.get("allOf") else None


def inline_responses(
    document: dict[str, Any], taken: set[str]
) -> tuple[dict[str, Any], dict[str, str]]:
    """Object schemas written inline in GET responses (not under components), by a name
    from their path (``/v1/pets/{id}`` → ``pets``), with where each lives.

    >>> doc = {"paths": {"/pets": {"get": {"responses": {"200": {"content": {
    ...     "application/json": {"schema": {"type": "array", "items": {"type": "object",
    ...     "properties": {"id": {"type": "integer"}}}}}}}}}}}}
    >>> inline_responses(doc, set())[1]
    {'pets': 'paths./pets.get'}
    """
    found: dict[str, Any] = {}
    places: dict[str, str] = {}
    for path, item in (document.get("paths") or {}).items():
        operation = item.get("get") if isinstance(item, dict) else None
        if not isinstance(operation, dict):
            continue
        schema = _records_schema(_response_schema(operation))
        if schema is None:
            continue
        parts = [p for p in str(path).split("/") if p and not p.startswith("{")]
        name = clean_name(parts[-1] if parts else "records")
        if name in taken or name in found:
            continue
        found[name] = schema
        places[name] = f"paths.{path}.get"
    return found, places


def _json_schema(document: dict[str, Any], title: str) -> tuple[dict[str, Any], SchemaReader]:
    definitions = "$defs" if isinstance(document.get("$defs"), dict) else "definitions"
    schemas = dict(document.get(definitions) or {})
    reader = SchemaReader(document, f"#/{definitions}")
    root = {k: v for k, v in document.items() if k not in ("$defs", "definitions")}
    if root.get("properties") or root.get("allOf"):
        name = clean_name(title or "record")
        schemas = {name: root, **{k: v for k, v in schemas.items() if k != name}}
    return reader.tables(schemas, definitions), reader


def check_planned(result: SourceExtraction) -> SourceExtraction:
    """``result`` with tables the planner refuses dropped and reported (never half a spec)."""
    from lookalike.plan import build_plan
    from lookalike.spec import spec_from_dict

    spec = result.spec
    problems = list(result.problems)
    for _attempt in range(len(spec["tables"])):
        try:
            build_plan(spec_from_dict(spec), seed=1)
            return SourceExtraction(spec, tuple(problems), result.references, result.notes)
        except SpecError as exc:
            table = exc.path.split(".")[1] if exc.path.startswith("tables.") else None
            if table is None or table not in spec["tables"]:
                raise
            message = exc.message if len(exc.message) < 160 else exc.message[:157] + "..."
            problems.append(Problem(f"tables.{table}", f"{message}; table left out"))
            spec = {**spec, "tables": _without(spec["tables"], table)}
    raise SpecError("no table of the document could be planned")


def _without(tables: dict[str, Any], gone: str) -> dict[str, Any]:
    """``tables`` without ``gone`` and without anything that points at it."""
    kept = {}
    for name, table in tables.items():
        if name == gone:
            continue
        rows = table["rows"]
        if isinstance(rows, dict) and rows.get("per") == gone:
            continue
        fields = {
            k: v
            for k, v in table["fields"].items()
            if not (isinstance(v, dict) and str(v.get("ref", "")).split(".")[0] == gone)
        }
        if fields:
            key = table.get("primary_key")
            kept[name] = {**table, "fields": fields}
            if key and any(k not in fields for k in key):
                kept[name].pop("primary_key")
    return kept
