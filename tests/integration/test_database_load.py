"""Loading into real databases: PostgreSQL (COPY), MariaDB (LOAD DATA) and SQLite.

Each test gets its own database (``lookalike_t_<hex>``, dropped afterwards) on
the local servers; nothing else on them is touched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from lookalike.api import as_spec, resolve
from lookalike.check import check_database
from lookalike.cli.main import app
from lookalike.loading import load_database
from lookalike.sql.connect import normalise_url
from lookalike.sql.errors import DatabaseError
from support.scratch import scratch_database, server_available

#: tests/conftest.py's ``service_policy`` fixture: skip, or fail under CI.
Policy = Callable[[str, bool, str], None]

ROOT = Path(__file__).resolve().parents[2]
SHOP = ROOT / "examples" / "shop.yaml"
BACKENDS = ["postgresql", "mysql", "sqlite"]
runner = CliRunner()


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, service_policy: Policy) -> Iterator[str]:
    """An empty database of each kind."""
    kind = str(request.param)
    if kind != "sqlite":
        available, reason = server_available(kind)
        service_policy(kind, available, reason)
    with scratch_database(kind) as url:
        yield url


def _count(url: str, sql: str) -> int:
    engine = sa.create_engine(normalise_url(url))
    try:
        with engine.connect() as conn:
            return int(conn.exec_driver_sql(sql).scalar() or 0)
    finally:
        engine.dispose()


def _tables(url: str) -> list[str]:
    engine = sa.create_engine(normalise_url(url))
    try:
        return list(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_shop_loads_with_every_key_enforced(database: str) -> None:
    plan = resolve(SHOP, rows=50, seed=1)
    result = load_database(plan, database)
    assert result.rows == {name: plan.tables[name].rows for name in plan.load_order}
    assert set(result.created) == set(plan.tables)
    for name, rows in result.rows.items():
        assert _count(database, f"SELECT count(*) FROM {name}") == rows
    # The store/staff cycle and the employee tree were filled in after loading.
    assert _count(database, "SELECT count(manager_id) FROM stores") > 0
    assert _count(database, "SELECT count(manager_id) FROM employees") > 0
    report = check_database(as_spec(SHOP), database)
    assert report.ok, [r for r in report.results if r.violations]


def test_a_failed_table_is_rolled_back_and_named(database: str) -> None:
    plan = resolve(SHOP, rows=20, seed=1)
    load_database(plan, database)
    first = plan.load_order[0]
    with pytest.raises(DatabaseError, match=rf"table {first}: .*(uplicate|UNIQUE)"):
        load_database(plan, database)
    assert _count(database, f"SELECT count(*) FROM {first}") == plan.tables[first].rows


def test_existing_tables_must_match(database: str) -> None:
    engine = sa.create_engine(normalise_url(database))
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE customers (id INTEGER, extra TEXT NOT NULL)")
    engine.dispose()
    plan = resolve(SHOP, rows=5, seed=1)
    with pytest.raises(DatabaseError) as caught:
        load_database(plan, database)
    message = str(caught.value)
    assert "table customers exists without column(s) name, created_at, currency" in message
    assert "NOT NULL column(s) extra" in message
    # Checked before anything was created or written.
    assert _tables(database) == ["customers"]


def test_existing_key_columns_must_take_the_generated_type(database: str) -> None:
    engine = sa.create_engine(normalise_url(database))
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE products (sku INTEGER PRIMARY KEY, price DECIMAL(6, 2))")
    engine.dispose()
    plan = resolve(SHOP, rows=5, seed=1)
    with pytest.raises(DatabaseError, match=r"column products\.sku is INTEGER in the database "
                       r"but the spec makes text"):  # fmt: skip
        load_database(plan, database)
    assert _tables(database) == ["products"]


def test_generate_to_database_command(database: str) -> None:
    args = ["generate", str(SHOP), "--rows", "10", "--to", database, "--lineage", "-q"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert _count(database, "SELECT count(*) FROM customers") == 10
    # Bronze lineage columns land in every table.
    assert _count(database, "SELECT count(_source_system) FROM order_lines") > 0


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql://postgres@127.0.0.1:1/none", "cannot connect"),
        ("mysql://root@127.0.0.1:1/none", "cannot connect"),
        ("nonsense", "is not a database URL"),
    ],
)
def test_unreachable_databases_are_refused(url: str, message: str) -> None:
    plan = resolve(SHOP, rows=5, seed=1)
    with pytest.raises(DatabaseError, match=message):
        load_database(plan, url)


def test_read_only_postgres_is_refused(service_policy: Policy) -> None:
    available, reason = server_available("postgresql")
    service_policy("postgresql", available, reason)
    with scratch_database("postgresql") as url:
        read_only = url + "?options=-c%20default_transaction_read_only%3Don"
        with pytest.raises(DatabaseError, match="read-only"):
            load_database(resolve(SHOP, rows=5, seed=1), read_only)
        assert _tables(url) == []


def test_read_only_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    engine = sa.create_engine(f"sqlite:///{path}")
    engine.connect().close()
    engine.dispose()
    url = f"sqlite:///file:{path}?mode=ro&uri=true"
    result = runner.invoke(app, ["generate", str(SHOP), "--rows", "5", "--to", url, "-q"])
    assert result.exit_code == 2
    assert "read-only" in result.output
    assert "Traceback" not in result.output


@pytest.fixture
def postgres(service_policy: Policy) -> Iterator[str]:
    """An empty PostgreSQL database."""
    available, reason = server_available("postgresql")
    service_policy("postgresql", available, reason)
    with scratch_database("postgresql") as url:
        yield url


def test_postgres_schema_round_trip(postgres: str) -> None:
    engine = sa.create_engine(normalise_url(postgres))
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE SCHEMA sales")
    engine.dispose()
    plan = resolve(SHOP, rows=20, seed=1)
    load_database(plan, postgres, schema="sales")
    assert check_database(as_spec(SHOP), postgres, schema="sales").ok
    from lookalike.extract.sql import extract_database

    extracted = extract_database(postgres, schema="sales")
    assert set(extracted.spec["tables"]) == set(plan.tables)
    assert _tables(postgres) == []  # nothing landed in the default schema


def test_worker_processes_encode_copy_blocks(postgres: str) -> None:
    spec = {
        "seed": 1,
        "tables": {
            "events": {
                "rows": 70_000,  # two blocks, so two workers both encode
                "primary_key": "id",
                "fields": {
                    "id": {"kind": "sequence"},
                    "label": {"kind": "choice", "values": ["a", "", 'c,"d"\n']},
                    "amount": {"kind": "decimal", "min_value": 0, "max_value": 9},
                    "at": {"kind": "datetime", "timezone": "UTC", "null_rate": 0.1},
                },
            }
        },
    }
    result = load_database(resolve(spec), postgres, workers=2)
    assert result.rows == {"events": 70_000}
    # Empty strings stay empty strings; quotes, commas and newlines survive.
    assert _count(postgres, "SELECT count(*) FROM events WHERE label = ''") > 0
    assert _count(postgres, "SELECT count(*) FROM events WHERE label = 'c,\"d\"' || chr(10)") > 0
    assert _count(postgres, "SELECT count(*) FROM events WHERE at IS NULL") > 0


def test_mysql_without_local_infile_uses_inserts(
    monkeypatch: pytest.MonkeyPatch, service_policy: Policy
) -> None:
    available, reason = server_available("mysql")
    service_policy("mysql", available, reason)
    import lookalike.sql.writers as writers

    monkeypatch.setattr(writers, "local_infile_allowed", lambda conn: False)
    with scratch_database("mysql") as url:
        plan = resolve(SHOP, rows=20, seed=1)
        load_database(plan, url)
        assert check_database(as_spec(SHOP), url).ok
        with pytest.raises(DatabaseError, match=r"table customers: Duplicate entry .* \(in rows"):
            load_database(plan, url)


def test_postgres_adds_foreign_keys_after_loading(postgres: str) -> None:
    plan = resolve(SHOP, rows=20, seed=1)
    load_database(plan, postgres)
    engine = sa.create_engine(normalise_url(postgres))
    try:
        keys = sa.inspect(engine).get_foreign_keys("order_lines")
    finally:
        engine.dispose()
    assert {k["referred_table"] for k in keys} == {"orders", "products"}


def test_postgres_late_key_violation_drops_what_it_created(postgres: str) -> None:
    plan = resolve(SHOP, rows=20, seed=1)
    load_database(plan, postgres, tables=("customers",))
    engine = sa.create_engine(normalise_url(postgres))
    with engine.begin() as conn:
        # The customers go in, but not with the keys the orders point at.
        conn.exec_driver_sql("TRUNCATE customers")
        conn.exec_driver_sql(
            "CREATE FUNCTION shift() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN NEW.id := NEW.id + 100000; RETURN NEW; END $$"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER shift BEFORE INSERT ON customers FOR EACH ROW EXECUTE FUNCTION shift()"
        )
    with pytest.raises(DatabaseError, match=r"table orders: foreign key .* does not hold"):
        load_database(plan, postgres, tables=("customers", "orders"))
    assert _tables(postgres) == ["customers"]
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM customers").scalar() == 0
    engine.dispose()


#: Two schemas and a reference across them, as extraction writes them (``schema:``).
SPREAD = {
    "seed": 2,
    "tables": {
        "customers": {"schema": "crm", "rows": 30, "primary_key": "id", "fields": {
            "id": {"kind": "sequence"}, "name": {"kind": "person", "attribute": "full_name"}}},
        "invoices": {"schema": "billing", "rows": 90, "primary_key": "id", "fields": {
            "id": {"kind": "sequence"}, "customer_id": {"ref": "customers.id"},
            "total": {"kind": "decimal", "min_value": 1, "max_value": 500}}},
    },
}  # fmt: skip


def _in_schema(url: str, schema: str) -> list[str]:
    engine = sa.create_engine(normalise_url(url))
    try:
        return sorted(sa.inspect(engine).get_table_names(schema=schema))
    finally:
        engine.dispose()


def test_each_table_goes_to_its_own_schema(postgres: str, tmp_path: Path) -> None:
    """generate --to and check with a spec over two schemas: each table is created and
    read in its own schema (the schemas too when absent), none in the default one;
    --schema cannot fold them into one."""
    spec = tmp_path / "spread.json"
    spec.write_text(__import__("json").dumps(SPREAD))
    runner = CliRunner()
    loaded = runner.invoke(app, ["generate", str(spec), "--to", postgres, "-q"])
    assert loaded.exit_code == 0, loaded.output
    assert (_in_schema(postgres, "crm"), _in_schema(postgres, "billing")) == (
        ["customers"],
        ["invoices"],
    )
    assert _tables(postgres) == []
    checked = runner.invoke(app, ["check", str(spec), "--db", postgres])
    assert checked.exit_code == 0, checked.output
    assert "invoices" in checked.output
    folded = runner.invoke(app, ["generate", str(spec), "--to", postgres, "--schema", "crm"])
    assert folded.exit_code == 2
    assert "live in schemas billing, crm" in folded.output
    assert "Traceback" not in folded.output
    with pytest.raises(DatabaseError, match="leave --schema out"):
        check_database(as_spec(SPREAD), postgres, schema="crm")
