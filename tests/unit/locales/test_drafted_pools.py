"""Drafted pools used by name: the ``pool`` kind, person names widened on request, and the
mock-data API widening its names when the locale has drafted ones (as its model did)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import lookalike
from lookalike.errors import SpecError
from lookalike.server.settings import Settings

COMPANIES = ["Brightwater Trading Ltd", "Corran & Sons", "Halden Foods plc", "Mereford Tools"]
#: Surnames no shipped en_GB pool holds (made up for the test).
SURNAMES = [f"Zarquon{suffix}" for suffix in ("ley", "worth", "by", "ton", "ford", "stead")]


def _draft(home: Path, locale: str, domain: str, values: list[str]) -> None:
    path = home / "pools" / locale / f"{domain}-s.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"locale": locale, "domain": domain, "values": values}))


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LOOKALIKE_HOME", str(tmp_path))
    return tmp_path


def _spec(fields: dict[str, Any], rows: int = 2000) -> dict[str, Any]:
    return {"seed": 3, "locale": "en_GB", "tables": {"t": {"rows": rows, "fields": fields}}}


def test_a_pool_field_draws_every_drafted_value_and_nothing_else(home: Path) -> None:
    _draft(home, "en_GB", "companies", COMPANIES)
    spec = _spec({"company": {"kind": "pool", "name": "companies"}})
    first = lookalike.generate(spec).column("company").to_pylist()
    assert set(first) == set(COMPANIES)
    assert lookalike.generate(spec).column("company").to_pylist() == first  # deterministic


def test_a_pool_that_was_never_drafted_says_how_to_draft_it(home: Path) -> None:
    spec = _spec({"street": {"kind": "pool", "name": "streets"}})
    with pytest.raises(SpecError, match="lookalike pools draft --locale en_GB --domain streets"):
        lookalike.resolve(spec)


def test_drafted_surnames_widen_the_person_pools_only_when_asked(home: Path) -> None:
    _draft(home, "en_GB", "last_names", SURNAMES[:3])
    _draft(home, "en_GB", "names", [f"Ann {s}" for s in SURNAMES[3:]])
    widened = {"last": {"kind": "person", "attribute": "last_name", "pools": "drafted"}}
    names = set(lookalike.generate(_spec(widened, 1_000_000)).column("last").unique().to_pylist())
    assert set(SURNAMES) <= names  # each drafted surname as common as the median shipped one
    shipped = {"last": {"kind": "person", "attribute": "last_name"}}
    assert not set(SURNAMES) & set(lookalike.generate(_spec(shipped)).column("last").to_pylist())


def test_drafted_person_names_are_refused_without_a_drafted_pool(home: Path) -> None:
    spec = _spec({"n": {"kind": "person", "pools": "drafted"}})
    with pytest.raises(SpecError, match="pools draft"):
        lookalike.resolve(spec)


def test_the_mock_data_api_uses_the_locales_drafted_names(tmp_path: Path, make_client) -> None:  # type: ignore[no-untyped-def]
    _draft(tmp_path, "en_GB", "last_names", SURNAMES)
    call = make_client(Settings(home=tmp_path, dev=True, workers=1))
    answer = call("POST", "/api/mock-data", json={"count": 20_000, "seed": 1})
    assert answer.status_code == 200, answer.text
    surnames = {person["last_name"] for person in json.loads(answer.content)}
    assert surnames & set(SURNAMES)
    other = make_client(Settings(home=tmp_path / "elsewhere", dev=True, workers=1))
    plain = json.loads(other("POST", "/api/mock-data", json={"count": 2000, "seed": 1}).content)
    assert not {person["last_name"] for person in plain} & set(SURNAMES)
