"""The installed command, run as a user runs it: a real process, real pipes, real signals."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import lookalike
from lookalike.randomness import BLOCK_ROWS

SCRIPT = Path(sys.executable).parent / "lookalike"


def _run(*args: str, script: bool = False) -> subprocess.CompletedProcess[bytes]:
    command = [str(SCRIPT)] if script else [sys.executable, "-m", "lookalike"]
    return subprocess.run([*command, *args], capture_output=True, timeout=120, check=False)


def test_console_script_is_installed() -> None:
    done = _run("templates", script=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith("base-types")


def test_generate_to_a_pipe_and_a_row_range(base_types: Path, tmp_path: Path) -> None:
    rows = str(BLOCK_ROWS + 10)
    done = _run("generate", str(base_types), "--rows", rows, "--seed", "8")
    assert done.returncode == 0, done.stderr
    # Piped: no progress bar, and the one-line summary on stderr, away from the rows.
    assert done.stderr.decode().startswith("wrote 65,546 rows to standard output in ")
    assert done.stderr.count(b"\n") == 1
    lookalike.write(base_types, tmp_path / "lib.csv", rows=BLOCK_ROWS + 10, seed=8)
    assert done.stdout == (tmp_path / "lib.csv").read_bytes()

    first, stop = BLOCK_ROWS - 3, BLOCK_ROWS + 4  # across the block boundary
    part = _run(
        "generate", str(base_types), "-n", rows, "-s", "8", "--row-range", f"{first}:{stop}"
    )
    assert part.returncode == 0, part.stderr
    full_lines, part_lines = done.stdout.splitlines(), part.stdout.splitlines()
    assert part_lines[0] == full_lines[0]
    assert part_lines[1:] == full_lines[1 + first : 1 + stop]


def test_workers_give_identical_files(base_types: Path, tmp_path: Path) -> None:
    rows = str(BLOCK_ROWS + 123)
    for workers in ("1", "2"):
        done = _run(
            "generate",
            str(base_types),
            "-n",
            rows,
            "-w",
            workers,
            "-o",
            str(tmp_path / f"w{workers}.csv"),
        )
        assert done.returncode == 0, done.stderr
    one, two = (tmp_path / "w1.csv").read_bytes(), (tmp_path / "w2.csv").read_bytes()
    assert one.count(b"\n") == BLOCK_ROWS + 124
    assert one == two


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "tables: {t: {rows: 50, fields: {n: {kind: pattern, pattern: '#', unique: true}}}}"
    )
    target = tmp_path / "out.csv"
    done = _run("generate", str(spec), "-o", str(target))
    assert done.returncode == 2
    assert done.stdout == b""
    lines = done.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(b"error: ")
    assert b"unique space is 10 but rows is 50" in lines[0]
    assert b"Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spec.yaml"]


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("tables: {t: {fields: {n: {kind: integr}}}}")
    done = _run("generate", str(spec), "--debug")
    assert done.returncode != 0
    assert b"Traceback (most recent call last)" in done.stderr
    assert b"SpecError" in done.stderr


def test_closed_pipe_stops_quietly(base_types: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "lookalike", "generate", str(base_types), "-n", "500000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    head = process.stdout.read(200)
    process.stdout.close()  # like `| head -c 200`
    err = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=60) == 0
    assert head.startswith(b'"customer_id"')
    assert b"Traceback" not in err


def test_ctrl_c_leaves_no_partial_file(base_types: Path, tmp_path: Path) -> None:
    target = tmp_path / "big.csv"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "lookalike",
            "generate",
            str(base_types),
            "-n",
            "100000000",
            "-o",
            str(target),
            "--workers",
            "2",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        partial: list[Path] = []
        while not partial and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
            partial = [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
        assert partial, "generation never started writing"
        while partial[0].exists() and partial[0].stat().st_size == 0:
            time.sleep(0.05)  # wait until rows are really being written
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 130
    assert err.decode().splitlines()[-1].startswith("error: interrupted")
    assert b"Traceback" not in err
    assert list(tmp_path.iterdir()) == []
