"""The sentence corpus: at least 60 sentences, at least 90% fully right, none silently wrong."""

from __future__ import annotations

import pytest
from nl_corpus import Case, judge, load

from lookalike.nl import parse

CASES = load()


def _verdict(case: Case):  # type: ignore[no-untyped-def]
    result = parse(case.text)
    return judge(case, result.spec, [p.text for p in result.not_understood])


@pytest.mark.parametrize("case", CASES, ids=[c.text[:50] for c in CASES])
def test_each_sentence(case: Case) -> None:
    verdict = _verdict(case)
    assert verdict.status == case.expect, (verdict.problems, verdict.reported)


def test_the_corpus_is_large_and_mostly_right() -> None:
    verdicts = [_verdict(case) for case in CASES]
    right = sum(v.status == "right" for v in verdicts)
    assert len(CASES) >= 60
    assert right / len(CASES) >= 0.9
    assert not [c.text for c, v in zip(CASES, verdicts, strict=True) if v.status == "wrong"]
