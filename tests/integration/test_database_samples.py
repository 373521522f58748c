"""Public sample databases, extracted and regenerated with no hand edit.

Each sample in ``tests/data/databases/`` is loaded into a fresh random-named
database on the real server (PostgreSQL, MariaDB) or into a SQLite file; a spec
is extracted from it, and generated into a second database holding the same
schema emptied. Then: no orphan, duplicate key or bad enum (``lookalike
check``), every CHECK constraint held (the database enforced them as the rows
went in), and the application's next INSERT gets a fresh key from its
sequence, identity or AUTO_INCREMENT.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from lookalike.check import check_database
from lookalike.extract.sql import Extraction, extract_database
from lookalike.loading import load_database
from lookalike.plan import build_plan
from lookalike.spec import spec_from_dict
from lookalike.sql.connect import normalise_url
from support.scratch import scratch_database, server_available

#: tests/conftest.py's ``service_policy`` fixture: skip, or fail under CI.
Policy = Callable[[str, bool, str], None]

DATA = Path(__file__).parent.parent / "data" / "databases"
FILES = {"postgresql": "postgresql.sql", "mysql": "mysql.sql", "sqlite": "sqlite.sql"}
SAMPLES = sorted(
    (folder.name, dialect)
    for folder in DATA.iterdir()
    if folder.is_dir()
    for dialect, file in FILES.items()
    if (folder / file).exists()
)

#: Samples spread over several schemas, extracted all at once.
SCHEMAS = {
    ("adventureworks", "postgresql"): "person,humanresources,production,purchasing,sales",
}

#: An INSERT the application would run next, leaving the key to the database.
NEXT_INSERT = {
    ("adventureworks", "postgresql"): "INSERT INTO person.businessentity DEFAULT VALUES",
    ("pagila", "postgresql"): "INSERT INTO actor (first_name, last_name) VALUES ('A', 'B')",
    ("sakila", "mysql"): "INSERT INTO actor (first_name, last_name) VALUES ('A', 'B')",
    ("chinook", "sqlite"): "INSERT INTO Genre (Name) VALUES ('Polka')",
}


#: Rows breaking a date order the extracted spec promises (each query must count 0).
DATE_ORDER = {
    ("sakila", "mysql"): [
        "SELECT count(*) FROM rental WHERE return_date < rental_date",
        "SELECT count(*) FROM payment p JOIN customer c ON c.customer_id = p.customer_id "
        "WHERE p.payment_date < c.create_date",
    ],
    ("employees", "mysql"): [
        "SELECT count(*) FROM salaries s JOIN employees e ON e.emp_no = s.emp_no "
        "WHERE s.from_date < e.hire_date OR s.to_date < s.from_date",
        "SELECT count(*) FROM dept_emp d JOIN employees e ON e.emp_no = d.emp_no "
        "WHERE d.from_date < e.hire_date OR d.to_date < d.from_date",
    ],
    ("pagila", "postgresql"): ["SELECT count(*) FROM rental WHERE return_date < rental_date"],
    ("adventureworks", "postgresql"): [
        "SELECT count(*) FROM purchasing.purchaseorderdetail d JOIN "
        "purchasing.purchaseorderheader h USING (purchaseorderid) WHERE d.duedate < h.orderdate",
        "SELECT count(*) FROM sales.salesorderheader WHERE duedate < orderdate",
    ],
}


#: Rows whose two paths to one table disagree (each query must count 0).
TWO_PATHS = {
    ("pagila", "postgresql"): "SELECT count(*) FROM payment p JOIN rental r "
    "ON r.rental_id = p.rental_id WHERE p.customer_id <> r.customer_id "
    "OR p.staff_id <> r.staff_id",
}

#: A value of a small lookup table that the regenerated database holds again.
LOOKUPS = {
    ("adventureworks", "postgresql"): "SELECT count(*) FROM person.phonenumbertype "
    "WHERE name = 'Cell'",
    ("pagila", "postgresql"): "SELECT count(*) FROM language WHERE rtrim(name) = 'English'",
    ("sakila", "mysql"): "SELECT count(*) FROM category WHERE name = 'Action'",
    ("chinook", "sqlite"): "SELECT count(*) FROM Genre WHERE Name = 'Rock'",
    (
        "northwind",
        "postgresql",
    ): "SELECT count(*) FROM region WHERE region_description LIKE 'East%'",
}


def run_script(url: str, text: str, dialect: str) -> None:
    """Run a whole SQL script: psycopg takes several statements at once, SQLite has
    ``executescript``, and MySQL scripts are split on ``DELIMITER`` as its client does."""
    if dialect == "sqlite":
        with sqlite3.connect(sa.make_url(url).database or "") as conn:
            conn.executescript(text)
        return
    engine = sa.create_engine(normalise_url(url))
    try:
        with engine.connect() as conn:
            driver = conn.connection.driver_connection
            assert driver is not None
            if dialect == "postgresql":
                driver.autocommit = True
                driver.execute(text)
                return
            cursor = driver.cursor()
            for statement in _mysql_statements(text):
                cursor.execute(statement)
            driver.commit()
    finally:
        engine.dispose()


def _mysql_statements(text: str) -> Iterator[str]:
    delimiter, lines = ";", []
    for line in text.splitlines():
        changed = re.fullmatch(r"\s*DELIMITER\s+(\S+)\s*", line, re.IGNORECASE)
        if changed:
            delimiter = changed.group(1)
            continue
        lines.append(line)
        if line.rstrip().endswith(delimiter):
            statement = "\n".join(lines).rstrip()[: -len(delimiter)].strip()
            lines = []
            if statement and not all(s.startswith("--") for s in statement.splitlines()):
                yield statement


def empty_tables(url: str, dialect: str) -> None:
    """Delete every row, keeping the schema (and its sequences' positions); on
    PostgreSQL in every schema the script made."""
    engine = sa.create_engine(normalise_url(url))
    try:
        inspector = sa.inspect(engine)
        names = inspector.get_table_names()
        quote = engine.dialect.identifier_preparer.quote
        with engine.begin() as conn:
            if dialect == "postgresql":
                every = [
                    f"{quote(schema)}.{quote(name)}"
                    for schema in inspector.get_schema_names()
                    if schema not in ("information_schema", "pg_catalog")
                    for name in inspector.get_table_names(schema=schema)
                ]
                conn.exec_driver_sql(f"TRUNCATE {', '.join(every)} CASCADE")
                return
            off = "SET FOREIGN_KEY_CHECKS = 0" if dialect == "mysql" else "PRAGMA foreign_keys = 0"
            conn.exec_driver_sql(off)
            for name in names:
                conn.exec_driver_sql(f"DELETE FROM {quote(name)}")
    finally:
        engine.dispose()


def _each(samples: list[tuple[str, str]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(
        "sample", samples, indirect=True, ids=[f"{s}-{d}" for s, d in samples]
    )


@pytest.fixture(scope="module")
def sample(
    request: pytest.FixtureRequest, service_policy: Policy
) -> Iterator[tuple[str, str, str, Extraction]]:
    """(name, dialect, target URL, extraction): the target holds the loaded rows."""
    name, dialect = request.param
    if dialect != "sqlite":
        available, reason = server_available(dialect)
        service_policy(dialect, available, reason)
    script = (DATA / name / FILES[dialect]).read_text()
    with scratch_database(dialect) as source, scratch_database(dialect) as target:
        run_script(source, script, dialect)
        run_script(target, script, dialect)
        empty_tables(target, dialect)
        extraction = extract_database(source, scale=0.5, schema=SCHEMAS.get((name, dialect)))
        plan = build_plan(spec_from_dict(extraction.spec))
        result = load_database(plan, target, workers=1)
        assert result.total_rows > 0
        yield name, dialect, target, extraction


@_each(SAMPLES)
def test_loaded_rows_hold_every_key(sample: tuple[str, str, str, Extraction]) -> None:
    _, _, target, extraction = sample
    assert extraction.plan_error is None
    report = check_database(spec_from_dict(extraction.spec), target)
    broken = [str(r) for r in report.results if r.violations]
    assert broken == []
    assert report.violations == 0
    assert len(report.results) > 10  # keys, references and enums were checked
    values = [r for r in report.results if " in (" in r.constraint or " between " in r.constraint]
    assert values  # enums, CHECK lists and CHECK ranges were checked too


@_each(SAMPLES)
def test_every_table_has_rows(sample: tuple[str, str, str, Extraction]) -> None:
    _, _, target, extraction = sample
    engine = sa.create_engine(normalise_url(target))
    try:
        with engine.connect() as conn:
            empty = [
                table
                for table, spec in extraction.spec["tables"].items()
                if not conn.execute(
                    sa.select(sa.func.count()).select_from(
                        sa.table(table, schema=spec.get("schema"))
                    )
                ).scalar()
            ]
    finally:
        engine.dispose()
    assert empty == []


@_each(sorted(NEXT_INSERT))
def test_next_application_insert_gets_a_fresh_key(
    sample: tuple[str, str, str, Extraction],
) -> None:
    name, dialect, target, _ = sample
    statement = NEXT_INSERT[(name, dialect)]
    engine = sa.create_engine(normalise_url(target))
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(statement)  # a duplicate key would raise here
    finally:
        engine.dispose()


@_each(sorted(DATE_ORDER))
def test_dates_follow_their_parents_and_their_row(
    sample: tuple[str, str, str, Extraction],
) -> None:
    name, dialect, target, extraction = sample
    notes = "\n".join(str(i) for i in extraction.issues)
    assert "a date after" in notes  # the rule is written in the spec, visibly
    engine = sa.create_engine(normalise_url(target))
    try:
        with engine.connect() as conn:
            broken = {q: conn.exec_driver_sql(q).scalar() for q in DATE_ORDER[(name, dialect)]}
    finally:
        engine.dispose()
    assert broken == dict.fromkeys(DATE_ORDER[(name, dialect)], 0)


@_each(sorted(LOOKUPS))
def test_small_lookup_tables_keep_their_values(sample: tuple[str, str, str, Extraction]) -> None:
    name, dialect, target, _ = sample
    engine = sa.create_engine(normalise_url(target))
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text(LOOKUPS[(name, dialect)])).scalar() == 1
    finally:
        engine.dispose()


@_each(sorted(TWO_PATHS))
def test_two_paths_to_one_row_agree(sample: tuple[str, str, str, Extraction]) -> None:
    name, dialect, target, extraction = sample
    assert "both paths agree" in "\n".join(str(i) for i in extraction.issues)
    engine = sa.create_engine(normalise_url(target))
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM payment").scalar()
            assert conn.exec_driver_sql(TWO_PATHS[(name, dialect)]).scalar() == 0
    finally:
        engine.dispose()


@_each(sorted(SCHEMAS))
def test_tables_land_in_the_schema_they_came_from(
    sample: tuple[str, str, str, Extraction],
) -> None:
    """Each table of a several-schema spec names its schema, and the rows went there:
    none was created in the default schema, cross-schema keys hold (checked above)."""
    name, dialect, target, extraction = sample
    tables = extraction.spec["tables"]
    wanted = set(SCHEMAS[(name, dialect)].split(","))
    assert {spec.get("schema") for spec in tables.values()} == wanted
    engine = sa.create_engine(normalise_url(target))
    try:
        stray = set(sa.inspect(engine).get_table_names()) & set(tables)
    finally:
        engine.dispose()
    assert stray == set()
