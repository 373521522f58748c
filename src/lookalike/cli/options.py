"""The options the commands share, declared once (same names and help everywhere)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

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
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress, summary or seed line.")]
ReportOpt = Annotated[
    Path | None,
    typer.Option("--report", help="Write what the run did (rows, files, seed) to FILE as JSON."),
]
ScaleOpt = Annotated[
    float | None,
    typer.Option("--scale", help="Multiply every table's row count (e.g. 0.01 or 10)."),
]
OutputOpt = Annotated[
    str | None,
    typer.Option(
        "--output", "-o",
        help="File (or directory for several tables), or a URL such as s3://bucket/x.parquet; "
        "- or none for standard output.",
    ),
]  # fmt: skip
FormatOpt = Annotated[
    str | None,
    typer.Option(
        "--format", "-f",
        help="csv, tsv, json, ndjson, parquet or arrow, or several at once (csv,parquet); "
        "default from the output's extension.",
    ),
]  # fmt: skip
WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers", "-w",
        help="Cores to use: 1 works on one thread, more start worker processes. "
        "Default: chosen by the run's estimated cost (rows, bytes per row, format): "
        "one thread, two threads in-process, or processes on all cores.",
    ),
]  # fmt: skip
CompressionOpt = Annotated[str | None, typer.Option("--compression", "-c", help="gzip or zstd.")]
RowRangeOpt = Annotated[
    str | None, typer.Option("--row-range", help="Only rows START:STOP of the full output.")
]
ChunkRowsOpt = Annotated[
    int | None,
    typer.Option("--chunk-rows", help="Rows per write (output is the same).", hidden=True),
]
ToOpt = Annotated[
    str | None,
    typer.Option(
        "--to",
        help="Load into a database instead of files: a SQLAlchemy URL such as "
        "postgresql://user@host/db, mysql://root@host/db or sqlite:///file.db; or into "
        "Delta tables: delta:PATH or delta+s3://bucket/path.",
    ),
]
LineageOpt = Annotated[
    bool,
    typer.Option(
        "--lineage",
        help="Add _ingested_at, _source_system and _environment columns to every table.",
    ),
]
SourceSystemOpt = Annotated[
    str,
    typer.Option(
        "--source-system",
        help="With --lineage: the _source_system value; {source} in --table-name.",
    ),
]
EnvironmentOpt = Annotated[
    str, typer.Option("--environment", help="With --lineage: the _environment value.")
]
LineageColumnsOpt = Annotated[
    str | None,
    typer.Option(
        "--lineage-columns",
        help="With --lineage: the three columns' names, ingested-at,source,environment "
        "(default _ingested_at,_source_system,_environment).",
    ),
]
TableNameOpt = Annotated[
    str | None,
    typer.Option(
        "--table-name",
        help="With --to delta:...: each Delta table's name from {table}, {source} and "
        "{environment}, e.g. bronze_{source}_{table}.",
    ),
]
NoSpaceCheckOpt = Annotated[
    bool,
    typer.Option(
        "--no-space-check", help="Write even when the estimated output exceeds free space."
    ),
]
SchemaOpt = Annotated[
    str | None,
    typer.Option("--schema", help="PostgreSQL schema or MySQL database (default: the URL's)."),
]
IfExistsOpt = Annotated[
    str,
    typer.Option(
        "--if-exists",
        help="With --to, tables already there: append, fail, truncate, replace "
        "(Delta: append, fail, replace = overwrite).",
    ),
]
TriggersOpt = Annotated[
    str, typer.Option("--triggers", help="With --to: keep, or disable (PostgreSQL).")
]
RefreshViewsOpt = Annotated[
    bool, typer.Option("--refresh-views", help="With --to: refresh materialized views.")
]
DbSchemaOpt = Annotated[
    str | None,
    typer.Option("--schema", help="With --to: PostgreSQL schema or MySQL database to use."),
]
