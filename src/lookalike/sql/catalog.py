"""What SQLAlchemy's inspector does not say: partitions, triggers and what they fill.

Read straight from each database's catalogue, every query guarded (a database
that cannot answer gives nothing, never an error):

* :func:`partitions`: PostgreSQL partitions, to leave out of the spec (the load
  writes the parent and the database routes each row), with the range the
  partitions cover on the partition key, so generated rows fall inside one;
* :func:`triggers`: row triggers with the text they run, from which
  :func:`trigger_filled` names the columns a ``BEFORE INSERT`` trigger fills (a
  ``tsvector`` kept by ``tsvector_update_trigger``, ``NEW.col := ...``, ``SET
  NEW.col = ...``) and the tables an ``AFTER INSERT`` trigger writes (Sakila's
  ``film_text``), both left to the database.

>>> t = Trigger("film", "BEFORE", "INSERT",
...             "tsvector_update_trigger('fulltext', 'pg_catalog.english', 'title')")
>>> trigger_filled([t], {"film": ["title", "fulltext"]})
({'film': {'fulltext'}}, {})
>>> t = Trigger("film", "AFTER", "INSERT", "INSERT INTO film_text (film_id) VALUES (new.film_id)")
>>> trigger_filled([t], {"film": [], "film_text": []})
({}, {'film_text': 'film'})
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa


@dataclass(frozen=True)
class Partitioned:
    """A partitioned parent: its partitions, and the range they cover on ``column``."""

    table: str
    children: tuple[str, ...]
    column: str | None = None
    low: str | None = None
    high: str | None = None  # exclusive


@dataclass(frozen=True)
class Trigger:
    """A row trigger: its table, timing (BEFORE/AFTER), event and the code it runs."""

    table: str
    timing: str
    event: str
    body: str


def _rows(engine: sa.Engine, sql: str, params: dict[str, Any]) -> list[Any]:
    try:
        with engine.connect() as conn:
            return list(conn.execute(sa.text(sql), params).all())
    except Exception:
        return []


def _schema(engine: sa.Engine, schema: str | None) -> str:
    if schema:
        return schema
    with engine.connect() as conn:
        query = "SELECT current_schema()" if engine.dialect.name == "postgresql" else "SELECT 1"
        return str(conn.exec_driver_sql(query).scalar())


def partitions(engine: sa.Engine, schema: str | None) -> dict[str, Partitioned]:
    """PostgreSQL's partitioned tables in ``schema`` (none elsewhere: MySQL's partitions
    are invisible to a load)."""
    if engine.dialect.name != "postgresql":
        return {}
    rows = _rows(
        engine,
        "SELECT p.relname, c.relname, pg_get_expr(c.relpartbound, c.oid), "
        "(SELECT a.attname FROM pg_partitioned_table pt JOIN pg_attribute a "
        "  ON a.attrelid = pt.partrelid AND a.attnum = pt.partattrs[0] "
        "  WHERE pt.partrelid = p.oid AND pt.partnatts = 1) "
        "FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
        "JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace n ON n.oid = p.relnamespace "
        "WHERE n.nspname = :s AND c.relispartition ORDER BY c.relname",
        {"s": _schema(engine, schema)},
    )
    found: dict[str, list[tuple[str, str, str | None]]] = {}
    for parent, child, bound, column in rows:
        found.setdefault(parent, []).append((child, bound or "", column))
    out: dict[str, Partitioned] = {}
    for parent, children in found.items():
        ranges = [_range(bound) for _, bound, _ in children]
        column = children[0][2]
        lows = [r[0] for r in ranges if r is not None]
        highs = [r[1] for r in ranges if r is not None]
        whole = len(lows) == len(children) and column is not None
        out[parent] = Partitioned(
            parent,
            tuple(c for c, _, _ in children),
            column if whole else None,
            min(lows) if whole else None,
            max(highs) if whole else None,
        )
    return out


def _range(bound: str) -> tuple[str, str] | None:
    """``FOR VALUES FROM ('2022-01-01') TO ('2022-02-01')`` -> the two quoted values.

    >>> _range("FOR VALUES FROM ('2022-01-01 00:00:00+00') TO ('2022-02-01 00:00:00+00')")
    ('2022-01-01 00:00:00+00', '2022-02-01 00:00:00+00')
    >>> _range("DEFAULT") is None
    True
    """
    match = re.fullmatch(r"FOR VALUES FROM \('([^']*)'\) TO \('([^']*)'\)", bound.strip())
    return (match.group(1), match.group(2)) if match else None


def triggers(engine: sa.Engine, schema: str | None) -> list[Trigger]:
    """Row triggers on INSERT with the code they run (PostgreSQL, MySQL/MariaDB, SQLite)."""
    name = engine.dialect.name
    if name == "postgresql":
        rows = _rows(
            engine,
            "SELECT c.relname, CASE WHEN t.tgtype & 2 = 2 THEN 'BEFORE' ELSE 'AFTER' END, "
            "'INSERT', p.prosrc || ' ' || pg_get_triggerdef(t.oid) "
            "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_proc p ON p.oid = t.tgfoid "
            "WHERE n.nspname = :s AND NOT t.tgisinternal AND t.tgtype & 4 = 4",
            {"s": _schema(engine, schema)},
        )
    elif name in ("mysql", "mariadb"):
        rows = _rows(
            engine,
            "SELECT event_object_table, action_timing, event_manipulation, action_statement "
            "FROM information_schema.triggers WHERE trigger_schema = COALESCE(:s, DATABASE()) "
            "AND event_manipulation = 'INSERT'",
            {"s": schema},
        )
    elif name == "sqlite":
        rows = [
            (table, "BEFORE" if re.search(r"(?i)\bBEFORE\b", sql or "") else "AFTER", "INSERT", sql)
            for table, sql in _rows(
                engine, "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger'", {}
            )
            if re.search(r"(?i)\bINSERT\s+ON\b", sql or "")
        ]
    else:
        rows = []
    return [Trigger(str(t), str(w).upper(), str(e).upper(), str(b or "")) for t, w, e, b in rows]


def trigger_filled(
    found: list[Trigger], columns: dict[str, list[str]]
) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Columns a BEFORE INSERT trigger sets, per table; tables an INSERT trigger on
    another table writes, with that table."""
    filled: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    for trigger in found:
        body = trigger.body
        if trigger.timing == "BEFORE":
            names = set(re.findall(r"(?i)\bNEW\s*\.\s*`?\"?(\w+)`?\"?\s*(?::=|=)(?!=)", body))
            names |= set(re.findall(r"tsvector_update_trigger\(\s*'(\w+)'", body))
            names = {n for n in names if n in columns.get(trigger.table, [])}
            if names:
                filled.setdefault(trigger.table, set()).update(names)
        for target in re.findall(r"(?i)\bINSERT\s+INTO\s+[`\"]?(?:\w+[`\"]?\.[`\"]?)?(\w+)", body):
            if target in columns and target != trigger.table:
                written.setdefault(target, trigger.table)
    return filled, written


def domain_sizes(engine: sa.Engine) -> dict[str, tuple[int, int | None]]:
    """PostgreSQL DOMAINs' lengths or precisions, by name (SQLAlchemy reflects a DOMAIN
    over ``varchar(50)`` as plain ``VARCHAR``, and the limit is what generation must fit).

    ``"Name"`` over ``character varying(50)`` gives ``{"Name": (50, None)}``; over
    ``numeric(10,2)``, ``(10, 2)``. Empty elsewhere.
    """
    if engine.dialect.name != "postgresql":
        return {}
    rows = _rows(
        engine,
        "SELECT t.typname, format_type(t.typbasetype, t.typtypmod) FROM pg_type t "
        "WHERE t.typtype = 'd' AND t.typtypmod >= 0",
        {},
    )
    sizes: dict[str, tuple[int, int | None]] = {}
    for name, text in rows:
        found = re.search(r"\((\d+)(?:,\s*(\d+))?\)", text)
        if found:
            scale = found.group(2)
            sizes[name] = (int(found.group(1)), int(scale) if scale is not None else None)
    return sizes


def sized_domain(sql_type: Any, sizes: dict[str, tuple[int, int | None]]) -> None:
    """Give a reflected DOMAIN's base type the length or precision :func:`domain_sizes`
    found (in place), so the column's limits are the domain's.

    >>> from sqlalchemy.dialects import postgresql
    >>> t = postgresql.DOMAIN("Name", sa.VARCHAR())
    >>> sized_domain(t, {"Name": (50, None)})
    >>> t.data_type.length
    50
    """
    if type(sql_type).__name__ != "DOMAIN" or sql_type.name not in sizes:
        return
    size, scale = sizes[sql_type.name]
    base = sql_type.data_type
    if hasattr(base, "length") and base.length is None:
        base.length = size
    elif hasattr(base, "precision") and base.precision is None:
        base.precision, base.scale = size, scale
