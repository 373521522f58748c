"""Whole-process benchmark: ``lookalike generate --template person`` on one core against Faker.

What a user sees: the CLI run from a fresh process, start-up, locale data and
writing included, ``--workers 1``, 5M rows of the person template (en_GB).
It runs three ways in each round:

- to standard output, drained by ``/dev/null`` (no disk: Faker's side of the
  comparison writes into memory too);
- to a new file on the scratch filesystem;
- ``dd`` writing the same number of bytes to a new file, the disk's own rate,
  so the file figure can be read against what the VM's page cache allows.

Faker's rate is its steady one (``bench_locale.child_faker``: its instance is
built before its clock starts, rows go through Python's csv module into a
StringIO), which favours Faker. Rounds alternate Faker and each lookalike run;
medians are compared, in one run.

    uv run python benchmarks/bench_person_process.py            # updates docs/benchmarks.md
    uv run python benchmarks/bench_person_process.py --quick    # one round, 1M rows, prints only
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from harness import machine, replace_section, run_child

LOOKALIKE = str(Path(sys.executable).with_name("lookalike"))


def _timed(argv: list[str], stdout: Any) -> dict[str, float]:
    """Run ``argv`` in a fresh process: wall seconds and the child's CPU seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, stdout=stdout, stderr=subprocess.DEVNULL, check=True)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "seconds": seconds,
        "user_s": after.ru_utime - before.ru_utime,
        "sys_s": after.ru_stime - before.ru_stime,
    }


def _generate(rows: int, output: str) -> list[str]:
    return [
        LOOKALIKE, "generate", "--template", "person", "--locale", "en_GB", "--seed", "42",
        "--email-domain", "testcorp.co.uk", "--rows", str(rows), "--workers", "1",
        "--output", output, "-q",
    ]  # fmt: skip


def one_round(rows: int, scratch: Path) -> dict[str, dict[str, float]]:
    """Faker, lookalike to /dev/null, lookalike to a file, dd of the file's size."""
    faker = run_child("bench_locale", "faker", rows=20_000)
    with open(os.devnull, "wb") as sink:
        piped = _timed(_generate(rows, "-"), sink)
    target = scratch / "people.csv"
    target.unlink(missing_ok=True)  # a new file each time, as a user's first run
    filed = _timed(_generate(rows, str(target)), subprocess.DEVNULL)
    size = target.stat().st_size
    target.unlink()
    copy = scratch / "dd.bin"
    megabytes = -(-size // 2**20)
    disk = _timed(["dd", "if=/dev/zero", f"of={copy}", "bs=1M", f"count={megabytes}"],
                  subprocess.DEVNULL)  # fmt: skip
    copy.unlink()
    return {
        "faker": {"rows_per_s": faker["rows_per_s"]},
        "stdout": {**piped, "rows_per_s": rows / piped["seconds"]},
        "file": {**filed, "rows_per_s": rows / filed["seconds"], "bytes": size},
        "dd": {**disk, "mb_per_s": size / 2**20 / disk["seconds"]},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one round of 1M rows, prints only")
    parser.add_argument("--repeat", type=int, default=5, help="rounds (medians taken)")
    parser.add_argument("--rows", type=int, default=5_000_000)
    args = parser.parse_args()
    rows = 1_000_000 if args.quick else args.rows
    repeat = 1 if args.quick else args.repeat
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(dir=Path(__file__).resolve().parents[1]) as folder:
        rounds = [one_round(rows, Path(folder)) for _ in range(repeat)]
    medians = {
        what: {key: statistics.median(r[what][key] for r in rounds) for key in rounds[0][what]}
        for what in rounds[0]
    }
    faker = medians["faker"]["rows_per_s"]
    for what in ("stdout", "file"):
        m = medians[what]
        print(f"{what:7} {m['seconds']:.2f} s  {m['rows_per_s']:>12,.0f} rows/s  "
              f"{m['rows_per_s'] / faker:,.0f}x Faker  (user {m['user_s']:.2f} s, "
              f"sys {m['sys_s']:.2f} s)")  # fmt: skip
    print(f"faker   {faker:,.0f} rows/s; dd {medians['dd']['mb_per_s']:,.0f} MB/s; load {load:.1f}")
    if not args.quick:
        write_doc(rows, repeat, medians, rounds, load)


def write_doc(
    rows: int, repeat: int, medians: dict[str, dict[str, float]],
    rounds: list[dict[str, dict[str, float]]], load: float,
) -> None:  # fmt: skip
    faker = medians["faker"]["rows_per_s"]
    size = medians["file"]["bytes"] / 2**20
    lines = [
        f"Run {dt.date.today().isoformat()} on {machine()}, load average {load:.1f} at the "
        f"start. {repeat} rounds, each: Faker (20,000 rows, its steady rate), then "
        f"`lookalike generate --template person --rows {rows:,} --workers 1` as a fresh "
        "process (start-up included) to standard output drained by /dev/null and to a new "
        f"file ({size:,.0f} MB), then `dd` writing as many bytes to a new file. Medians.",
        "",
        "| what | seconds | rows/s | x Faker | CPU s user / sys | every round, x Faker |",
        "| --- | ---: | ---: | ---: | --- | --- |",
    ]
    for what, label in (("stdout", "lookalike to /dev/null"), ("file", "lookalike to a file")):
        m = medians[what]
        every = ", ".join(f"{r[what]['rows_per_s'] / r['faker']['rows_per_s']:,.0f}x"
                          for r in rounds)  # fmt: skip
        lines.append(
            f"| {label} | {m['seconds']:.2f} | {m['rows_per_s']:,.0f} | "
            f"{m['rows_per_s'] / faker:,.0f}x | {m['user_s']:.2f} / {m['sys_s']:.2f} | {every} |"
        )
    disk = medians["dd"]
    lines += [
        f"| Faker (steady, into memory) | - | {faker:,.0f} | 1x | - | - |",
        f"| dd, same bytes to a new file | {disk['seconds']:.2f} | - | - | "
        f"{disk['user_s']:.2f} / {disk['sys_s']:.2f} | - |",
        "",
        f"The disk takes {disk['seconds']:.2f} s for the file's bytes alone "
        f"({disk['mb_per_s']:,.0f} MB/s), which bounds the file run at "
        f"{rows / disk['seconds'] / faker:,.0f}x Faker on this VM whatever generates them.",
    ]
    replace_section("person-process-benchmark", "Person, whole process, one core, against Faker",
                    lines)  # fmt: skip


if __name__ == "__main__":
    main()
