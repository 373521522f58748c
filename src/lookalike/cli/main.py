"""``lookalike`` commands: generate, validate, preview, schema, templates.

Every command runs the same library calls as Python users make; this module
only parses options, shows progress and reports errors.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from lookalike.cli.errors import fail, reported
from lookalike.cli.options import (
    ChunkRowsOpt,
    CompressionOpt,
    DbSchemaOpt,
    DebugOpt,
    EmailDomainOpt,
    EnvironmentOpt,
    FormatOpt,
    IfExistsOpt,
    LineageColumnsOpt,
    LineageOpt,
    LocaleOpt,
    NoSpaceCheckOpt,
    OutputOpt,
    QuietOpt,
    ReferenceOpt,
    RefreshViewsOpt,
    ReportOpt,
    RowRangeOpt,
    RowsOpt,
    ScaleOpt,
    SeedOpt,
    SourceSystemOpt,
    SpecArg,
    TableNameOpt,
    TableOpt,
    TemplateOpt,
    ToOpt,
    TriggersOpt,
    WorkersOpt,
)
from lookalike.cli.progress import row_progress, wanted
from lookalike.cli.reporting import RunReport, tell

if TYPE_CHECKING:
    from lookalike.api import WriteResult
    from lookalike.pipeline import RowRange
    from lookalike.plan import Plan

app = typer.Typer(
    name="lookalike",
    help="Realistic, safe synthetic data at any scale, deterministically.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion / --show-completion for bash, zsh, fish
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        from lookalike.version import __version__

        typer.echo(f"lookalike {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", help="Show the version and exit.", callback=_show_version,
            is_eager=True,
        ),
    ] = False,
) -> None:  # fmt: skip
    """Realistic, safe synthetic data at any scale, deterministically."""


def _spec(  # type: ignore[no-untyped-def]
    spec: Path | None,
    template: str | None,
    locale: str | None = None,
    email_domain: str | None = None,
    prompt: str | None = None,
):
    from lookalike.planning import as_spec, customise, load_template

    if spec is not None and template is not None:
        raise fail("give a spec file or --template, not both")
    if prompt is not None and (spec is not None or template is not None):
        raise fail("give --prompt alone, without a spec file or --template")
    if prompt is not None:
        from lookalike.cli.describe import dataset_from_prompt

        dataset = dataset_from_prompt(prompt)
    elif template is not None:
        dataset = load_template(template)
    elif spec is None:
        raise fail("give a spec file, or --template NAME (see `lookalike templates`)")
    else:
        dataset = as_spec(spec)
    return customise(dataset, locale=locale, email_domain=email_domain)


@app.command()
def generate(
    spec: SpecArg = None,
    template: TemplateOpt = None,
    rows: RowsOpt = None,
    seed: SeedOpt = None,
    output: OutputOpt = None,
    fmt: FormatOpt = None,
    workers: WorkersOpt = None,
    table: TableOpt = None,
    compression: CompressionOpt = None,
    row_range: RowRangeOpt = None,
    chunk_rows: ChunkRowsOpt = None,
    locale: LocaleOpt = None,
    email_domain: EmailDomainOpt = None,
    reference_time: ReferenceOpt = None,
    scale: ScaleOpt = None,
    to: ToOpt = None,
    if_exists: IfExistsOpt = "append",
    triggers: TriggersOpt = "keep",
    refresh_views: RefreshViewsOpt = False,
    db_schema: DbSchemaOpt = None,
    lineage: LineageOpt = False,
    source_system: SourceSystemOpt = "lookalike",
    environment: EnvironmentOpt = "development",
    lineage_columns: LineageColumnsOpt = None,
    table_name: TableNameOpt = None,
    no_space_check: NoSpaceCheckOpt = False,
    quiet: QuietOpt = False,
    report: ReportOpt = None,
    debug: DebugOpt = False,
    prompt: Annotated[
        str | None,
        typer.Option("--prompt", "-p", help="Describe the data in a sentence instead of a spec."),
    ] = None,
) -> None:
    """Generate data from a spec or template into files, standard output or a database."""
    with reported(debug):
        from lookalike.cli import lake
        from lookalike.memory import keep_freed_memory
        from lookalike.planning import resolve

        keep_freed_memory()  # blocks reuse freed memory rather than fault in fresh pages

        if workers is not None and workers < 1:
            raise fail("--workers must be at least 1")
        if chunk_rows is not None and chunk_rows < 1:
            raise fail("--chunk-rows must be at least 1")
        dataset = _spec(spec, template, locale, email_domain, prompt)
        chosen = lake.lineage_of(lineage, source_system, environment, lineage_columns)
        resolved = resolve(
            dataset, rows=rows, seed=seed, reference_time=_when(reference_time), scale=scale,
            lineage=chosen,
        )  # fmt: skip
        from lookalike.targets import is_lake

        pinned = dataset.reference_time is not None or reference_time is not None
        if table_name is not None and (to is None or not is_lake(to)):
            raise fail("--table-name names Delta tables; use it with --to delta:PATH")
        if to is not None and (output is not None or row_range is not None):
            what = "writes Delta tables" if is_lake(to) else "loads a database"
            raise fail(f"--to {what}; drop --output and --row-range")
        if to is not None and is_lake(to):
            run, where = lake.write_lake(
                resolved, to, table=table, workers=workers, quiet=quiet, if_exists=if_exists,
                pattern=table_name, source=source_system, environment=environment,
            )  # fmt: skip
            run.repeat = _run_report(resolved, {}, 0.0, pinned).repeat
            tell(run, verb="wrote", where=where, quiet=quiet, to=report)
        elif to is not None:
            _load(
                resolved, to, table=table, workers=workers, quiet=quiet, report=report,
                options={"if_exists": if_exists, "triggers": triggers,
                         "refresh_views": refresh_views, "schema": db_schema},
            )  # fmt: skip
        else:
            files = _Files.of(output, fmt, compression, row_range)
            result, seconds, estimated = _write(
                resolved, table, files, workers=workers, chunk_rows=chunk_rows, quiet=quiet,
                check_space=not no_space_check,
            )  # fmt: skip
            _tell_files(_run_report(resolved, result.rows, seconds, pinned), result, estimated,
                        quiet=quiet, report=report)  # fmt: skip


def _tell_files(
    run: RunReport, result: WriteResult, estimated: int | None, *, quiet: bool,
    report: Path | None,
) -> None:  # fmt: skip
    """The summary line (and report file) of a run that wrote files or standard output."""
    uploaded = result.urls or {}
    paths = [u for us in uploaded.values() for u in us] or [
        str(p) for ps in result.outputs.values() for p in ps
    ]
    run.files = uploaded or {t: [str(p) for p in ps] for t, ps in result.outputs.items()}
    run.estimated_bytes = estimated
    where = ", ".join(paths) or "standard output"
    tell(run, verb="wrote", where=f"to {where}", quiet=quiet, to=report)


@dataclass(frozen=True)
class _Files:
    """Where ``generate`` writes: output, format(s), compression and row range."""

    output: Path | str | None  # a str only for a URL
    format: str | None
    compression: str | None
    row_range: RowRange | None

    @classmethod
    def of(
        cls, output: str | None, fmt: str | None, compression: str | None, row_range: str | None
    ) -> _Files:
        """From the command's options (a local output becomes a Path, a URL stays a str)."""
        from lookalike.pipeline import RowRange
        from lookalike.sinks.remote import is_url

        destination = output if output is None or is_url(output) else Path(output)
        return cls(destination, fmt, compression, RowRange.parse(row_range) if row_range else None)

    @property
    def to_stdout(self) -> bool:
        return self.output is None or str(self.output) == "-"


def _write(
    resolved: Plan,
    table: str | None,
    files: _Files,
    *,
    workers: int | None,
    chunk_rows: int | None,
    quiet: bool,
    check_space: bool,
) -> tuple[WriteResult, float, int | None]:
    """Write the files with a progress bar; (result, seconds, estimated bytes)."""
    from lookalike.api import write
    from lookalike.estimate import check_space as enough_space
    from lookalike.estimate import estimate_outputs, human_bytes
    from lookalike.planning import pick_table
    from lookalike.sinks.remote import is_url
    from lookalike.targets import targets_for

    names = pick_table(resolved, table)
    output = None if files.to_stdout else files.output
    if output is not None and is_url(output):  # staged and checked by write() itself
        output_url = str(output)
        with row_progress(_range_totals(resolved, names, files), not quiet) as advance:
            started = time.perf_counter()
            result = write(
                resolved, output_url, format=files.format, table=table, workers=workers,
                compression=files.compression, row_range=files.row_range,
                chunk_rows=chunk_rows, progress=advance, check_space=check_space,
            )  # fmt: skip
        return result, time.perf_counter() - started, None
    targets = targets_for(names, output, files.format, files.compression)
    planned = estimate_outputs(resolved, targets, files.row_range)
    if check_space:
        enough_space(planned)
    sizes = {name: sum(p.bytes for p in planned if p.path in {t.path for t in targets[name]})
             for name in names}  # fmt: skip
    totals = {n: _range_rows(resolved.tables[n].rows, files.row_range) for n in names}
    labels = {n: f"{n} (~{human_bytes(sizes[n])})" if sizes[n] else n for n in names}
    started = time.perf_counter()
    with row_progress(totals, not quiet and wanted(files.to_stdout), labels) as advance:
        result = write(
            resolved, output, format=files.format, table=table, workers=workers,
            compression=files.compression, row_range=files.row_range, chunk_rows=chunk_rows,
            progress=advance, resolved=resolved, check_space=False,
        )  # fmt: skip
    estimated = sum(sizes.values()) if planned else None
    return result, time.perf_counter() - started, estimated


def _range_totals(resolved: Plan, names: list[str], files: _Files) -> dict[str, int]:
    return {n: _range_rows(resolved.tables[n].rows, files.row_range) for n in names}


def _run_report(resolved: Plan, rows: dict[str, int], seconds: float, pinned: bool) -> RunReport:
    when = resolved.reference_time.date().isoformat()
    repeat = None
    if not resolved.seed_was_given or not pinned:
        # Relative times (now-2y) resolve against today unless pinned.
        repeat = f"--seed {resolved.seed} --reference-time {when}"
    return RunReport(
        seed=resolved.seed, reference_time=resolved.reference_time.isoformat(), seconds=seconds,
        rows=rows, repeat=repeat,
    )  # fmt: skip


def _load(
    resolved: Plan,
    url: str,
    *,
    table: str | None,
    workers: int | None,
    quiet: bool,
    report: Path | None,
    options: dict[str, Any] | None = None,
) -> None:
    """Generate into a live database, tables in key order, with a progress bar."""
    from lookalike.loading import load_database
    from lookalike.planning import pick_table

    names = pick_table(resolved, table)
    totals = {n: resolved.tables[n].rows for n in resolved.load_order if n in names}
    show = not quiet and wanted(False)
    with row_progress(totals, show) as advance:
        result = load_database(
            resolved, url, workers=workers, progress=advance,
            tables=tuple(names) if table is not None else None, **(options or {}),
        )  # fmt: skip
    run = _run_report(resolved, dict(result.rows), result.seconds, pinned=True)
    where = f"into {len(result.rows)} tables"
    tell(run, verb="loaded", where=where, quiet=quiet, to=report)


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
    """Check a spec (types, ranges, keys, unique capacities) and estimate its output's size
    from a small sample, without generating the data."""
    with reported(debug):
        from lookalike.planning import resolve

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
                f"{table_plan.blocks:,} blocks; {_sizes(resolved, name)}"
                + (f"; {'; '.join(keys)}" if keys else "")
            )


def _sizes(resolved: Plan, table: str) -> str:
    """``~1.2 GB as CSV, ~310 MB as Parquet``: what the table would take on disk."""
    from lookalike.estimate import estimate_bytes, human_bytes, sample_rows

    sample = sample_rows(resolved, table)
    sizes = [
        f"~{human_bytes(estimate_bytes(resolved, table, fmt, sample=sample))} as {label}"
        for fmt, label in (("csv", "CSV"), ("parquet", "Parquet"))
    ]
    return ", ".join(sizes)


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
        from lookalike.pipeline import RowRange, collect_table
        from lookalike.planning import pick_table, resolve

        if rows < 0:
            raise fail("-n must be 0 or more")
        from rich.console import Console

        from lookalike.cli.previews import preview_table

        resolved = resolve(_spec(spec, template, locale), seed=seed)
        console = Console()
        for name in pick_table(resolved, table):
            data = collect_table(resolved, name, row_range=RowRange(0, rows))
            title = f"{name} ({resolved.tables[name].rows:,} rows)"
            console.print(preview_table(data, title, console.width))


@app.command()
def schema() -> None:
    """Print the JSON Schema of spec files (for editors and validators)."""
    from lookalike.spec import json_schema

    typer.echo(json.dumps(json_schema(), indent=2))


@app.command()
def templates(debug: DebugOpt = False) -> None:
    """List the shipped templates and their fields."""
    with reported(debug):
        from lookalike.planning import load_template, template_names

        for name in template_names():
            dataset = load_template(name)
            for table_name, table_spec in dataset.tables.items():
                fields = ", ".join(table_spec.fields)
                rows = table_spec.rows
                count = f"{rows:,} rows" if isinstance(rows, int) else f"rows per {rows.per}"
                typer.echo(f"{name}  ({table_name}, {count}): {fields}")


def _register_more() -> None:
    # Imported here, after the core commands, so each area keeps its own module.
    from lookalike.cli import database, dataset, describe, service

    database.register(app)
    describe.register(app)
    service.register(app)
    dataset.register(app)


_register_more()


def run() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:
        sys.stderr.close()
