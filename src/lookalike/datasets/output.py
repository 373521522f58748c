"""Where a dataset goes: one file per asked format, all from one generation.

The file name says the first format (``sales.csv``); ``formats=["csv", "parquet",
"excel"]`` adds siblings with each format's extension (``sales.parquet``,
``sales.xlsx``). Formats are read from lookalike's one table of format facts
(:mod:`lookalike.sinks.formats`), so a dataset writes whatever the CLI writes.
"""

from __future__ import annotations

from pathlib import Path

from lookalike.sinks.formats import extension_for, infer_format, normalise_format


def format_of(path: Path) -> str:
    """The format a file name asks for.

    >>> format_of(Path("patients.xlsx")), format_of(Path("sales.csv"))
    ('xlsx', 'csv')
    """
    return infer_format(path)[0]


def targets(filename: str | Path, formats: list[str] | None) -> list[tuple[str, Path]]:
    """(format, path) for each file to write: the file itself, then its siblings.

    >>> [str(p) for _, p in targets("out/sales.csv", ["csv", "parquet", "excel"])]
    ['out/sales.csv', 'out/sales.parquet', 'out/sales.xlsx']
    """
    path = Path(filename)
    chosen = [(format_of(path), path)]
    for name in formats or []:
        fmt = normalise_format(name.lstrip("."))
        if all(fmt != f for f, _ in chosen):
            chosen.append((fmt, path.with_name(path.name.split(".")[0] + extension_for(fmt))))
    return chosen
