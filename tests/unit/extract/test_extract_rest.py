"""REST extraction against a real HTTP server on loopback: pagination, auth, kinds, references."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hr_api import hr_api_fixture, hr_token_fixture, make_data  # noqa: F401 (fixtures)
from typer.testing import CliRunner

from lookalike.cli.main import app
from lookalike.extract.records import flatten
from lookalike.extract.rest import Auth, ExtractionError, extract_rest
from lookalike.extract.stats import fit_children

ENDPOINTS = ["/departments", "/offices", "/teams", "/employee=employees", "/compensation"]


@pytest.fixture(scope="module")
def extracted(hr_api: str) -> Any:
    from hr_api import TOKEN

    return extract_rest(hr_api, ENDPOINTS, auth=Auth.from_secret(TOKEN))


def test_every_pagination_style_reads_every_record(extracted: Any) -> None:
    data = make_data()
    notes = "\n".join(extracted.notes)
    for name, source in [
        ("departments", "departments"),
        ("offices", "offices"),
        ("teams", "teams"),
        ("employees", "employee"),
        ("compensation", "compensation"),
    ]:
        assert f"{name}: {len(data[source]):,} records sampled" in notes
        assert extracted.spec["tables"][name]["rows"] == len(data[source])


def test_sample_cap_stops_paging(hr_api: str, hr_token: str) -> None:
    result = extract_rest(hr_api, ["/employee"], auth=Auth.from_secret(hr_token), cap=30)
    assert result.spec["tables"]["employee"]["rows"] == 30


def test_kinds_come_from_values_and_names(extracted: Any) -> None:
    employees = extracted.spec["tables"]["employees"]["fields"]
    assert employees["id"]["kind"] == "uuid"
    assert employees["id"]["unique"]
    assert employees["contact_email"]["kind"] == "internet"
    assert employees["contact_phone"]["kind"] == "phone"
    assert employees["startDate"]["kind"] == "date"
    assert employees["status"]["kind"] == "choice"
    assert set(employees["status"]["values"]) == {"active", "on_leave", "terminated"}
    assert all(employees[c].get("pii") for c in ("firstName", "lastName", "contact_email"))
    compensation = extracted.spec["tables"]["compensation"]["fields"]
    assert compensation["amount"]["kind"] == "decimal"
    assert compensation["amount"]["scale"] == 2
    assert compensation["currency"] == {
        "kind": "choice",
        "values": compensation["currency"]["values"],
        "weights": compensation["currency"]["weights"],
    }
    assert set(compensation["currency"]["values"]) == {"SEK", "NOK", "DKK"}
    offices = extracted.spec["tables"]["offices"]["fields"]
    assert offices["id"]["kind"] == "pattern"
    assert offices["id"]["pattern"] == "???-###"


def test_references_found_by_value_overlap(extracted: Any) -> None:
    found = {(r.child, r.parent): r for r in extracted.references}
    for child, parent in [
        ("employees.teamId", "teams.id"),
        ("employees.departmentId", "departments.id"),
        ("employees.officeId", "offices.id"),
        ("teams.departmentId", "departments.id"),
        ("compensation.employeeId", "employees.id"),
    ]:
        assert found[(child, parent)].resolved == 1.0
        table, column = child.split(".")
        assert extracted.spec["tables"][table]["fields"][column] == {"ref": parent}
    assert "employees.teamId -> teams.id: 100% of 200 sampled values resolve" in "\n".join(
        extracted.report_lines()
    )


def test_nested_arrays_become_child_tables(extracted: Any) -> None:
    skills = extracted.spec["tables"]["employees_skills"]
    assert skills["fields"]["employee_id"] == {"ref": "employees.id"}
    counts = [len(e["skills"]) for e in make_data()["employee"]]
    assert skills["rows"] == {"per": "employees", **fit_children(counts)}


def test_spec_generates_with_every_key_intact(extracted: Any, tmp_path: Path) -> None:
    from lookalike.api import write
    from lookalike.check import check_files
    from lookalike.spec import spec_from_dict

    spec = spec_from_dict(extracted.spec)
    written = write(spec, tmp_path, seed=3, format="parquet")
    assert written.rows["employees"] == 200
    report = check_files(spec, tmp_path)
    assert report.ok, [r for r in report.results if r.violations]


def test_token_never_reaches_the_spec_or_output(hr_api: str, hr_token: str, tmp_path: Path) -> None:
    out = tmp_path / "hr.yaml"
    result = CliRunner().invoke(
        app,
        [
            "extract",
            hr_api,
            "-e",
            "/teams",
            "-e",
            "/employee=employees",
            "--token-env",
            "HR_TOKEN",
            "--query",
            "limit=50",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert hr_token not in out.read_text()
    assert hr_token not in result.output
    assert "employees.teamId -> teams.id" in result.output


def test_wrong_token_is_one_clear_error(hr_api: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HR_TOKEN", "wrong-token-123")
    result = CliRunner().invoke(app, ["extract", hr_api, "-e", "/teams", "--token-env", "HR_TOKEN"])
    assert result.exit_code == 2
    assert "HTTP 401" in result.output
    assert "wrong-token-123" not in result.output
    with pytest.raises(ExtractionError, match="GET /teams: HTTP 401"):
        extract_rest(hr_api, ["/teams"])


def test_missing_token_variable_names_it(hr_api: str) -> None:
    result = CliRunner().invoke(app, ["extract", hr_api, "-e", "/t", "--token-env", "NO_SUCH_VAR"])
    assert result.exit_code == 2
    assert "NO_SUCH_VAR" in result.output


def test_auth_styles_build_their_headers() -> None:
    assert Auth.from_secret("t").headers() == {"Authorization": "Bearer t"}
    assert Auth.from_secret("u:p", "basic").headers() == {"Authorization": "Basic dTpw"}
    assert Auth.from_secret("k", "header:X-API-Key").headers() == {"X-API-Key": "k"}
    assert "k" not in repr(Auth.from_secret("k", "header:X-API-Key"))


def test_mixed_types_and_scalar_arrays_are_reported_not_fatal() -> None:
    problems: list[Any] = []
    tables = flatten(
        "t", [{"id": 1, "v": 1, "tags": ["a"]}, {"id": 2, "v": "x", "tags": []}], "GET /t", problems
    )
    assert [t.name for t in tables] == ["t", "t_tags"]
    assert str(problems[0]) == "GET /t.v: values of mixed types; read as strings"


@pytest.mark.parametrize(("endpoint", "rows"), [("/locations", 7), ("/issues", 10), ("/deals", 14)])
def test_more_pagination_styles(hr_api: str, hr_token: str, endpoint: str, rows: int) -> None:
    result = extract_rest(hr_api, [endpoint], auth=Auth.from_secret(hr_token))
    assert result.spec["tables"][endpoint.strip("/")]["rows"] == rows


def test_a_personal_number_keeps_no_ones_value_as_a_bound(extracted: Any) -> None:
    salary = extracted.spec["tables"]["employees"]["fields"]["salary"]
    assert salary["pii"]
    assert salary["kind"] == "integer"
    sampled = {e["salary"] for e in make_data()["employee"]}
    assert salary["min_value"] not in sampled
    assert salary["max_value"] not in sampled
    assert salary["min_value"] > min(sampled)
    assert salary["max_value"] < max(sampled) + 10_000
