"""JSON Schema objects to spec tables: shared by OpenAPI, Swagger and JSON Schema documents.

Each object schema becomes a table. A property's ``type``, ``format``,
``pattern``, ``enum``, bounds and lengths choose its kind and options (names
help too, through :mod:`~lookalike.extract.naming`); ``$ref`` to another table
and key-shaped names (``teamId`` beside a ``Team`` table) become references;
inline objects become prefixed columns and arrays become child tables with
rows per parent. ``allOf`` merges its parts; ``oneOf``/``anyOf`` of nullable
or scalar variants take the first, of objects merge their properties (noted).
Anything else is reported by its path and left out, never failing the rest.

>>> doc = {"$defs": {"Team": {"type": "object", "properties": {
...     "id": {"type": "integer"}, "name": {"type": "string", "maxLength": 40}}},
...   "Person": {"type": "object", "required": ["id"], "properties": {
...     "id": {"type": "string", "format": "uuid"}, "teamId": {"type": "integer"},
...     "email": {"type": "string", "format": "email"},
...     "tags": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}}}}}}
>>> reader = SchemaReader(doc, "#/$defs")
>>> tables = reader.tables(doc["$defs"], "$defs")
>>> tables["Person"]["fields"]["teamId"], tables["Person"]["fields"]["email"]["kind"]
({'ref': 'Team.id', 'nullable': True, 'null_rate': 0.05}, 'internet')
>>> tables["Person_tags"]["rows"]["per"], tables["Person_tags"]["fields"]["value"]["kind"]
('Person', 'choice')
"""

from __future__ import annotations

import re
from typing import Any

from lookalike.extract.naming import words_of
from lookalike.extract.records import clean_name, singular
from lookalike.extract.result import FoundReference, Problem
from lookalike.extract.schema_fields import pii_reason, scalar_field

#: Rows of a table extracted from a schema (there is no sample to count).
SCHEMA_ROWS = 100
#: Inline objects deeper than this are not flattened further.
MAX_DEPTH = 3
NULL_RATE = 0.05
_UNSUPPORTED = ("not", "if", "then", "else", "patternProperties", "dependentSchemas")


def _norm(name: str) -> str:
    return singular(re.sub(r"[^a-z0-9]", "", name.lower()))


class SchemaReader:
    """Reads the object schemas of one document (``prefix`` is where ``$ref`` names point)."""

    def __init__(self, document: dict[str, Any], prefix: str) -> None:
        self.document = document
        self.prefix = prefix.rstrip("/")
        self.problems: list[Problem] = []
        self.references: list[FoundReference] = []
        self._names: dict[str, str] = {}  # schema name -> table name
        self._keys: dict[str, str] = {}  # table -> key column
        self._by_norm: dict[str, str] = {}  # normalised name -> table
        self._out: dict[str, Any] = {}

    # -- resolution ------------------------------------------------------------

    def resolve(self, schema: Any, path: str, seen: frozenset[str] = frozenset()) -> Any:
        """``schema`` with a local ``$ref`` followed (once per chain; cycles stop)."""
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if ref in seen or not ref.startswith("#/"):
                if not ref.startswith("#/"):
                    self.problems.append(Problem(path, f"external $ref {ref} not followed"))
                return {}
            seen = seen | {ref}
            node: Any = self.document
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                node = node.get(part) if isinstance(node, dict) else None
            if node is None:
                self.problems.append(Problem(path, f"$ref {ref} points nowhere"))
                return {}
            schema = node
        return schema

    def _ref_table(self, schema: Any) -> str | None:
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            name = schema["$ref"].rsplit("/", 1)[-1]
            if schema["$ref"].startswith(self.prefix + "/") and name in self._names:
                return self._names[name]
        return None

    def merged(self, schema: Any, path: str, depth: int = 0) -> dict[str, Any]:
        """An object schema with ``allOf`` parts and object ``oneOf``/``anyOf`` merged."""
        schema = self.resolve(schema, path)
        if not isinstance(schema, dict) or depth > 8:
            return {}
        out = {k: v for k, v in schema.items() if k not in ("allOf", "oneOf", "anyOf")}
        properties = dict(out.get("properties") or {})
        required = set(out.get("required") or [])
        for part in schema.get("allOf") or []:
            sub = self.merged(part, path, depth + 1)
            properties.update(sub.get("properties") or {})
            required |= set(sub.get("required") or [])
            for key in ("type", "enum", "format"):
                if key in sub and key not in out:
                    out[key] = sub[key]
        for combiner in ("oneOf", "anyOf"):
            variants = [self.resolve(v, path) for v in schema.get(combiner) or []]
            objects = [
                v
                for v in variants
                if isinstance(v, dict) and (v.get("properties") or v.get("allOf"))
            ]
            if len(objects) > 1:
                self.problems.append(
                    Problem(
                        path,
                        f"{combiner} of {len(objects)} object variants: their "
                        "properties are merged into one table",
                    )
                )
            for variant in objects:
                sub = self.merged(variant, path, depth + 1)
                properties.update(sub.get("properties") or {})
        if properties:
            out["properties"] = properties
            out["required"] = sorted(required)
        return out

    # -- tables -------------------------------------------------------------------

    def tables(
        self, schemas: dict[str, Any], where: str, places: dict[str, str] | None = None
    ) -> dict[str, Any]:
        """Every object schema of ``schemas`` as a table (others are reported).

        ``places`` names where a schema lives when it is not at ``where.NAME`` (a response
        schema written inline under ``paths``).
        """
        places = dict(places or {})
        for name in schemas:
            places.setdefault(name, f"{where}.{name}")
        objects: dict[str, dict[str, Any]] = {}
        for name, raw in schemas.items():
            schema = self.merged(raw, places[name])
            if schema.get("properties"):
                objects[name] = schema
            else:
                kind = schema.get("type") or ("enum" if "enum" in schema else "untyped")
                self.problems.append(
                    Problem(
                        places[name],
                        f"a {kind} schema without properties, not a "
                        "table; used inline where referenced",
                    )
                )
        used: set[str] = set()
        for name in objects:
            table = clean_name(name)
            while table.lower() in used:
                table = clean_name(f"{table[:58]}_{len(used)}")
            used.add(table.lower())
            self._names[name] = table
            self._by_norm.setdefault(_norm(name), table)
        for name, schema in objects.items():
            key = self._key_of(schema)
            if key is not None:
                self._keys[self._names[name]] = key
        for name, schema in objects.items():
            self._table(self._names[name], schema, places[name], None)
        return self._out

    def _key_of(self, schema: dict[str, Any]) -> str | None:
        properties = schema.get("properties") or {}
        for name in ("id", "uuid", "sid", "key"):
            if name in properties:
                prop = self.resolve(properties[name], "")
                if isinstance(prop, dict) and _type(prop) in ("integer", "string"):
                    return clean_name(name)
        return None

    def _table(
        self, table: str, schema: dict[str, Any], path: str, parent: tuple[str, str | None] | None
    ) -> None:
        fields: dict[str, Any] = {}
        key = self._keys.get(table)
        if parent is not None:
            parent_table, parent_key = parent
            if parent_key is not None:
                fields[clean_name(f"{singular(parent_table)}_{parent_key}")] = {
                    "ref": f"{parent_table}.{parent_key}"
                }
        self._columns(table, schema, path, "", fields, 0)
        if not fields and any(
            isinstance(t["rows"], dict) and t["rows"].get("per") == table
            for t in self._out.values()
        ):
            # Only arrays: the table still holds its children together by a key of its own.
            fields["id"] = {"kind": "sequence", "nullable": False}
            key = "id"
            self._keys[table] = key
        if not fields:
            self.problems.append(Problem(path, "no property could be generated; not a table"))
            return
        spec: dict[str, Any] = {"rows": SCHEMA_ROWS}
        if parent is not None:
            spec["rows"] = {"per": parent[0], "distribution": "poisson", "mean": 2.0, "max": 20}
        if key is not None and key in fields:
            spec["primary_key"] = [key]
        spec["fields"] = fields
        description = schema.get("description") or schema.get("title")
        if isinstance(description, str) and description:
            spec["description"] = description.strip().split("\n")[0][:200]
        self._out[table] = spec

    def _columns(
        self,
        table: str,
        schema: dict[str, Any],
        path: str,
        prefix: str,
        fields: dict[str, Any],
        depth: int,
    ) -> None:
        required = set(schema.get("required") or [])
        for name, raw in (schema.get("properties") or {}).items():
            column = clean_name(f"{prefix}_{name}" if prefix else name)
            where = f"{path}.properties.{name}"
            try:
                field = self._property(
                    table, column, raw, where, depth, name in required and not prefix, fields
                )
            except RecursionError:
                field = None
                self.problems.append(Problem(where, "nested too deeply; left out"))
            if field is not None:
                fields.setdefault(column, field)

    def _property(
        self,
        table: str,
        column: str,
        raw: Any,
        path: str,
        depth: int,
        required: bool,
        fields: dict[str, Any],
    ) -> dict[str, Any] | None:
        target = self._ref_table(raw)
        if target is not None:
            return self._reference(table, column, target, path, required, fields, depth, raw)
        schema = self.merged(raw, path)
        for key in _UNSUPPORTED:
            if key in schema:
                self.problems.append(Problem(path, f"'{key}' is not supported; ignored"))
        kind = _type(schema)
        nullable = _nullable(raw) or _nullable(schema) or not required
        if kind == "object" or schema.get("properties"):
            if not schema.get("properties"):
                self.problems.append(Problem(path, "free-form object; left out"))
                return None
            if depth >= MAX_DEPTH:
                self.problems.append(
                    Problem(path, f"objects nested deeper than {MAX_DEPTH}; left out")
                )
                return None
            self._columns(table, schema, path, column, fields, depth + 1)
            return None
        if kind == "array":
            self._array(table, column, schema, path, depth)
            return None
        field = self._scalar(table, column, schema, kind, path)
        if field is None:
            return None
        if column == self._keys.get(table):
            return _key_field(field)
        reference = self._by_name(table, column, field)
        if reference is not None:
            field = reference
        if nullable and field.get("kind") not in ("sequence",):
            field.update(nullable=True, null_rate=NULL_RATE)
        return field

    def _reference(
        self,
        table: str,
        column: str,
        target: str,
        path: str,
        required: bool,
        fields: dict[str, Any],
        depth: int,
        raw: Any,
    ) -> dict[str, Any] | None:
        key = self._keys.get(target)
        if key is None:
            schema = self.merged(raw, path)
            if depth >= MAX_DEPTH:
                self.problems.append(Problem(path, "nested object without a key, too deep"))
                return None
            self._columns(table, schema, path, column, fields, depth + 1)
            return None
        name = column if column.lower().endswith(key.lower()) else clean_name(f"{column}_{key}")
        spec: dict[str, Any] = {"ref": f"{target}.{key}"}
        if target == table:
            spec.update(nullable=True, depth=4)
        elif not required:
            spec.update(nullable=True, null_rate=NULL_RATE)
        self.references.append(
            FoundReference(f"{table}.{name}", f"{target}.{key}", 1.0, 0, by="schema")
        )
        fields.setdefault(name, spec)
        return None

    def _by_name(self, table: str, column: str, field: dict[str, Any]) -> dict[str, Any] | None:
        """``teamId`` beside a ``Team`` table with an integer key: a reference by name."""
        words = words_of(column).split()
        if len(words) < 2 or words[-1] not in ("id", "uuid", "sid", "key"):
            return None
        target = self._by_norm.get(_norm("".join(words[:-1])))
        if target is None or target == table or self._keys.get(target) is None:
            return None
        key = self._keys[target]
        self.references.append(
            FoundReference(f"{table}.{column}", f"{target}.{key}", 1.0, 0, by="name")
        )
        return {"ref": f"{target}.{key}"}

    def _array(
        self, table: str, column: str, schema: dict[str, Any], path: str, depth: int
    ) -> None:
        child = clean_name(f"{table}_{column}")
        if child in self._out:
            return
        items = schema.get("items") if isinstance(schema.get("items"), dict) else {}
        target = self._ref_table(items)
        parent = (table, self._keys.get(table))
        if parent[1] is None:
            self.problems.append(
                Problem(
                    path,
                    f"array in {table}, which has no id to link "
                    "its items to; child rows follow no key",
                )
            )
        children = _children(schema)
        if target is not None and self._keys.get(target):
            key = self._keys[target]
            fields: dict[str, Any] = {}
            if parent[1] is not None:
                fields[clean_name(f"{singular(table)}_{parent[1]}")] = {
                    "ref": f"{table}.{parent[1]}"
                }
            fields[clean_name(f"{singular(target)}_{key}")] = {"ref": f"{target}.{key}"}
            self._out[child] = {"rows": {"per": table, **children}, "fields": fields}
            return
        resolved = self.merged(items, path + ".items")
        if resolved.get("properties"):
            self._keys.pop(child, None)
            self._table(child, resolved, path + ".items", parent)
        else:
            value = self._scalar(child, "value", resolved, _type(resolved), path + ".items")
            if value is None:
                return
            fields = {}
            if parent[1] is not None:
                fields[clean_name(f"{singular(table)}_{parent[1]}")] = {
                    "ref": f"{table}.{parent[1]}"
                }
            fields["value"] = value
            self._out[child] = {"rows": {"per": table, **children}, "fields": fields}
        if child in self._out:
            self._out[child]["rows"] = {"per": table, **children}

    def _scalar(
        self, table: str, column: str, schema: dict[str, Any], kind: str | None, path: str
    ) -> dict[str, Any] | None:
        field = scalar_field(column, schema, kind)
        if field is None:
            self.problems.append(
                Problem(path, f"type {kind or 'unknown'} has no generator; left out")
            )
            return None
        reason = pii_reason(column, field)
        if reason:
            field.update(pii=True, pii_reason=reason)
        return field


def _children(schema: dict[str, Any]) -> dict[str, Any]:
    """Rows per parent for an array: ``minItems`` to a sensible most, poisson between."""
    low = min(int(schema.get("minItems") or 0), 20)
    high = min(int(schema.get("maxItems") or low + 4), max(low, 20))
    mean = max((low + min(high, low + 4)) / 2, 0.5)
    rows: dict[str, Any] = {"distribution": "poisson", "mean": mean, "max": max(high, 1)}
    if low:
        rows["min"] = low
    return rows


def _type(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if kinds else None
    if kind is None:
        if "enum" in schema:
            values = schema["enum"]
            return "string" if any(isinstance(v, str) for v in values) else "number"
        if "properties" in schema:
            return "object"
        if "items" in schema:
            return "array"
        if "format" in schema or "pattern" in schema:
            return "string"
    return kind if isinstance(kind, str) else None


def _nullable(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    if schema.get("nullable") is True or schema.get("x-nullable") is True:
        return True
    if isinstance(kind, list) and "null" in kind:
        return True
    return any(
        isinstance(v, dict) and v.get("type") == "null"
        for v in (schema.get("oneOf") or []) + (schema.get("anyOf") or [])
    )


def _key_field(field: dict[str, Any]) -> dict[str, Any]:
    if field.get("kind") in ("integer", "sequence"):
        return {"kind": "sequence", "nullable": False}
    if field.get("kind") == "uuid":
        return {"kind": "uuid", "unique": True, "nullable": False}
    if field.get("kind") == "pattern":
        return {**field, "unique": True, "nullable": False}
    return {"kind": "uuid", "unique": True, "nullable": False}
