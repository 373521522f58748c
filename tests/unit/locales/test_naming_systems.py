"""Names follow each naming system: no middle names where there are none, family name
first in Chinese, Japanese and Korean, and emails spelled in the national romanisation."""

from __future__ import annotations

from typing import Any

import pytest

import lookalike


def _people(locale: str, rows: int = 2_000) -> list[dict[str, Any]]:
    fields = {
        "first": {"kind": "person", "attribute": "first_name"},
        "last": {"kind": "person", "attribute": "last_name"},
        "middle": {"kind": "person", "attribute": "middle_name"},
        "full": {"kind": "person", "attribute": "full_name"},
        "email": {"kind": "internet", "attribute": "email"},
    }
    spec = {"seed": 9, "locale": locale, "reference_time": "2026-01-01T00:00:00Z",
            "tables": {"t": {"rows": rows, "fields": fields}}}  # fmt: skip
    found: list[dict[str, Any]] = lookalike.generate(spec).to_pylist()
    return found


@pytest.mark.parametrize("locale", ["ja_JP", "zh_CN", "ko_KR"])
def test_east_asian_names_have_no_middle_name_and_family_name_first(locale: str) -> None:
    rows = _people(locale)
    assert all(r["middle"] is None for r in rows)
    assert all(r["full"] == r["last"] + r["first"] for r in rows)


@pytest.mark.parametrize("locale", ["en_GB", "de_DE"])
def test_western_names_keep_their_middle_names(locale: str) -> None:
    rows = _people(locale)
    share = sum(r["middle"] is not None for r in rows) / len(rows)
    assert 0.3 < share < 0.4
    assert all(r["full"].startswith(r["first"] + " ") for r in rows)


@pytest.mark.parametrize("locale", ["ja_JP", "zh_CN", "ko_KR"])
def test_emails_are_romanised(locale: str) -> None:
    rows = _people(locale, rows=500)
    assert all(r["email"].isascii() for r in rows)
    local_parts = [r["email"].split("@")[0] for r in rows]
    assert all(any(c.isalpha() for c in part) for part in local_parts)
