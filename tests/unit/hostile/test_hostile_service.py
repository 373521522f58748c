"""The hostile corpus sent to a real ``lookalike serve``: it answers every case, never a 500.

Each case goes to ``POST /v1/specs/validate`` and ``POST /v1/preview`` of a server
process started as a user starts it; the server must answer each request (a
crash would drop the connection), refuse what the corpus expects refused with a
4xx, and keep its resident memory under a stated budget.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from support.server_process import ServerProcess

pytestmark = pytest.mark.slow  # one server, about 140 cases, two requests each

CORPUS = Path(__file__).with_name("hostile_corpus.py")
#: The server's peak resident memory over the whole corpus must stay under this (it
#: measured about 460 MiB; the issue saw single requests grow a server by 849 MB to 3 GB).
SERVER_MEMORY_BUDGET = 1024 * 2**20
#: Rows each preview asks for (the JSON of wide previews is what costs the server time).
PREVIEW_ROWS = 50


def _cases() -> list[dict[str, Any]]:
    listed = subprocess.run(
        [sys.executable, str(CORPUS), "--list"], capture_output=True, text=True, check=True
    )
    return [json.loads(line) for line in listed.stdout.splitlines()]


def _body(case: dict[str, Any]) -> dict[str, Any] | None:
    """The request body for a case, or None when its options have no HTTP form."""
    options = case["options"]
    if set(options) - {"rows", "seed"}:
        return None  # scale and memory_budget are library options
    if any(isinstance(v, float) and not math.isfinite(v) for v in options.values()):
        return None
    return {"spec": case["spec"], **options}


def _post(client: httpx.Client, path: str, body: dict[str, Any]) -> httpx.Response:
    # Non-finite floats travel as the JSON extensions NaN/Infinity, as a careless client sends.
    content = json.dumps(body, allow_nan=True)
    return client.post(path, content=content, headers={"content-type": "application/json"})


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Every case's answers from one server, and the server's memory at the end."""
    cases = [c for c in _cases() if _body(c) is not None]
    results = []
    with (
        ServerProcess(tmp_path_factory.mktemp("hostile-home")) as server,
        httpx.Client(base_url=server.url, timeout=120) as client,
    ):
        assert server.process is not None
        for case in cases:
            body = _body(case)
            assert body is not None
            validate = _post(client, "/v1/specs/validate", body)
            preview = _post(client, "/v1/preview", {**body, "rows": PREVIEW_ROWS})
            results.append((case, validate.status_code, preview.status_code, validate.text))
        alive = client.get("/health").status_code
        peak = _peak_rss(server.process.pid)
    return {"results": results, "alive": alive, "peak": peak}


def _peak_rss(pid: int) -> int:
    """The process's peak resident memory so far (Linux: VmHWM), in bytes."""
    status = Path(f"/proc/{pid}/status")
    if not status.exists():
        pytest.skip("peak memory is read from /proc (Linux only)")
    for line in status.read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM in /proc status")


def test_the_server_answers_every_case_without_a_500(answers: dict[str, Any]) -> None:
    assert len(answers["results"]) >= 100
    errors = [
        f"{case['case']}: {validate} {preview} {text[:200]}"
        for case, validate, preview, text in answers["results"]
        if validate >= 500 or preview >= 500
    ]
    assert not errors, "\n".join(errors)
    assert answers["alive"] == 200


def test_what_the_corpus_refuses_the_server_refuses_with_a_4xx(answers: dict[str, Any]) -> None:
    wrong = []
    for case, validate, preview, _text in answers["results"]:
        if case["expect"] == "refuse" and not 400 <= validate < 500:
            wrong.append(f"{case['case']}: validate answered {validate}")
        if case["expect"] == "accept" and (validate != 200 or preview != 200):
            wrong.append(f"{case['case']}: answered {validate} / {preview}")
    assert not wrong, "\n".join(wrong)


def test_the_server_stays_within_its_memory_budget(answers: dict[str, Any]) -> None:
    assert 0 < answers["peak"] < SERVER_MEMORY_BUDGET
