"""The Faker passthrough: value generators only, bounded arguments, nothing shared."""

from __future__ import annotations

import threading
from typing import Any

import pyarrow as pa
import pytest

import lookalike
from lookalike.errors import SpecError
from lookalike.kinds.faker_kind import SIZE_LIMITS, FakerColumn, provider_methods
from lookalike.plan import build_plan
from lookalike.spec import spec_from_dict


def _faker(method: str, *, rows: int = 50, seed: int = 1, **options: Any) -> dict[str, Any]:
    field = {"kind": "faker", "method": method, **options}
    return {"seed": seed, "tables": {"t": {"rows": rows, "fields": {"f": field}}}}


def test_generators_give_values_of_their_type() -> None:
    fields = {
        "phrase": {"kind": "faker", "method": "catch_phrase"},
        "small": {"kind": "faker", "method": "pyint", "kwargs": {"max_value": 9}},
        "code": {"kind": "faker", "method": "pystr", "kwargs": {"max_chars": 6}},
    }
    table = lookalike.generate({"seed": 3, "tables": {"t": {"rows": 40, "fields": fields}}})
    assert table.column("phrase").type == pa.string()
    assert all(len(p.split()) >= 2 for p in table.column("phrase").to_pylist())
    assert table.column("small").type == pa.int64()
    assert set(table.column("small").to_pylist()) <= set(range(10))
    assert {len(c) for c in table.column("code").to_pylist()} == {6}


def test_same_seed_same_values_and_blocks_stand_alone() -> None:
    spec = _faker("license_plate", rows=70_000, seed=9)
    first = lookalike.generate(spec).column("f")
    again = lookalike.generate(spec, workers=2).column("f")
    assert first.equals(again)
    assert len(set(first.to_pylist()[:1000])) > 900


@pytest.mark.parametrize(
    "method",
    ["seed", "seed_instance", "set_formatter", "add_provider", "format", "parse", "_private",
     "get_providers", "set_arguments", "pystr_format", "json", "xml", "zip", "binary", "image",
     "enum", "not_a_method", "__class__", "random"],
)  # fmt: skip
def test_only_value_generators_may_be_called(method: str) -> None:
    with pytest.raises(SpecError, match=r"tables\.t\.fields\.f\.method: Faker") as caught:
        build_plan(spec_from_dict(_faker(method)))
    assert "value generator" in str(caught.value)


@pytest.mark.parametrize(
    "method", ["date_time", "date_of_birth", "year", "past_date", "iso8601", "profile"]
)
def test_methods_reading_the_clock_are_refused(method: str) -> None:
    with pytest.raises(SpecError, match=r"reads today's date.*kind: date or datetime"):
        build_plan(spec_from_dict(_faker(method)))


@pytest.mark.parametrize(
    ("method", "options", "argument"),
    [
        ("pystr", {"kwargs": {"max_chars": 64_000_000}}, "max_chars"),
        ("text", {"kwargs": {"max_nb_chars": 10**7}}, "max_nb_chars"),
        ("pylist", {"kwargs": {"nb_elements": 10**6}}, "nb_elements"),
        ("words", {"args": [10**6]}, "nb"),
        ("paragraph", {"kwargs": {"nb_sentences": 10**5}}, "nb_sentences"),
        ("random_number", {"kwargs": {"digits": 40}}, "digits"),
        ("password", {"kwargs": {"length": 10**8}}, "length"),
    ],
)
def test_size_arguments_are_capped(method: str, options: dict[str, Any], argument: str) -> None:
    with pytest.raises(SpecError, match=f"{argument}=.* is over the limit of") as caught:
        build_plan(spec_from_dict(_faker(method, **options)))
    assert f"{SIZE_LIMITS[argument]:,}" in str(caught.value)


def test_arguments_at_the_cap_are_accepted_and_sized() -> None:
    plan = build_plan(spec_from_dict(_faker("pystr", kwargs={"max_chars": 10_000})))
    column = plan.tables["t"].column_plan("f")
    assert column is not None
    assert isinstance(column.column, FakerColumn)
    assert 10_000 <= column.column.cell_bytes() <= 13_000
    assert plan.estimates["t"].column("f").memory >= 10_000  # type: ignore[union-attr]


def test_huge_or_nested_arguments_are_refused() -> None:
    with pytest.raises(SpecError, match="bytes; the limit is 16,384"):
        build_plan(spec_from_dict(_faker("random_element", args=[["x" * 100] * 500])))
    nested: list[Any] = ["a"]
    for _ in range(10):
        nested = [nested]
    with pytest.raises(SpecError, match="nest more than 4 levels"):
        build_plan(spec_from_dict(_faker("random_element", args=[nested])))
    with pytest.raises(SpecError, match="does not fit in 64 bits"):
        build_plan(spec_from_dict(_faker("pyint", kwargs={"max_value": 2**70})))
    with pytest.raises(SpecError, match="does not take these arguments"):
        build_plan(spec_from_dict(_faker("color_name", kwargs={"nope": 1})))


def test_one_spec_cannot_change_another_specs_faker() -> None:
    before = lookalike.generate(_faker("color_name", seed=5)).column("f")
    with pytest.raises(SpecError):
        lookalike.generate(_faker("set_formatter", args=["color_name", "x"]))
    with pytest.raises(SpecError):
        lookalike.generate(_faker("seed", args=[1]))
    after = lookalike.generate(_faker("color_name", seed=5)).column("f")
    assert before.equals(after)


def test_threads_generating_at_once_get_their_own_values() -> None:
    spec = _faker("catch_phrase", rows=3000, seed=11)
    alone = lookalike.generate(spec).column("f")
    results: list[pa.ChunkedArray] = []

    def run() -> None:
        results.append(lookalike.generate(spec).column("f"))

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 4
    assert all(r.equals(alone) for r in results)


def test_the_allow_list_comes_from_the_locales_providers() -> None:
    assert {"catch_phrase", "pystr", "license_plate", "random_element"} <= provider_methods("en_US")
    assert "kana_name" in provider_methods("ja_JP")
    assert not {"seed_instance", "set_formatter", "json", "pystr_format"} & provider_methods(
        "en_US"
    )


@pytest.mark.parametrize(("method", "locale"), [("ssn", "fi_FI"), ("ssn", "sv_SE")])
def test_methods_seen_reading_the_clock_are_refused(method: str, locale: str) -> None:
    spec = _faker(method)
    spec["locale"] = locale
    with pytest.raises(SpecError, match=r"reads today's date"):
        build_plan(spec_from_dict(spec))


def test_the_clock_watch_leaves_no_profiler_behind() -> None:
    import sys

    build_plan(spec_from_dict(_faker("catch_phrase")))
    assert sys.getprofile() is None
