"""Every YAML example in docs/ is a spec that plans and generates."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import lookalike

DOCS = Path(__file__).resolve().parents[2] / "docs"
_BLOCK = re.compile(r"```yaml\n(.*?)```", re.DOTALL)


def _examples() -> list[tuple[str, str]]:
    found = []
    for page in sorted(DOCS.glob("*.md")):
        for number, block in enumerate(_BLOCK.findall(page.read_text()), 1):
            found.append((f"{page.name}#{number}", block))
    return found


@pytest.mark.parametrize(("where", "text"), _examples(), ids=[w for w, _ in _examples()])
def test_doc_example_generates(where: str, text: str) -> None:
    spec = lookalike.parse_spec(text)
    plan = lookalike.resolve(spec, rows=200)  # tables given per parent keep their ratios
    for name in spec.tables:
        table = lookalike.generate(spec, table=name, rows=200)
        assert table.num_rows == plan.tables[name].rows, where
