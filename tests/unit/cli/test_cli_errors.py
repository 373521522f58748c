"""Bad input: exit code 2, one `error:` line naming the problem, no traceback, no file."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from lookalike.cli.main import app
from lookalike.errors import SpecError

runner = CliRunner()

SPECS = {
    "unknown-kind": "tables: {t: {rows: 3, fields: {n: {kind: integr}}}}\n",
    "malformed": "tables: {t: [\n",
    "malformed-json": '{"tables": {"t": }}',
    "capacity": "tables: {t: {rows: 300, fields: {n: {kind: integer, min_value: 1, "
    "max_value: 10, unique: true}}}}\n",
    "min-max": "tables: {t: {rows: 3, fields: {n: {kind: integer, min_value: 9, max_value: 1}}}}\n",
    "missing-column": "tables: {t: {rows: 3, fields: {n: {kind: integer}, "
    "d: {kind: derived, expr: 'n + zzz'}}}}\n",
    "multi": "seed: 1\ntables: {a: {rows: 3, fields: {n: {kind: sequence}}}, "
    "b: {rows: 3, fields: {n: {kind: sequence}}}}\n",
    "good": "seed: 1\ntables: {t: {rows: 3, fields: {n: {kind: sequence}}}}\n",
    "no-places": "locale: ko_KR\ntables: {t: {rows: 3, fields: {a: {kind: address, "
    "attribute: town}}}}\n",
    "late-failure": "seed: 1\ntables: {t: {rows: 70000, fields: {s: {kind: sequence}, "
    "code: {kind: derived, expr: \"CASE WHEN s > 66000 THEN 'oops' ELSE '1' END\", "
    "type: int64}}}}\n",
}

# (id, arguments with {spec:NAME}, {out} and {locked} placeholders, message parts)
CASES: list[tuple[str, list[str], list[str]]] = [
    (
        "unknown-kind",
        ["generate", "{spec:unknown-kind}", "-o", "{out}/o.csv"],
        [
            "unknown-kind.yaml",
            "tables.t.fields.n.kind",
            "unknown kind 'integr'",
            "did you mean 'integer'",
        ],
    ),
    (
        "locale-without-places",
        ["generate", "{spec:no-places}", "-o", "{out}/o.csv"],
        ["tables.t.fields.a.locale", "no real places for 'ko_KR'", "en_GB, en_US", "kind: faker"],
    ),
    (
        "malformed-yaml",
        ["generate", "{spec:malformed}", "-o", "{out}/o.csv"],
        ["malformed.yaml", "invalid YAML at line"],
    ),
    (
        "malformed-json",
        ["generate", "{spec:malformed-json}", "-o", "{out}/o.csv"],
        ["malformed-json.yaml", "invalid JSON at line 1"],
    ),
    (
        "missing-spec",
        ["generate", "{out}/missing.yaml", "-o", "{out}/o.csv"],
        ["missing.yaml", "file not found; check the path"],
    ),
    (
        "unknown-template",
        ["generate", "--template", "nope", "-o", "{out}/o.csv"],
        ["unknown template 'nope'", "available: base-types"],
    ),
    (
        "spec-and-template",
        ["generate", "{spec:good}", "--template", "base-types"],
        ["give a spec file or --template, not both"],
    ),
    ("nothing-to-generate", ["generate"], ["give a spec file, or --template NAME"]),
    (
        "bad-row-range",
        ["generate", "{spec:good}", "--row-range", "5-3", "-o", "{out}/o.csv"],
        ["row range '5-3' must look like START:STOP"],
    ),
    (
        "backwards-row-range",
        ["generate", "{spec:good}", "--row-range", "9:3"],
        ["needs 0 <= START <= STOP"],
    ),
    (
        "unwritable-output",
        ["generate", "{spec:good}", "-o", "{locked}/o.csv"],
        ["o.csv", "is not writable; choose another path"],
    ),
    (
        "missing-directory",
        ["generate", "{spec:good}", "-o", "{out}/nodir/o.csv"],
        ["nodir", "does not exist; create it first"],
    ),
    (
        "unknown-extension",
        ["generate", "{spec:good}", "-o", "{out}/o.xyz"],
        ["o.xyz", "cannot tell the format from the extension", "--format"],
    ),
    (
        "unknown-format",
        ["generate", "{spec:good}", "-f", "xml", "-o", "{out}/o.csv"],
        ["unknown format 'xml'"],
    ),
    (
        "unknown-compression",
        ["generate", "{spec:good}", "-c", "brotli", "-o", "{out}/o.csv"],
        ["unknown compression 'brotli'"],
    ),
    (
        "workers-zero",
        ["generate", "{spec:good}", "--workers", "0", "-o", "{out}/o.csv"],
        ["--workers must be at least 1"],
    ),
    (
        "chunk-rows-zero",
        ["generate", "{spec:good}", "--chunk-rows", "0"],
        ["--chunk-rows must be at least 1"],
    ),
    (
        "negative-rows",
        ["generate", "{spec:good}", "--rows", "-5", "-o", "{out}/o.csv"],
        ["rows must be between 0 and 10^12"],
    ),
    (
        "absurd-rows",
        ["generate", "{spec:good}", "--rows", "1000000000001"],
        ["rows must be between 0 and 10^12"],
    ),
    (
        "capacity",
        ["generate", "{spec:capacity}", "-o", "{out}/o.csv"],
        ["tables.t.fields.n", "unique space is 10 but rows is 300", "widen"],
    ),
    (
        "min-greater-than-max",
        ["generate", "{spec:min-max}", "-o", "{out}/o.csv"],
        ["tables.t.fields.n", "min_value (9) is greater than max_value (1)", "swap them"],
    ),
    (
        "missing-column",
        ["generate", "{spec:missing-column}", "-o", "{out}/o.csv"],
        ["tables.t.fields.d.expr", "unknown column 'zzz'"],
    ),
    (
        "multi-table-to-stdout",
        ["generate", "{spec:multi}"],
        ["several tables cannot share standard output"],
    ),
    (
        "unknown-table",
        ["generate", "{spec:multi}", "--table", "c", "-o", "{out}/o.csv"],
        ["no table 'c'"],
    ),
    (
        "arrow-gzip",
        ["generate", "{spec:good}", "-o", "{out}/o.arrow.gz"],
        ["Arrow IPC files compress their buffers with zstd, not gzip", "use .arrow.zst"],
    ),
    (
        "parquet-to-stdout",
        ["generate", "{spec:good}", "-f", "parquet"],
        ["parquet is a binary file format"],
    ),
    ("validate-bad-spec", ["validate", "{spec:unknown-kind}"], ["unknown kind 'integr'"]),
    ("validate-capacity", ["validate", "{spec:capacity}"], ["unique space is 10"]),
    ("preview-bad-spec", ["preview", "{spec:malformed}", "-n", "3"], ["invalid YAML"]),
    ("preview-negative", ["preview", "{spec:good}", "-n", "-1"], ["-n must be 0 or more"]),
]


def _expand(args: list[str], tmp_path: Path, locked: Path) -> list[str]:
    specs = tmp_path / "specs"
    specs.mkdir(exist_ok=True)
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    expanded = []
    for arg in args:
        if arg.startswith("{spec:"):
            name = arg[len("{spec:") : -1]
            path = specs / f"{name}.yaml"
            path.write_text(SPECS[name])
            expanded.append(str(path))
        else:
            expanded.append(arg.replace("{out}", str(out)).replace("{locked}", str(locked)))
    return expanded


def _run_bad(args: list[str]) -> tuple[str, str]:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert isinstance(result.exception, SystemExit)
    return result.stdout, result.stderr


@pytest.mark.parametrize(("args", "parts"), [pytest.param(a, p, id=name) for name, a, p in CASES])
def test_bad_input_gives_one_clear_line(
    tmp_path: Path, unwritable_dir: Path, args: list[str], parts: list[str]
) -> None:
    stdout, stderr = _run_bad(_expand(args, tmp_path, unwritable_dir))
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("error: ")
    for part in parts:
        assert part in lines[0], (part, lines[0])
    assert "Traceback" not in stdout + stderr
    assert stdout == ""
    assert list((tmp_path / "out").rglob("*")) == []  # no output, no partial file


def test_late_failure_leaves_no_file_and_keeps_the_older_one(tmp_path: Path) -> None:
    spec = tmp_path / "late.yaml"
    spec.write_text(SPECS["late-failure"])
    target = tmp_path / "o.csv"
    target.write_text("older")
    _, stderr = _run_bad(["generate", str(spec), "-o", str(target)])
    assert stderr.startswith("error: ")
    assert len(stderr.splitlines()) == 1
    assert "Traceback" not in stderr
    assert target.read_text() == "older"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["late.yaml", "o.csv"]


def test_late_failure_names_the_field(tmp_path: Path) -> None:
    """Regression: an expression failing in block 2 gave Arrow's bare message."""
    spec = tmp_path / "late.yaml"
    spec.write_text(SPECS["late-failure"])
    _, stderr = _run_bad(["generate", str(spec), "-o", str(tmp_path / "o.csv")])
    assert "tables.t.fields.code" in stderr


@pytest.mark.parametrize("name", ["capacity", "min-max", "missing-column"])
def test_plan_errors_name_the_spec_file(tmp_path: Path, name: str) -> None:
    """Regression: errors found while planning did not name the file, unlike parse errors."""
    spec = tmp_path / f"{name}.yaml"
    spec.write_text(SPECS[name])
    _, stderr = _run_bad(["generate", str(spec), "-o", str(tmp_path / "o.csv")])
    assert f"{name}.yaml" in stderr


def test_debug_lets_the_traceback_through(tmp_path: Path) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text(SPECS["unknown-kind"])
    result = runner.invoke(app, ["generate", str(spec), "--debug"])
    assert result.exit_code == 1
    assert isinstance(result.exception, SpecError)
    assert "unknown kind 'integr'" in str(result.exception)
    assert result.exc_info is not None
    assert result.exc_info[2] is not None  # the traceback object


def test_unknown_option_is_a_usage_error(base_types: Path) -> None:
    result = runner.invoke(app, ["generate", str(base_types), "--nope"])
    assert result.exit_code == 2
    assert "No such option" in result.stderr
    assert "Traceback" not in result.stderr
