"""``POST /v1/specs/extract`` in-process: REST, documents, uploads, SQL, and egress refusals."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from hr_api import hr_api_fixture, hr_token_fixture  # noqa: F401 (fixtures)

from lookalike.server.app import create_app
from lookalike.server.settings import Settings

Call = Callable[..., httpx.Response]


def _client(home: Path, allow: list[str]) -> Call:
    app = create_app(Settings(home=home, dev=True, workers=1, egress_allow=allow))

    async def send(method: str, path: str, **options: Any) -> httpx.Response:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
                return await http.request(method, path, **options)

    def call(method: str, path: str, **options: Any) -> httpx.Response:
        return asyncio.run(send(method, path, **options))

    return call


def test_rest_extraction_through_the_service(hr_api: str, hr_token: str, tmp_path: Path) -> None:
    call = _client(tmp_path, ["127.0.0.1/32"])
    response = call(
        "POST",
        "/v1/specs/extract",
        json={
            "source": "rest",
            "url": hr_api,
            "endpoints": ["/teams", "/employee=employees"],
            "token": hr_token,
        },
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["spec"]["tables"]["employees"]["fields"]["teamId"] == {"ref": "teams.id"}
    assert {
        "from": "employees.teamId",
        "to": "teams.id",
        "resolved": 1.0,
        "checked": 200,
        "by": "values",
    } in body["report"]["references"]
    assert hr_token not in response.text


def test_loopback_is_refused_unless_allow_listed(
    hr_api: str, hr_token: str, tmp_path: Path
) -> None:
    call = _client(tmp_path, [])
    for body in (
        {"source": "rest", "url": hr_api, "endpoints": ["/teams"], "token": hr_token},
        {"source": "openapi", "url": hr_api + "/openapi.json"},
        {"source": "sql", "url": "postgresql://postgres@127.0.0.1/test"},
        {"source": "sql", "url": "sqlite:////etc/passwd"},
        {"source": "sql", "url": f"sqlite:///{tmp_path}/lookalike.db"},
        {"source": "sql", "url": "sqlite:///../lookalike.db"},
    ):
        response = call("POST", "/v1/specs/extract", json=body)
        assert response.status_code == 403, response.text
        assert "refused" in response.json()["detail"]


def test_inline_document_and_template_format(tmp_path: Path) -> None:
    call = _client(tmp_path, [])
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t"},
        "components": {
            "schemas": {
                "Pet": {
                    "type": "object",
                    "properties": {"id": {"type": "integer"}, "tag": {"type": "string"}},
                }
            }
        },
    }
    response = call(
        "POST",
        "/v1/specs/extract",
        json={"source": "openapi", "document": document, "format": "metadata-template"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["template"]["entities"][0]["name"] == "Pet"


def test_uploaded_file_with_profile(tmp_path: Path) -> None:
    call = _client(tmp_path, [])
    csv = "id,region\n" + "".join(f"{i},{['north', 'south'][i % 2]}\n" for i in range(60))
    response = call(
        "POST", "/v1/specs/extract", files={"file": ("stores.csv", csv)}, data={"profile": "true"}
    )
    assert response.status_code == 200, response.text
    region = response.json()["spec"]["tables"]["stores"]["fields"]["region"]
    assert region["kind"] == "empirical"
    assert region["weights"] == [30, 30]


def test_bad_requests_are_4xx(tmp_path: Path) -> None:
    call = _client(tmp_path, [])
    assert call("POST", "/v1/specs/extract", json={"source": "ftp"}).status_code == 422
    assert call("POST", "/v1/specs/extract", json={"source": "rest"}).status_code == 422
    response = call("POST", "/v1/specs/extract", json={"source": "rest", "url": "gopher://x/"})
    assert response.status_code == 403


def test_bad_upload_options_are_422(tmp_path: Path) -> None:
    call = _client(tmp_path, [])
    for data in ({"k": "many"}, {"format": "xml"}):
        response = call(
            "POST", "/v1/specs/extract", files={"file": ("a.csv", "id\n1\n")}, data=data
        )
        assert response.status_code == 422, response.text
    assert (
        call("POST", "/v1/specs/extract", files={"other": ("a.csv", "id\n1\n")}).status_code == 422
    )


SERVICE_PAYLOADS = [
    "http://127.0.0.1/",
    "http://2130706433/",
    "http://0x7f.1/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://169.254.169.254/latest/meta-data/",
    "http://metadata.google.internal/",
    "http://10.0.0.1/",
    "http://localhost/",
    "file:///etc/passwd",
    "gopher://127.0.0.1:6379/_INFO",
    "http://[fd00:ec2::254]/",
]


@pytest.mark.parametrize("source", ["rest", "openapi", "json-schema"])
def test_the_route_refuses_what_the_policy_refuses(source: str, tmp_path: Path) -> None:
    call = _client(tmp_path, [])
    for url in SERVICE_PAYLOADS:
        response = call("POST", "/v1/specs/extract", json={"source": source, "url": url})
        assert response.status_code == 403, (url, response.text)
