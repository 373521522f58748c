"""Verify generated data against its spec: keys unique, foreign keys resolve, cardinalities hold.

The constraints come from the spec (primary keys, unique keys, the foreign
keys its ``ref:`` fields make, NOT NULL, rows per parent, and the values a
field promises: choices such as enums and CHECK IN lists, numeric ranges such
as CHECK bounds, and one column after another such as ``end_date >
start_date``); the data from a
directory of files (read lazily with Polars) or a database (checked by SQL the
database runs itself). Every check is a group-by or a join, never a loop over
rows, and only key columns are read.

>>> import tempfile, pathlib, polars as pl
>>> from lookalike.spec import spec_from_dict
>>> spec = spec_from_dict({"tables": {
...     "a": {"rows": 2, "primary_key": "id", "fields": {"id": {"kind": "sequence"}}},
...     "b": {"rows": 3, "fields": {"a_id": {"ref": "a.id"}}}}})
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> pl.DataFrame({"id": [1, 2]}).write_parquet(folder / "a.parquet")
>>> pl.DataFrame({"a_id": [1, 2, 3]}).write_parquet(folder / "b.parquet")
>>> report = check_files(spec, folder)
>>> report.ok, [(r.constraint, r.violations) for r in report.results if r.violations]
(False, [('foreign key (a_id) -> a (id)', 1)])
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from lookalike.errors import OutputError, SpecError
from lookalike.spec import Dataset, PerParent, ReferenceField

if TYPE_CHECKING:
    import polars as pl
    import sqlalchemy as sa


@dataclass(frozen=True)
class Constraint:
    """One thing to verify about one table."""

    table: str
    kind: str  # "primary key", "unique", "foreign key", "not null", "rows per parent",
    # "allowed values", "range", "order"
    columns: tuple[str, ...]
    parent: str = ""
    parent_columns: tuple[str, ...] = ()
    low: int = 0
    high: int | None = None
    values: tuple[Any, ...] = ()  # "allowed values": the choices; "range": (low, high)

    def __str__(self) -> str:
        cols = ", ".join(self.columns)
        if self.kind == "allowed values":
            shown = ", ".join(map(str, self.values[:5])) + (", ..." if len(self.values) > 5 else "")
            return f"{cols} in ({shown})"
        if self.kind == "range":
            return f"{cols} between {self.values[0]} and {self.values[1]}"
        if self.kind == "order":
            return f"{self.columns[0]} >= {self.columns[1]}"
        if self.kind == "foreign key":
            return f"foreign key ({cols}) -> {self.parent} ({', '.join(self.parent_columns)})"
        if self.kind == "rows per parent":
            most = "" if self.high is None else f", at most {self.high}"
            return f"rows per {self.parent} (at least {self.low}{most})"
        return f"{self.kind} ({cols})"


@dataclass(frozen=True)
class Result:
    """How many rows (or parents) broke one constraint."""

    table: str
    constraint: str
    checked: int
    violations: int


@dataclass(frozen=True)
class CheckReport:
    """Rows per table and the outcome of every constraint."""

    rows: dict[str, int] = field(default_factory=dict)
    results: tuple[Result, ...] = ()

    @property
    def violations(self) -> int:
        """Violations across all constraints."""
        return sum(r.violations for r in self.results)

    @property
    def ok(self) -> bool:
        """True when nothing was violated."""
        return self.violations == 0


def constraints(spec: Dataset) -> list[Constraint]:
    """Every constraint the spec asks for, table by table.

    A foreign key is the reference fields of one link whose parent columns are
    the parent's primary key or one of its unique keys; other references are
    value lookups and are not checked.
    """
    found: list[Constraint] = []
    for name, table in spec.tables.items():
        written = {f for f, s in table.fields.items() if not s.hidden}
        if table.primary_key:
            found.append(Constraint(name, "primary key", tuple(table.primary_key)))
        keys = [tuple(k) for k in table.unique]
        keys += [(f,) for f, s in table.fields.items() if s.unique and (f,) not in keys]
        for key in keys:
            if key != tuple(table.primary_key or ()) and set(key) <= written:
                found.append(Constraint(name, "unique", key))
        required = [
            f for f, s in table.fields.items()
            if f in written and not s.allows_nulls and f not in (table.primary_key or ())
        ]  # fmt: skip
        if required:
            found.append(Constraint(name, "not null", tuple(required)))
        found += _value_rules(name, table, written)
        links: dict[str, list[tuple[str, ReferenceField]]] = {}
        for f, s in table.fields.items():
            if isinstance(s, ReferenceField) and f in written:
                links.setdefault(s.link_name, []).append((f, s))
        for link, refs in links.items():
            parent = refs[0][1].parent_table
            if parent not in spec.tables:
                raise SpecError(
                    f"refers to table {parent!r}, which the spec does not have",
                    path=f"tables.{name}.fields.{refs[0][0]}.ref",
                )
            within = _key_within(spec, parent, {s.parent_column for _, s in refs})
            found += _through_parent(spec, name, [r for r in refs if r[1].parent_column
                                                  not in (within or ())])  # fmt: skip
            if within is None:
                continue
            by_parent_column = {s.parent_column: f for f, s in refs}
            parent_cols = within
            child_cols = tuple(by_parent_column[p] for p in within)
            found.append(Constraint(name, "foreign key", child_cols, parent, parent_cols))
            if isinstance(table.rows, PerParent) and table.rows.per == link:
                count = _cardinality(name, table.rows, child_cols, parent, parent_cols)
                if count.low > 0 or count.high is not None:  # else nothing to verify
                    found.append(count)
    return found


def integrity_lines(spec: Dataset, report: CheckReport) -> list[str]:
    """One line per foreign key in the PII mock-data generator's words.

    ``✓ All teams.departmentId exist in departments.id``, or
    ``✗ 3 of 200 employees.teamId are missing from teams.id``.
    """
    by_text = {(c.table, str(c)): c for c in constraints(spec) if c.kind == "foreign key"}
    lines = []
    for result in report.results:
        found = by_text.get((result.table, result.constraint))
        if found is None:
            continue
        child = ", ".join(f"{found.table}.{c}" for c in found.columns)
        parent = ", ".join(f"{found.parent}.{c}" for c in found.parent_columns)
        if result.violations:
            lines.append(
                f"✗ {result.violations:,} of {result.checked:,} {child} are missing from {parent}"
            )
        else:
            lines.append(f"✓ All {child} exist in {parent}")
    return lines


#: ``later = earlier + offset * INTERVAL ...`` or ``earlier + offset``: a CHECK such as
#: ``end_date > start_date`` made by construction (see lookalike.extract).
_AFTER = re.compile(r"\s*([A-Za-z_]\w*)\s*\+\s*([A-Za-z_]\w*)(?:\s*\*\s*INTERVAL\s+'[^']*')?\s*")


def _value_rules(name: str, table: Any, written: set[str]) -> list[Constraint]:
    """Enums and CHECK IN lists (choices), numeric ranges, and one column after another."""
    from decimal import Decimal

    from lookalike.spec import ChoiceField, DecimalField, DerivedField, FloatField, IntegerField

    found: list[Constraint] = []
    for field_name, spec in table.fields.items():
        if field_name not in written:
            continue
        if isinstance(spec, ChoiceField):
            found.append(
                Constraint(name, "allowed values", (field_name,), values=tuple(spec.values))
            )
        elif isinstance(spec, IntegerField | DecimalField | FloatField):
            low, high = spec.min_value, spec.max_value
            if isinstance(low, int | float | Decimal) and isinstance(high, int | float | Decimal):
                found.append(Constraint(name, "range", (field_name,), values=(low, high)))
        elif isinstance(spec, DerivedField) and (match := _AFTER.fullmatch(spec.expr)):
            earlier, offset = match.group(1), match.group(2)
            step = table.fields.get(offset)
            if (
                earlier in written and isinstance(step, IntegerField)
                and isinstance(step.min_value, int) and step.min_value >= 0
            ):  # fmt: skip
                found.append(Constraint(name, "order", (field_name, earlier)))
    return found


def _through_parent(
    spec: Dataset, name: str, refs: list[tuple[str, ReferenceField]]
) -> list[Constraint]:
    """Lookups of the parent's own single-column foreign key are foreign keys to the
    grandparent (the customer of a payment's rental)."""
    found = []
    for field_name, ref in refs:
        through = spec.tables[ref.parent_table].fields.get(ref.parent_column)
        if not isinstance(through, ReferenceField) or through.parent_table == name:
            continue
        key = _key_within(spec, through.parent_table, {through.parent_column})
        if key == (through.parent_column,):
            found.append(Constraint(name, "foreign key", (field_name,), through.parent_table, key))
    return found


def _key_within(spec: Dataset, table: str, columns: set[str]) -> tuple[str, ...] | None:
    """The parent's primary or unique key among the columns one link reads, if any
    (the rest of the link's columns are lookups)."""
    parent = spec.tables[table]
    keys = [tuple(parent.primary_key or ())] + [tuple(k) for k in parent.unique]
    keys += [(f,) for f, s in parent.fields.items() if s.unique]
    return next((k for k in keys if k and set(k) <= columns), None)


def _cardinality(
    name: str, rows: PerParent, cols: tuple[str, ...], parent: str, parent_cols: tuple[str, ...]
) -> Constraint:
    low, high = rows.min, rows.max
    if rows.distribution == "fixed":
        low = high = rows.count or 0
    return Constraint(name, "rows per parent", cols, parent, parent_cols, low, high)


class _Backend(Protocol):
    def rows(self, table: str) -> int: ...

    def nulls(self, c: Constraint) -> int: ...

    def duplicates(self, c: Constraint) -> int: ...

    def orphans(self, c: Constraint) -> int: ...

    def bad_parents(self, c: Constraint) -> int: ...

    def outside(self, c: Constraint) -> int: ...


def _run(spec: Dataset, backend: _Backend) -> CheckReport:
    rows = {name: backend.rows(name) for name in spec.tables}
    results = []
    checks: dict[str, Callable[[Constraint], int]] = {
        "primary key": lambda c: backend.duplicates(c) + backend.nulls(c),
        "unique": backend.duplicates,
        "not null": backend.nulls,
        "foreign key": backend.orphans,
        "rows per parent": backend.bad_parents,
        "allowed values": backend.outside,
        "range": backend.outside,
        "order": backend.outside,
    }
    for c in constraints(spec):
        checked = rows[c.parent] if c.kind == "rows per parent" else rows[c.table]
        results.append(Result(c.table, str(c), checked, checks[c.kind](c)))
    return CheckReport(rows, tuple(results))


# -- files -------------------------------------------------------------------


def _scan(path: Path) -> pl.LazyFrame:
    """A lazy frame over any file lookalike writes (its format read from the name)."""
    import io

    import polars as pl
    import pyarrow as pa

    from lookalike.sinks.formats import infer_format

    try:
        fmt, compression = infer_format(path)
    except OutputError:
        raise OutputError(
            f"{path}: cannot tell this file's format for checking; name it like the files "
            "lookalike writes (.csv, .tsv, .json, .ndjson, .parquet, .arrow, optionally .gz/.zst)"
        ) from None
    if fmt == "parquet":
        return pl.scan_parquet(path)
    if fmt == "arrow":
        return pl.scan_ipc(path)
    if compression is None and fmt in ("csv", "tsv"):
        return pl.scan_csv(path, separator="," if fmt == "csv" else "\t")
    if compression is None and fmt == "ndjson":
        return pl.scan_ndjson(path)
    with pa.input_stream(str(path), compression=compression) as stream:
        data = io.BytesIO(stream.read())
    if fmt in ("csv", "tsv"):
        return pl.read_csv(data, separator="," if fmt == "csv" else "\t").lazy()
    if fmt == "ndjson":
        return pl.read_ndjson(data).lazy()
    return pl.read_json(data).lazy()


def _table_file(folder: Path, table: str) -> Path:
    candidates = sorted(
        p for p in folder.glob(f"{table}.*") if p.is_file() and not p.name.startswith(".")
    )
    if not candidates:
        raise OutputError(
            f"{folder}: no file for table {table} (expected e.g. {table}.parquet or {table}.csv)"
        )
    return candidates[0]


class _Files:
    """Polars lazy scans: only key columns are read, joins run vectorised."""

    def __init__(self, folder: Path, spec: Dataset) -> None:
        if not folder.is_dir():
            raise OutputError(
                f"{folder}: not a directory; give the folder the tables were written to"
            )
        self.frames = {name: _scan(_table_file(folder, name)) for name in spec.tables}

    def rows(self, table: str) -> int:
        import polars as pl

        return int(self.frames[table].select(pl.len()).collect().item())

    def nulls(self, c: Constraint) -> int:
        import polars as pl

        any_null = pl.any_horizontal([pl.col(x).is_null() for x in c.columns])
        return int(self.frames[c.table].filter(any_null).select(pl.len()).collect().item())

    def duplicates(self, c: Constraint) -> int:
        import polars as pl

        groups = (
            self.frames[c.table].select(c.columns).drop_nulls()
            .group_by(c.columns).len().filter(pl.col("len") > 1)
        )  # fmt: skip
        return int(groups.select((pl.col("len") - 1).sum()).collect().item() or 0)

    def _pair(self, c: Constraint) -> tuple[pl.LazyFrame, pl.LazyFrame]:
        import polars as pl

        child = self.frames[c.table].select(c.columns).drop_nulls()
        renamed = {p: f"__k{i}" for i, p in enumerate(c.parent_columns)}
        parent = self.frames[c.parent].select(c.parent_columns).rename(renamed)
        child = child.rename({x: f"__k{i}" for i, x in enumerate(c.columns)})
        # CSV may read one side's keys as numbers and the other's as text.
        keys = [f"__k{i}" for i in range(len(c.columns))]
        cast = {k: pl.String for k in keys}
        return child.cast(cast), parent.cast(cast)  # type: ignore[arg-type]

    def orphans(self, c: Constraint) -> int:
        import polars as pl

        child, parent = self._pair(c)
        keys = [f"__k{i}" for i in range(len(c.columns))]
        lost = child.join(parent.unique(), on=keys, how="anti")
        return int(lost.select(pl.len()).collect().item())

    def bad_parents(self, c: Constraint) -> int:
        import polars as pl

        child, parent = self._pair(c)
        keys = [f"__k{i}" for i in range(len(c.columns))]
        counts = child.group_by(keys).len()
        per = parent.join(counts, on=keys, how="left").with_columns(pl.col("len").fill_null(0))
        bad = pl.col("len") < c.low
        if c.high is not None:
            bad = bad | (pl.col("len") > c.high)
        return int(per.filter(bad).select(pl.len()).collect().item())

    def outside(self, c: Constraint) -> int:
        return _files_outside(self.frames[c.table], c)


def _files_outside(frame: pl.LazyFrame, c: Constraint) -> int:
    import polars as pl

    column = pl.col(c.columns[0])
    if c.kind == "allowed values":
        bad = ~column.cast(pl.String).is_in([str(v) for v in c.values])
    elif c.kind == "range":
        # Text files hold decimals as strings ("12.50" in JSON): compare them as numbers.
        number = column.cast(pl.Float64, strict=False)
        bad = (number < float(c.values[0])) | (number > float(c.values[1]))
    else:
        bad = column < pl.col(c.columns[1])
    return int(frame.filter(column.is_not_null() & bad).select(pl.len()).collect().item())


def check_files(spec: Dataset, folder: str | Path) -> CheckReport:
    """Check the tables written to ``folder`` (one file per table, named after it)."""
    return _run(spec, _Files(Path(folder), spec))


# -- databases ---------------------------------------------------------------


class _Database:
    """Each check is one SQL query the database runs; nothing is fetched but counts."""

    def __init__(self, conn: sa.Connection, schema: str | None) -> None:
        self.conn = conn
        self.schema = schema

    def _table(self, name: str, columns: tuple[str, ...]) -> Any:
        import sqlalchemy as sa

        return sa.table(name, *(sa.column(c) for c in dict.fromkeys(columns)), schema=self.schema)

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
    """Check the tables of ``spec`` in the database at ``url``."""
    import sqlalchemy as sa

    from lookalike.sql.connect import open_engine
    from lookalike.sql.errors import DatabaseError

    engine = open_engine(url)
    try:
        inspector = sa.inspect(engine)
        missing = [n for n in spec.tables if not inspector.has_table(n, schema=schema)]
        if missing:
            raise DatabaseError(
                f"no table(s) {', '.join(missing)} in the database; load them first"
            )
        with engine.connect() as conn:
            return _run(spec, _Database(conn, schema))
    finally:
        engine.dispose()
