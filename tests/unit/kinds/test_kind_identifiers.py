"""sequence, uuid (v4, v7) and pattern kinds."""

from __future__ import annotations

import datetime as dt
import string
import uuid
from collections.abc import Callable

import pyarrow as pa
import pytest

from lookalike.randomness import BLOCK_ROWS

Column = Callable[..., pa.ChunkedArray]


def test_sequence_defaults(column_of: Column) -> None:
    column = column_of({"kind": "sequence"}, rows=5)
    assert column.type == pa.int64()
    assert column.to_pylist() == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(("start", "step"), [(100, 1), (0, 5), (10, -2), (-7, 3)])
def test_sequence_start_and_step_across_blocks(column_of: Column, start: int, step: int) -> None:
    rows = BLOCK_ROWS + 10
    values = column_of({"kind": "sequence", "start": start, "step": step}, rows=rows).to_pylist()
    assert values == [start + step * i for i in range(rows)]


def _uuid_millis(value: uuid.UUID) -> int:
    return value.int >> 80


def test_uuid_v4_is_valid(column_of: Column) -> None:
    column = column_of({"kind": "uuid"}, rows=5000)
    assert column.type == pa.string()
    texts = column.to_pylist()
    for text in texts:
        parsed = uuid.UUID(text)
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
        assert str(parsed) == text  # canonical, lower-case 8-4-4-4-12
    assert len(set(texts)) == len(texts)


def test_uuid_v7_is_valid_and_time_ordered_within_range(column_of: Column) -> None:
    # reference_time is 2026-01-01T00:00Z; the default range is now-1y .. now.
    column = column_of({"kind": "uuid", "version": 7}, rows=5000)
    low = int(dt.datetime(2025, 1, 1, tzinfo=dt.UTC).timestamp() * 1000)
    high = int(dt.datetime(2026, 1, 1, tzinfo=dt.UTC).timestamp() * 1000)
    stamps = []
    for text in column.to_pylist():
        parsed = uuid.UUID(text)
        assert parsed.version == 7
        assert parsed.variant == uuid.RFC_4122
        assert str(parsed) == text
        stamps.append(_uuid_millis(parsed))
    assert low <= min(stamps)
    assert max(stamps) <= high
    assert max(stamps) - min(stamps) > (high - low) * 0.9
    # Time-ordered: sorting the text sorts by time (what v7 is for: index-friendly keys).
    by_text = [_uuid_millis(uuid.UUID(t)) for t in sorted(column.to_pylist())]
    assert by_text == sorted(by_text)


def test_uuid_v7_custom_range(column_of: Column) -> None:
    field = {
        "kind": "uuid",
        "version": 7,
        "min_value": "2020-01-01T00:00:00Z",
        "max_value": "2020-01-01T00:00:01Z",
    }
    low = int(dt.datetime(2020, 1, 1, tzinfo=dt.UTC).timestamp() * 1000)
    stamps = {_uuid_millis(uuid.UUID(t)) for t in column_of(field, rows=3000).to_pylist()}
    assert min(stamps) >= low
    assert max(stamps) <= low + 1000
    assert len(stamps) > 500


CLASSES = {
    "#": set(string.digits),
    "%": set("123456789"),
    "?": set(string.ascii_uppercase),
    "@": set(string.ascii_lowercase),
    "*": set(string.ascii_uppercase + string.digits),
    "^": set("0123456789abcdef"),
}


@pytest.mark.parametrize("symbol", sorted(CLASSES))
def test_pattern_classes_use_their_alphabet(column_of: Column, symbol: str) -> None:
    column = column_of({"kind": "pattern", "pattern": f"<{symbol}{symbol}{symbol}>"}, rows=5000)
    assert column.type == pa.string()
    seen: set[str] = set()
    for text in column.to_pylist():
        assert len(text) == 5
        assert text[0] == "<"
        assert text[-1] == ">"
        seen.update(text[1:-1])
    assert seen == CLASSES[symbol]


def test_pattern_mixed(column_of: Column) -> None:
    texts = column_of({"kind": "pattern", "pattern": "ORD-#####-??"}, rows=2000).to_pylist()
    for text in texts:
        assert len(text) == 12
        assert text[:4] == "ORD-"
        assert text[4:9].isdigit()
        assert text[9] == "-"
        assert set(text[10:]) <= set(string.ascii_uppercase)
    assert len(set(texts)) > 1900


def test_pattern_escapes_and_literals(column_of: Column) -> None:
    texts = column_of({"kind": "pattern", "pattern": r"é\#\\#\?"}, rows=500).to_pylist()
    for text in texts:
        assert text.startswith("é#\\")
        assert text[3].isdigit()
        assert text[4] == "?"
        assert len(text) == 5
    assert {t[3] for t in texts} == set(string.digits)


def test_pattern_without_placeholders_is_constant(column_of: Column) -> None:
    assert column_of({"kind": "pattern", "pattern": "FIXED"}, rows=4).to_pylist() == ["FIXED"] * 4


def test_long_pattern_beyond_64_bits(column_of: Column) -> None:
    texts = column_of({"kind": "pattern", "pattern": "#" * 30}, rows=1000).to_pylist()
    assert all(len(t) == 30 and t.isdigit() for t in texts)
    assert len(set(texts)) == 1000
    assert len({t[0] for t in texts}) == 10


@pytest.mark.parametrize(
    "pattern",
    ["TXN-##########", "P############", "%%-##", "##\\#-#", "AB^", "CUST-########", "#"],
)
def test_unique_patterns_from_the_compiled_renderer_match_numpy(
    pattern: str, both: Callable[[Callable[[], object]], tuple[object, object]]
) -> None:
    # Unique patterns read every slot from the row's index; the compiled
    # mixed-radix renderer (ten choices a slot at most) writes the same text.
    import numpy as np

    from lookalike.kinds.base import Env
    from lookalike.kinds.identifiers import PatternColumn, compile_pattern
    from lookalike.spec import PatternField

    env = Env("tables.t.fields.p", dt.datetime(2024, 1, 1))
    column = compile_pattern(PatternField(kind="pattern", pattern=pattern), env)
    assert isinstance(column, PatternColumn)
    space = column.capacity
    index = np.unique(np.random.default_rng(len(pattern)).integers(0, space, 3000, dtype=np.uint64))
    index = np.concatenate([[0, space - 1], index]).astype(np.uint64)
    fast, slow = both(lambda: column.at(None, index))
    assert isinstance(fast, pa.Array)
    assert fast.to_pylist() == slow.to_pylist()  # type: ignore[attr-defined]
    assert len(set(fast.to_pylist())) == len(set(index.tolist()))
