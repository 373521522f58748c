"""docs/sentences.md: every `lookalike describe "..."` example prints the YAML shown after it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from lookalike.nl import parse

DOC = Path(__file__).resolve().parents[3] / "docs" / "sentences.md"
_PAIR = re.compile(
    r"```console\n\$ lookalike describe \"(?P<text>.+?)\"\n```\s*```yaml\n(?P<yaml>.*?)```", re.S
)
EXAMPLES = [(m["text"].replace("\\$", "$"), m["yaml"]) for m in _PAIR.finditer(DOC.read_text())]


def test_the_page_has_examples() -> None:
    assert len(EXAMPLES) >= 2


@pytest.mark.parametrize(("text", "shown"), EXAMPLES, ids=[t[:40] for t, _ in EXAMPLES])
def test_describe_prints_what_the_page_shows(text: str, shown: str) -> None:
    result = parse(text)
    assert result.understood
    assert result.spec == yaml.safe_load(shown)
