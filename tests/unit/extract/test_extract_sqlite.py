"""Extraction end to end on SQLite (embedded): keys, checks, issues, no values copied."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from lookalike.cli.main import app
from lookalike.extract.sql import extract_database
from lookalike.plan import build_plan
from lookalike.spec import spec_from_dict

runner = CliRunner()

SCHEMA = """
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, email VARCHAR(120) NOT NULL UNIQUE,
    first_name VARCHAR(40) NOT NULL, city VARCHAR(5),
    tier VARCHAR(10) NOT NULL CHECK (tier IN ('bronze', 'silver', 'gold')),
    age INTEGER CHECK (age BETWEEN 18 AND 99), profile BLOB, created_at TIMESTAMP,
    CHECK (length(first_name) > 1));
CREATE TABLE orders (
    id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id),
    total NUMERIC(8, 2) CHECK (total > 0));
CREATE TABLE order_lines (
    order_id INTEGER NOT NULL REFERENCES orders (id), line_no INTEGER NOT NULL,
    qty INTEGER NOT NULL, PRIMARY KEY (order_id, line_no));
CREATE TABLE employees (
    id INTEGER PRIMARY KEY, manager_id INTEGER REFERENCES employees (id));
CREATE TABLE statuses (id INTEGER PRIMARY KEY, label VARCHAR(20) NOT NULL UNIQUE,
    colour VARCHAR(10), code VARCHAR(5) NOT NULL);
"""


@pytest.fixture
def source(tmp_path: Path) -> str:
    path = tmp_path / "source.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(SCHEMA)
        conn.execute(
            "INSERT INTO customers (id, email, first_name, tier) "
            "VALUES (1, 'SECRET-VALUE@example.com', 'Zebedee', 'gold')"
        )
        conn.executemany(
            "INSERT INTO statuses VALUES (?, ?, ?, ?)",
            [(1, "open", "red", "O"), (2, "closed", "red", "C"), (3, "on hold", "blue", "H'")],
        )
    return f"sqlite:///{path}"


def test_extracted_spec_plans(source: str) -> None:
    result = extract_database(source)
    spec = spec_from_dict(result.spec)
    plan = build_plan(spec)
    tables = result.spec["tables"]
    assert tables["customers"]["rows"] == 1  # the source's size
    # Empty in the source and not keyed on its parent: a fixed count, random customers.
    assert tables["orders"]["rows"] == 1000
    assert tables["orders"]["fields"]["customer_id"] == {
        "ref": "customers.id", "nullable": False
    }  # fmt: skip
    lines = tables["order_lines"]
    assert lines["rows"]["per"] == "orders"
    assert lines["fields"]["line_no"] == {"kind": "sequence", "per": "orders", "nullable": False}
    assert tables["employees"]["fields"]["manager_id"]["depth"] >= 1
    fields = tables["customers"]["fields"]
    assert fields["email"]["kind"] == "internet"
    assert fields["email"]["mode"] == "safe"  # reserved example domains by default
    assert fields["email"]["unique"] is True
    assert fields["email"]["pii"] is True
    assert fields["email"]["pii_reason"].startswith("email address")
    assert fields["tier"] == {
        "kind": "choice",
        "values": ["bronze", "silver", "gold"],
        "nullable": False,
    }
    assert (fields["age"]["min_value"], fields["age"]["max_value"]) == (18, 99)
    # VARCHAR(5) is too short for most towns: real town names that fit, else cut.
    assert fields["city"]["expr"] == (
        "CASE WHEN length(city_full) <= 5 THEN city_full WHEN length(city_full_other) <= 5 "
        "THEN city_full_other ELSE substr(city_full, 1, 5) END"
    )
    assert fields["city_full"] == {"kind": "address", "attribute": "city", "hidden": True}
    assert fields["city_full_other"]["group"] == "city_other"
    assert tables["orders"]["fields"]["total"]["min_value"] == "0.01"
    assert set(plan.load_order) == set(tables)


def test_problems_are_collected_not_fatal(source: str) -> None:
    result = extract_database(source)
    text = "\n".join(str(i) for i in result.issues)
    assert "customers.profile" not in text  # a BLOB is generated now (bytes as text)
    assert "length(first_name) > 1" in text
    assert "not carried over" in text
    assert "customers.city: VARCHAR(5) is shorter" in text


def test_no_value_is_copied(source: str) -> None:
    text = extract_database(source).to_yaml()
    assert "SECRET-VALUE" not in text
    assert "Zebedee" not in text


def test_scale_and_empty_tables(source: str) -> None:
    tables = extract_database(source, scale=2).spec["tables"]
    assert tables["customers"]["rows"] == 1  # tiny tables keep their count
    assert tables["employees"]["rows"] == 2000  # empty: the default, scaled
    assert tables["orders"]["rows"] == 2000
    assert tables["order_lines"]["rows"]["mean"] == 3.0  # keyed on orders: per order


def test_only_some_tables(source: str) -> None:
    result = extract_database(source, tables=["orders", "customers"])
    assert list(result.spec["tables"]) == ["orders", "customers"]


def test_extract_command_writes_yaml(source: str, tmp_path: Path) -> None:
    out = tmp_path / "spec.yaml"
    result = runner.invoke(app, ["extract", source, "-o", str(out), "--tables", "customers"])
    assert result.exit_code == 0, result.output
    assert "customers" in yaml.safe_load(out.read_text())["tables"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--tables", "nope"], "no table(s) nope"),
        (["--scale", "0"], "--scale must be above 0"),
    ],
)
def test_extract_command_bad_input(source: str, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["extract", source, *args])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_extract_unreachable_database() -> None:
    result = runner.invoke(app, ["extract", "postgresql://nobody@127.0.0.1:1/none"])
    assert result.exit_code == 2
    assert "cannot connect" in result.output


def test_references_outside_the_selection_become_plain_values(source: str) -> None:
    result = extract_database(source, tables=["order_lines"])
    line = result.spec["tables"]["order_lines"]
    assert "ref" not in line["fields"]["order_id"]
    assert line["rows"] == 1000  # no parent in the spec: a root table
    assert any("foreign key to orders, which is not extracted" in str(i) for i in result.issues)
    build_plan(spec_from_dict(result.spec))


def test_small_lookup_tables_keep_their_values(source: str) -> None:
    tables = extract_database(source, scale=3).spec["tables"]
    statuses = tables["statuses"]
    assert statuses["rows"] == 3  # kept as it is, whatever the scale
    assert statuses["fields"]["label"]["values"] == ["closed", "on hold", "open"]
    assert statuses["fields"]["label"]["unique"] is True
    colour = statuses["fields"]["colour"]
    assert (colour["values"], colour["weights"]) == (["red", "blue"], [2, 1])
    assert "Zebedee" not in str(tables["customers"])  # a table of people: never read
    spec = spec_from_dict(extract_database(source).spec)
    plan = build_plan(spec)
    assert plan.tables["statuses"].rows == 3
    # All different and not declared unique: each in turn, so every one is there.
    from lookalike.pipeline import collect_table

    made = collect_table(plan, "statuses").to_pydict()
    assert sorted(made["code"]) == ["C", "H'", "O"]
    assert sorted(made["label"]) == ["closed", "on hold", "open"]


def test_lookup_values_can_be_left_unread(source: str) -> None:
    fields = extract_database(source, lookup_rows=0).spec["tables"]["statuses"]["fields"]
    assert fields["label"]["kind"] != "choice"


def test_realistic_domains_on_request(source: str) -> None:
    fields = extract_database(source, realistic_domains=True).spec["tables"]["customers"]
    assert "mode" not in fields["fields"]["email"]


def test_row_counts_stay_within_what_the_key_can_number(tmp_path: Path) -> None:
    path = tmp_path / "narrow.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(
            "CREATE TABLE shops (id SMALLINT PRIMARY KEY, name TEXT);"
            "CREATE TABLE visits (shop_id SMALLINT NOT NULL REFERENCES shops (id),"
            " n SMALLINT NOT NULL, id SMALLINT NOT NULL UNIQUE, PRIMARY KEY (shop_id, n));"
        )
    result = extract_database(f"sqlite:///{path}", scale=100)
    tables = result.spec["tables"]
    assert tables["shops"]["rows"] == 32767  # 100,000 wanted
    notes = "\n".join(str(i) for i in result.issues)
    assert "shops.id: an integer key that holds at most 32,767 rows" in notes
    plan = build_plan(spec_from_dict(result.spec))
    assert plan.tables["shops"].rows == 32767


def test_an_empty_database_says_so(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()
    result = extract_database(f"sqlite:///{path}")
    assert result.spec["tables"] == {}
    assert "no table found; the spec is empty" in str(result.issues[-1])


def test_the_extracted_spec_is_checked_by_the_planner(source: str) -> None:
    result = extract_database(source)
    assert result.plan_error is None
    assert "NOT PLANNABLE" not in result.to_yaml()
