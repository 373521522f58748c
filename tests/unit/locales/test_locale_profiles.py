"""Locale profiles and name pools (Faker-backed locales included)."""

from __future__ import annotations

import pytest

from lookalike.errors import SpecError
from lookalike.locales import FLAGSHIP, known_locales, profile_for
from lookalike.locales.data import name_pool, slug


def test_flagship_locales_are_the_twelve_of_the_issue() -> None:
    assert set(FLAGSHIP) == {
        "en_GB", "en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR", "en_IN",
        "ur_PK", "ja_JP", "zh_CN",
    }  # fmt: skip


def test_faker_locales_are_known_too() -> None:
    assert "pl_PL" in known_locales()
    assert profile_for("pl_PL").currency == "PLN"


def test_unknown_locale_is_a_clear_error() -> None:
    with pytest.raises(SpecError, match="unknown locale 'xx_YY'"):
        profile_for("xx_YY", "tables.t.fields.f.locale")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Zoë", "zoe"), ("O'Brien-Smith", "obriensmith"), ("Łukasz", "lukasz"), ("Müller", "muller"),
     ("Смирнова", "smirnova"), ("王芳", "wangfang")],
)  # fmt: skip
def test_slugs_are_ascii_letters(text: str, expected: str) -> None:
    assert slug(text) == expected


@pytest.mark.parametrize("locale", ["pl_PL", "sv_SE", "ru_RU", "ko_KR"])
def test_faker_locales_have_real_name_pools(locale: str) -> None:
    for kind in ("first_female", "first_male", "last"):
        pool = name_pool(locale, kind)
        assert len(pool) > 10, kind
        assert "Doe" not in pool.values.to_pylist()  # Faker's placeholder
        assert all(s for s in pool.slugs.to_pylist())
