"""Children per parent in a source database: rows-per-parent tables and skewed references.

For a table given ``rows: {per: parent}``, the source's counts of children per
parent choose the distribution (:func:`~lookalike.extract.stats.fit_children`). For
every other reference, the same counts decide whether parents are picked evenly or
zipf-skewed (:func:`~lookalike.extract.stats.fit_reference`): a few genres hold most
tracks, a few customers most orders. Only key columns are read, by the database's own
``GROUP BY``.
"""

from __future__ import annotations

from typing import Any

from lookalike.extract.result import Problem
from lookalike.extract.stats import fit_children, fit_reference


def quote_table(conn: Any, schema: str | None, name: str) -> str:
    """``schema.table`` quoted for the connection's dialect."""
    prepare = conn.dialect.identifier_preparer
    table = prepare.quote(name)
    return f"{prepare.quote_schema(schema)}.{table}" if schema else table


def _counts(
    conn: Any, schema: str | None, child: str, column: str, parent: str, key: str
) -> list[int]:
    import sqlalchemy as sa

    prepare = conn.dialect.identifier_preparer
    query = (
        f"SELECT count(c.{prepare.quote(column)}) FROM {quote_table(conn, schema, parent)} p "
        f"LEFT JOIN {quote_table(conn, schema, child)} c ON c.{prepare.quote(column)} = "
        f"p.{prepare.quote(key)} GROUP BY p.{prepare.quote(key)}"
    )
    return [int(r[0]) for r in conn.execute(sa.text(query))]


def children_per_parent(
    conn: Any,
    schema: str | None,
    name: str,
    table: dict[str, Any],
    problems: list[Problem],
    notes: list[str],
) -> None:
    """Fit one table's rows per parent and the skew of its other references, in place."""
    import sqlalchemy as sa

    rows = table.get("rows")
    per = rows["per"] if isinstance(rows, dict) else None
    for column, field in table["fields"].items():
        if not isinstance(field, dict) or "ref" not in field or field.get("link"):
            continue
        parent, key = str(field["ref"]).split(".", 1)
        if parent == name or field.get("distinct") or field.get("depth"):
            continue
        try:
            counts = _counts(conn, schema, name, column, parent, key)
        except sa.exc.SQLAlchemyError as exc:
            problems.append(
                Problem(
                    f"{name}.{column}", f"children per parent not read: {str(exc).splitlines()[0]}"
                )
            )
            continue
        if parent == per:
            _rows_per(table, counts)
            continue
        skew = fit_reference(counts)
        if skew:
            field.update(skew)
            notes.append(
                f"{name}.{column} -> {parent}.{key}: parents picked zipf-skewed "
                f"(exponent {skew['exponent']}), like the source's children per parent"
            )


def _rows_per(table: dict[str, Any], counts: list[int]) -> None:
    rows = table["rows"]
    fitted = {"per": rows["per"], **fit_children(counts)}
    if "max" in rows and "max" in fitted:
        fitted["max"] = min(int(rows["max"]), int(fitted["max"]))
        if "mean" in fitted:
            fitted["mean"] = min(float(fitted["mean"]), float(fitted["max"]))
    table["rows"] = fitted
