"""The APIs lookalike replaces, as their users call them: names, bounds, locale, static key."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import lookalike
from lookalike.planning import load_template
from lookalike.server.field_lists import field_name, spec_from_fields
from lookalike.server.settings import Settings

Call = Any  # the client fixtures of conftest.py: (method, path, **options) -> response
MakeClient = Callable[[Settings], Call]


def test_field_names_stay_as_written() -> None:
    spec = spec_from_fields([{"name": "customerEmail", "type": "email"},
                             {"name": "Date of birth", "type": "date"}])  # fmt: skip
    assert list(spec["tables"]["data"]["fields"]) == ["customerEmail", "Date_of_birth"]
    assert field_name("2nd line") == "f_2nd_line"


def test_a_custom_template_is_used_by_the_name_it_was_created_with(client: Call) -> None:
    created = client("POST", "/api/templates", json={
        "name": "Customer Profile", "description": "Custom customer data template",
        "schema_fields": [{"name": "id", "field_type": "uuid"},
                          {"name": "email", "field_type": "email"}]})  # fmt: skip
    assert created.status_code == 201, created.text
    job = client("POST", "/api/generate",
                 json={"data_type": "Customer Profile", "record_count": 100})  # fmt: skip
    assert job.status_code == 202, job.text


@pytest.mark.parametrize("count", [99, 1_000_001])
def test_record_count_keeps_the_platforms_bounds(client: Call, count: int) -> None:
    answer = client("POST", "/api/generate", json={"data_type": "user", "record_count": count})
    assert answer.status_code == 422
    assert answer.json()["field"] == "record_count"
    assert ("100" if count < 100 else "1000000") in answer.json()["detail"]


def test_data_types_list_exactly_the_fields_of_their_files(client: Call) -> None:
    listed = {t["name"]: t["fields"] for t in client("GET", "/api/data-types").json()}
    for name, fields in listed.items():
        made = lookalike.generate(load_template(name), rows=2, seed=1)
        assert fields == made.column_names, name


def test_the_job_api_honours_locale(client: Call) -> None:
    fields = [{"name": "name", "type": "string"}, {"name": "city", "type": "city"}]
    created = client("POST", "/jobs/create", json={
        "schema": {"fields": fields}, "total_rows": 20, "seed": 5, "locale": "de_DE"})  # fmt: skip
    assert created.status_code == 202, created.text
    preview = client("GET", f"/jobs/{created.json()['job_id']}/preview?rows=20").json()["data"]
    spec = spec_from_fields(fields, rows=20)
    german = lookalike.generate(spec, seed=5, locale="de_DE").to_pylist()
    american = lookalike.generate(spec, seed=5, locale="en_US").to_pylist()
    assert preview == german
    assert preview != american


def test_an_unknown_locale_is_refused_wherever_it_is_given(client: Call) -> None:
    answer = client("POST", "/v1/preview", json={"template": "base-types", "locale": "xx_XX"})
    assert answer.status_code == 422
    assert answer.json()["field"] == "locale"
    with pytest.raises(lookalike.SpecError, match="unknown locale 'xx_XX'"):
        lookalike.resolve("examples/base-types.yaml", locale="xx_XX")


def test_the_static_api_key_setting_opens_the_api(
    make_client: MakeClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("API_KEY", "dev-api-key-123456")
    call = make_client(Settings(home=tmp_path, workers=1))
    assert call("GET", "/api/templates", headers={"X-API-Key": "dev-api-key-123456"}).is_success
    assert call("GET", "/api/templates?api_key=dev-api-key-123456").is_success
    assert call("GET", "/api/templates", headers={"X-API-Key": "wrong"}).status_code == 401


def test_a_bug_is_a_500_with_a_request_id_in_the_log(
    make_client: MakeClient, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    call = make_client(Settings(home=tmp_path, dev=True, workers=1))

    def broken() -> None:
        raise KeyError("a bug, not bad input")

    call.app.add_api_route("/boom", broken)
    with caplog.at_level(logging.ERROR, logger="lookalike.server"):
        answer = call("GET", "/boom", headers={"X-Request-ID": "trace-42"})
    assert answer.status_code == 500
    assert answer.headers["X-Request-ID"] == "trace-42"
    assert answer.json()["request_id"] == "trace-42"
    assert "KeyError" in answer.json()["detail"]
    assert any("trace-42" in r.getMessage() and r.exc_info for r in caplog.records)
    assert call("GET", "/health").headers["X-Request-ID"]  # every answer carries one


def test_the_mock_data_api_gives_unique_records(client: Call) -> None:
    import json
    import re

    answer = client("POST", "/api/mock-data", json={"count": 3000, "seed": 42,
                                                   "email_domain": "testcorp.co.uk"})  # fmt: skip
    assert answer.status_code == 200
    people = json.loads(answer.content)
    assert len(people) == 3000
    assert len({(p["first_name"], p["last_name"]) for p in people}) == 3000
    assert len({p["email"] for p in people}) == 3000
    for person in people[:200]:
        assert re.fullmatch(r"[a-z'-]+\.[a-z'-]+\.\d+@testcorp\.co\.uk", person["email"])
