"""Start-up benchmark: whole CLI processes, start-up included, and what their imports cost.

Each command runs ``--repeat`` times, in rounds (every command once, then again),
each a fresh process timed from spawn to exit (wall clock, and the children's
CPU time); the median is reported. Commands: the interpreter alone, importing
numpy and pyarrow (the floor any lookalike run pays), ``lookalike --help``,
10 rows of ``base-types`` and of ``person`` (en_GB), and ``person`` again with
the prepared locale files ignored (``LOOKALIKE_NO_PREPARED=1``: pools built from
the shipped Parquet and JSON, as before they were prepared). Then one
``python -X importtime`` run of the person command, summed by top-level package,
says where the rest goes.

Timings need bytecode: with ``PYTHONDONTWRITEBYTECODE`` set and no ``.pyc``
files, every import compiles its module again (seconds). The script reports
whether the package's bytecode exists and, with ``--compile``, writes it first
(``compileall`` over the environment, as ``uv sync --compile-bytecode`` does).

    uv run python benchmarks/bench_startup.py --compile   # updates docs/benchmarks.md
    uv run python benchmarks/bench_startup.py --quick     # one round, prints only
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from harness import machine, replace_section

ROOT = Path(__file__).resolve().parents[1]
# The installed console script, as a user runs it.
LOOKALIKE = [str(Path(sys.executable).with_name("lookalike"))]


def commands(out: str) -> dict[str, tuple[list[str], dict[str, str]]]:
    """Name -> (argv, extra environment)."""
    generate = [*LOOKALIKE, "generate", "--rows", "10", "--seed", "1", "-o", out, "-q"]
    return {
        "python -c pass": ([sys.executable, "-c", "pass"], {}),
        "import numpy, pyarrow": ([sys.executable, "-c", "import numpy, pyarrow"], {}),
        "lookalike --help": ([*LOOKALIKE, "--help"], {}),
        "base-types, 10 rows": ([*generate, "--template", "base-types"], {}),
        "person en_GB, 10 rows": ([*generate, "--template", "person"], {}),
        "person en_GB, 10 rows, pools built at start": (
            [*generate, "--template", "person"],
            {"LOOKALIKE_NO_PREPARED": "1"},
        ),
    }


def time_process(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    """Wall and CPU seconds of one process, spawn to exit."""
    before = os.times()
    started = time.perf_counter()
    done = subprocess.run(argv, env={**os.environ, **env}, capture_output=True, cwd=ROOT)
    wall = time.perf_counter() - started
    after = os.times()
    if done.returncode != 0:
        raise RuntimeError(f"{argv} failed:\n{done.stderr.decode()[-2000:]}")
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return {"wall": wall, "cpu": cpu}


def import_costs(argv: list[str]) -> list[tuple[str, float]]:
    """Self time of every import of one run, summed by top-level package (seconds)."""
    done = subprocess.run(
        argv,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPROFILEIMPORTTIME": "1"},
    )
    totals: dict[str, float] = defaultdict(float)
    for line in done.stderr.splitlines():
        found = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s+(\S+)", line.strip())
        if found:
            totals[found.group(2).split(".")[0]] += int(found.group(1)) / 1e6
    return sorted(totals.items(), key=lambda kv: -kv[1])


def bytecode_present() -> bool:
    """Whether the installed lookalike package has compiled bytecode next to its sources."""
    import lookalike

    return any(Path(lookalike.__file__).parent.rglob("*.pyc"))


def compile_environment() -> None:
    for folder in {sysconfig.get_paths()["purelib"], str(ROOT / "src")}:
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", "-j", "0", folder],
            check=False,
            capture_output=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one round; no docs update")
    parser.add_argument("--repeat", type=int, default=7, help="rounds (median taken)")
    parser.add_argument("--compile", action="store_true", help="write bytecode first")
    args = parser.parse_args()
    if args.compile:
        compile_environment()
    repeat = 1 if args.quick else max(1, args.repeat)
    with tempfile.TemporaryDirectory() as scratch:
        runs = commands(str(Path(scratch) / "out.csv"))
        times: dict[str, list[dict[str, float]]] = {name: [] for name in runs}
        for argv, env in runs.values():  # warm the page cache: not counted
            time_process(argv, env)
        for _ in range(repeat):
            for name, (argv, env) in runs.items():
                times[name].append(time_process(argv, env))
        imports = import_costs(runs["person en_GB, 10 rows"][0])
    results: dict[str, dict[str, Any]] = {
        name: {
            "wall": statistics.median(r["wall"] for r in rs),
            "cpu": statistics.median(r["cpu"] for r in rs),
            "all_wall": [r["wall"] for r in rs],
        }
        for name, rs in times.items()
    }
    for name, r in results.items():
        every = ", ".join(f"{w:.2f}" for w in r["all_wall"])
        print(f"{name:46} wall {r['wall']:.3f} s  cpu {r['cpu']:.3f} s  ({every})")
    print("imports of the person run, by package (self time):")
    for package, seconds in imports[:12]:
        print(f"    {package:20} {seconds * 1000:7.1f} ms")
    print(f"bytecode present: {bytecode_present()}")
    if not args.quick:
        write_doc(results, imports, repeat)


def write_doc(results: dict[str, Any], imports: list[tuple[str, float]], repeat: int) -> None:
    floor = results["import numpy, pyarrow"]["wall"]
    person = results["person en_GB, 10 rows"]["wall"]
    built = results["person en_GB, 10 rows, pools built at start"]["wall"]
    lines = [
        f"Run {dt.date.today().isoformat()} on {machine()} (shared with other developers: "
        f"read the ratios). {repeat} rounds, each command a fresh process timed spawn to exit; "
        f"medians. Bytecode compiled: {bytecode_present()}.",
        "",
        "| command | wall s (median) | CPU s (median) | x numpy+pyarrow import "
        "| every run, wall s |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for name, r in results.items():
        every = ", ".join(f"{w:.2f}" for w in r["all_wall"])
        lines.append(
            f"| `{name}` | {r['wall']:.3f} | {r['cpu']:.3f} | {r['wall'] / floor:.1f} | {every} |"
        )
    total = sum(s for _, s in imports)
    lines += [
        "",
        f"Prepared locale files save {built - person:.2f} s of the person run "
        f"({built:.2f} s to {person:.2f} s). Imports of the person run, self time by "
        f"top-level package ({total:.2f} s in all, one `-X importtime` run): "
        + ", ".join(f"{p} {s * 1000:.0f} ms" for p, s in imports[:10])
        + ".",
    ]
    replace_section("startup-benchmark", "Start-up (whole processes)", lines)


if __name__ == "__main__":
    main()
