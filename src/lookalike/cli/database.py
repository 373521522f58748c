"""``lookalike`` database commands: ``ddl``, ``extract`` and ``check``; added by ``register``.

SQLAlchemy and the drivers are imported inside the commands, so ``lookalike
--help`` and the other commands never load them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from lookalike.cli.errors import fail, reported, stderr
from lookalike.cli.options import DebugOpt, SchemaOpt, SpecArg, TemplateOpt


def _dataset(spec: Path | None, template: str | None):  # type: ignore[no-untyped-def]
    from lookalike.planning import as_spec, load_template

    if (spec is None) == (template is None):
        raise fail("give a spec file or --template NAME (one of them)")
    return load_template(template) if template is not None else as_spec(spec)  # type: ignore[arg-type]


def ddl(
    spec: SpecArg = None,
    template: TemplateOpt = None,
    dialect: Annotated[
        str, typer.Option("--dialect", "-d", help="postgresql, mysql (MariaDB) or sqlite.")
    ] = "postgresql",
    schema: SchemaOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Print CREATE TABLE statements (keys, unique, foreign keys, NOT NULL) for a spec."""
    with reported(debug):
        from typing import cast

        from lookalike.planning import resolve
        from lookalike.sql.ddl import create_script
        from lookalike.sql.shape import PlanLike

        plan = resolve(_dataset(spec, template), seed=0)
        typer.echo(create_script(cast(PlanLike, plan), dialect, schema=schema), nl=False)


def extract(
    url: Annotated[
        list[str],
        typer.Argument(
            help="A database URL (postgresql://user@host/db), an API URL, an OpenAPI, Swagger "
            "or JSON Schema document (file or URL), or sample files (CSV, JSON, NDJSON, "
            "Parquet, Excel) or folders.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Spec file to write; - for stdout.")
    ] = None,
    schema: Annotated[
        str | None,
        typer.Option(
            "--schema",
            help="PostgreSQL schema or MySQL database (default: the URL's); several "
            "comma-separated, e.g. crm,sales.",
        ),
    ] = None,
    tables: Annotated[
        str | None, typer.Option("--tables", help="Only these tables, comma-separated.")
    ] = None,
    scale: Annotated[
        float, typer.Option("--scale", help="Multiply the source's row counts.")
    ] = 1.0,
    seed: Annotated[int, typer.Option("--seed", "-s", help="Seed written into the spec.")] = 1,
    endpoint: Annotated[
        list[str] | None,
        typer.Option("--endpoint", "-e", help="API path to sample, PATH or PATH=TABLE; repeat."),
    ] = None,
    token_env: Annotated[
        str | None, typer.Option("--token-env", help="Environment variable holding the token.")
    ] = None,
    auth: Annotated[
        str, typer.Option("--auth", help="bearer, basic (user:password) or header:NAME.")
    ] = "bearer",
    query: Annotated[
        list[str] | None, typer.Option("--query", "-q", help="Query parameter name=value; repeat.")
    ] = None,
    profile: Annotated[
        bool, typer.Option("--profile", help="Add statistics of non-personal columns.")
    ] = False,
    k: Annotated[int, typer.Option("--k", help="Keep a category seen by at least k rows.")] = 10,
    sample: Annotated[
        int | None, typer.Option("--sample", help="Records per endpoint or rows per table read.")
    ] = None,
    sheet: Annotated[
        list[str] | None, typer.Option("--sheet", help="Excel sheet to read; repeat.")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="yaml, json or metadata-template.")
    ] = "yaml",
    lookup_rows: Annotated[
        int,
        typer.Option(
            "--lookup-rows",
            help="Tables of at most this many rows keep their real values (never personal "
            "columns); 0 reads no value.",
        ),
    ] = 250,
    realistic_domains: Annotated[
        bool,
        typer.Option(
            "--realistic-domains",
            help="Emails and URLs on realistic free-mail domains (default: reserved example "
            "domains, RFC 2606).",
        ),
    ] = False,
    debug: DebugOpt = False,
) -> None:
    """Read a source's shape (a database's schema and the values of its small lookup tables;
    an API's, document's or file's; never a personal value) and write a spec that imitates it."""
    with reported(debug):
        from lookalike.extract.sql import extract_database
        from lookalike.sinks.files import check_writable

        to_stdout = output is None or str(output) == "-"
        if not to_stdout:
            assert output is not None
            check_writable(output)
        names = [t.strip() for t in tables.split(",") if t.strip()] if tables else None
        from lookalike.extract.sources import source_kind

        plain_sql = len(url) == 1 and source_kind(url[0]) == "sql" and fmt == "yaml"
        if not plain_sql or profile:
            _extract_sources(
                url,
                output if not to_stdout else None,
                endpoints=endpoint,
                token_env=token_env,
                auth=auth,
                query=query,
                profile=profile,
                k=k,
                seed=seed,
                scale=scale,
                schema=schema,
                tables=names,
                sheets=sheet,
                sample=sample,
                fmt=fmt,
            )
            return
        url_text = url[0]
        result = extract_database(
            url_text, schema=schema, tables=names, scale=scale, seed=seed,
            lookup_rows=lookup_rows, realistic_domains=realistic_domains,
        )  # fmt: skip
        text = result.to_yaml()
        for issue in result.issues:
            stderr.print(f"[yellow]note:[/] {issue}", markup=True, highlight=False)
        if result.plan_error:
            stderr.print(
                f"[bold red]warning:[/] the extracted spec does not plan: {result.plan_error}",
                markup=True, highlight=False,
            )  # fmt: skip
        if to_stdout:
            typer.echo(text, nl=False)
        else:
            assert output is not None
            output.write_text(text, encoding="utf-8")
            count = len(result.spec["tables"])
            stderr.print(f"[green]wrote[/] {output}: {count} tables, {len(result.issues)} notes")


def _extract_sources(sources: list[str], output: Path | None, *, fmt: str, **options: Any) -> None:
    """APIs, documents, files (and profiled databases): see :mod:`lookalike.extract.command`."""
    from lookalike.extract.command import render, run_extract, write_atomically

    result = run_extract(sources, **options)
    text = render(result, fmt, source=sources[0])
    from rich.markup import escape

    for line in result.report_lines():
        stderr.print(f"[yellow]note:[/] {escape(line)}", markup=True, highlight=False)
    if output is None:
        typer.echo(text, nl=False)
        return
    write_atomically(output, text)
    count = len(result.spec["tables"])
    stderr.print(f"[green]wrote[/] {output}: {count} tables, {len(result.problems)} problems")


def check(
    spec: SpecArg = None,
    template: TemplateOpt = None,
    files: Annotated[
        Path | None, typer.Option("--files", help="Folder with one file per table.")
    ] = None,
    db: Annotated[str | None, typer.Option("--db", help="Database URL holding the tables.")] = None,
    schema: SchemaOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Verify data against its spec: keys unique, foreign keys resolve, rows per parent.

    Exits 1 when anything is violated.
    """
    with reported(debug):
        from rich.console import Console
        from rich.table import Table

        from lookalike.check import check_database, check_files

        if (files is None) == (db is None):
            raise fail("give --files DIR or --db URL (one of them)")
        dataset = _dataset(spec, template)
        report = (
            check_files(dataset, files)
            if files is not None
            else check_database(dataset, db, schema=schema)  # type: ignore[arg-type]
        )
        view = Table(title="lookalike check", title_justify="left")
        for column in ("table", "constraint", "checked", "violations", ""):
            view.add_column(
                column, justify="right" if column in ("checked", "violations") else "left"
            )
        for name, count in report.rows.items():
            view.add_row(name, "rows", f"{count:,}", "", "")
        for result in report.results:
            status = "[green]ok[/]" if not result.violations else "[bold red]FAIL[/]"
            view.add_row(result.table, result.constraint, f"{result.checked:,}",
                         f"{result.violations:,}", status)  # fmt: skip
        # Piped or captured output keeps whole lines rather than an 80-column fold.
        Console(width=None if sys.stdout.isatty() else 160).print(view)
        from lookalike.check import integrity_lines

        for line in integrity_lines(dataset, report):
            typer.echo(f"  {line}")
        if not report.ok:
            stderr.print(f"[bold red]{report.violations:,} violation(s)[/]")
            raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command()(ddl)
    app.command()(extract)
    app.command()(check)
