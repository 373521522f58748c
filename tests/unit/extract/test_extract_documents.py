"""OpenAPI, Swagger and JSON Schema documents, among them real public ones (tests/data/openapi)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from lookalike.cli.main import app
from lookalike.errors import SpecError
from lookalike.extract.documents import check_planned, extract_document, parse_document
from lookalike.spec import spec_from_dict

DATA = Path(__file__).resolve().parents[2] / "data" / "openapi"
TWILIO = sorted((DATA / "twilio").glob("*.json.gz"))


def _load(path: Path) -> Any:
    raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return parse_document(raw, path.name)


def _accounted(document: dict[str, Any], result: Any) -> None:
    """Every component schema is a table or named in a problem."""
    tables = set(result.spec["tables"])
    reported = " ".join(p.path for p in result.problems)
    for name in document["components"]["schemas"]:
        cleaned = "".join(c if c.isalnum() or c == "_" else "_" for c in name)[:63]
        assert cleaned in tables or f"components.schemas.{name}" in reported, name


@pytest.mark.parametrize(
    "path",
    [DATA / "box-openapi-v2026.0.json", DATA / "box-openapi.json.gz"],
    ids=["box-small", "box-large"],
)
def test_box_documents_extract_and_plan(path: Path) -> None:
    document = _load(path)
    result = check_planned(extract_document(document, path.name))
    _accounted(document, result)
    spec_from_dict(result.spec)


def test_all_twilio_documents_extract_and_plan() -> None:
    schemas = tables = 0
    for path in TWILIO:
        document = _load(path)
        if not document["components"].get("schemas"):
            with pytest.raises(SpecError, match="no object schema"):
                extract_document(document, path.name)
            continue
        result = check_planned(extract_document(document, path.name))
        _accounted(document, result)
        schemas += len(document["components"]["schemas"])
        tables += len(result.spec["tables"])
    assert schemas > 1000
    assert tables > 1000


def test_openapi_kinds_refs_and_combinators() -> None:
    doc = {
        "openapi": "3.0.3",
        "info": {"title": "HR"},
        "components": {
            "schemas": {
                "Team": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "integer"},
                        "name": {"type": "string", "maxLength": 40},
                    },
                },
                "Base": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "string", "format": "uuid"}},
                },
                "Employee": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Base"},
                        {
                            "type": "object",
                            "properties": {
                                "team": {"$ref": "#/components/schemas/Team"},
                                "email": {"type": "string", "format": "email"},
                                "hired": {"type": "string", "format": "date"},
                                "grade": {"type": "integer", "minimum": 1, "maximum": 9},
                                "salary": {
                                    "type": "number",
                                    "multipleOf": 0.01,
                                    "minimum": 0,
                                    "maximum": 90000,
                                },
                                "status": {"type": "string", "enum": ["active", "left"]},
                                "code": {"type": "string", "pattern": "^E[0-9]{5}$"},
                                "nick": {"oneOf": [{"type": "string"}, {"type": "null"}]},
                                "extra": {"not": {"type": "string"}},
                                "address": {
                                    "type": "object",
                                    "properties": {"city": {"type": "string"}},
                                },
                                "skills": {
                                    "type": "array",
                                    "items": {"type": "string"},
                                    "maxItems": 6,
                                },
                            },
                        },
                    ]
                },
                "Status": {"type": "string", "enum": ["a"]},
            }
        },
    }
    result = extract_document(doc, "hr.json")
    fields = result.spec["tables"]["Employee"]["fields"]
    assert result.spec["tables"]["Employee"]["primary_key"] == ["id"]
    assert fields["id"]["kind"] == "uuid"
    assert fields["team_id"]["ref"] == "Team.id"
    assert fields["email"]["kind"] == "internet"
    assert fields["email"]["pii"]
    assert fields["hired"]["kind"] == "date"
    assert fields["grade"] == {
        "kind": "integer",
        "min_value": 1,
        "max_value": 9,
        "nullable": True,
        "null_rate": 0.05,
    }
    assert fields["salary"]["kind"] == "decimal"
    assert fields["salary"]["scale"] == 2
    assert fields["status"]["values"] == ["active", "left"]
    assert fields["code"]["pattern"] == "E#####"
    assert fields["address_city"]["kind"] == "address"
    assert result.spec["tables"]["Employee_skills"]["rows"]["per"] == "Employee"
    paths = [p.path for p in result.problems]
    assert "components.schemas.Employee.properties.extra" in paths
    assert "components.schemas.Status" in paths
    check_planned(result)


@pytest.mark.parametrize(
    "dialect",
    ["https://json-schema.org/draft/2020-12/schema", "http://json-schema.org/draft-07/schema#"],
)
def test_json_schema_documents(dialect: str, tmp_path: Path) -> None:
    defs = "$defs" if "2020" in dialect else "definitions"
    doc = {
        "$schema": dialect,
        "title": "order",
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "integer"},
            "customerId": {"type": "integer"},
            "placed": {"type": "string", "format": "date-time"},
            "lines": {"type": "array", "items": {"$ref": f"#/{defs}/line"}},
        },
        defs: {
            "line": {
                "type": "object",
                "properties": {"sku": {"type": "string"}, "qty": {"type": "integer"}},
            },
            "customer": {"type": "object", "properties": {"id": {"type": "integer"}}},
        },
    }
    path = tmp_path / "order.schema.json"
    path.write_text(json.dumps(doc))
    out = tmp_path / "spec.yaml"
    result = CliRunner().invoke(app, ["extract", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    from lookalike.spec import load_spec

    spec = load_spec(out)
    assert spec.tables["order"].fields["customerId"].kind == "reference"
    assert spec.tables["order_lines"].rows.per == "order"  # type: ignore[union-attr]


def test_a_broken_document_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"openapi": "3.0.0", "components": {')
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 2
    assert "invalid JSON" in result.output


def test_inline_response_schemas_become_tables() -> None:
    doc = {
        "swagger": "2.0",
        "info": {"title": "shop"},
        "paths": {
            "/v1/orders": {
                "get": {
                    "responses": {
                        "200": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "data": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "properties": {
                                                "id": {"type": "integer"},
                                                "placed": {"type": "string", "format": "date-time"},
                                                "customerId": {"type": "integer"},
                                            },
                                        },
                                    },
                                    "next": {"type": "string"},
                                },
                            }
                        }
                    }
                }
            },
            "/v1/customers/{id}": {
                "get": {
                    "responses": {
                        "200": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "id": {"type": "integer"},
                                    "email": {"type": "string", "format": "email"},
                                },
                            }
                        }
                    }
                }
            },
        },
    }
    result = extract_document(doc, "shop.json")
    tables = result.spec["tables"]
    assert set(tables) == {"orders", "customers"}
    assert tables["orders"]["fields"]["placed"]["kind"] == "datetime"
    assert tables["orders"]["fields"]["customerId"]["ref"] == "customers.id"
    check_planned(result)


def test_a_yaml_alias_bomb_is_refused() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 9):
        previous = chr(ord("a") + level - 1)
        name = chr(ord("a") + level)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 10) + "]")
    with pytest.raises(SpecError, match="YAML aliases"):
        parse_document("\n".join(lines), "bomb.yaml")

    with pytest.raises(SpecError, match="YAML aliases"):
        parse_document("a: &a [1, *a]", "loop.yaml")
    assert parse_document("a: &a {x: 1}\nb: *a", "ok.yaml")["b"] == {"x": 1}


def test_one_document_of_all_twilio_schemas() -> None:
    import re

    schemas: dict[str, Any] = {}
    for path in TWILIO:
        prefix = path.name.removesuffix(".json.gz")
        text = gzip.decompress(path.read_bytes()).decode()
        text = re.sub(
            r'"#/components/schemas/([^"]+)"', rf'"#/components/schemas/{prefix}__\1"', text
        )
        schemas.update(
            {
                f"{prefix}__{k}": v
                for k, v in json.loads(text).get("components", {}).get("schemas", {}).items()
            }
        )
    document = {"openapi": "3.0.1", "info": {"title": "all"}, "components": {"schemas": schemas}}
    result = check_planned(extract_document(document, "twilio-all.json"))
    assert len(schemas) == 1286
    _accounted(document, result)
    assert len(result.spec["tables"]) > 1000
