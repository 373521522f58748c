"""Extraction of database-specific types on PostgreSQL and MariaDB, then a load into a copy.

JSON, arrays and MONEY are generated as text in the database's own input
syntax; types lookalike has no generator for are reported per column and left
NULL (or out, when NOT NULL: the load then refuses before writing, naming the
column).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa

from lookalike.check import check_database
from lookalike.extract.sql import extract_database
from lookalike.loading import load_database
from lookalike.plan import build_plan
from lookalike.spec import spec_from_dict
from lookalike.sql.connect import normalise_url
from lookalike.sql.errors import DatabaseError
from support.scratch import scratch_database, server_available

#: tests/conftest.py's ``service_policy`` fixture: skip, or fail under CI.
Policy = Callable[[str, bool, str], None]

SCHEMAS = {
    "postgresql": [
        """CREATE TABLE accounts (
            id SERIAL PRIMARY KEY, ref UUID NOT NULL UNIQUE, last_ip INET,
            settings JSONB, tags TEXT[], balance MONEY, signed_up TIMESTAMP NOT NULL,
            points SMALLINT NOT NULL CHECK (points >= 0 AND points < 1000),
            level INTEGER CHECK (level IN (1, 2, 3)))""",
    ],
    "mysql": [
        """CREATE TABLE accounts (
            id INT AUTO_INCREMENT PRIMARY KEY, ref CHAR(36) NOT NULL UNIQUE,
            settings JSON, active TINYINT(1) NOT NULL, signed_up DATETIME NOT NULL,
            points SMALLINT UNSIGNED NOT NULL CHECK (points < 1000),
            level INT CHECK (level IN (1, 2, 3)), kind ENUM('a', 'b') NOT NULL)""",
    ],
}


def _run(url: str, statements: list[str]) -> None:
    engine = sa.create_engine(normalise_url(url))
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


@pytest.fixture(params=sorted(SCHEMAS))
def pair(request: pytest.FixtureRequest, service_policy: Policy) -> Iterator[tuple[str, str, str]]:
    """(dialect, source, target), both holding the accounts table."""
    dialect = str(request.param)
    available, reason = server_available(dialect)
    service_policy(dialect, available, reason)
    with scratch_database(dialect) as source, scratch_database(dialect) as target:
        _run(source, SCHEMAS[dialect])
        _run(target, SCHEMAS[dialect])
        yield dialect, source, target


def test_specific_types_extract_and_load(pair: tuple[str, str, str]) -> None:
    dialect, source, target = pair
    result = extract_database(source, scale=0.05)
    fields = result.spec["tables"]["accounts"]["fields"]
    notes = "\n".join(str(i) for i in result.issues)
    assert fields["id"]["kind"] == "sequence"
    assert fields["points"]["min_value"] == 0
    assert fields["points"]["max_value"] == 999
    assert fields["level"]["values"] == [1, 2, 3]
    # JSON (MariaDB: LONGTEXT CHECK (json_valid(...))) is generated as JSON text.
    assert fields["settings"]["pattern"] == '{"id": %###, "code": "???"}'
    assert "accounts.settings" not in notes
    if dialect == "postgresql":
        assert fields["tags"]["pattern"] == "{@@@@@,@@@@@@}"  # a text[] literal
        assert fields["balance"]["kind"] == "decimal"  # MONEY
        assert fields["ref"]["kind"] == "uuid"
        assert fields["last_ip"] == {
            "kind": "internet", "attribute": "ipv4", "nullable": True, "null_rate": 0.05,
            "pii": True, "pii_reason": "IP address (kind internet)",
        }  # fmt: skip
    else:
        assert fields["active"]["kind"] == "boolean"
        assert fields["kind"]["values"] == ["a", "b"]
    spec = spec_from_dict(result.spec)
    load_database(build_plan(spec), target)
    assert check_database(spec, target).ok


def test_a_required_column_without_a_generator_is_refused_before_writing(
    service_policy: Policy,
) -> None:
    available, reason = server_available("postgresql")
    service_policy("postgresql", available, reason)
    schema = ["CREATE TABLE shapes (id INTEGER PRIMARY KEY, outline POLYGON NOT NULL)"]
    with scratch_database("postgresql") as source, scratch_database("postgresql") as target:
        _run(source, schema)
        _run(target, schema)
        result = extract_database(source)
        assert "outline" not in result.spec["tables"]["shapes"]["fields"]
        expected = "shapes.outline: an unrecognised type has no generator; left out"
        assert expected in str(result.issues[0])
        plan = build_plan(spec_from_dict(result.spec))
        with pytest.raises(DatabaseError, match=r"NOT NULL column\(s\) outline without a default"):
            load_database(plan, target)


def test_several_schemas_with_references_across_them(service_policy: Policy) -> None:
    available, reason = server_available("postgresql")
    service_policy("postgresql", available, reason)
    with scratch_database("postgresql") as source, scratch_database("postgresql") as target:
        schema = [
            "CREATE SCHEMA crm", "CREATE SCHEMA sales",
            "CREATE TABLE crm.customers (id SERIAL PRIMARY KEY, email TEXT NOT NULL)",
            "CREATE TABLE sales.orders (id SERIAL PRIMARY KEY, "
            "customer_id INTEGER NOT NULL REFERENCES crm.customers (id))",
        ]  # fmt: skip
        _run(source, schema)
        result = extract_database(source, schema="crm,sales")
        tables = result.spec["tables"]
        assert set(tables) == {"customers", "orders"}
        assert tables["orders"]["fields"]["customer_id"]["ref"] == "customers.id"
        assert (tables["customers"]["schema"], tables["orders"]["schema"]) == ("crm", "sales")
        assert result.plan_error is None
        _run(target, ["CREATE SCHEMA crm"])  # sales is created by the load
        spec = spec_from_dict(result.spec)
        load_database(build_plan(spec), target, workers=1)
        assert check_database(spec, target).violations == 0
        engine = sa.create_engine(normalise_url(target))
        try:
            with engine.connect() as conn:
                counts = [conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                          for t in ("crm.customers", "sales.orders")]  # fmt: skip
        finally:
            engine.dispose()
        assert all(counts)
        with pytest.raises(DatabaseError, match="would put them all in one"):
            load_database(build_plan(spec), target, schema="crm", workers=1)
