"""Before and after: ``create_dataset(name, rows=1M)`` as whole processes from this
checkout and from another checkout's ``src`` (an earlier commit), alternating.

Each dataset runs base, new, new, base in fresh ``python -c`` processes (no
warm-up, no memory tuning: what a user's one-liner gets); the best of each
pair is printed, with the CPU seconds (user + system, from ``wait4``) and
peak RSS, and whether both files have the same size. Alternating keeps the
two sides under the same load on a shared machine.

    git worktree add /tmp/base <commit>   # and build its kernels, or copy a matching .so
    uv run python benchmarks/compare_domains.py /tmp/base/src
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_domains import DATASETS


def _run(src: str | None, name: str, options: dict[str, Any], out: Path) -> dict[str, float]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = src
    path = out / name
    extra = "".join(f", {key}={value!r}" for key, value in options.items())
    code = (
        f"import lookalike; lookalike.create_dataset({str(path)!r}, rows=1_000_000, seed=1{extra})"
    )
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=out)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        raise RuntimeError(f"{name} failed in {src or 'this checkout'}")
    size = path.stat().st_size
    path.unlink()
    cpu = usage.ru_utime + usage.ru_stime
    return {"wall": wall, "cpu": cpu, "rss_mb": usage.ru_maxrss / 1024, "bytes": size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base_src", help="the other checkout's src folder")
    parser.add_argument("--only", nargs="*", help="these dataset files only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        for name, options in DATASETS:
            if args.only and name not in args.only:
                continue
            runs: dict[str, list[dict[str, float]]] = {"base": [], "new": []}
            for side in ("base", "new", "new", "base"):
                src = args.base_src if side == "base" else None
                runs[side].append(_run(src, name, options, Path(scratch)))
            best = {side: {k: min(r[k] for r in rs) for k in rs[0]} for side, rs in runs.items()}
            base, new = best["base"], best["new"]
            print(
                f"{name:20} base {base['wall']:5.2f} s (CPU {base['cpu']:4.2f}, "
                f"{base['rss_mb']:3.0f} MB) | new {new['wall']:5.2f} s (CPU {new['cpu']:4.2f}, "
                f"{new['rss_mb']:3.0f} MB) | CPU {base['cpu'] / new['cpu']:.2f}x, "
                f"same size: {base['bytes'] == new['bytes']}",
                flush=True,
            )


if __name__ == "__main__":
    main()
