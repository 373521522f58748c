"""The PII mock-data generator's Quick Start, run against the loopback HR API with only its
imports changed, and its metadata-template JSON read by every spec-reading command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hr_api import hr_api_fixture, hr_token_fixture  # noqa: F401 (fixtures)
from typer.testing import CliRunner

from lookalike.cli.main import app
from lookalike.errors import SpecError
from lookalike.spec import spec_from_dict


def test_quick_start_runs_with_only_its_imports_changed(
    hr_api: str,
    hr_token: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    base_url, api_token = hr_api, hr_token
    # --- the Quick Start, step 1 (a teams entity extracted the same way, as its "..." says)
    from lookalike.mock_data_generator import MetadataTemplate, RestApiExtractor

    extractor = RestApiExtractor(base_url=base_url, api_token=api_token)
    template = MetadataTemplate(source="alexis", source_type="rest_api", base_url=base_url)
    employee_entity = extractor.extract_entity(
        endpoint="/employee",
        entity_name="employees",
        bronze_table="bronze_alexis_employees",
        row_count=200,
    )
    template.add_entity(employee_entity)
    team_entity = extractor.extract_entity(
        endpoint="/teams", entity_name="teams", bronze_table="bronze_alexis_teams", row_count=10
    )
    template.add_entity(team_entity)
    from lookalike.mock_data_generator.metadata_extractor import Relationship

    template.add_relationship(Relationship("employees.teamId", "teams.id"))
    template.save("metadata_alexis.json")
    # --- step 2
    from lookalike.mock_data_generator import MetadataTemplate, SyntheticDataGenerator

    template = MetadataTemplate.load("metadata_alexis.json")
    generator = SyntheticDataGenerator(template, seed=42)
    data = generator.generate_all()
    summary = generator.get_summary()
    print(summary)
    employees = generator.get_entity_data("employees")
    print(f"Generated {len(employees)} employees")
    # --- step 3
    json_data = generator.export_to_json()
    data_dict = generator.export_to_dict()
    for entity_name, records in data_dict.items():
        with open(f"{entity_name}.json", "w") as f:
            json.dump(records, f, indent=2, default=str)
    # --- what it printed and made
    printed = capsys.readouterr().out
    assert "{'teams': 10, 'employees': 200}" in printed
    assert "Generated 200 employees" in printed
    assert "Generating 200 records for employees..." in printed
    team_ids = {t["id"] for t in data["teams"]}
    assert all(e["teamId"] in team_ids for e in employees)
    assert json.loads(json_data)["teams"] == json.loads(Path("teams.json").read_text())
    saved = json.loads(Path("metadata_alexis.json").read_text())
    assert api_token not in Path("metadata_alexis.json").read_text()
    fields = {f["name"]: f for f in saved["entities"][0]["fields"]}
    assert fields["id"]["primary_key"]
    assert fields["contact_email"]["pii"]
    assert saved["entities"][0]["bronze_table"] == "bronze_alexis_employees"


def test_template_json_is_a_spec_everywhere(hr_api: str, hr_token: str, tmp_path: Path) -> None:
    template = tmp_path / "hr.json"
    runner = CliRunner()
    made = runner.invoke(
        app,
        [
            "extract",
            hr_api,
            "-e",
            "/departments",
            "-e",
            "/teams",
            "-e",
            "/employee=employees",
            "--token-env",
            "HR_TOKEN",
            "--format",
            "metadata-template",
            "-o",
            str(template),
        ],
    )
    assert made.exit_code == 0, made.output
    data = json.loads(template.read_text())
    assert data["source_type"] == "rest_api"
    assert data["base_url"] == hr_api
    employees = next(e for e in data["entities"] if e["name"] == "employees")
    assert employees["api_endpoint"] == "/employee"
    assert {"from_field": "employees.teamId", "to_field": "teams.id"} in data["relationships"]
    assert runner.invoke(app, ["validate", str(template)]).exit_code == 0
    out = tmp_path / "out"
    generated = runner.invoke(app, ["generate", str(template), "-o", str(out) + "/", "-s", "1"])
    assert generated.exit_code == 0, generated.output
    checked = runner.invoke(app, ["check", str(template), "--files", str(out)])
    assert checked.exit_code == 0, checked.output
    assert "✓ All employees.teamId exist in teams.id" in checked.output
    assert "✓ All teams.departmentId exist in departments.id" in checked.output


def _template(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "source": "hr",
        "source_type": "rest_api",
        "entities": [
            {
                "name": "teams",
                "row_count": 3,
                "fields": [{"name": "id", "type": "integer", "primary_key": True}],
            },
            {
                "name": "employees",
                "row_count": 5,
                "fields": [
                    {"name": "id", "type": "integer", "primary_key": True},
                    {"name": "teamId", "type": "integer", "foreign_key": "teams.id"},
                ],
            },
        ],
        "relationships": [],
    }
    data.update(changes)
    return data


def test_missing_entity_is_named() -> None:
    broken = _template(
        relationships=[{"from_field": "employees.officeId", "to_field": "offices.id"}]
    )
    with pytest.raises(
        SpecError, match=r"Cannot generate FK for employees\.officeId: referenced entity 'offices'"
    ):
        spec_from_dict(broken)


def test_cycle_without_nullable_key_is_named() -> None:
    from lookalike.mock_data_generator import MetadataTemplate, SyntheticDataGenerator

    cyclic = _template(relationships=[{"from_field": "teams.leadId", "to_field": "employees.id"}])
    generator = SyntheticDataGenerator(MetadataTemplate.from_dict(cyclic), seed=1)
    with pytest.raises(ValueError, match=r"Circular dependency detected.*employees.*teams"):
        generator.generate_all()


def test_faker_methods_map_to_native_kinds_or_the_passthrough() -> None:
    data = _template()
    data["entities"][1]["fields"] += [
        {"name": "email", "type": "string", "pii": True, "faker_method": "email"},
        {
            "name": "industry",
            "type": "string",
            "faker_method": "random_element",
            "faker_args": {"elements": ["Tech", "Retail"]},
        },
        {"name": "motto", "type": "string", "faker_method": "catch_phrase"},
    ]
    fields = spec_from_dict(data).tables["employees"].fields
    assert fields["email"].kind == "internet"
    assert fields["email"].pii
    assert fields["industry"].kind == "choice"
    assert fields["motto"].kind == "faker"


def test_verbatim_quick_start_without_teams_fails_as_the_tool_said(
    hr_api: str, hr_token: str, tmp_path: Path
) -> None:
    from lookalike.mock_data_generator import MetadataTemplate, RestApiExtractor
    from lookalike.mock_data_generator.metadata_extractor import Relationship

    extractor = RestApiExtractor(base_url=hr_api, api_token=hr_token)
    template = MetadataTemplate(source="alexis", source_type="rest_api", base_url=hr_api)
    template.add_entity(
        extractor.extract_entity(
            endpoint="/employee",
            entity_name="employees",
            bronze_table="bronze_alexis_employees",
            row_count=200,
            query_params={"limit": 1, "relations": "teamReference"},
        )
    )
    template.add_relationship(Relationship("employees.teamId", "teams.id"))
    template.save(tmp_path / "metadata_alexis.json")
    from lookalike.mock_data_generator import SyntheticDataGenerator

    generator = SyntheticDataGenerator(MetadataTemplate.load(tmp_path / "metadata_alexis.json"))
    with pytest.raises(ValueError, match=r"Cannot generate FK for employees\.teamId"):
        generator.generate_all()
