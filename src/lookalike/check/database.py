"""Checking a live database: SQL the database runs itself, one count per constraint."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lookalike.spec import Dataset

if TYPE_CHECKING:
    import sqlalchemy as sa
from lookalike.check.rules import CheckReport, Constraint, run_checks


class _Database:
    """Each check is one SQL query the database runs; nothing is fetched but counts."""

    def __init__(self, conn: sa.Connection, schemas: dict[str, str | None]) -> None:
        self.conn = conn
        self.schemas = schemas  # each table's schema (see lookalike.sql.placement)

    def _table(self, name: str, columns: tuple[str, ...]) -> Any:
        import sqlalchemy as sa

        where = self.schemas.get(name)
        return sa.table(name, *(sa.column(c) for c in dict.fromkeys(columns)), schema=where)

    def _count(self, query: Any) -> int:
        from lookalike.sql.errors import DatabaseError
        from lookalike.sql.writers import driver_message

        try:
            return int(self.conn.execute(query).scalar() or 0)
        except Exception as exc:
            self.conn.rollback()
            raise DatabaseError(f"checking failed: {driver_message(exc)}") from exc

    def rows(self, table: str) -> int:
        import sqlalchemy as sa

        return self._count(sa.select(sa.func.count()).select_from(self._table(table, ())))

    def nulls(self, c: Constraint) -> int:
        import sqlalchemy as sa

        t = self._table(c.table, c.columns)
        any_null = sa.or_(*(t.c[x].is_(None) for x in c.columns))
        return self._count(sa.select(sa.func.count()).select_from(t).where(any_null))

    def duplicates(self, c: Constraint) -> int:
        import sqlalchemy as sa

        t = self._table(c.table, c.columns)
        groups = (
            sa.select((sa.func.count() - 1).label("extra")).select_from(t)
            .where(*(t.c[x].is_not(None) for x in c.columns))
            .group_by(*(t.c[x] for x in c.columns)).having(sa.func.count() > 1)
            .subquery()
        )  # fmt: skip
        return self._count(sa.select(sa.func.coalesce(sa.func.sum(groups.c.extra), 0)))

    def _pair(self, c: Constraint) -> tuple[Any, Any]:
        child = self._table(c.table, c.columns).alias("child")
        parent = self._table(c.parent, c.parent_columns).alias("parent")
        return child, parent

    def orphans(self, c: Constraint) -> int:
        import sqlalchemy as sa

        child, parent = self._pair(c)
        match = sa.and_(
            *(parent.c[p] == child.c[x] for x, p in zip(c.columns, c.parent_columns, strict=True))
        )
        found = sa.select(sa.literal(1)).select_from(parent).where(match).exists()
        query = (
            sa.select(sa.func.count()).select_from(child)
            .where(*(child.c[x].is_not(None) for x in c.columns), ~found)
        )  # fmt: skip
        return self._count(query)

    def bad_parents(self, c: Constraint) -> int:
        import sqlalchemy as sa

        child, parent = self._pair(c)
        counts = (
            sa.select(*(child.c[x].label(f"k{i}") for i, x in enumerate(c.columns)),
                      sa.func.count().label("n"))
            .group_by(*(child.c[x] for x in c.columns)).subquery("counts")
        )  # fmt: skip
        on = sa.and_(*(counts.c[f"k{i}"] == parent.c[p] for i, p in enumerate(c.parent_columns)))
        n = sa.func.coalesce(counts.c.n, 0)
        bad = n < c.low if c.high is None else sa.or_(n < c.low, n > c.high)
        query = sa.select(sa.func.count()).select_from(parent.outerjoin(counts, on)).where(bad)
        return self._count(query)

    def outside(self, c: Constraint) -> int:
        return _database_outside(self, c)


def _database_outside(db: _Database, c: Constraint) -> int:
    import sqlalchemy as sa

    t = db._table(c.table, c.columns)
    column = t.c[c.columns[0]]
    # Compared as text or numbers: an ENUM or MONEY column has no operator for literals.
    if c.kind == "allowed values":
        texts = all(isinstance(v, str) for v in c.values)
        values = sa.cast(column, sa.String()) if texts else column
        bad = sa.not_(values.in_(list(c.values)))
    elif c.kind == "range":
        number = sa.cast(column, sa.Numeric()) if db.conn.dialect.name == "postgresql" else column
        bad = sa.or_(number < c.values[0], number > c.values[1])
    else:
        bad = column < t.c[c.columns[1]]
    return db._count(sa.select(sa.func.count()).select_from(t).where(column.is_not(None), bad))


def check_database(spec: Dataset, url: str, *, schema: str | None = None) -> CheckReport:
    """Check the tables of ``spec`` in the database at ``url``.

    Each table is read from the schema the spec names for it (``schema:``), or
    from ``schema`` for all when the spec names at most one.
    """
    import sqlalchemy as sa

    from lookalike.sql.connect import open_engine
    from lookalike.sql.errors import DatabaseError
    from lookalike.sql.placement import spec_schemas

    engine = open_engine(url)
    try:
        schemas = spec_schemas(spec.tables, schema, engine.dialect.name)
        inspector = sa.inspect(engine)
        missing = [
            f"{schemas[n]}.{n}" if schemas[n] else n
            for n in spec.tables
            if not inspector.has_table(n, schema=schemas[n])
        ]
        if missing:
            raise DatabaseError(
                f"no table(s) {', '.join(missing)} in the database; load them first"
            )
        with engine.connect() as conn:
            return run_checks(spec, _Database(conn, schemas))
    finally:
        engine.dispose()
