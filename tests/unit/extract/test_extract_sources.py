"""The source dispatcher: documents by URL, pinned DNS, profiles of API samples and of SQLite,
the metadata-template format from a database, and no file left behind on failure."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from hr_api import hr_api_fixture, hr_token_fixture  # noqa: F401 (fixtures)
from typer.testing import CliRunner

from lookalike.cli.main import app
from lookalike.extract.egress import EgressPolicy
from lookalike.extract.rest import Auth, extract_rest
from lookalike.extract.sources import extract_source

DOCUMENT = {
    "openapi": "3.0.3",
    "info": {"title": "pets"},
    "components": {
        "schemas": {
            "Pet": {
                "type": "object",
                "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
            }
        }
    },
}


class _Documents(BaseHTTPRequestHandler):
    hosts: ClassVar[list[str]] = []

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:  # http.server's name for it
        type(self).hosts.append(self.headers.get("Host", ""))
        payload = json.dumps(DOCUMENT).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


@pytest.fixture
def documents() -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Documents)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield int(server.server_address[1])
    server.shutdown()
    server.server_close()


def test_a_document_url_is_read_as_a_document(documents: int) -> None:
    result = extract_source([f"http://127.0.0.1:{documents}/openapi.json"])
    assert result.spec["tables"]["Pet"]["primary_key"] == ["id"]


def test_the_checked_address_is_the_one_connected_to(documents: int) -> None:
    # docs.hr.test exists only in this resolver: the request can only have reached the
    # server through the address it returned, with the name kept in the Host header.
    def resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1"] if host == "docs.hr.test" else []

    policy = EgressPolicy(allow=("127.0.0.1/32",), resolver=resolver)
    fetched = policy.get(f"http://docs.hr.test:{documents}/openapi.json")
    assert fetched.json() == DOCUMENT
    assert _Documents.hosts[-1] == f"docs.hr.test:{documents}"


def test_profile_of_api_samples(hr_api: str, hr_token: str) -> None:
    result = extract_rest(
        hr_api, ["/employee=employees"], auth=Auth.from_secret(hr_token), profile_k=10
    )
    fields = result.spec["tables"]["employees"]["fields"]
    assert fields["status"]["kind"] == "empirical"
    assert sum(fields["status"]["weights"]) == 200
    assert fields["startDate"]["kind"] == "empirical"
    assert fields["startDate"]["type"] == "date"
    assert fields["firstName"]["kind"] == "person"  # personal: not profiled
    assert any(n.startswith("profile employees: 200 rows read") for n in result.notes)


@pytest.fixture
def shop(tmp_path: Path) -> str:
    path = tmp_path / "shop.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(
            "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL, tier TEXT);"
            "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL "
            "REFERENCES customers (id), total NUMERIC(8, 2), placed DATE);"
        )
        conn.executemany(
            "INSERT INTO customers VALUES (?, ?, ?)",
            [(i, f"person{i}@example.com", ["gold", "silver"][i % 2]) for i in range(1, 101)],
        )
        conn.executemany(
            "INSERT INTO orders VALUES (?, ?, ?, ?)",
            [
                (i, 1 + i % 100, round(10 + i * 0.37, 2), f"2024-0{1 + i % 9}-15")
                for i in range(1, 401)
            ],
        )
    return f"sqlite:///{path}"


def test_profile_of_a_database(shop: str) -> None:
    result = extract_source([shop], profile=True, k=10)
    customers = result.spec["tables"]["customers"]["fields"]
    assert customers["tier"]["kind"] == "empirical"
    assert sorted(customers["tier"]["weights"]) == [50, 50]
    assert customers["email"].get("pii")
    assert customers["email"]["kind"] == "internet"
    orders = result.spec["tables"]["orders"]
    assert orders["fields"]["total"]["type"] == "decimal"
    assert orders["rows"] == {"per": "customers", "distribution": "fixed", "count": 4}
    assert "person1@example.com" not in json.dumps(result.spec)


def test_metadata_template_of_a_database(shop: str, tmp_path: Path) -> None:
    out = tmp_path / "shop.json"
    done = CliRunner().invoke(app, ["extract", shop, "--format", "seed003", "-o", str(out)])
    assert done.exit_code == 0, done.output
    template = json.loads(out.read_text())
    assert template["source_type"] == "sql"
    assert template["database_name"] == "shop.db"
    assert {"from_field": "orders.customer_id", "to_field": "customers.id"} in template[
        "relationships"
    ]


def test_a_failed_extraction_leaves_no_file(hr_api: str, tmp_path: Path) -> None:
    out = tmp_path / "spec.yaml"
    done = CliRunner().invoke(app, ["extract", hr_api, "-e", "/nothing-here", "-o", str(out)])
    assert done.exit_code == 2
    assert "GET /nothing-here: HTTP 401" in done.output
    assert list(tmp_path.iterdir()) == []


def test_date_order_is_kept(tmp_path: Path) -> None:
    import datetime as dt

    import numpy as np
    import polars as pl

    from lookalike.api import generate
    from lookalike.spec import spec_from_dict

    rng = np.random.default_rng(3)
    placed = [dt.date(2024, 1, 1) + dt.timedelta(days=int(d)) for d in rng.integers(0, 300, 400)]
    gaps = rng.integers(1, 15, 400)
    shipped = [p + dt.timedelta(days=int(g)) for p, g in zip(placed, gaps, strict=True)]
    frame = pl.DataFrame({"id": range(400), "placed": placed, "shipped": shipped})
    frame.write_csv(tmp_path / "orders.csv")
    result = extract_source([str(tmp_path / "orders.csv")], profile=True)
    fields = result.spec["tables"]["orders"]["fields"]
    assert fields["shipped"]["kind"] == "derived"
    assert any("date order: shipped = placed + gap (100% of 400 rows" in n for n in result.notes)
    made = pl.from_arrow(generate(spec_from_dict(result.spec), rows=2000, seed=1))
    assert isinstance(made, pl.DataFrame)
    days = (made["shipped"] - made["placed"]).dt.total_days().to_numpy()
    assert days.min() >= 1
    assert days.max() <= 14
