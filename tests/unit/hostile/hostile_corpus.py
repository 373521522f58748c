"""A corpus of hostile and unlucky specs, run case by case in this (child) process.

Run by ``test_hostile_corpus.py`` in a subprocess, so that a crash of the
interpreter (a segmentation fault in an engine) fails the test instead of
killing the test runner. Each case is resolved with :func:`lookalike.api.resolve`
and, when accepted, previewed (its first table, a few hundred rows, as the
service's preview does). One JSON line per case goes to stdout as soon as the
case is done, so the case that crashed the process is the one after the last
line; a last line gives the process's peak memory.

    uv run python tests/unit/hostile/hostile_corpus.py          # runs it: JSON lines
    uv run python tests/unit/hostile/hostile_corpus.py --list   # the cases, as JSON lines
"""

from __future__ import annotations

import json
import resource
import sys
import time
import traceback
from collections.abc import Iterator
from typing import Any

#: What a case expects: refused with an error, accepted (and previewed), or either.
REFUSE, ACCEPT, EITHER = "refuse", "accept", "either"
PREVIEW_ROWS = 200


def table(fields: dict[str, Any], rows: int = 1000, **extra: Any) -> dict[str, Any]:
    """A one-table spec ``t`` with ``fields``."""
    return {"seed": 1, "reference_time": "2026-01-01T00:00:00Z",
            "tables": {"t": {"rows": rows, "fields": fields, **extra}}}  # fmt: skip


def derived(expr: str, rows: int = 1000) -> dict[str, Any]:
    """A spec whose field ``x`` is ``expr`` over an integer ``a``, a string ``s`` and a date."""
    return table({
        "a": {"kind": "integer", "min_value": 1, "max_value": 9},
        "s": {"kind": "choice", "values": ["alpha", "beta"]},
        "d": {"kind": "date", "min_value": "2025-01-01", "max_value": "2025-12-31"},
        "x": {"kind": "derived", "expr": expr},
    }, rows)  # fmt: skip


def faker(method: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """A spec whose field ``f`` calls Faker's ``method``."""
    field = {"kind": "faker", "method": method, "args": list(args), "kwargs": kwargs}
    return table({"f": field}, rows=300)


def _expression_cases() -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    def case_of(n: int, body: str) -> str:
        return "CASE " + " ".join(body.format(i=i) for i in range(n)) + " END"

    huge = {
        "flat sum of 10,000 terms (20 KB)": " + ".join(["a"] * 10_000),
        "flat sum of 1,500 terms": "+".join(["a"] * 1500),
        "flat sum of 2,400 terms": "+".join(["a"] * 2400),
        "flat sum of 101 terms": " + ".join(["a"] * 101),
        "concat of 3,000 strings": "||".join(["s"] * 3000),
        "AND chain of 500": " AND ".join(["a > 1"] * 500),
        "CASE with 1,000 branches": case_of(1000, "WHEN a = {i} THEN {i}"),
        "CASE with 150 branches": case_of(150, "WHEN a = {i} THEN {i}"),
        "2,000 nested brackets": "(" * 2000 + "a" + ")" * 2000,
        "60 nested brackets": "(" * 60 + "a" + ")" * 60,
        "900 nested calls": "abs(" * 900 + "a" + ")" * 900,
        "1,200 NOTs": "NOT " * 1200 + "(a > 1)",
        "2,400 unary minuses": "- " * 2400 + "a",
        "IN list of 5,000": "a IN (" + ",".join(str(i) for i in range(5000)) + ")",
        "500 nested CASEs": "CASE WHEN a > 1 THEN " * 500 + "a" + " END" * 500,
        "a 1 MB expression": "a + " + "1" * 1_000_000,
        "LPAD to a billion": "LPAD(s, 1000000000, 'x')",
        "RPAD by a column": "RPAD(s, a, 'x')",
        "REPLACE that grows": "REPLACE(s, '', '" + "x" * 4000 + "')",
    }
    # The engine may take these or refuse them; either way, not crash.
    engine_decides = ("REPLACE that grows", "60 nested brackets")
    for name, expr in huge.items():
        yield name, EITHER if name in engine_decides else REFUSE, derived(expr), {}
    clocks = ["NOW()", "now()", "CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME",
              "LOCALTIMESTAMP", "localtime", "RANDOM()", "rand()", "UUID()",
              "gen_random_uuid()", "d + (NOW() - d)", "CURRENT_TIMESTAMP()", "SYSDATE"]  # fmt: skip
    for expr in clocks:
        yield f"clock or randomness: {expr}", REFUSE, derived(expr), {}
    forbidden = ["SUM(a)", "COUNT(*)", "AVG(a) OVER ()", "ROW_NUMBER() OVER ()", "LAG(a)",
                 "UNNEST([1, 2])", "(SELECT 1)", "a IN (SELECT 1)", "EXISTS (SELECT 1)",
                 "COLUMNS('a')", "pg_sleep(5)", "a; DROP TABLE t", "__import__('os')",
                 "a +* (", "'unclosed", "/* open comment", "", "   ", "CASE END",
                 "a.b.c.d()"]  # fmt: skip
    for expr in forbidden:
        yield f"not allowed: {expr!r}", REFUSE, derived(expr), {}
    fine = ["a * 2 + 1", "s || '-' || a", "CASE WHEN a > 5 THEN 'big' ELSE 'small' END",
            "UPPER(LEFT(s, 2))", "d + INTERVAL '1 day'", "LPAD(CAST(a AS VARCHAR), 8, '0')",
            "STRFTIME(d, '%Y-%m')", "s || '\u202e\u200d👩‍👩‍👧'", "'é' || s || 'ﬁ'"]  # fmt: skip
    for expr in fine:
        yield f"ordinary: {expr!r}", ACCEPT, derived(expr), {}
    doubling = {"c": {"kind": "constant", "value": "x" * 1000}}
    for i in range(1, 14):
        source = "c" if i == 1 else f"d{i - 1}"
        doubling[f"d{i}"] = {"kind": "derived", "expr": f"{source} || {source}"}
    yield "derived fields that double 13 times", REFUSE, table(doubling), {}
    many = {"a": {"kind": "integer"}} | {
        f"d{i}": {"kind": "derived", "expr": " + ".join(["a"] * 60)} for i in range(100)
    }
    yield "100 expressions near the depth limit", REFUSE, table(many), {}


def _wide_cell_cases() -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    big, huge = "v" * 200_000, "w" * 2_000_000
    yield "choice with a 200 KB value (preview)", ACCEPT, table(
        {"c": {"kind": "choice", "values": ["a", big]}}), {}  # fmt: skip
    yield "choice with a 200 KB value, 1M rows", REFUSE, table(
        {"c": {"kind": "choice", "values": ["a", big]}}, rows=1_000_000), {}  # fmt: skip
    yield "choice with a 2 MB value", REFUSE, table(
        {"c": {"kind": "choice", "values": ["a", huge], "weights": [1e9, 1]}}), {}  # fmt: skip
    yield "choice with 50,000 values", ACCEPT, table(
        {"c": {"kind": "choice", "values": [f"v{i}" for i in range(50_000)]}}), {}  # fmt: skip
    yield "constant of 100 KB, 1M rows", REFUSE, table(
        {"c": {"kind": "constant", "value": "k" * 100_000}}, rows=1_000_000), {}  # fmt: skip
    yield "constant of 100 KB, 100 rows", ACCEPT, table(
        {"c": {"kind": "constant", "value": "k" * 100_000}}, rows=100), {}  # fmt: skip
    yield "constant of 2 MB", REFUSE, table({"c": {"kind": "constant", "value": huge}}, 1), {}
    yield "pattern of 20 KB, 1M rows", REFUSE, table(
        {"p": {"kind": "pattern", "pattern": "#" * 20_000}}, rows=1_000_000), {}  # fmt: skip
    yield "pattern of 20 KB, 1,000 rows", ACCEPT, table(
        {"p": {"kind": "pattern", "pattern": "?" * 20_000}}), {}  # fmt: skip
    yield "pattern of 2 MB", REFUSE, table({"p": {"kind": "pattern", "pattern": "#" * 2**21}}), {}
    yield "text of 1,000 sentences, 1M rows", REFUSE, table({"t": {
        "kind": "text", "unit": "sentences", "min_count": 1000, "max_count": 1000}},
        rows=1_000_000), {}  # fmt: skip
    yield "text of 1,000 sentences, 100 rows", ACCEPT, table({"t": {
        "kind": "text", "unit": "sentences", "min_count": 900, "max_count": 1000}},
        100), {}  # fmt: skip
    yield "text of a million words", REFUSE, table(
        {"t": {"kind": "text", "min_count": 1, "max_count": 1_000_000}}), {}  # fmt: skip
    yield "10,000 integer fields, 1M rows", REFUSE, table(
        {f"f{i}": {"kind": "integer"} for i in range(10_000)}, rows=1_000_000), {}  # fmt: skip
    yield "1,000 integer fields, 1,000 rows", ACCEPT, table(
        {f"f{i}": {"kind": "integer"} for i in range(1000)}), {}  # fmt: skip
    yield "memory budget of 1 KiB", REFUSE, table({"i": {"kind": "integer"}}), {
        "memory_budget": 1024}  # fmt: skip


def _faker_cases() -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    refused = [
        ("set_formatter", ("name", "x"), {}), ("seed", (1,), {}), ("seed_instance", (1,), {}),
        ("add_provider", ("x",), {}), ("_Generator__random", (), {}), ("__class__", (), {}),
        ("format", ("name",), {}), ("parse", ("{{set_formatter}}",), {}),
        ("pystr_format", ("{{seed_instance}}",), {}), ("json", (), {"num_rows": 10**6}),
        ("csv", (), {}), ("zip", (), {}), ("binary", (), {"length": 10**9}), ("image", (), {}),
        ("pystr", (), {"max_chars": 64_000_000}), ("text", (), {"max_nb_chars": 10**8}),
        ("pylist", (), {"nb_elements": 10**6}), ("words", (10**7,), {}),
        ("password", (), {"length": 10**8}), ("paragraphs", (), {"nb": 10**6}),
        ("random_element", (["e" * 100] * 1000,), {}), ("pyint", (), {"max_value": 2**80}),
        ("date_time", (), {}), ("date_of_birth", (), {}), ("profile", (), {}),
        ("no_such_method", (), {}), ("color_name", (), {"bogus": 1}),
        ("random_number", (), {"digits": 60}),
    ]  # fmt: skip
    for method, args, kwargs in refused:
        yield f"faker {method}", REFUSE, faker(method, *args, **kwargs), {}
    nested: Any = "x"
    for _ in range(200):
        nested = [nested]
    yield "faker arguments nested 200 deep", REFUSE, faker("random_element", [nested]), {}
    for method, kwargs in [("catch_phrase", {}), ("pystr", {"max_chars": 10_000}),
                           ("text", {"max_nb_chars": 5000}), ("license_plate", {})]:  # fmt: skip
        yield f"faker {method} within bounds", ACCEPT, faker(method, **kwargs), {}


def _size_cases() -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    one = table({"i": {"kind": "integer"}})
    sizes: list[tuple[str, dict[str, Any], str]] = [
        ("rows -1", {"rows": -1}, REFUSE), ("rows 10^13", {"rows": 10**13}, REFUSE),
        ("rows 10^12", {"rows": 10**12}, ACCEPT), ("scale 10^10", {"scale": 1e10}, REFUSE),
        ("scale -1", {"scale": -1.0}, REFUSE), ("scale NaN", {"scale": float("nan")}, REFUSE),
        ("scale inf", {"scale": float("inf")}, REFUSE), ("seed -1", {"seed": -1}, REFUSE),
        ("seed 2^64", {"seed": 2**64}, REFUSE), ("scale 10^-9", {"scale": 1e-9}, ACCEPT),
    ]  # fmt: skip
    for name, options, expect in sizes:
        yield name, expect, one, options
    yield "unique over 2 values, 1,000 rows", REFUSE, table(
        {"b": {"kind": "integer", "min_value": 0, "max_value": 1, "unique": True}}), {}  # fmt: skip
    inf = float("inf")
    yield "weights infinite", REFUSE, table(
        {"c": {"kind": "choice", "values": ["a", "b"], "weights": [inf, 1]}}), {}  # fmt: skip
    yield "weights huge", ACCEPT, table(
        {"c": {"kind": "choice", "values": ["a", "b"], "weights": [1e308, 1e308]}}), {}  # fmt: skip
    yield "float bounds infinite", REFUSE, table(
        {"f": {"kind": "float", "min_value": -inf, "max_value": inf}}), {}  # fmt: skip
    yield "integer bounds beyond 64 bits", EITHER, table(
        {"i": {"kind": "integer", "min_value": -(2**70), "max_value": 2**70}}), {}  # fmt: skip
    small = {"rows": 5, "fields": {"a": {"kind": "integer"}}}
    yield "2,000 tables", ACCEPT, {
        "seed": 1, "tables": {f"t{i}": small for i in range(2000)}}, {}  # fmt: skip
    yield "a billion children per parent", EITHER, {"seed": 1, "tables": {
        "p": {"rows": 10, "fields": {"id": {"kind": "sequence"}}},
        "c": {"rows": {"per": "p", "min": 10**9, "max": 10**9},
              "fields": {"pid": {"ref": "p.id"}}}}}, {}  # fmt: skip


def _unicode_cases() -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    odd: dict[str, tuple[dict[str, Any], str]] = {
        "lone surrogate in a constant": ({"c": {"kind": "constant", "value": "a\ud800b"}}, REFUSE),
        "lone surrogate in a choice": ({"c": {"kind": "choice", "values": ["\udfff"]}}, REFUSE),
        "lone surrogate in a pattern": ({"p": {"kind": "pattern", "pattern": "\ud83d#"}}, REFUSE),
        "NUL in a constant": ({"c": {"kind": "constant", "value": "a\x00b"}}, EITHER),
        "right-to-left override": ({"c": {"kind": "constant", "value": "abc\u202edef"}}, ACCEPT),
        "emoji ZWJ sequence": ({"c": {"kind": "choice", "values": ["👩‍👩‍👧‍👦", "🏳️‍🌈"]}}, ACCEPT),
        "combining marks": ({"c": {"kind": "constant", "value": "e" + "\u0301" * 5000}}, ACCEPT),
        "unicode in a pattern": ({"p": {"kind": "pattern", "pattern": "Ω-###-ß"}}, ACCEPT),
        "field name with RTL mark": ({"a\u202e": {"kind": "integer"}}, REFUSE),
        "field name of 10,000 chars": ({"f" * 10_000: {"kind": "integer"}}, EITHER),
        "quote in a derived string": ({"a": {"kind": "integer"},
                                       "x": {"kind": "derived", "expr": "'it''s ' || a"}}, ACCEPT),
    }  # fmt: skip
    for name, (fields, expect) in odd.items():
        yield name, expect, table(fields), {}


def cases() -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """Every case: its name, what it expects, the spec, and options for resolve()."""
    yield from _expression_cases()
    yield from _wide_cell_cases()
    yield from _faker_cases()
    yield from _size_cases()
    yield from _unicode_cases()


def run_case(spec: dict[str, Any], options: dict[str, Any]) -> dict[str, Any]:
    """Resolve ``spec`` and preview its first table; say what happened."""
    import lookalike
    from lookalike.api import resolve
    from lookalike.errors import LookalikeError
    from lookalike.plan import build_plan
    from lookalike.spec import spec_from_dict

    try:
        budget = options.pop("memory_budget", None)
        if budget is not None:
            plan = build_plan(spec_from_dict(spec), memory_budget=budget, **options)
        else:
            plan = resolve(spec, **options)
        first = next(iter(plan.tables))
        preview = lookalike.generate(spec, rows=PREVIEW_ROWS, table=first, seed=options.get("seed"))
    except LookalikeError as error:
        return {"outcome": REFUSE, "error": type(error).__name__, "message": str(error)}
    except Exception as error:  # what the corpus exists to find: a traceback, not an answer
        return {"outcome": "traceback", "error": type(error).__name__,
                "message": "".join(traceback.format_exception(error))[-2000:]}  # fmt: skip
    return {"outcome": ACCEPT, "rows": preview.num_rows, "bytes": preview.nbytes}


def peak_rss() -> int:
    """This process's peak resident memory in bytes.

    ``VmHWM`` of /proc, where there is one: ``getrusage``'s ``ru_maxrss`` survives
    ``exec``, so a child started by a big process (a test runner's worker) would
    report its parent's peak as its own.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def main() -> int:
    if sys.argv[1:] == ["--list"]:
        for name, expect, spec, options in cases():
            line = {"case": name, "expect": expect, "spec": spec, "options": options}
            print(json.dumps(line, allow_nan=True))
        return 0
    import lookalike.api  # imports are not part of any case's cost

    del lookalike
    for name, expect, spec, options in cases():
        started = time.process_time()
        result = run_case(spec, dict(options))
        result.update(case=name, expect=expect, cpu_s=time.process_time() - started)
        print(json.dumps(result), flush=True)
    print(json.dumps({"case": "(end)", "peak_rss_bytes": peak_rss()}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
