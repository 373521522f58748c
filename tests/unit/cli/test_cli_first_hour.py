"""What a newcomer meets in the first hour: version, quiet runs, reports, wide previews,
several formats at once, and a disk that would fill up."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

import lookalike
from lookalike.cli.main import app

runner = CliRunner()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"lookalike {lookalike.__version__}\n"


def test_shell_completion_can_be_installed() -> None:
    result = runner.invoke(app, ["--help"])
    assert "--install-completion" in result.stdout
    assert "--show-completion" in result.stdout


def test_quiet_is_silent_and_the_report_file_keeps_the_facts(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("tables: {t: {rows: 30, fields: {u: {kind: uuid}}}}\n")  # no seed
    report = tmp_path / "run.json"
    out = tmp_path / "t.csv"
    result = runner.invoke(
        app, ["generate", str(spec), "-o", str(out), "-q", "--report", str(report)]
    )
    assert result.exit_code == 0
    assert result.stderr == ""
    facts = json.loads(report.read_text())
    assert facts["rows"] == {"t": 30}
    assert facts["files"] == {"t": [str(out)]}
    assert re.fullmatch(r"--seed \d+ --reference-time \d{4}-\d\d-\d\d", facts["repeat"])
    again = tmp_path / "again.csv"
    args = ["generate", str(spec), "-o", str(again), "-q", *facts["repeat"].split()]
    assert runner.invoke(app, args).exit_code == 0
    assert again.read_bytes() == out.read_bytes()


def test_a_wide_preview_fits_80_columns() -> None:
    result = runner.invoke(
        app, ["preview", "--template", "person", "-n", "3", "--seed", "1"], env={"COLUMNS": "80"}
    )
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert any("email" in line for line in lines)


def test_several_formats_from_one_run(tmp_path: Path) -> None:
    out = tmp_path / "people.csv"
    args = ["generate", "--template", "person", "-n", "500", "--seed", "3", "-o", str(out)]
    result = runner.invoke(app, [*args, "-f", "csv,parquet", "-q"])
    assert result.exit_code == 0, result.stderr
    alone = tmp_path / "alone.csv"
    lookalike.write("person", alone, rows=500, seed=3)
    assert out.read_bytes() == alone.read_bytes()
    lookalike.write("person", tmp_path / "alone.parquet", rows=500, seed=3)
    assert (tmp_path / "people.parquet").read_bytes() == (tmp_path / "alone.parquet").read_bytes()


def test_a_run_that_would_fill_the_disk_is_refused_before_writing(small_disk: Path) -> None:
    out = small_disk / "huge.csv"
    args = ["generate", "--template", "base-types", "-n", "1000000000000", "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    message = result.stderr
    assert "would be written" in message
    assert re.search(r"about [\d.]+ TB would be written, but .* has only [\d.]+ kB free", message)
    assert "--no-space-check" in message
    assert list(small_disk.iterdir()) == []  # not one byte was written


def test_validate_shows_the_estimated_size(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", "--template", "person", "-n", "1000000"])
    assert result.exit_code == 0
    sizes = re.search(r"~([\d.]+) MB as CSV, ~([\d.]+) MB as Parquet", result.stdout)
    assert sizes, result.stdout
    written = tmp_path / "people.csv"
    lookalike.write("person", written, rows=50_000, seed=1)
    measured_mb = written.stat().st_size * 20 / 1e6
    assert abs(float(sizes.group(1)) - measured_mb) / measured_mb < 0.1


def test_check_reads_every_format_lookalike_writes(tmp_path: Path) -> None:
    shop = Path(__file__).resolve().parents[3] / "examples" / "shop.yaml"
    for fmt, compression in [("json", None), ("ndjson", "gzip"), ("tsv", "zstd")]:
        folder = tmp_path / f"{fmt}-{compression}"
        args = ["generate", str(shop), "-n", "50", "--seed", "1", "-o", f"{folder}/",
                "-f", fmt, "-q"]  # fmt: skip
        if compression:
            args += ["-c", compression]
        assert runner.invoke(app, args).exit_code == 0
        checked = runner.invoke(app, ["check", str(shop), "--files", str(folder)])
        assert checked.exit_code == 0, (fmt, checked.stdout, checked.stderr)


def test_excel_and_geojson_are_formats_like_the_others(tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "people.xlsx"
    args = ["generate", "--template", "person", "-n", "50", "--seed", "2", "-o", str(out), "-q"]
    assert runner.invoke(app, args).exit_code == 0
    book = openpyxl.load_workbook(out, read_only=True)  # holds the file open until closed
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    expected = lookalike.generate("person", rows=50, seed=2)
    assert list(rows[0]) == expected.column_names
    assert [r[1] for r in rows[1:]] == expected.column("first_name").to_pylist()
    refused = runner.invoke(app, ["generate", "--template", "person", "-n", "5",
                                  "-o", str(tmp_path / "p.geojson")])  # fmt: skip
    assert refused.exit_code == 2
    assert "GeoJSON needs latitude and longitude columns" in refused.stderr


def test_a_quiet_person_run_loads_only_what_it_needs(tmp_path: Path) -> None:
    # Every CLI call pays its imports: a quiet run draws no bar (no Rich), reads
    # no stream (no asyncio) and evaluates no expression (no Polars).
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from lookalike.cli.main import run\n"
        f"sys.argv = ['lookalike', 'generate', '--template', 'person', '--rows', '10', "
        f"'-o', {str(tmp_path / 'p.csv')!r}, '-q']\n"
        "try:\n    run()\nexcept SystemExit:\n    pass\n"
        "print(','.join(sorted({m.split('.')[0] for m in sys.modules}"
        " & {'rich', 'asyncio', 'polars', 'pandas', 'faker'})))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert (tmp_path / "p.csv").read_text().count("\n") == 11
    assert done.stdout.strip().splitlines()[-1:] in ([], [""])
