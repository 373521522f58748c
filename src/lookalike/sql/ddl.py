"""SQLAlchemy Core metadata for a plan: tables, keys, constraints and NOT NULL.

Foreign keys that break a cycle (``deferred``) are declared with
``use_alter``, so ``CREATE TABLE`` statements come out in an order every
database accepts and the cycle's constraint is added by ``ALTER TABLE``.

>>> import pyarrow as pa
>>> from lookalike.sql.shape import SimplePlan, SimpleTable
>>> people = SimpleTable("people", 5, pa.schema([pa.field("id", pa.int64(), nullable=False),
...                                               ("email", pa.string())]),
...                      primary_key=("id",), unique_keys=(("email",),))
>>> print(create_script(SimplePlan({"people": people}, ("people",)), "sqlite").strip())
CREATE TABLE people (
    id BIGINT NOT NULL,
    email VARCHAR(255),
    CONSTRAINT pk_people PRIMARY KEY (id),
    CONSTRAINT uq_people_email UNIQUE (email)
);
"""

from __future__ import annotations

from collections.abc import Mapping

import sqlalchemy as sa
from sqlalchemy.schema import AddConstraint, CreateTable

from lookalike.errors import SpecError
from lookalike.sql.shape import PlanLike, TableLike, required
from lookalike.sql.types import sql_type

DIALECTS = ("postgresql", "mysql", "sqlite")


def _keyed_columns(table: TableLike) -> set[str]:
    keyed = set(table.primary_key)
    for key in table.unique_keys:
        keyed.update(key)
    for fk in table.foreign_keys:
        keyed.update(fk.columns)
    return keyed


def _parent_keyed(plan: PlanLike) -> dict[str, set[str]]:
    """Columns other tables point at: they must have the same type as the pointers."""
    pointed: dict[str, set[str]] = {name: set() for name in plan.tables}
    for table in plan.tables.values():
        for fk in table.foreign_keys:
            pointed.setdefault(fk.parent, set()).update(fk.parent_columns)
    return pointed


def _constraint_name(prefix: str, table: str, columns: tuple[str, ...]) -> str:
    # Databases cap identifiers at 63 (PostgreSQL) or 64 (MySQL) characters.
    name = "_".join((prefix, table, *columns))
    if len(name) > 60:
        import hashlib

        digest = hashlib.sha1(name.encode()).hexdigest()[:8]
        name = f"{name[:51]}_{digest}"
    return name


def build_metadata(
    plan: PlanLike, *, schema: str | None = None, schemas: Mapping[str, str | None] | None = None
) -> sa.MetaData:
    """One :class:`sqlalchemy.Table` per plan table, with every key and constraint.

    Each table goes to ``schemas[name]`` when given (see
    :func:`lookalike.sql.placement.placements`), else to ``schema``.
    """
    placed = dict(schemas or {})
    metadata = sa.MetaData()
    pointed = _parent_keyed(plan)
    for name in plan.load_order or tuple(plan.tables):
        table = plan.tables[name]
        keyed = _keyed_columns(table) | pointed.get(name, set())
        not_null = required(table)
        columns = [
            sa.Column(
                f.name,
                sql_type(f.type, keyed=f.name in keyed),
                nullable=f.name not in not_null,
                autoincrement=False,
            )
            for f in table.schema
        ]
        constraints: list[sa.Constraint] = []
        if table.primary_key:
            constraints.append(
                sa.PrimaryKeyConstraint(*table.primary_key, name=_constraint_name("pk", name, ()))
            )
        for key in table.unique_keys:
            if tuple(key) != tuple(table.primary_key):
                constraints.append(
                    sa.UniqueConstraint(*key, name=_constraint_name("uq", name, tuple(key)))
                )
        for fk in table.foreign_keys:
            where = placed.get(fk.parent, schema)
            prefix = f"{where}.{fk.parent}" if where else fk.parent
            constraints.append(
                sa.ForeignKeyConstraint(
                    list(fk.columns),
                    [f"{prefix}.{c}" for c in fk.parent_columns],
                    name=_constraint_name("fk", name, tuple(fk.columns)),
                    use_alter=fk.deferred,
                )
            )
        # MySQL compares strings case-insensitively by default, which would make keys
        # that differ only in case collide; binary collation matches other databases.
        sa.Table(
            name, metadata, *columns, *constraints, schema=placed.get(name, schema),
            mysql_charset="utf8mb4", mysql_collate="utf8mb4_bin",
        )  # fmt: skip
    return metadata


def dialect_for(name: str) -> sa.engine.Dialect:
    """The SQLAlchemy dialect object for ``postgresql``, ``mysql`` (or ``mariadb``), ``sqlite``."""
    key = {"postgres": "postgresql", "mariadb": "mysql"}.get(name.lower(), name.lower())
    if key == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.dialect()  # type: ignore[no-untyped-call]
    if key == "mysql":
        from sqlalchemy.dialects import mysql

        return mysql.dialect()
    if key == "sqlite":
        from sqlalchemy.dialects import sqlite

        return sqlite.dialect()
    raise SpecError(f"unknown dialect {name!r}; use one of {', '.join(DIALECTS)}", path="dialect")


def create_script(plan: PlanLike, dialect: str, *, schema: str | None = None) -> str:
    """``CREATE TABLE`` statements (then ``ALTER TABLE`` for cycles) as one SQL script."""
    from lookalike.sql.placement import placements

    target = dialect_for(dialect)
    metadata = build_metadata(plan, schemas=placements(plan, schema, dialect.lower()))
    statements: list[str] = []
    later: list[str] = []
    for table in metadata.sorted_tables:
        statements.append(_tidy(str(CreateTable(table).compile(dialect=target))))
        for constraint in table.foreign_key_constraints:
            if constraint.use_alter and target.name != "sqlite":
                later.append(_tidy(str(AddConstraint(constraint).compile(dialect=target))))
    return "\n\n".join(statements + later) + "\n"


def _tidy(statement: str) -> str:
    """SQLAlchemy indents with tabs and leaves trailing spaces; print it cleanly."""
    lines = (
        line.rstrip().replace("\t", "    ").replace(")CHARSET", ") CHARSET")
        for line in statement.strip().splitlines()
    )
    return "\n".join(lines) + ";"
