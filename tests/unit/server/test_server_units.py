"""Server pieces in-process: seed field mapping, limits, error bodies, lazy imports."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from lookalike.server.errors import ApiError
from lookalike.server.field_lists import field_spec, spec_from_fields
from lookalike.server.limits import wait_for_key
from lookalike.server.settings import Settings
from lookalike.spec import spec_from_dict

#: The ``client`` fixture (tests/unit/server/conftest.py): (method, path, **options) -> response.
Call = Any


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ({"name": "id", "field_type": "uuid"}, {"kind": "uuid"}),
        ({"name": "name", "type": "string"}, {"kind": "person", "attribute": "full_name"}),
        (
            {"name": "notes", "type": "string"},
            {"kind": "text", "unit": "sentences", "min_count": 1, "max_count": 3},
        ),
        ({"name": "email", "field_type": "email"}, {"kind": "internet", "attribute": "email"}),
        (
            {"name": "age", "type": "integer", "constraints": {"min_value": 18, "max_value": 80}},
            {"kind": "person", "attribute": "age", "min_age": 18, "max_age": 80},
        ),
        (
            {"name": "s", "type": "choice", "constraints": {"values": ["a", "b"]}},
            {"kind": "choice", "values": ["a", "b"]},
        ),
        ({"name": "x", "type": "float", "nullable": True}, {"kind": "float", "null_rate": 0.05}),
    ],
)
def test_seed_fields_become_spec_fields(field: dict[str, Any], expected: dict[str, Any]) -> None:
    assert field_spec(field) == expected


def test_every_seed_type_makes_a_valid_spec() -> None:
    from lookalike.server.field_lists import TYPES

    fields = [{"name": f"f_{name}", "type": name} for name in TYPES]
    spec_from_dict(spec_from_fields(fields))


@pytest.mark.parametrize(
    ("field", "named"),
    [
        ({"name": "x", "type": "colour"}, "unknown type 'colour'"),
        ({"name": "x", "type": "choice"}, "constraints.values"),
        ({"name": "x", "type": "integer", "constraints": [1]}, "constraints must be an object"),
    ],
)
def test_bad_seed_fields_name_the_problem(field: dict[str, Any], named: str) -> None:
    with pytest.raises(ApiError, match=named):
        field_spec(field)


def test_rate_limit_window_is_per_key(tmp_path: Path) -> None:
    from lookalike.jobs.store import JobStore

    store = JobStore(f"sqlite:///{tmp_path}/s.db")
    try:
        assert wait_for_key(store, "a", 1, now=0.0) is None
        assert wait_for_key(store, "a", 1, now=30.0) == 30
        assert wait_for_key(store, "b", 1, now=30.0) is None
        assert wait_for_key(store, "a", 1, now=60.0) is None  # a new window
    finally:
        store.close()


async def _pieces(*parts: bytes) -> AsyncIterator[bytes]:
    for part in parts:
        yield part


def test_chunked_bodies_over_the_limit_get_413(client: Call) -> None:
    json_type = {"content-type": "application/json"}
    body = _pieces(b'{"template": "user", "locale": "', b"x" * 4096, b'"}')
    answer = client("POST", "/v1/preview", content=body, headers=json_type)
    assert answer.status_code == 413
    assert "LOOKALIKE_MAX_BODY_BYTES" in answer.json()["detail"]
    small = _pieces(b'{"template": "user", "rows": 2}')
    done = client("POST", "/v1/preview", content=small, headers=json_type)
    assert done.status_code == 200
    assert done.json()["rows"] == 2


def test_validation_errors_name_the_field(client: Call) -> None:
    answer = client("POST", "/v1/stream", json={"template": "user", "rows": -1})
    assert answer.status_code == 422
    assert answer.json()["field"] == "rows"
    assert answer.json()["detail"].startswith("rows: ")
    several = client(
        "POST",
        "/v1/stream",
        json={
            "spec": {
                "tables": {
                    "a": {"fields": {"n": {"kind": "sequence"}}},
                    "b": {"fields": {"n": {"kind": "sequence"}}},
                }
            }
        },
    )
    assert several.status_code == 422
    assert "pass `table`" in several.json()["detail"]


def test_locales_without_real_places_get_a_4xx_naming_the_way_out(client: Call) -> None:
    spec = {"locale": "ko_KR", "tables": {"t": {"rows": 2, "fields": {
        "town": {"kind": "address", "attribute": "town"}}}}}  # fmt: skip
    answer = client("POST", "/v1/preview", json={"spec": spec})
    assert answer.status_code == 422
    detail = answer.json()["detail"]
    assert detail.startswith("tables.t.fields.town.locale: ")
    assert "no real places for 'ko_KR'" in detail
    assert "kind: faker" in detail
    spec["locale"] = "sv_SE"
    assert client("POST", "/v1/preview", json={"spec": spec}).status_code == 200


def test_settings_read_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LOOKALIKE_HOME", str(tmp_path))
    monkeypatch.setenv("LOOKALIKE_RETENTION_DAYS", "2.5")
    monkeypatch.setenv("LOOKALIKE_DATABASE_URL", "postgresql://u@h/db")
    settings = Settings()
    assert settings.retention_days == 2.5
    assert settings.resolved_database_url == "postgresql://u@h/db"
    assert settings.jobs_dir == tmp_path.absolute() / "jobs"


def test_importing_lookalike_does_not_import_the_service() -> None:
    code = (
        "import sys, lookalike, lookalike.cli.main; "
        "print(sorted(m for m in ('fastapi', 'sqlalchemy', 'uvicorn', 'alembic') "
        "if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_every_setting_is_in_the_docs_table() -> None:
    docs = (Path(__file__).resolve().parents[3] / "docs" / "service.md").read_text()
    rows = {
        line.split("|")[1].strip().strip("`"): line.split("|")[2].strip().strip("`")
        for line in docs.splitlines()
        if line.startswith("| `LOOKALIKE_")
    }
    for name, field in Settings.model_fields.items():
        variable = f"LOOKALIKE_{name.upper()}"
        assert variable in rows, f"{variable} missing from docs/service.md"
        if isinstance(field.default, bool | int | float):
            default = str(field.default).lower()
            assert rows[variable] in {default, default.removesuffix(".0")}, variable


def test_the_apis_formats_are_the_format_tables() -> None:
    from typing import get_args

    from lookalike.server.models import Format, TextFormat
    from lookalike.sinks.formats import FORMATS, TEXT

    assert set(get_args(Format)) == set(FORMATS)
    assert set(get_args(TextFormat)) == set(TEXT)


def test_security_headers_on_every_answer(client: Call) -> None:
    answer = client("GET", "/health")
    assert answer.headers["X-Content-Type-Options"] == "nosniff"
    assert answer.headers["X-Frame-Options"] == "DENY"
    assert "script-src 'self'" in answer.headers["Content-Security-Policy"]
    assert "no-store" not in answer.headers.get("Cache-Control", "")
    missing = client("GET", "/v1/jobs/nope/download")
    assert missing.headers["Cache-Control"] == "no-store"


def test_dev_mode_answers_only_loopback_hosts(client: Call) -> None:
    assert client("GET", "/health", headers={"Host": "localhost:8000"}).status_code == 200
    rebound = client("GET", "/health", headers={"Host": "evil.example:8000"})
    assert rebound.status_code == 421
    assert rebound.json()["field"] == "Host"


def test_the_api_docs_load_their_scripts_from_the_package(client: Call) -> None:
    for page in ("/docs", "/redoc"):
        html = client("GET", page).text
        scripts = re.findall(r'<script src="([^"]+)"', html)
        assert scripts, page
        assert "http" not in html.split("<body>")[1], page  # nothing from elsewhere
        for script in scripts:
            served = client("GET", script)
            assert served.status_code == 200, script
            assert len(served.content) > 100
    assert "<script>" not in client("GET", "/docs").text  # no inline script for the CSP


def test_keys_in_urls_are_masked_in_the_access_log() -> None:
    import logging

    from lookalike.server.security import RedactKeys

    record = logging.LogRecord(
        "uvicorn.access", logging.INFO, "", 0, '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5", "GET", "/api/jobs?api_key=lk_id_secret&page=1", "1.1", 200), None,
    )  # fmt: skip
    RedactKeys().filter(record)
    assert "secret" not in record.getMessage()
    assert "api_key=***" in record.getMessage()
