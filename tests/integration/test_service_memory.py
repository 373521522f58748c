"""The server's own memory: idle, and while and after it streams (a real ``lookalike serve``).

Blocks of a stream are made in worker processes started for it, so the
server's peak resident size grows by the few encoded blocks it is sending,
not by the arrays blocks are made of; and what it does not use at idle
(Polars for the data page) is not loaded. The margins
are wide: the figures themselves are in docs/benchmarks.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

import lookalike
from lookalike.executors.process_names import BLOCKS
from support.server_process import ServerProcess

#: Growth of the server's peak resident size a 300,000-row stream may cause (after a
#: small one). Made in the server (before), it was 66-115 MB; in worker processes, 20-33 MB.
GROWTH_MB = 45


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One dev server; streams on two worker processes whatever the machine's cores."""
    home = tmp_path_factory.mktemp("memory")
    with ServerProcess(home, dev=True, env={"LOOKALIKE_STREAM_PROCESSES": "2"}) as running:
        yield running


def _peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM in /proc (not Linux?)")


def _mapped_files(pid: int) -> str:
    return Path(f"/proc/{pid}/maps").read_text()


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_idle_server_leaves_out_what_only_some_requests_use(server: ServerProcess) -> None:
    maps = _mapped_files(server.pid)
    assert "libarrow" in maps  # the probe works: a library the server does use is there
    assert "polars" not in maps  # 23 MB, for the data page only


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_stream_grows_the_server_by_a_few_encoded_blocks(
    server: ServerProcess, tmp_path: Path
) -> None:
    rows = 300_000  # five blocks, each about 70 MB of arrays while it is made
    request = {"template": "person", "rows": rows, "seed": 7}
    with server.client() as client:
        warm = client.post("/v1/stream", json={**request, "rows": 10})  # planning's own imports
        assert warm.status_code == 200
        before = _peak_mb(server.pid)
        body = client.post("/v1/stream", json=request)
        assert body.status_code == 200
        after = _peak_mb(server.pid)
    assert after - before < GROWTH_MB, f"server peak {before:.0f} -> {after:.0f} MB"
    out = tmp_path / "p.csv"
    lookalike.write("person", out, rows=rows, seed=7)
    assert body.content == out.read_bytes()  # the CLI's bytes, made elsewhere
    # The stream's workers end with it (the forkserver and the sandbox stay).
    workers = [p for p in psutil.Process(server.pid).children(recursive=True) if p.name() == BLOCKS]
    _gone, alive = psutil.wait_procs(workers, timeout=30)
    assert not alive, alive
