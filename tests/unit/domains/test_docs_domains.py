"""The Python examples of docs/domains.md run as written (in a scratch directory)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[3] / "docs" / "domains.md"
_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)
EXAMPLES = _BLOCK.findall(DOC.read_text())


@pytest.mark.parametrize("code", EXAMPLES, ids=[f"example-{i}" for i in range(len(EXAMPLES))])
def test_python_example_runs(code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    exec(compile(code, f"{DOC.name}", "exec"), {"__name__": "docs_example"})
    assert list(tmp_path.iterdir()) or "geo" in code


def test_the_page_has_examples() -> None:
    assert len(EXAMPLES) >= 5
