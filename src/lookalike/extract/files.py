"""Sample files (CSV, TSV, JSON, NDJSON, Parquet, Excel) to a spec.

Each file is a table named after its stem (each sheet of a workbook, after
the sheet); a folder means every sample file in it. Types, kinds and keys come
from the values (:mod:`~lookalike.extract.infer`), and references between the
files from value overlap. JSON and NDJSON keep their nesting: nested objects
become columns and arrays child tables. Files are read with Polars, at most
:data:`READ_CAP` rows each; Excel needs the ``excel`` extra (``fastexcel``).

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "teams.csv").write_text("id,name\\n1,Red\\n2,Blue\\n")
>>> people = "id,team_id,email\\n1,1,a@x.io\\n2,2,b@y.io\\n3,1,c@z.io\\n"
>>> _ = (folder / "people.csv").write_text(people)
>>> result = extract_files([folder])
>>> result.spec["tables"]["people"]["fields"]["team_id"]
{'ref': 'teams.id'}
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl

from lookalike.errors import SpecError
from lookalike.extract.infer import build_spec
from lookalike.extract.records import SampleTable, clean_name, flatten
from lookalike.extract.result import Problem, SourceExtraction

#: Rows read from each file at most (enough for types, kinds, keys and overlaps).
READ_CAP = 200_000
SUFFIXES = (
    ".csv",
    ".tsv",
    ".txt",
    ".json",
    ".ndjson",
    ".jsonl",
    ".parquet",
    ".pq",
    ".xlsx",
    ".xlsm",
    ".xls",
    ".ods",
)
_EXCEL = (".xlsx", ".xlsm", ".xls", ".ods")


def _csv(path: Path, separator: str) -> pl.DataFrame:
    return pl.read_csv(
        path,
        separator=separator,
        n_rows=READ_CAP,
        infer_schema_length=10_000,
        try_parse_dates=True,
        ignore_errors=True,
    )


def _excel(path: Path, sheets: list[str] | None) -> dict[str, pl.DataFrame]:
    try:
        import fastexcel  # noqa: F401 (polars reads through it)
    except ImportError:
        raise SpecError(
            "reading Excel needs the excel extra: pip install 'lookalike[excel]'", source=str(path)
        ) from None
    if sheets:
        return {s: pl.read_excel(path, sheet_name=s, engine="calamine") for s in sheets}
    return {path.stem: pl.read_excel(path, sheet_id=1, engine="calamine")}


def _json_records(path: Path, lines: bool) -> list[Any]:
    from lookalike.extract.rest import records_of

    text = path.read_text(encoding="utf-8")
    if lines:
        return [json.loads(line) for line in text.splitlines()[:READ_CAP] if line.strip()]
    data = json.loads(text)
    return records_of(data)[0][:READ_CAP]


def _record_lists(data: Any) -> dict[str, list[Any]]:
    """The lists of objects a JSON document holds at its top level, by key."""
    if not isinstance(data, dict):
        return {}
    return {
        str(key): value
        for key, value in data.items()
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value)
    }


def read_sample(
    path: Path, problems: list[Problem], sheets: list[str] | None = None, total: int | None = None
) -> list[SampleTable]:
    """The sample table(s) of one file."""
    suffix = path.suffix.lower()
    where = path.name
    name = clean_name(path.stem)
    try:
        if suffix in (".csv", ".txt"):
            return [SampleTable(name, _csv(path, ","), where)]
        if suffix == ".tsv":
            return [SampleTable(name, _csv(path, "\t"), where)]
        if suffix in (".parquet", ".pq"):
            rows = pl.scan_parquet(path).select(pl.len()).collect().item()
            frame = pl.scan_parquet(path).head(READ_CAP).collect()
            return [SampleTable(name, frame, where, total=int(rows))]
        if suffix in _EXCEL:
            return [
                SampleTable(clean_name(sheet), frame, f"{where}[{sheet}]")
                for sheet, frame in _excel(path, sheets).items()
            ]
        if suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            groups = _record_lists(data)
            if len(groups) > 1:  # an export of several tables: {"customers": [...], ...}
                found: list[SampleTable] = []
                for key, records in groups.items():
                    found.extend(flatten(key, records[:READ_CAP], f"{where}.{key}", problems))
                return found
        if suffix in (".json", ".ndjson", ".jsonl"):
            records = _json_records(path, lines=suffix != ".json")
            return flatten(name, records, where, problems, total=total)
    except (OSError, ValueError, pl.exceptions.PolarsError) as exc:
        problems.append(Problem(where, f"cannot read: {str(exc).splitlines()[0]}"))
        return []
    problems.append(Problem(where, f"unknown file type {suffix or '(none)'}; skipped"))
    return []


def extract_files(
    paths: list[Path],
    *,
    sheets: list[str] | None = None,
    seed: int | None = 1,
    scale: float = 1.0,
    profile_k: int | None = None,
) -> SourceExtraction:
    """One spec for all sample files in ``paths`` (files or folders)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES))
        elif path.exists():
            files.append(path)
        else:
            raise SpecError("file not found; check the path", source=str(path))
    problems: list[Problem] = []
    tables: list[SampleTable] = []
    for file in files:
        tables.extend(read_sample(file, problems, sheets))
    seen: set[str] = set()
    for table in tables:
        while table.name in seen:
            table.name = clean_name(table.name + "_2")
        seen.add(table.name)
    if not tables:
        raise SpecError(
            "no sample file could be read: " + "; ".join(map(str, problems)),
            source=", ".join(map(str, paths)),
        )
    name = paths[0].stem if len(paths) == 1 else "files"
    return build_spec(
        tables,
        name=name,
        seed=seed,
        problems=problems,
        scale=scale,
        profile_k=profile_k,
        description=f"Extracted from {', '.join(p.name for p in paths)} "
        "(sample files; no value of a personal column is kept)",
    )
