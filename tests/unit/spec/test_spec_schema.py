"""The published JSON Schema: structure, and that real specs conform to it."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from lookalike.spec import KIND_NAMES, json_schema


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        name = node["$ref"].removeprefix("#/$defs/")
        node = schema["$defs"][name]
    return node


def _field_schema(schema: dict[str, Any]) -> dict[str, Any]:
    table = schema["$defs"]["Table"]
    fields = table["properties"]["fields"]
    (field_schema,) = fields["patternProperties"].values()
    return dict(field_schema)


def test_schema_is_draft_2020_12_and_serialisable() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "lookalike spec"
    assert schema["type"] == "object"
    assert "tables" in schema["required"]
    assert schema["additionalProperties"] is False
    assert json.loads(json.dumps(schema)) == schema


def test_schema_has_a_kind_discriminator_covering_every_kind() -> None:
    schema = json_schema()
    field_schema = _field_schema(schema)
    discriminator = field_schema["discriminator"]
    assert discriminator["propertyName"] == "kind"
    assert set(discriminator["mapping"]) == set(KIND_NAMES)
    assert len(field_schema["oneOf"]) == len(KIND_NAMES)
    for kind, ref in discriminator["mapping"].items():
        model = _resolve(schema, {"$ref": ref})
        assert model["properties"]["kind"]["const"] == kind
        assert model["additionalProperties"] is False, f"{kind} must forbid unknown keys"
        for common in ("null_rate", "unique", "description"):
            assert common in model["properties"], (kind, common)


def test_schema_bounds_rows() -> None:
    options = json_schema()["$defs"]["Table"]["properties"]["rows"]["anyOf"]
    rows = next(o for o in options if o.get("type") == "integer")
    assert rows["minimum"] == 0
    assert rows["maximum"] == 10**12


def _check_against_schema(schema: dict[str, Any], spec: dict[str, Any]) -> None:
    """A small structural check: every key a spec uses is one the schema allows."""
    assert set(spec) <= set(schema["properties"]), set(spec) - set(schema["properties"])
    table_schema = schema["$defs"]["Table"]
    mapping = _field_schema(schema)["discriminator"]["mapping"]
    for table in spec["tables"].values():
        assert set(table) <= set(table_schema["properties"])
        for field in table["fields"].values():
            model = _resolve(schema, {"$ref": mapping[field["kind"]]})
            unknown = set(field) - set(model["properties"])
            assert not unknown, f"{field['kind']} does not allow {unknown}"


def test_example_spec_conforms_to_schema(base_types: Path) -> None:
    schema = json_schema()
    spec = yaml.safe_load(base_types.read_text(encoding="utf-8"))
    # YAML reads dates and datetimes as Python objects; JSON tools see text.
    spec = json.loads(json.dumps(spec, default=str))
    _check_against_schema(schema, spec)
    try:
        jsonschema: Any = importlib.import_module("jsonschema")
    except ImportError:
        return  # the structural check above is what we can do without it
    jsonschema.validate(spec, schema)
    bad = json.loads(json.dumps(spec))
    bad["tables"]["orders"]["fields"]["quantity"]["mn"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_structural_check_rejects_unknown_keys() -> None:
    schema = json_schema()
    spec = {"tables": {"t": {"fields": {"f": {"kind": "integer", "mn": 1}}}}}
    with pytest.raises(AssertionError, match="does not allow"):
        _check_against_schema(schema, spec)
