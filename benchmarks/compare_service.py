"""Before and after: the server's memory and speed over ``POST /v1/stream``, this checkout
against another checkout's interpreter (an earlier commit), servers alternating.

Both servers run at once (``lookalike serve --dev``, each with its own data directory);
each round streams the same ``person`` rows (en_GB, seed 42, CSV) from one, then the
other, with curl writing the body to a file. Printed per stream: seconds, the server's
peak RSS (VmHWM) and RSS after it, the peak of the whole process tree's PSS (server,
sandbox, forkserver, a stream's workers) sampled every 0.1 s, and a digest of the body.
Alternating keeps the two sides under the same load on a shared machine.

    cd /work/main && uv sync --locked   # the other checkout, with its own .venv
    uv run python benchmarks/compare_service.py /work/main/.venv/bin/python --rows 10000000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_service import TreeMemory, peak_rss_mb, pss_mb, rss_mb

from support.server_process import ServerProcess


def _stream(server: ServerProcess, rows: int, out: Path) -> tuple[float, str]:
    request = {"template": "person", "locale": "en_GB", "rows": rows, "seed": 42, "format": "csv"}
    started = time.perf_counter()
    subprocess.run(
        ["curl", "-sS", "--fail", "-X", "POST", server.url + "/v1/stream",
         "-H", "Content-Type: application/json", "-d", json.dumps(request), "-o", str(out)],
        check=True,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    digest = hashlib.sha256()
    with open(out, "rb") as body:
        while piece := body.read(1 << 24):
            digest.update(piece)
    out.unlink()
    return seconds, digest.hexdigest()[:12]


def main() -> None:
    """Start both servers, then stream from each in turn for ``--rounds`` rounds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("python", help="the other checkout's interpreter")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    limits = {"LOOKALIKE_MAX_STREAM_ROWS": str(args.rows)}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        servers = {
            "before": ServerProcess(folder / "before", env=limits, python=args.python),
            "after": ServerProcess(folder / "after", env=limits, python=sys.executable),
        }
        try:
            for name, server in servers.items():
                server.start()
                tree = sum(pss_mb(p) for p in [server.pid, *server.descendants()])
                print(
                    f"{name} idle: server RSS {rss_mb(server.pid):.0f} MB, tree PSS {tree:.0f} MB"
                )
            for number in range(args.rounds):
                for name, server in servers.items():
                    with TreeMemory(server.pid) as memory:
                        seconds, digest = _stream(server, args.rows, folder / "body.csv")
                    print(
                        f"round {number + 1} {name}: {seconds:.2f} s, server peak "
                        f"{peak_rss_mb(server.pid):.0f} MB, RSS after {rss_mb(server.pid):.0f} MB, "
                        f"tree peak PSS {memory.peak_pss:.0f} MB, body {digest}, "
                        f"load {os.getloadavg()[0]:.1f}",
                        flush=True,
                    )
        finally:
            for server in servers.values():
                server.stop()


if __name__ == "__main__":
    main()
