"""``lookalike dataset``: a domain dataset from its file name, in one command.

``lookalike dataset sales.csv --rows 1000000 --country de --time-series --interval 1h``
runs :func:`lookalike.datasets.create_dataset`; ``lookalike dataset --list``
shows every dataset type.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from lookalike.cli.errors import fail, reported, stderr


def _option(text: str) -> tuple[str, object]:
    """A dataset's own option, ``name=value``, with numbers read as numbers."""
    if "=" not in text:
        raise fail(f"--option takes name=value (e.g. fraud_rate=0.02), got {text!r}")
    name, raw = text.split("=", 1)
    value: object = raw
    for convert in (int, float):
        try:
            value = convert(raw)
            break
        except ValueError:
            continue
    return name.strip(), value


def dataset(
    filename: Annotated[
        Path | None,
        typer.Argument(
            help="Output file; its name says the dataset (sales.csv, stocks.parquet, "
            "patients.xlsx).",
            show_default=False,
        ),
    ] = None,
    rows: Annotated[int | None, typer.Option("--rows", "-n", help="Rows (default 500).")] = None,
    country: Annotated[
        str | None, typer.Option("--country", "-c", help="germany, united_states, de, pk...")
    ] = None,
    locale: Annotated[str | None, typer.Option("--locale", help="A locale like de_DE.")] = None,
    start: Annotated[str | None, typer.Option("--start", help="First date (with --end).")] = None,
    end: Annotated[str | None, typer.Option("--end", help="Last date (with --start).")] = None,
    time_series: Annotated[
        bool, typer.Option("--time-series", help="Make the table's time a regular grid.")
    ] = False,
    interval: Annotated[
        str | None, typer.Option("--interval", help="Grid step: 1min, 5min, 1h, 1day.")
    ] = None,
    formats: Annotated[
        list[str] | None,
        typer.Option(
            "--format",
            "-f",
            help="Also write this format (csv, parquet, excel, geojson...); repeat for several.",
        ),
    ] = None,
    options: Annotated[
        list[str] | None,
        typer.Option("--option", "-o", help="A dataset's own option, e.g. fraud_rate=0.02."),
    ] = None,
    seed: Annotated[int | None, typer.Option("--seed", help="Same seed, same file.")] = None,
    workers: Annotated[
        int, typer.Option("--workers", "-w", help="Cores to use (worker processes beyond one).")
    ] = 1,
    list_types: Annotated[bool, typer.Option("--list", help="List the dataset types.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    """Write a business, financial, healthcare, technology, IoT or social dataset."""
    from lookalike.datasets import DATASETS, create_dataset
    from lookalike.randomness import fresh_seed

    if list_types:
        for kind in DATASETS:
            typer.echo(f"{kind.name:16} {kind.template:11} {kind.description}")
        return
    if filename is None:
        raise fail("give an output file such as sales.csv (or --list to see the datasets)")
    if (start is None) != (end is None):
        raise fail("give --start and --end together")
    with reported(debug):
        extra = dict(_option(o) for o in options or [])
        chosen = seed if seed is not None else fresh_seed()
        began = time.perf_counter()
        path = create_dataset(
            filename, rows, seed=chosen, formats=formats, workers=workers, country=country,
            locale=locale, date_range=(start, end) if start is not None else None,
            time_series=time_series, interval=interval, **extra,
        )  # fmt: skip
        took = time.perf_counter() - began
        stderr.print(f"wrote {path} in {took:.2f} s (seed {chosen}; --seed {chosen} repeats it)")


def register(app: typer.Typer) -> None:
    """Add ``dataset`` to ``app``."""
    app.command()(dataset)
