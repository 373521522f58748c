"""Locale profiles and name pools (Faker-backed locales included)."""

from __future__ import annotations

from typing import Any

import pytest

import lookalike
from lookalike.errors import SpecError
from lookalike.locales import FLAGSHIP, SUPPORTED, known_locales, profile_for
from lookalike.locales.data import name_pool, slug, streets
from lookalike.locales.profiles import POSTAL


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


def test_thirty_two_locales_have_real_places() -> None:
    assert len(SUPPORTED) == 32
    assert list(SUPPORTED)[:12] == list(FLAGSHIP)
    assert known_locales()[:32] == list(SUPPORTED)
    for locale in POSTAL:
        profile = profile_for(locale)
        assert profile.address_source == "postal"
        assert not profile.flagship
        assert profile.country == locale.split("_")[1]
        assert profile.email_domains[0] == ("gmail.com", 40.0)
    assert profile_for("sv_SE").currency == "SEK"
    assert profile_for("de_CH").currency == "CHF"


def _one_row(locale: str, field: dict[str, Any]) -> dict[str, Any]:
    spec = {"seed": 1, "locale": locale, "tables": {"t": {"rows": 3, "fields": {"f": field}}}}
    rows: list[dict[str, Any]] = lookalike.generate(spec).to_pylist()
    return rows[0]


@pytest.mark.parametrize(
    "field",
    [{"kind": "address", "attribute": "town"}, {"kind": "address", "attribute": "full"},
     {"kind": "phone", "type": "landline"}],
)  # fmt: skip
def test_locales_without_real_places_are_refused_with_the_way_out(field: dict[str, Any]) -> None:
    with pytest.raises(SpecError) as raised:
        _one_row("ko_KR", field)
    message = str(raised.value)
    assert message.startswith("tables.t.fields.f.locale: ")
    assert "no real places for 'ko_KR'" in message
    assert "en_GB, en_US" in message
    assert "lv_LV" in message
    assert "kind: faker" in message  # and what to do instead
    assert "\n" not in message


def test_phones_without_a_shipped_numbering_plan_are_refused() -> None:
    with pytest.raises(SpecError, match=r"no numbering plan of MX ships.*kind: faker"):
        _one_row("es_MX", {"kind": "phone", "type": "mobile"})


def test_what_does_not_read_places_still_works_outside_the_supported_locales() -> None:
    import phonenumbers

    mobile = _one_row("ko_KR", {"kind": "phone", "type": "mobile", "format": "e164"})["f"]
    number = phonenumbers.parse(mobile)
    assert phonenumbers.region_code_for_number(number) == "KR"
    assert phonenumbers.is_valid_number(number)
    assert _one_row("ko_KR", {"kind": "person", "attribute": "full_name"})["f"]
    assert _one_row("ko_KR", {"kind": "faker", "method": "address"})["f"]


@pytest.mark.parametrize("locale", sorted(POSTAL))
def test_postal_locales_have_their_own_street_words(locale: str) -> None:
    words = streets(locale)
    assert len(words["types"]) >= 10
    assert len(words["common"]) >= 20
    row = _one_row(locale, {"kind": "address", "attribute": "full"})
    assert row["f"]
