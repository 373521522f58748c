"""POST /v1/specs/from-text and seed 002's POST /schema/extract, through FastAPI's TestClient."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from lookalike.server.app import create_app
from lookalike.server.settings import Settings
from lookalike.spec import spec_from_dict

with warnings.catch_warnings():
    # Starlette asks for httpx2 in its test client; httpx (what the project ships) still works.
    warnings.filterwarnings("ignore", message=".*httpx2", category=UserWarning)
    from fastapi.testclient import TestClient

SEED_002 = (
    "Generate 1000 customer records with:\n- Full name\n- Email address (valid format)\n"
    "- Phone number (US format)\n- Age between 18-80\n- Registration date from the last 2 years\n"
    "- Account status (active, inactive, suspended)\n- Account balance between $0-10000"
)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    home: Path = tmp_path_factory.mktemp("home")
    with TestClient(create_app(Settings(home=home, dev=True)), base_url="http://127.0.0.1") as http:
        yield http


def test_from_text_returns_a_valid_spec_and_the_report(client: TestClient) -> None:
    answer = client.post("/v1/specs/from-text", json={"text": SEED_002 + "\n- shoe gravity"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    table = spec_from_dict(body["spec"]).tables["customers"]
    assert table.rows == 1000
    assert table.fields["age"].model_dump()["min_age"] == 18
    assert body["understood"] is False
    [unclear] = body["not_understood"]
    assert unclear["text"] == "shoe gravity"
    assert SEED_002.__len__() + 3 == unclear["start"]  # after "\n- "
    assert body["provider"] == "offline"


def test_from_text_honours_the_locale(client: TestClient) -> None:
    body = client.post(
        "/v1/specs/from-text", json={"text": "10 users with name", "locale": "de_DE"}
    ).json()
    assert body["spec"]["locale"] == "de_DE"
    assert body["understood"] is True


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"text": ""}, "text"),
        ({"text": "x" * 20_001}, "text"),
        ({"text": "name", "provider": "claude"}, "provider"),
        ({"text": "name", "extra": 1}, "extra"),
    ],
)
def test_bad_requests_are_422_naming_the_field(
    client: TestClient, payload: dict[str, object], field: str
) -> None:
    answer = client.post("/v1/specs/from-text", json=payload)
    assert answer.status_code == 422
    assert field in answer.text
    assert "Traceback" not in answer.text


def test_a_sentence_without_fields_is_a_clear_422(client: TestClient) -> None:
    answer = client.post("/v1/specs/from-text", json={"text": "please and thank you"})
    assert answer.status_code == 422
    assert "found no fields" in answer.json()["detail"]


def test_an_unknown_locale_is_a_clear_422(client: TestClient) -> None:
    answer = client.post(
        "/v1/specs/from-text", json={"text": "5 users with name", "locale": "xx_XX"}
    )
    assert answer.status_code == 422
    assert "xx_XX" in answer.json()["detail"]


def test_schema_extract_answers_in_seed_002_shape(client: TestClient) -> None:
    text = "Generate employee data with name, email, department, and salary"
    answer = client.post("/schema/extract", json={"user_input": text})
    assert answer.status_code == 200, answer.text
    fields = answer.json()["schema"]["fields"]
    assert [f["name"] for f in fields] == ["name", "email", "department", "salary"]
    assert all({"name", "type", "description"} <= set(f) for f in fields)
    by_name = {f["name"]: f for f in fields}
    assert by_name["email"]["type"] == "email"
    assert by_name["salary"]["type"] == "integer"


def test_schema_extract_round_trips_through_jobs_create(client: TestClient) -> None:
    extracted = client.post("/schema/extract", json={"user_input": SEED_002}).json()
    by_name = {f["name"]: f for f in extracted["schema"]["fields"]}
    assert by_name["age"]["constraints"] == {"min_value": 18, "max_value": 80}
    assert by_name["account_status"]["constraints"]["values"] == ["active", "inactive", "suspended"]
    created = client.post(
        "/jobs/create", json={"schema": extracted["schema"], "total_rows": 50, "seed": 3}
    )
    assert created.status_code == 202, created.text


def test_a_model_provider_without_a_key_is_a_clear_422(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("GEMINI_API_KEY", "GOOGLE_API_KEY", "LOOKALIKE_LLM_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    answer = client.post("/v1/specs/from-text", json={"text": "5 users", "provider": "gemini"})
    assert answer.status_code == 422
    assert "no API key for gemini" in answer.json()["detail"]


def test_from_text_with_a_model_behind_the_openai_sdk(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pytest.importorskip("openai", reason="the llm extra is not installed")
    from fake_llm_server import FakeLlm

    fake = FakeLlm().start()
    try:
        spec = {"tables": {"users": {"rows": 5, "fields": {"email": {"kind": "internet"}}}}}
        fake.reply(json.dumps(spec))
        monkeypatch.setenv("LOOKALIKE_LLM_BASE_URL", f"{fake.url}/v1")
        monkeypatch.setenv("LOOKALIKE_LLM_API_KEY", "k")
        monkeypatch.setenv("LOOKALIKE_LLM_CACHE_DIR", str(tmp_path))
        body = client.post(
            "/v1/specs/from-text", json={"text": "5 users with email", "provider": "openai"}
        ).json()
    finally:
        fake.stop()
    assert body["provider"] == "openai"
    assert body["spec"]["tables"]["users"]["rows"] == 5
    assert any("drafted by openai" in note for note in body["notes"])


def test_model_calls_have_a_budget_per_key(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lookalike.server.routes import sentences

    monkeypatch.setattr(sentences, "_BUDGET", sentences.ModelBudget(per_day=0))
    answer = client.post("/v1/specs/from-text", json={"text": "5 users", "provider": "openai"})
    assert answer.status_code == 429
    assert "model-drafted specs for today" in answer.json()["detail"]
    offline = client.post("/v1/specs/from-text", json={"text": "5 users with email"})
    assert offline.status_code == 200
