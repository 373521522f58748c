"""``lookalike`` commands: generate, validate, preview, schema, templates.

Every command runs the same library calls as Python users make; this module
only parses options, shows progress and reports errors.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table as RichTable

from lookalike.cli.errors import fail, reported, stderr
from lookalike.cli.progress import row_progress, wanted

if TYPE_CHECKING:
    from lookalike.api import WriteResult
    from lookalike.pipeline import RowRange
    from lookalike.plan import Plan

app = typer.Typer(
    name="lookalike",
    help="Realistic, safe synthetic data at any scale, deterministically.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

SpecArg = Annotated[
    Path | None, typer.Argument(help="Spec file (YAML or JSON).", show_default=False)
]
TemplateOpt = Annotated[
    str | None, typer.Option("--template", "-t", help="A shipped template instead of a file.")
]
RowsOpt = Annotated[
    int | None, typer.Option("--rows", "-n", help="Rows per table (overrides the spec).")
]
SeedOpt = Annotated[int | None, typer.Option("--seed", "-s", help="Seed (overrides the spec).")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")]
LocaleOpt = Annotated[
    str | None, typer.Option("--locale", "-l", help="Locale, e.g. en_GB (overrides the spec).")
]
ReferenceOpt = Annotated[
    str | None,
    typer.Option("--reference-time", help="What `now` means (ISO date/time); default today."),
]
EmailDomainOpt = Annotated[
    str | None,
    typer.Option("--email-domain", help="Domain for generated emails, e.g. testcorp.co.uk."),
]
TableOpt = Annotated[str | None, typer.Option("--table", help="Only this table.")]
ScaleOpt = Annotated[
    float | None,
    typer.Option("--scale", help="Multiply every table's row count (e.g. 0.01 or 10)."),
]


def _spec(  # type: ignore[no-untyped-def]
    spec: Path | None,
    template: str | None,
    locale: str | None = None,
    email_domain: str | None = None,
):
    from lookalike.api import as_spec, customise, load_template

    if spec is not None and template is not None:
        raise fail("give a spec file or --template, not both")
    if template is not None:
        dataset = load_template(template)
    elif spec is None:
        raise fail("give a spec file, or --template NAME (see `lookalike templates`)")
    else:
        dataset = as_spec(spec)
    if locale is not None or email_domain is not None:
        dataset = customise(dataset, locale=locale, email_domain=email_domain)
    return dataset


@app.command()
def generate(
    spec: SpecArg = None,
    template: TemplateOpt = None,
    rows: RowsOpt = None,
    seed: SeedOpt = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="File (or directory for several tables); - or none for standard output.",
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="csv, tsv, json, ndjson, parquet or arrow; default from the output's extension.",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-w",
            help="Cores to use: 1 works on one thread, more start worker processes. "
            "Default: all cores (small jobs and Parquet/Arrow on two threads in-process).",
        ),
    ] = None,
    table: TableOpt = None,
    compression: Annotated[
        str | None, typer.Option("--compression", "-c", help="gzip or zstd.")
    ] = None,
    row_range: Annotated[
        str | None,
        typer.Option("--row-range", help="Only rows START:STOP of the full output."),
    ] = None,
    chunk_rows: Annotated[
        int | None,
        typer.Option("--chunk-rows", help="Rows per write (output is the same).", hidden=True),
    ] = None,
    locale: LocaleOpt = None,
    email_domain: EmailDomainOpt = None,
    reference_time: ReferenceOpt = None,
    scale: ScaleOpt = None,
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            help="Load into a database instead of files: a SQLAlchemy URL such as "
            "postgresql://user@host/db, mysql://root@host/db or sqlite:///file.db.",
        ),
    ] = None,
    lineage: Annotated[
        bool,
        typer.Option(
            "--lineage",
            help="Add _ingested_at, _source_system and _environment columns to every table.",
        ),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
    debug: DebugOpt = False,
) -> None:
    """Generate data from a spec or template into files, standard output or a database."""
    with reported(debug):
        from lookalike.api import _pick_table, resolve, write
        from lookalike.memory import keep_freed_memory
        from lookalike.pipeline import RowRange

        keep_freed_memory()  # blocks reuse freed memory rather than fault in fresh pages

        if workers is not None and workers < 1:
            raise fail("--workers must be at least 1")
        if chunk_rows is not None and chunk_rows < 1:
            raise fail("--chunk-rows must be at least 1")
        dataset = _spec(spec, template, locale, email_domain)
        resolved = resolve(
            dataset, rows=rows, seed=seed, reference_time=_when(reference_time), scale=scale,
            lineage=lineage,
        )  # fmt: skip
        if to is not None:
            if output is not None or row_range is not None:
                raise fail("--to loads a database; drop --output and --row-range")
            _load(resolved, to, table=table, workers=workers, quiet=quiet)
            return
        wanted_range = RowRange.parse(row_range) if row_range else None
        names = _pick_table(resolved, table)
        to_stdout = output is None or str(output) == "-"
        totals = {n: _range_rows(resolved.tables[n].rows, wanted_range) for n in names}
        show = not quiet and wanted(to_stdout)
        started = time.perf_counter()
        with row_progress(totals, show) as advance:
            result = write(
                dataset, None if to_stdout else output, format=fmt, table=table,
                workers=workers, compression=compression, row_range=wanted_range,
                chunk_rows=chunk_rows, progress=advance, resolved=resolved,
            )  # fmt: skip
        elapsed = time.perf_counter() - started
        pinned = dataset.reference_time is not None or reference_time is not None
        _report(result, resolved, elapsed, show=show, time_pinned=pinned)


def _load(resolved: Plan, url: str, *, table: str | None, workers: int | None, quiet: bool) -> None:
    """Generate into a live database, tables in key order, with a progress bar."""
    from lookalike.api import _pick_table
    from lookalike.sinks.database import load_database

    names = _pick_table(resolved, table)
    totals = {n: resolved.tables[n].rows for n in resolved.load_order if n in names}
    show = not quiet and wanted(False)
    with row_progress(totals, show) as advance:
        result = load_database(
            resolved, url, workers=workers, progress=advance,
            tables=tuple(names) if table is not None else None,
        )  # fmt: skip
    if not quiet:
        speed = result.total_rows / result.seconds if result.seconds > 0 else 0
        stderr.print(
            f"[green]loaded[/] {result.total_rows:,} rows into {len(result.rows)} tables in "
            f"{result.seconds:.2f} s ({speed:,.0f} rows/s), seed {resolved.seed}"
        )


def _report(
    result: WriteResult, resolved: Plan, elapsed: float, *, show: bool, time_pinned: bool
) -> None:
    """Say how to repeat the run (when it was not fully pinned) and, on a terminal, what
    was written."""
    if not resolved.seed_was_given or not time_pinned:
        # Relative times (now-2y) resolve against today unless pinned.
        when = resolved.reference_time.date().isoformat()
        stderr.print(
            f"seed {resolved.seed}, reference time {when} (pass --seed {resolved.seed} "
            f"--reference-time {when} to repeat this run)"
        )
    if show:
        where = ", ".join(str(p) for p in result.files.values()) or "standard output"
        speed = result.total_rows / elapsed if elapsed > 0 else 0
        stderr.print(
            f"[green]wrote[/] {result.total_rows:,} rows to {where} in {elapsed:.2f} s "
            f"({speed:,.0f} rows/s), seed {resolved.seed}"
        )


def _when(text: str | None) -> dt.datetime | None:
    """Parse --reference-time."""
    if text is None:
        return None
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise fail(
            f"--reference-time {text!r} is not an ISO date or time; use e.g. 2026-01-31"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _range_rows(rows: int, wanted_range: RowRange | None) -> int:
    if wanted_range is None:
        return rows
    return max(0, min(wanted_range.stop, rows) - wanted_range.first)


@app.command()
def validate(
    spec: SpecArg = None, template: TemplateOpt = None, rows: RowsOpt = None,
    locale: LocaleOpt = None, scale: ScaleOpt = None, debug: DebugOpt = False,
) -> None:  # fmt: skip
    """Check a spec (types, ranges, keys, unique capacities) without generating anything."""
    with reported(debug):
        from lookalike.api import resolve

        resolved = resolve(_spec(spec, template, locale), rows=rows, seed=0, scale=scale)
        for name in resolved.load_order:
            table_plan = resolved.tables[name]
            keys = []
            if table_plan.primary_key:
                keys.append(f"primary key ({', '.join(table_plan.primary_key)})")
            for fk in table_plan.foreign_keys:
                keys.append(
                    f"({', '.join(fk.columns)}) -> {fk.parent}({', '.join(fk.parent_columns)})"
                    + (" filled after loading" if fk.deferred else "")
                )
            per = f" ({table_plan.layout.spec.per} x ~" if table_plan.layout else ""
            if table_plan.layout:
                per += f"{table_plan.rows / max(table_plan.layout.parent_rows, 1):.2f})"
            typer.echo(
                f"ok  {name}: {table_plan.rows:,} rows{per}, {len(table_plan.schema)} fields, "
                f"{table_plan.blocks:,} blocks" + (f"; {'; '.join(keys)}" if keys else "")
            )


@app.command()
def preview(
    spec: SpecArg = None,
    template: TemplateOpt = None,
    rows: Annotated[int, typer.Option("-n", "--rows", help="How many rows to show.")] = 10,
    seed: SeedOpt = None,
    table: TableOpt = None,
    locale: LocaleOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Show the first rows of each table in the terminal."""
    with reported(debug):
        from lookalike.api import _pick_table, resolve
        from lookalike.pipeline import RowRange, collect_table

        if rows < 0:
            raise fail("-n must be 0 or more")
        resolved = resolve(_spec(spec, template, locale), seed=seed)
        console = Console()
        for name in _pick_table(resolved, table):
            data = collect_table(resolved, name, row_range=RowRange(0, rows))
            view = RichTable(
                title=f"{name} ({resolved.tables[name].rows:,} rows)", title_justify="left"
            )
            for column in data.column_names:
                view.add_column(column, overflow="fold")
            for record in data.to_pylist():
                view.add_row(*("" if v is None else str(v) for v in record.values()))
            console.print(view)


@app.command()
def schema() -> None:
    """Print the JSON Schema of spec files (for editors and validators)."""
    from lookalike.spec import json_schema

    typer.echo(json.dumps(json_schema(), indent=2))


@app.command()
def templates(debug: DebugOpt = False) -> None:
    """List the shipped templates and their fields."""
    with reported(debug):
        from lookalike.api import load_template, template_names

        for name in template_names():
            dataset = load_template(name)
            for table_name, table_spec in dataset.tables.items():
                fields = ", ".join(table_spec.fields)
                rows = table_spec.rows
                count = f"{rows:,} rows" if isinstance(rows, int) else f"rows per {rows.per}"
                typer.echo(f"{name}  ({table_name}, {count}): {fields}")


def _register_more() -> None:
    # Imported here, after the core commands, so each area keeps its own module.
    from lookalike.cli import database, dataset, service

    database.register(app)
    service.register(app)
    dataset.register(app)


_register_more()


def run() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:
        sys.stderr.close()
