"""An HR-style REST API served on loopback for extraction tests (a real HTTP server).

Five resources, each paginated another way, behind a bearer token:

* ``/v1/departments``: ``{"data": [...], "page": n, "total_pages": m}`` (page/limit);
* ``/v1/offices``: a plain list, no pagination;
* ``/v1/teams``: ``{"items": [...], "next_cursor": "..."}`` (cursor);
* ``/v1/employee``: a list with a ``Link: <...>; rel="next"`` header; nested
  ``address`` and ``contact`` objects and a ``skills`` array;
* ``/v1/compensation``: ``{"results": [...], "next": "/v1/compensation?offset=..."}``;
* ``/v1/locations`` (HAL ``_embedded`` and ``_links.next.href``), ``/v1/issues`` (Jira's
  ``startAt``/``total``) and ``/v1/deals`` (HubSpot's ``paging.next.after``).

The data is made once from a fixed seed, so tests can compare against it. Test modules
import the ``hr_api`` and ``hr_token`` fixtures from here (a conftest.py would clash with
the root one under mypy, the tests having no packages).
"""

from __future__ import annotations

import json
import random
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest

TOKEN = "hr-secret-token-7f3a"
FIRST = ["Anna", "Ben", "Carla", "Dev", "Ella", "Farid", "Greta", "Hugo", "Ines", "Jon"]
LAST = ["Berg", "Costa", "Dahl", "Evans", "Fischer", "Garcia", "Holm", "Ito", "Jensen"]
CITIES = [("Stockholm", "SE"), ("Oslo", "NO"), ("Copenhagen", "DK")]


def make_data(seed: int = 7) -> dict[str, list[dict[str, Any]]]:
    """Departments, offices, teams, employees and compensation, with consistent keys."""
    rng = random.Random(seed)
    departments = [
        {"id": i, "name": n, "costCenter": f"CC-{100 + i}"}
        for i, n in enumerate(["Engineering", "Sales", "People", "Finance", "Ops"], 1)
    ]
    offices = [
        {"id": f"OFF-{i:03d}", "city": c, "countryCode": cc, "openedOn": f"201{i}-0{i}-15"}
        for i, (c, cc) in enumerate(CITIES, 1)
    ]
    teams = [
        {
            "id": 100 + i,
            "name": f"Team {i}",
            "departmentId": rng.randint(1, 5),
            "createdAt": f"2020-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T09:30:00Z",
        }
        for i in range(1, 11)
    ]
    employees = []
    for i in range(200):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        city, country = rng.choice(CITIES)
        employees.append(
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "firstName": first,
                "lastName": last,
                "contact": {
                    "email": f"{first}.{last}{i}@example.com".lower(),
                    "phone": f"+46 70 {rng.randint(100, 999)} {rng.randint(10, 99)} "
                    f"{rng.randint(10, 99)}",
                },
                "address": {
                    "street": f"{rng.randint(1, 99)} Main Street",
                    "city": city,
                    "country": country,
                },
                "teamId": rng.choice(teams)["id"],
                "departmentId": rng.randint(1, 5),
                "officeId": rng.choice(offices)["id"],
                "status": rng.choice(["active", "active", "active", "on_leave", "terminated"]),
                "salary": rng.randint(31000, 148000),
                "startDate": f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-"
                f"{rng.randint(1, 28):02d}",
                "skills": [
                    {
                        "name": rng.choice(["sql", "python", "excel", "sales"]),
                        "level": rng.randint(1, 5),
                    }
                    for _ in range(rng.randint(0, 4))
                ],
            }
        )
    compensation = [
        {
            "id": 5000 + i,
            "employeeId": e["id"],
            "amount": round(rng.uniform(30000, 150000), 2),
            "currency": rng.choice(["SEK", "NOK", "DKK"]),
            "effectiveDate": f"2024-{rng.randint(1, 12):02d}-01",
        }
        for i, e in enumerate(employees)
    ]
    extra: dict[str, list[dict[str, Any]]] = {
        "locations": [{"id": i, "name": f"Site {i}"} for i in range(1, 8)],
        "issues": [{"id": f"HR-{i}", "summary": f"Issue {i}"} for i in range(1, 11)],
        "deals": [{"id": i, "amount": 1000 * i} for i in range(1, 15)],
    }
    return {
        "departments": departments,
        "offices": offices,
        "teams": teams,
        "employee": employees,
        "compensation": compensation,
        **extra,
    }


class _Handler(BaseHTTPRequestHandler):
    data: ClassVar[dict[str, list[dict[str, Any]]]] = {}

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self) -> None:  # http.server's name for it
        if self.headers.get("Authorization") != f"Bearer {TOKEN}":
            self._send(401, {"error": "unauthorized"})
            return
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        resource = parts.path.removeprefix("/v1/").strip("/")
        rows = self.data.get(resource)
        if rows is None:
            self._send(404, {"error": "not found"})
            return
        limit = int(query.get("limit", "25"))
        if resource == "departments":
            page = int(query.get("page", "1"))
            pages = -(-len(rows) // 2)
            self._send(
                200, {"data": rows[(page - 1) * 2 : page * 2], "page": page, "total_pages": pages}
            )
        elif resource == "offices":
            self._send(200, rows)
        elif resource == "teams":
            start = int(query.get("cursor", "0"))
            chunk = rows[start : start + 4]
            following = start + 4
            self._send(
                200,
                {"items": chunk, "next_cursor": str(following) if following < len(rows) else None},
            )
        elif resource == "employee":
            start = int(query.get("start", "0"))
            chunk = rows[start : start + limit]
            headers = {}
            if start + limit < len(rows):
                host = self.headers.get("Host")
                headers["Link"] = (
                    f'<http://{host}/v1/employee?start={start + limit}&limit={limit}>; rel="next"'
                )
            self._send(200, chunk, headers)
        elif resource == "locations":  # HAL: records under _embedded, next under _links
            start = int(query.get("start", "0"))
            links = {"self": {"href": self.path}}
            if start + 2 < len(rows):
                links["next"] = {"href": f"/v1/locations?start={start + 2}"}
            self._send(200, {"_embedded": {"locations": rows[start : start + 2]}, "_links": links})
        elif resource == "issues":  # Jira: startAt, maxResults, total
            start = int(query.get("startAt", "0"))
            self._send(
                200,
                {
                    "startAt": start,
                    "maxResults": 3,
                    "total": len(rows),
                    "issues": rows[start : start + 3],
                },
            )
        elif resource == "deals":  # HubSpot: paging.next.after
            after = int(query.get("after", "0"))
            paging = {"next": {"after": str(after + 4)}} if after + 4 < len(rows) else {}
            self._send(200, {"results": rows[after : after + 4], "paging": paging})
        else:
            offset = int(query.get("offset", "0"))
            chunk = rows[offset : offset + limit]
            following = offset + limit
            self._send(
                200,
                {
                    "results": chunk,
                    "count": len(rows),
                    "next": f"/v1/{resource}?offset={following}&limit={limit}"
                    if following < len(rows)
                    else None,
                },
            )


@contextmanager
def serve_hr_api() -> Iterator[str]:
    """Serve the API on 127.0.0.1 (a free port) and yield its base URL ``.../v1``."""
    handler = type("Handler", (_Handler,), {"data": make_data()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="session", name="hr_api")
def hr_api_fixture() -> Iterator[str]:
    """The base URL (``http://127.0.0.1:PORT/v1``) of a running HR API (a fixture)."""
    with serve_hr_api() as base:
        yield base


@pytest.fixture(name="hr_token")
def hr_token_fixture(monkeypatch: pytest.MonkeyPatch) -> str:
    """The API's token, also exported as ``HR_TOKEN`` (a fixture)."""
    monkeypatch.setenv("HR_TOKEN", TOKEN)
    return TOKEN
