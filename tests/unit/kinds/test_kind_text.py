"""The lorem text kind: word and sentence counts."""

from __future__ import annotations

import re
from collections.abc import Callable

import pyarrow as pa
import pytest

from lookalike.kinds.text import WORDS

Column = Callable[..., pa.ChunkedArray]
VOCABULARY = set(WORDS.to_pylist())


@pytest.mark.parametrize(("low", "high"), [(3, 8), (1, 1), (5, 5), (1, 40)])
def test_word_counts_within_bounds(column_of: Column, low: int, high: int) -> None:
    field = {"kind": "text", "min_count": low, "max_count": high}
    column = column_of(field, rows=5000)
    assert column.type == pa.string()
    counts = set()
    for text in column.to_pylist():
        words = text.split(" ")
        assert set(words) <= VOCABULARY
        counts.add(len(words))
    assert min(counts) == low
    assert max(counts) == high


def test_sentence_counts_within_bounds(column_of: Column) -> None:
    field = {"kind": "text", "unit": "sentences", "min_count": 2, "max_count": 4}
    counts = set()
    for text in column_of(field, rows=3000).to_pylist():
        sentences = re.findall(r"[A-Z][a-z ]*\.", text)
        assert " ".join(sentences) == text
        counts.add(len(sentences))
        for sentence in sentences:
            words = sentence.rstrip(".").lower().split(" ")
            assert 5 <= len(words) <= 14
            assert set(words) <= VOCABULARY
    assert counts == {2, 3, 4}


def test_default_text_is_three_to_eight_words(column_of: Column) -> None:
    lengths = {len(t.split()) for t in column_of({"kind": "text"}, rows=3000).to_pylist()}
    assert lengths == set(range(3, 9))


@pytest.mark.parametrize("vocabulary", ["lorem", "tpch"])
def test_characters_cut_from_the_vocabulary_pool(column_of: Column, vocabulary: str) -> None:
    field = {"kind": "text", "unit": "characters", "vocabulary": vocabulary,
             "min_count": 10, "max_count": 43}  # fmt: skip
    texts = column_of(field, rows=5000).to_pylist()
    lengths = {len(t) for t in texts}
    assert min(lengths) == 10
    assert max(lengths) == 43
    assert len(set(texts)) > 4990  # cut at random offsets of a 4 MiB pool
    words = {w for t in texts for w in t.split(" ")[1:-1]}  # whole words only
    if vocabulary == "tpch":
        assert {"furiously", "the", "deposits"} <= words
        assert not words & {"lorem", "ipsum", "dolor", "amet", "consectetur"}
    else:
        assert words - {""} <= {
            w + p for w in VOCABULARY for p in ("", ",", ".", ";", ":", "?", "!", "--")
        }


def test_grammar_text_needs_characters(column_of: Column) -> None:
    from lookalike.errors import SpecError

    with pytest.raises(SpecError, match="add unit: characters"):
        column_of({"kind": "text", "vocabulary": "tpch"})
