"""`lookalike generate` through Typer's CliRunner."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable
from pathlib import Path

import pyarrow.ipc as ipc
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import lookalike
from lookalike.cli.main import app
from lookalike.pipeline import RowRange
from lookalike.randomness import BLOCK_ROWS

runner = CliRunner()


def _ok(*args: str) -> tuple[bytes, str]:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, (result.stdout, result.stderr, result.exception)
    return result.stdout_bytes, result.stderr


def test_generate_csv_to_stdout(base_types: Path, tmp_path: Path) -> None:
    out, err = _ok("generate", str(base_types), "--rows", "20", "--seed", "3")
    # Not a terminal: no progress bar, but the one-line summary still goes to stderr.
    assert err.startswith("wrote 20 rows to standard output in ")
    assert err.count("\n") == 1
    lines = out.decode().splitlines()
    assert len(lines) == 21
    assert lines[0].startswith('"customer_id","quantity"')
    lookalike.write(base_types, tmp_path / "api.csv", rows=20, seed=3)
    assert out == (tmp_path / "api.csv").read_bytes()


@pytest.mark.parametrize("fmt", ["json", "ndjson", "tsv"])
def test_generate_other_text_formats_to_stdout(base_types: Path, fmt: str) -> None:
    out, _ = _ok("generate", str(base_types), "-n", "4", "-s", "1", "--format", fmt)
    text = out.decode()
    if fmt == "json":
        assert len(json.loads(text)) == 4
    elif fmt == "ndjson":
        assert [json.loads(line)["quantity"] > 0 for line in text.splitlines()] == [True] * 4
    else:
        assert text.splitlines()[0].split("\t")[:2] == ['"customer_id"', '"quantity"']


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("out.csv", lambda p: p.read_text().count("\n") == 11),
        ("out.tsv", lambda p: "\t" in p.read_text()),
        ("out.jsonl", lambda p: len(p.read_text().splitlines()) == 10),
        ("out.json", lambda p: len(json.loads(p.read_text())) == 10),
        ("out.parquet", lambda p: pq.read_table(p).num_rows == 10),
        ("out.arrow", lambda p: ipc.open_file(str(p)).read_all().num_rows == 10),
        ("out.csv.gz", lambda p: gzip.decompress(p.read_bytes()).count(b"\n") == 11),
    ],
)
def test_generate_infers_the_format_from_the_extension(
    base_types: Path, tmp_path: Path, name: str, check: Callable[[Path], bool]
) -> None:
    path = tmp_path / name
    out, _ = _ok("generate", str(base_types), "-n", "10", "-s", "1", "-o", str(path))
    assert out == b""
    assert check(path)
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_format_option_overrides_the_extension(base_types: Path, tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    _ok("generate", str(base_types), "-n", "3", "-s", "1", "-o", str(path), "-f", "ndjson")
    assert [json.loads(line)["customer_id"] > 0 for line in path.read_text().splitlines()] == [
        True
    ] * 3


def test_seed_changes_the_output(base_types: Path) -> None:
    one, _ = _ok("generate", str(base_types), "-n", "5", "--seed", "1")
    again, _ = _ok("generate", str(base_types), "-n", "5", "--seed", "1")
    two, _ = _ok("generate", str(base_types), "-n", "5", "--seed", "2")
    assert one == again
    assert one != two


def test_spec_seed_is_used_by_default(base_types: Path) -> None:
    default, err = _ok("generate", str(base_types), "-n", "5")
    explicit, _ = _ok("generate", str(base_types), "-n", "5", "--seed", "42")
    assert default == explicit
    assert "to repeat this run" not in err  # seed and time are pinned by the spec


def test_missing_seed_is_printed_and_reproducible(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "reference_time: 2026-01-01T00:00:00Z\n"
        "tables: {t: {rows: 50, fields: {u: {kind: uuid}, d: {kind: date}}}}\n"
    )
    first, err = _ok("generate", str(spec))
    match = re.fullmatch(
        r"seed (\d+), reference time 2026-01-01 \(pass --seed \1 --reference-time "
        r"2026-01-01 to repeat this run\)\nwrote 50 rows to standard output in .*, seed \1\n",
        err,
    )
    assert match, err
    again, _ = _ok("generate", str(spec), "--seed", match.group(1))
    assert again == first


def test_row_range_equals_the_slice_of_the_full_output(base_types: Path) -> None:
    rows = str(BLOCK_ROWS + 100)
    full, _ = _ok("generate", str(base_types), "-n", rows, "-s", "9")
    first, stop = BLOCK_ROWS - 5, BLOCK_ROWS + 5
    part, _ = _ok(
        "generate", str(base_types), "-n", rows, "-s", "9", "--row-range", f"{first}:{stop}"
    )
    full_lines, part_lines = full.splitlines(), part.splitlines()
    assert part_lines[0] == full_lines[0]
    assert part_lines[1:] == full_lines[1 + first : 1 + stop]
    assert len(part_lines) == 11


def test_row_range_at_the_end_of_a_big_table(base_types: Path, tmp_path: Path) -> None:
    """Only the last block of the 1,000,000-row example is generated for this."""
    out, _ = _ok("generate", str(base_types), "--row-range", "999998:1000005", "-f", "ndjson")
    lines = out.decode().splitlines()
    assert len(lines) == 2  # the table ends at 1,000,000
    library = tmp_path / "tail.ndjson"
    lookalike.write(base_types, library, row_range=RowRange(999_998, 1_000_005))
    assert out == library.read_bytes()


def test_two_workers_give_the_same_bytes(base_types: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    rows = str(BLOCK_ROWS + 500)
    _ok("generate", str(base_types), "-n", rows, "-o", str(one), "--workers", "1")
    _ok("generate", str(base_types), "-n", rows, "-o", str(two), "--workers", "2")
    assert one.read_bytes() == two.read_bytes()
    assert one.read_text().count("\n") == BLOCK_ROWS + 501


def test_chunk_rows_gives_the_same_bytes(base_types: Path, tmp_path: Path) -> None:
    whole, chunked = tmp_path / "whole.parquet", tmp_path / "chunked.parquet"
    _ok("generate", str(base_types), "-n", "3000", "-o", str(whole))
    _ok("generate", str(base_types), "-n", "3000", "-o", str(chunked), "--chunk-rows", "7")
    assert whole.read_bytes() == chunked.read_bytes()


def test_template(tmp_path: Path, base_types: Path) -> None:
    out, _ = _ok("generate", "--template", "base-types", "--rows", "5")
    reference = tmp_path / "ref.csv"
    lookalike.write(base_types, reference, rows=5)
    assert out == reference.read_bytes()


def test_multi_table_to_a_directory(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "seed: 1\ntables:\n  a: {rows: 3, fields: {n: {kind: sequence}}}\n"
        "  b: {rows: 4, fields: {n: {kind: sequence}}}\n"
    )
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    _ok("generate", str(spec), "-o", str(out_dir), "-f", "ndjson")
    assert sorted(p.name for p in out_dir.iterdir()) == ["a.ndjson", "b.ndjson"]
    assert len((out_dir / "b.ndjson").read_text().splitlines()) == 4
    single, _ = _ok("generate", str(spec), "--table", "b")
    assert single.decode().splitlines() == ['"n"', "1", "2", "3", "4"]


def test_quiet_file_output_prints_nothing(base_types: Path, tmp_path: Path) -> None:
    out, err = _ok("generate", str(base_types), "-n", "5", "-o", str(tmp_path / "o.csv"), "-q")
    assert (out, err) == (b"", "")
    assert (tmp_path / "o.csv").read_text().count("\n") == 6
