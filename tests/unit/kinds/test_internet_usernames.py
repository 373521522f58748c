"""Usernames joined in one pass from the name pools equal the Arrow path's, unique or not."""

from __future__ import annotations

import pyarrow as pa
import pytest

import lookalike
import lookalike.kinds.internet as internet


def _usernames(unique: bool, locale: str) -> pa.Table:
    spec = {
        "seed": 5,
        "locale": locale,
        "tables": {
            "t": {
                "rows": 70_000,  # two blocks, the second one short
                "fields": {"u": {"kind": "internet", "attribute": "username", "unique": unique}},
            }
        },
    }
    return lookalike.generate(spec)


@pytest.mark.parametrize("unique", [True, False])
@pytest.mark.parametrize("locale", ["en_US", "de_DE", "ja_JP"])
def test_usernames_match_the_arrow_path(
    unique: bool, locale: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found: list[bool] = []
    stems = internet._username_stems

    def spy(first: pa.Array, last: pa.Array) -> tuple[pa.Array, pa.Array] | None:
        found.append(stems(first, last) is not None)
        return stems(first, last)

    monkeypatch.setattr(internet, "_username_stems", spy)
    fast = _usernames(unique, locale).column("u").to_pylist()
    assert found, "the one-pass path was not taken"
    assert all(found)
    monkeypatch.setattr(internet, "_username_stems", lambda first, last: None)
    slow = _usernames(unique, locale).column("u").to_pylist()
    assert fast == slow
    assert all(len(name) >= 5 for name in fast)
    if unique:
        assert len(set(fast)) == len(fast)
    else:
        assert any(name.endswith("000") for name in fast)  # those drawn without a number
