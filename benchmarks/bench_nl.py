"""Sentence parser benchmark: accuracy over the test corpus and the time to parse a sentence.

Accuracy: every sentence of ``tests/unit/nl/corpus_*.yaml`` is parsed offline and
judged (``tests/unit/nl/nl_corpus.py``): fully right (tables, row counts, keys,
fields, kinds, ranges, values and relations as a person expects, nothing
reported), reported (the phrases it could not do are named), or silently wrong.

Time: the parse alone (sentence to spec data, no planning), in rounds over the
whole corpus after one warm-up round (imports, compiled patterns); the median
and the 95th percentile per sentence are reported. The planner's check that
``lookalike.describe`` adds is timed apart: it loads locale data once, then
costs what planning any spec costs.

    uv run python benchmarks/bench_nl.py            # 7 rounds, updates docs/benchmarks.md
    uv run python benchmarks/bench_nl.py --quick    # 2 rounds, prints results only
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from harness import machine, replace_section

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "unit" / "nl"))

import yaml  # noqa: E402
from nl_corpus import Case, judge, load  # noqa: E402

from lookalike.naming.rules import _guess  # noqa: E402
from lookalike.nl import parse  # noqa: E402


def accuracy(cases: list[Case]) -> dict[str, Any]:
    """How many sentences are fully right, reported, or silently wrong."""
    counts = {"right": 0, "reported": 0, "wrong": 0}
    wrong: list[str] = []
    for case in cases:
        result = parse(case.text)
        verdict = judge(case, result.spec, [p.text for p in result.not_understood])
        counts[verdict.status] += 1
        if verdict.status == "wrong":
            wrong.append(case.text[:80])
    return {**counts, "total": len(cases), "wrong_texts": wrong}


HOLDOUT = ROOT / "benchmarks" / "data" / "nl_holdout.yaml"


def holdout() -> list[Case]:
    """Sentences written after the parser was finished (see the figure's note)."""
    items = yaml.safe_load(HOLDOUT.read_text(encoding="utf-8"))
    return [
        Case(
            i["text"],
            i["tables"],
            i.get("expect", "right"),
            tuple(i.get("not_understood", ())),
            i.get("locale"),
        )
        for i in items
    ]


def parse_times(cases: list[Case], rounds: int) -> dict[str, float]:
    """Milliseconds per sentence for the parse alone (no planner), after a warm-up round.

    The naming rules' cache is emptied before each parse, so every sentence is timed
    as if it were new (a repeated sentence is faster).
    """
    for case in cases:
        parse(case.text, validate=False)
    per_case: list[list[float]] = [[] for _ in cases]
    for _ in range(rounds):
        for k, case in enumerate(cases):
            _guess.cache_clear()
            started = time.perf_counter()
            parse(case.text, validate=False)
            per_case[k].append((time.perf_counter() - started) * 1000)
    # Each sentence's median over the rounds (a shared machine adds spikes), then across them.
    medians = sorted(statistics.median(times) for times in per_case)
    return {
        "median_ms": statistics.median(medians),
        "p95_ms": medians[int(len(medians) * 0.95) - 1],
        "max_ms": medians[-1],
        "worst_single_ms": max(max(times) for times in per_case),
        "samples": float(sum(len(times) for times in per_case)),
    }


def plan_times(cases: list[Case]) -> dict[str, float]:
    """Milliseconds per sentence for parse plus the planner's check (warm)."""
    samples = []
    for case in cases:
        started = time.perf_counter()
        parse(case.text)
        samples.append((time.perf_counter() - started) * 1000)
    return {"median_ms": statistics.median(samples), "max_ms": max(samples)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="2 rounds; do not touch the docs")
    args = parser.parse_args()
    rounds = 2 if args.quick else 7
    cases = load()
    started = time.perf_counter()
    first = parse(cases[0].text)  # cold: imports, patterns, locale data for the planner
    cold_ms = (time.perf_counter() - started) * 1000
    del first
    score = accuracy(cases)
    held = accuracy(holdout())
    times = parse_times(cases, rounds)
    planned = plan_times(cases)
    share = score["right"] / score["total"]
    lines = [
        f"Run {dt.date.today().isoformat()} on {machine()}; the machine was shared with other "
        "developers, so times are indicative (the ratios and counts are what matter).",
        "",
        f"- Corpus: {score['total']} sentences written for issue 17 (`tests/unit/nl/corpus_*.yaml`,"
        " the seed 002 examples among them).",
        f"- Fully right: **{score['right']} of {score['total']} ({share:.1%})**; reported as not "
        f"understood: {score['reported']}; silently wrong: **{score['wrong']}**. The corpus was "
        "written alongside the parser (its misses were fixed as they were found).",
        f"- Held out: {held['total']} sentences written after the parser was finished "
        f"(`benchmarks/data/nl_holdout.yaml`): fully right **{held['right']}**, "
        f"reported {held['reported']}, silently wrong **{held['wrong']}** "
        f"({held['right'] / held['total']:.0%} fully right; "
        f"{(held['right'] + held['reported']) / held['total']:.0%} right or reported). Its first "
        "run found 10 right, 4 reported and 1 silently wrong (a row count given both in total and "
        "per parent, the total dropped without a word); that case is now reported, so the set "
        "shaped the parser once. Later, airports became known names (from new sentences, not "
        "from this set): one case's expectation moved from reported to a choice of airports.",
        f"- Parse time per sentence (offline, no planner; {int(times['samples'])} parses over "
        f"{rounds} rounds after a warm-up, the naming cache emptied before each): median "
        f"**{times['median_ms']:.2f} ms**, 95th percentile {times['p95_ms']:.2f} ms, slowest "
        f"sentence {times['max_ms']:.2f} ms (each sentence's median over the rounds; the worst "
        f"single parse, spikes of the shared machine included, {times['worst_single_ms']:.1f} ms).",
        f"- With the planner's check (`lookalike.describe`, warm): median "
        f"{planned['median_ms']:.1f} ms, slowest {planned['max_ms']:.1f} ms; the first call in a "
        f"process took {cold_ms:.0f} ms (imports and locale data loading once).",
        "",
        "Command: `uv run python benchmarks/bench_nl.py`.",
    ]
    print("\n".join(lines))
    for texts in (score["wrong_texts"], held["wrong_texts"]):
        if texts:
            print("silently wrong:", *texts, sep="\n  ")
    if not args.quick:
        replace_section("nl", "Sentences to specs (offline parser)", lines)


if __name__ == "__main__":
    main()
