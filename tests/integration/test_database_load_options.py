"""Loads into tables that exist: --if-exists, undoing a failed load, triggers, views,
sequences and NOT NULL reference cycles, on PostgreSQL, MariaDB and SQLite."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from lookalike.api import resolve
from lookalike.check import check_database
from lookalike.errors import DatabaseError
from lookalike.loading import load_database
from lookalike.plan import Plan
from lookalike.spec import spec_from_dict
from lookalike.sql.connect import normalise_url
from support.scratch import scratch_database, server_available

#: tests/conftest.py's ``service_policy`` fixture: skip, or fail under CI.
Policy = Callable[[str, bool, str], None]

SPEC: dict[str, Any] = {
    "seed": 3,
    "reference_time": "2026-01-01T00:00:00Z",
    "tables": {
        "stores": {
            "rows": 4, "primary_key": "id",
            "fields": {"id": {"kind": "sequence"},
                       "manager_id": {"ref": "staff.id", "nullable": True}},
        },
        "staff": {
            "rows": 30, "primary_key": "id",
            "fields": {"id": {"kind": "sequence"}, "store_id": {"ref": "stores.id"},
                       "grade": {"kind": "integer", "min_value": 1, "max_value": 9}},
        },
    },
}  # fmt: skip

#: The same two tables as an application made them: both references NOT NULL.
TABLES = [
    "CREATE TABLE stores (id INTEGER PRIMARY KEY, manager_id INTEGER NOT NULL)",
    "CREATE TABLE staff (id INTEGER PRIMARY KEY, store_id INTEGER NOT NULL "
    "REFERENCES stores (id), grade INTEGER NOT NULL CHECK (grade < 100))",
]
CYCLE = (
    "ALTER TABLE stores ADD CONSTRAINT stores_manager FOREIGN KEY (manager_id) "
    "REFERENCES staff (id)"
)


def _plan(**grades: int) -> Plan:
    spec = {**SPEC, "tables": {**SPEC["tables"]}}
    if grades:
        staff = dict(spec["tables"]["staff"])
        staff["fields"] = {**staff["fields"], "grade": {"kind": "integer", **grades}}
        spec["tables"]["staff"] = staff
    return resolve(spec)


def _run(url: str, *statements: str) -> list[Any]:
    engine = sa.create_engine(normalise_url(url))
    try:
        with engine.begin() as conn:
            out = [conn.exec_driver_sql(s) for s in statements]
            return [r.scalar() if r.returns_rows else None for r in out]
    finally:
        engine.dispose()


def _count(url: str, table: str) -> int:
    return int(_run(url, f"SELECT count(*) FROM {table}")[0])


@pytest.fixture(params=["postgresql", "mysql", "sqlite"])
def target(request: pytest.FixtureRequest, service_policy: Policy) -> Iterator[tuple[str, str]]:
    """(dialect, URL) of an empty database holding the application's tables (SQLite
    declares the cycle inline: it cannot add a foreign key later)."""
    dialect = str(request.param)
    if dialect != "sqlite":
        available, reason = server_available(dialect)
        service_policy(dialect, available, reason)
    with scratch_database(dialect) as url:
        if dialect == "sqlite":
            stores = TABLES[0].replace("NOT NULL", "NOT NULL REFERENCES staff (id)")
            _run(url, stores, TABLES[1])
        else:
            _run(url, *TABLES, CYCLE)
        yield dialect, url


def test_a_not_null_cycle_loads_into_the_applications_tables(target: tuple[str, str]) -> None:
    dialect, url = target
    result = load_database(_plan(), url, workers=1)
    assert result.rows == {"stores": 4, "staff": 30}
    assert result.created == ()
    report = check_database(spec_from_dict(SPEC), url)
    assert report.violations == 0
    assert _run(url, "SELECT count(*) FROM stores WHERE manager_id IS NULL") == [0]
    if dialect == "postgresql":  # the key was dropped for the load, then validated back
        assert _run(
            url, "SELECT convalidated FROM pg_constraint WHERE conname = 'stores_manager'"
        ) == [True]


def test_if_exists_fail_truncate_replace(target: tuple[str, str]) -> None:
    _, url = target
    load_database(_plan(), url, workers=1)
    with pytest.raises(DatabaseError, match=r"exist already in the target; use --if-exists"):
        load_database(_plan(), url, workers=1, if_exists="fail")
    load_database(_plan(), url, workers=1, if_exists="truncate")
    assert (_count(url, "stores"), _count(url, "staff")) == (4, 30)  # no duplicate keys
    result = load_database(_plan(), url, workers=1, if_exists="replace")
    assert set(result.created) == {"stores", "staff"}
    assert check_database(spec_from_dict(SPEC), url).violations == 0


def test_a_failed_load_leaves_nothing_behind(target: tuple[str, str]) -> None:
    _, url = target
    # grade 100+ breaks the staff table's CHECK: stores went in first, and must go again.
    with pytest.raises(DatabaseError, match="staff"):
        load_database(_plan(min_value=100, max_value=200), url, workers=1)
    assert (_count(url, "stores"), _count(url, "staff")) == (0, 0)
    load_database(_plan(), url, workers=1)  # a rerun meets no duplicate key
    assert (_count(url, "stores"), _count(url, "staff")) == (4, 30)


def test_unknown_options_and_trigger_policy_are_refused_first(target: tuple[str, str]) -> None:
    dialect, url = target
    with pytest.raises(DatabaseError, match="--if-exists merge: use one of"):
        load_database(_plan(), url, workers=1, if_exists="merge")
    if dialect != "postgresql":
        with pytest.raises(DatabaseError, match="cannot switch a table's triggers off"):
            load_database(_plan(), url, workers=1, triggers="disable")
    assert _count(url, "stores") == 0


def _postgres(service_policy: Policy) -> None:
    available, reason = server_available("postgresql")
    service_policy("postgresql", available, reason)


def test_triggers_disabled_then_enabled_and_views_refreshed(service_policy: Policy) -> None:
    _postgres(service_policy)
    with scratch_database("postgresql") as url:
        _run(
            url,
            *TABLES,
            CYCLE,
            "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'no rows, please'; END $$",
            "CREATE TRIGGER refuse BEFORE INSERT ON staff FOR EACH ROW EXECUTE FUNCTION refuse()",
            "CREATE MATERIALIZED VIEW staff_count AS SELECT count(*) AS n FROM staff",
        )
        with pytest.raises(DatabaseError, match="no rows, please"):
            load_database(_plan(), url, workers=1)
        load_database(_plan(), url, workers=1, triggers="disable", refresh_views=True)
        assert _run(url, "SELECT n FROM staff_count") == [30]
        assert _run(url, "SELECT tgenabled FROM pg_trigger WHERE tgname = 'refuse'") == ["O"]


@pytest.mark.parametrize(
    "identity", ["GENERATED ALWAYS AS IDENTITY", "GENERATED BY DEFAULT AS IDENTITY", "SERIAL"]
)
def test_sequences_move_past_the_loaded_keys(service_policy: Policy, identity: str) -> None:
    _postgres(service_policy)
    column = (
        "id SERIAL PRIMARY KEY" if identity == "SERIAL" else f"id INTEGER {identity} PRIMARY KEY"
    )
    spec = {"seed": 1, "tables": {"notes": {"rows": 50, "primary_key": "id", "fields": {
        "id": {"kind": "sequence"}, "body": {"kind": "text"}}}}}  # fmt: skip
    with scratch_database("postgresql") as url:
        _run(url, f"CREATE TABLE notes ({column}, body TEXT NOT NULL)")
        load_database(resolve(spec), url, workers=1)
        assert _run(url, "INSERT INTO notes (body) VALUES ('next') RETURNING id") == [51]


@pytest.mark.parametrize("column", ["id INTEGER AUTO_INCREMENT", "id INTEGER DEFAULT NEXTVAL(ids)"])
def test_mariadb_auto_increment_and_sequences_move_past_the_loaded_keys(
    service_policy: Policy, column: str
) -> None:
    available, reason = server_available("mysql")
    service_policy("mysql", available, reason)
    spec = {"seed": 1, "tables": {"notes": {"rows": 50, "primary_key": "id", "fields": {
        "id": {"kind": "sequence"}, "body": {"kind": "text"}}}}}  # fmt: skip
    with scratch_database("mysql") as url:
        _run(url, "CREATE SEQUENCE ids", f"CREATE TABLE notes ({column} PRIMARY KEY, body TEXT)")
        load_database(resolve(spec), url, workers=1)
        _run(url, "INSERT INTO notes (body) VALUES ('next')")  # a duplicate key would raise
        assert _run(url, "SELECT max(id) FROM notes") == [51]


def test_the_cli_takes_the_load_options(tmp_path: Any) -> None:
    from typer.testing import CliRunner

    from lookalike.cli.main import app

    url = f"sqlite:///{tmp_path}/shop.db"
    spec = tmp_path / "spec.json"
    spec.write_text(__import__("json").dumps(SPEC))
    runner = CliRunner()
    first = runner.invoke(app, ["generate", str(spec), "--to", url, "-q"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["generate", str(spec), "--to", url, "--if-exists", "fail"])
    assert again.exit_code == 2
    assert "exist already in the target" in again.output
    truncated = runner.invoke(app, ["generate", str(spec), "--to", url, "--if-exists", "truncate"])
    assert truncated.exit_code == 0, truncated.output
    assert _count(url, "staff") == 30


def test_a_subset_needs_its_parents_in_the_target_first(target: tuple[str, str]) -> None:
    _, url = target
    plan = resolve({**SPEC, "tables": {**SPEC["tables"], "stores": {
        **SPEC["tables"]["stores"], "fields": {"id": {"kind": "sequence"}}}}})  # fmt: skip
    with pytest.raises(DatabaseError, match="table stores is referenced but not in this load"):
        load_database(plan, url, workers=1, tables=("staff",))
    assert _count(url, "staff") == 0


#: Shops the target holds already, and sales the spec makes for other shops.
SHOPS = {
    "seed": 5,
    "tables": {
        "shops": {"rows": 40, "primary_key": "code", "fields": {
            "code": {"kind": "pattern", "pattern": "S####"},
            "opened": {"kind": "date", "min_value": "2001-01-01", "max_value": "2001-12-31"}}},
        "sales": {"rows": 300, "primary_key": "id", "fields": {
            "id": {"kind": "sequence"}, "shop_code": {"ref": "shops.code"},
            "shop_opened": {"ref": "shops.opened"}}},
    },
}  # fmt: skip


def test_a_subset_picks_the_parent_rows_the_target_holds(target: tuple[str, str]) -> None:
    """Sales loaded alone point at the shops already there (not the spec's 40), and
    read those shops' own values."""
    _, url = target
    _run(
        url,
        "CREATE TABLE shops (code VARCHAR(8) PRIMARY KEY, opened DATE NOT NULL)",
        "CREATE TABLE sales (id INTEGER PRIMARY KEY, shop_code VARCHAR(8) NOT NULL "
        "REFERENCES shops (code), shop_opened DATE NOT NULL)",
        "INSERT INTO shops VALUES ('N1', '2020-01-01'), ('N2', '2021-06-30'), ('N3', '2022-12-31')",
    )
    load_database(resolve(SHOPS), url, workers=1, tables=("sales",))
    assert _count(url, "sales") == 300
    codes = _run(url, "SELECT count(DISTINCT shop_code) FROM sales")
    astray = _run(
        url,
        "SELECT count(*) FROM sales s LEFT JOIN shops p ON p.code = s.shop_code "
        "WHERE p.code IS NULL OR p.opened <> s.shop_opened",
    )
    assert (codes, astray) == ([3], [0])


def test_the_cli_loads_one_table_over_the_parents_there(tmp_path: Any) -> None:
    from typer.testing import CliRunner

    from lookalike.cli.main import app

    url = f"sqlite:///{tmp_path}/shops.db"
    _run(
        url,
        "CREATE TABLE shops (code VARCHAR(8) PRIMARY KEY, opened DATE NOT NULL)",
        "INSERT INTO shops VALUES ('N1', '2020-01-01'), ('N2', '2021-06-30')",
    )
    spec = tmp_path / "shops.json"
    spec.write_text(__import__("json").dumps(SHOPS))
    done = CliRunner().invoke(app, ["generate", str(spec), "--to", url, "--table", "sales", "-q"])
    assert done.exit_code == 0, done.output
    assert _run(url, "SELECT count(DISTINCT shop_code) FROM sales") == [2]
    assert _count(url, "shops") == 2
