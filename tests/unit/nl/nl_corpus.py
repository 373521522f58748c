"""The sentence corpus and its judge: is a parse fully right, reported, or silently wrong?

Shared by the tests (``test_corpus.py``) and ``benchmarks/bench_nl.py``.

* right: every table, row count, key, field, kind, range, value and relation the
  sentence asks for is in the spec as expected, and nothing was reported;
* reported: the parser said which phrases it did not understand (the expected
  ones among them);
* wrong: the spec differs from what a person expects and nothing was reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Case:
    """One sentence and what a person expects from it."""

    text: str
    tables: dict[str, Any]
    expect: str = "right"
    not_understood: tuple[str, ...] = ()
    locale: str | None = None


@dataclass
class Verdict:
    """How the parser did on one case."""

    status: str
    problems: list[str] = field(default_factory=list)
    reported: list[str] = field(default_factory=list)


def load() -> list[Case]:
    """Every case of every ``corpus_*.yaml`` file here."""
    cases = []
    for path in sorted(HERE.glob("corpus_*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            cases.append(
                Case(
                    text=item["text"],
                    tables=item["tables"],
                    expect=item.get("expect", "right"),
                    not_understood=tuple(item.get("not_understood", ())),
                    locale=item.get("locale"),
                )
            )
    return cases


def judge(case: Case, spec: dict[str, Any], reported: list[str]) -> Verdict:
    """Compare a parse with the case's expectation."""
    problems = compare(case, spec)
    missing = [p for p in case.not_understood if not any(_overlap(p, r) for r in reported)]
    problems += [f"expected {p!r} to be reported" for p in missing]
    if not problems and not reported:
        return Verdict("right", [], reported)
    if reported and not missing:
        return Verdict("reported", problems, reported)
    return Verdict("wrong", problems, reported)


def _overlap(expected: str, reported: str) -> bool:
    a, b = expected.lower(), reported.lower()
    return a in b or b in a


def compare(case: Case, spec: dict[str, Any]) -> list[str]:
    """Differences between the spec and the case's expected tables."""
    problems: list[str] = []
    if case.locale and spec.get("locale") != case.locale:
        problems.append(f"locale {spec.get('locale')} != {case.locale}")
    got = spec["tables"]
    if set(got) != set(case.tables):
        return [*problems, f"tables {sorted(got)} != {sorted(case.tables)}"]
    for name, want in case.tables.items():
        table = got[name]
        if "rows" in want:
            problems += _rows(name, table["rows"], want["rows"])
        if "primary_key" in want and table.get("primary_key") != want["primary_key"]:
            problems.append(f"{name}: primary key {table.get('primary_key')}")
        if "fields" not in want:
            continue  # only the table, its count and its key were asked for
        fields = want["fields"] or {}
        # Hidden helpers (the gap behind a date that follows another) are not columns.
        shown = {c for c, f in table["fields"].items() if not f.get("hidden")}
        if shown != set(fields):
            problems.append(f"{name}: fields {sorted(shown)} != {sorted(fields)}")
            continue
        for column, options in fields.items():
            for key, value in (options or {}).items():
                have = table["fields"][column].get(key)
                if not _same(have, value):
                    problems.append(f"{name}.{column}.{key}: {have!r} != {value!r}")
    return problems


def _rows(name: str, have: Any, want: Any) -> list[str]:
    if isinstance(want, int):
        return [] if have == want else [f"{name}: rows {have!r} != {want}"]
    if not isinstance(have, dict):
        return [f"{name}: rows {have!r} != {want!r}"]
    return [f"{name}: rows.{k} {have.get(k)!r} != {v!r}" for k, v in want.items()
            if not _same(have.get(k), v)]  # fmt: skip


def _same(have: Any, want: Any) -> bool:
    if isinstance(want, list) and isinstance(have, list):
        return len(want) == len(have) and all(_same(a, b) for a, b in zip(have, want, strict=True))
    if isinstance(want, bool) or isinstance(have, bool):
        return have is want
    if isinstance(want, int | float) and isinstance(have, int | float):
        return abs(float(have) - float(want)) < 1e-6
    return str(have) == str(want)
