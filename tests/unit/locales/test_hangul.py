"""Revised Romanization of Korean names: the national standard's spellings, and ko_KR emails
spelled with them."""

from __future__ import annotations

import pytest

import lookalike
from lookalike.locales.hangul import revised_romanization


@pytest.mark.parametrize(
    ("hangul", "latin"),
    [("김", "gim"), ("이", "i"), ("박", "bak"), ("최", "choe"), ("정", "jeong"), ("강", "gang"),
     ("조", "jo"), ("윤", "yun"), ("장", "jang"), ("임", "im"), ("한", "han"), ("오", "o"),
     ("서연", "seoyeon"), ("민준", "minjun"), ("지훈", "jihun"), ("순옥", "sunok"),
     ("예은", "yeeun"), ("도윤", "doyun"), ("하은", "haeun"), ("꽃", "kkot")],
)  # fmt: skip
def test_spellings_of_the_standard(hangul: str, latin: str) -> None:
    assert revised_romanization(hangul) == latin


def test_korean_emails_spell_the_names() -> None:
    spec = {"seed": 4, "locale": "ko_KR", "reference_time": "2026-01-01T00:00:00Z",
            "tables": {"t": {"rows": 500, "fields": {
                "first": {"kind": "person", "attribute": "first_name"},
                "last": {"kind": "person", "attribute": "last_name"},
                "email": {"kind": "internet", "attribute": "email"}}}}}  # fmt: skip
    for row in lookalike.generate(spec).to_pylist():
        local = row["email"].split("@")[0]
        assert local.isascii()
        assert revised_romanization(row["first"]) in local
        assert revised_romanization(row["last"]) in local
