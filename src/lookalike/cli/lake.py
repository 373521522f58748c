"""``lookalike generate --to delta:PATH``: Delta tables with Bronze lineage columns.

The ``generate`` command parses the options; this module turns the lineage
options into a :class:`~lookalike.plan.Lineage` and runs
:func:`lookalike.lakehouse.write_delta` with a progress bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lookalike.cli.errors import fail
from lookalike.cli.progress import row_progress, wanted
from lookalike.cli.reporting import RunReport

if TYPE_CHECKING:
    from lookalike.plan import Plan

#: ``--if-exists`` said to a Delta lake: what each choice means for a Delta write.
DELTA_MODES = {"append": "append", "replace": "overwrite", "truncate": "overwrite",
               "overwrite": "overwrite", "fail": "error"}  # fmt: skip


def lineage_of(wanted_lineage: bool, source: str, environment: str, columns: str | None) -> Any:
    """The lineage asked for by ``--lineage`` and the options that shape it (or False).

    >>> lineage_of(True, "crm", "dev", "loaded_at, src, env").columns
    ('loaded_at', 'src', 'env')
    """
    from lookalike.plan import Lineage

    if not wanted_lineage:
        if columns is not None:
            raise fail("--lineage-columns names the lineage columns; add --lineage")
        return False
    if columns is None:
        return Lineage(source_system=source, environment=environment)
    names = tuple(c.strip() for c in columns.split(","))
    if len(names) != 3:
        raise fail(
            f"--lineage-columns {columns!r}: give three names, ingested-at,source,environment, "
            "e.g. _ingested_at,_source_system,_environment"
        )
    return Lineage(source_system=source, environment=environment, columns=names)


def write_lake(
    resolved: Plan,
    to: str,
    *,
    table: str | None,
    workers: int | None,
    quiet: bool,
    if_exists: str,
    pattern: str | None,
    source: str,
    environment: str,
) -> tuple[RunReport, str]:
    """Generate into Delta tables, one per table, with a progress bar; (report, where)."""
    from lookalike.lakehouse import write_delta
    from lookalike.planning import pick_table

    mode = DELTA_MODES.get(if_exists)
    if mode is None:
        raise fail(f"--if-exists {if_exists!r}: for Delta tables use append, replace or fail")
    names = pick_table(resolved, table)
    totals = {n: resolved.tables[n].rows for n in names}
    with row_progress(totals, not quiet and wanted(False)) as advance:
        result = write_delta(
            resolved, to, tables=tuple(names), mode=mode, pattern=pattern,  # type: ignore[arg-type]
            source=source, environment=environment, workers=workers, progress=advance,
        )  # fmt: skip
    run = RunReport(
        seed=resolved.seed, reference_time=resolved.reference_time.isoformat(),
        seconds=result.seconds, rows=dict(result.rows),
        files={name: [uri] for name, uri in result.tables.items()},
    )  # fmt: skip
    from lookalike.targets import lake_target

    return run, f"into {len(result.rows)} Delta tables under {lake_target(to).base}"
