"""The acceptance round trip on PostgreSQL, MariaDB and SQLite.

A realistic schema with every constraint kind (primary, composite primary,
unique, composite unique, foreign keys including a composite one, a
self-reference, a cycle through a nullable key, an enum, CHECK ranges and IN
lists, NOT NULL) is created twice. ``lookalike extract`` reads the first copy,
``lookalike generate --to`` fills the second (every constraint enforced by the
database), and ``lookalike check`` finds zero violations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
import yaml
from typer.testing import CliRunner

from lookalike.api import as_spec
from lookalike.check import check_database
from lookalike.cli.main import app
from lookalike.sql.connect import normalise_url
from support.scratch import scratch_database, server_available

#: tests/conftest.py's ``service_policy`` fixture: skip, or fail under CI.
Policy = Callable[[str, bool, str], None]

runner = CliRunner()


def schema(dialect: str) -> list[str]:
    """The shop schema in ``dialect``'s spelling."""
    pg, my = dialect == "postgresql", dialect == "mysql"
    ts = "TIMESTAMP WITH TIME ZONE" if pg else ("DATETIME" if my else "TIMESTAMP")
    tier = {
        "postgresql": "tier",
        "mysql": "ENUM('bronze', 'silver', 'gold')",
        "sqlite": "VARCHAR(10) CHECK (tier IN ('bronze', 'silver', 'gold'))",
    }[dialect]
    # SQLite cannot add a foreign key later, and need not: it checks them at write time.
    store_manager = "INTEGER REFERENCES staff (id)" if dialect == "sqlite" else "INTEGER"
    statements = ["CREATE TYPE tier AS ENUM ('bronze', 'silver', 'gold')"] if pg else []
    statements += [
        f"""CREATE TABLE stores (
            id INTEGER PRIMARY KEY, name VARCHAR(80) NOT NULL, city VARCHAR(60),
            postcode VARCHAR(10), manager_id {store_manager})""",
        """CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            store_id INTEGER NOT NULL REFERENCES stores (id),
            manager_id INTEGER REFERENCES staff (id),
            first_name VARCHAR(40) NOT NULL, last_name VARCHAR(40) NOT NULL,
            email VARCHAR(120) NOT NULL UNIQUE,
            role VARCHAR(20) NOT NULL CHECK (role IN ('clerk', 'supervisor', 'manager')),
            hired_on DATE NOT NULL)""",
        f"""CREATE TABLE customers (
            id INTEGER PRIMARY KEY, email VARCHAR(120) NOT NULL UNIQUE,
            first_name VARCHAR(40) NOT NULL, last_name VARCHAR(40) NOT NULL,
            date_of_birth DATE, phone VARCHAR(30), tier {tier} NOT NULL,
            created_at {ts} NOT NULL,
            UNIQUE (first_name, last_name, date_of_birth))""",
        """CREATE TABLE products (
            sku VARCHAR(12) PRIMARY KEY, name VARCHAR(100) NOT NULL,
            price NUMERIC(8, 2) NOT NULL CHECK (price > 0 AND price <= 5000),
            in_stock BOOLEAN NOT NULL)""",
        "CREATE TABLE tags (id INTEGER PRIMARY KEY, label VARCHAR(30) NOT NULL UNIQUE)",
        f"""CREATE TABLE orders (
            id BIGINT PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            store_id INTEGER REFERENCES stores (id),
            status VARCHAR(16) NOT NULL
                CHECK (status IN ('new', 'paid', 'shipped', 'cancelled')),
            ordered_at {ts} NOT NULL, total NUMERIC(10, 2))""",
        """CREATE TABLE order_lines (
            order_id BIGINT NOT NULL REFERENCES orders (id), line_no INTEGER NOT NULL,
            sku VARCHAR(12) NOT NULL REFERENCES products (sku),
            quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 50),
            PRIMARY KEY (order_id, line_no))""",
        f"""CREATE TABLE shipments (
            id INTEGER PRIMARY KEY, order_id BIGINT NOT NULL, line_no INTEGER NOT NULL,
            shipped_at {ts},
            FOREIGN KEY (order_id, line_no) REFERENCES order_lines (order_id, line_no))""",
        """CREATE TABLE product_tags (
            sku VARCHAR(12) NOT NULL REFERENCES products (sku),
            tag_id INTEGER NOT NULL REFERENCES tags (id), PRIMARY KEY (sku, tag_id))""",
    ]
    if dialect != "sqlite":
        statements.append(
            "ALTER TABLE stores ADD CONSTRAINT fk_stores_manager "
            "FOREIGN KEY (manager_id) REFERENCES staff (id)"
        )
    return statements


def _create(url: str, dialect: str) -> None:
    engine = sa.create_engine(normalise_url(url))
    try:
        with engine.begin() as conn:
            if dialect == "sqlite":
                conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            for statement in schema(dialect):
                conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


@pytest.fixture(params=["postgresql", "mysql", "sqlite"])
def source_and_target(
    request: pytest.FixtureRequest, service_policy: Policy
) -> Iterator[tuple[str, str, str]]:
    """Two databases holding the same empty schema."""
    dialect = str(request.param)
    if dialect != "sqlite":
        available, reason = server_available(dialect)
        service_policy(dialect, available, reason)
    with scratch_database(dialect) as source, scratch_database(dialect) as target:
        _create(source, dialect)
        _create(target, dialect)
        yield dialect, source, target


def _count(url: str, sql: str) -> int:
    engine = sa.create_engine(normalise_url(url))
    try:
        with engine.connect() as conn:
            return int(conn.exec_driver_sql(sql).scalar() or 0)
    finally:
        engine.dispose()


def test_extract_generate_check_round_trip(
    source_and_target: tuple[str, str, str], tmp_path: Path
) -> None:
    _dialect, source, target = source_and_target
    spec_file = tmp_path / "spec.yaml"
    extracted = runner.invoke(app, ["extract", source, "-o", str(spec_file), "--scale", "0.1"])
    assert extracted.exit_code == 0, extracted.output
    tables = yaml.safe_load(spec_file.read_text())["tables"]
    # What the schema said reached the spec.
    assert tables["order_lines"]["primary_key"] == ["order_id", "line_no"]
    assert tables["order_lines"]["fields"]["line_no"]["per"] == "orders"
    assert tables["product_tags"]["rows"]["per"] in ("products", "tags")
    assert tables["staff"]["fields"]["manager_id"]["depth"] >= 1
    assert tables["customers"]["fields"]["tier"]["values"] == ["bronze", "silver", "gold"]
    assert tables["order_lines"]["fields"]["quantity"]["max_value"] == 50
    assert tables["customers"]["fields"]["email"]["pii_reason"].startswith("email")

    loaded = runner.invoke(app, ["generate", str(spec_file), "--to", target, "-q"])
    assert loaded.exit_code == 0, loaded.output
    assert _count(target, "SELECT count(*) FROM shipments") > 0
    assert _count(target, "SELECT count(manager_id) FROM stores") > 0  # the cycle, closed
    assert _count(target, "SELECT count(manager_id) FROM staff") > 0  # the tree

    checked = runner.invoke(app, ["check", str(spec_file), "--db", target])
    assert checked.exit_code == 0, checked.output
    report = check_database(as_spec(spec_file), target)
    assert report.ok
    assert report.rows["customers"] == 100
    assert len(report.results) >= 30
