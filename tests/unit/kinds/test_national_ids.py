"""identifier kind: national IDs and VAT numbers, checked by python-stdnum.

Every scheme is generated 100,000 times (two blocks) through the public path with
``unique: true``. Format and uniqueness are checked on all of them; python-stdnum,
which costs 15-130 µs a value, validates every 25th (all of them with
``LOOKALIKE_VALIDATE_ALL=1``), plus every value of a separate randomly drawn table
and the edges of each scheme's enumeration.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from stdnum.at import uid
from stdnum.be import vat as be_vat
from stdnum.br import cnpj, cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.de import vat as de_vat
from stdnum.dk import cvr
from stdnum.es import dni, nie, nif
from stdnum.fi import alv
from stdnum.fr import nir, tva
from stdnum.gb import nhs, utr
from stdnum.gb import vat as gb_vat
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale, iva
from stdnum.jp import in_ as my_number
from stdnum.nl import bsn, btw
from stdnum.pk import cnic
from stdnum.pl import nip
from stdnum.pt import nif as pt_nif
from stdnum.se import vat as se_vat
from stdnum.us import ein, ssn

import lookalike
from lookalike.errors import CapacityError, SpecError
from lookalike.kinds.base import Env
from lookalike.kinds.national_ids import IdentifierColumn, compile_identifier
from lookalike.spec import IdentifierField

ROWS = 100_000
VALIDATE_EVERY = 1 if os.environ.get("LOOKALIKE_VALIDATE_ALL") == "1" else 25
REFERENCE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _ni_valid(value: str) -> bool:
    """HMRC's rules for National Insurance numbers (python-stdnum has no module)."""
    compact = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", compact):
        return False
    first, second = compact[0], compact[1]
    banned = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
    return first not in "DFIQUV" and second not in "DFIOQUV" and compact[:2] not in banned


#: Schemes that encode a person describe the row's person by default (tested in
#: test_person_ids.py); here they enumerate their whole space, as ``person_group: null`` asks.
WHOLE_SPACE: dict[str, Any] = {"person_group": None}

#: name -> (field options, external validator, regex of the formatted form)
SCHEMES: dict[str, tuple[dict[str, Any], Callable[[str], bool], str]] = {
    "nhs_number": ({"scheme": "nhs_number"}, nhs.is_valid, r"[467]\d{2} \d{3} \d{4}"),
    "ni_number": ({"scheme": "ni_number"}, _ni_valid, r"[A-Z]{2} \d{2} \d{2} \d{2} [A-D]"),
    "utr": ({"scheme": "utr"}, utr.is_valid, r"\d{5} \d{5}"),
    "ssn": ({"scheme": "ssn", **WHOLE_SPACE}, ssn.is_valid, r"\d{3}-\d{2}-\d{4}"),
    "ein": ({"scheme": "ein"}, ein.is_valid, r"\d{2}-\d{7}"),
    "steuer_id": ({"scheme": "steuer_id"}, idnr.is_valid, r"[1-9]\d \d{3} \d{3} \d{3}"),
    "nir": (
        {"scheme": "nir", **WHOLE_SPACE},
        nir.is_valid,
        r"[12] \d{2} \d{2} (\d{2}|2A|2B) \d{3} \d{3} \d{2}",
    ),
    "dni": ({"scheme": "dni"}, dni.is_valid, r"\d{8}-[A-Z]"),
    "nie": ({"scheme": "nie"}, nie.is_valid, r"[XYZ]-\d{7}-[A-Z]"),
    "cpf": ({"scheme": "cpf", **WHOLE_SPACE}, cpf.is_valid, r"\d{3}\.\d{3}\.\d{3}-\d{2}"),
    "cnpj": ({"scheme": "cnpj"}, cnpj.is_valid, r"\d{2}\.\d{3}\.\d{3}/0001-\d{2}"),
    "bsn": ({"scheme": "bsn"}, bsn.is_valid, r"\d{4}\.\d{2}\.\d{3}"),
    "aadhaar": ({"scheme": "aadhaar"}, aadhaar.is_valid, r"[2-9]\d{3} \d{4} \d{4}"),
    "pan": (
        {"scheme": "pan", **WHOLE_SPACE},
        pan.is_valid,
        r"[A-Z]{3}[ABCFGHLJPTK][A-Z]\d{4}[A-Z]",
    ),
    "cnic": ({"scheme": "cnic", **WHOLE_SPACE}, cnic.is_valid, r"[1-7]\d{4}-\d{7}-[1-9]"),
    "my_number": ({"scheme": "my_number"}, my_number.is_valid, r"\d{4} \d{4} \d{4}"),
    "ric": ({"scheme": "ric", **WHOLE_SPACE}, ric.is_valid, r"\d{17}[0-9X]"),
    "codice_fiscale": (
        {"scheme": "codice_fiscale", **WHOLE_SPACE},
        codicefiscale.is_valid,
        r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-M]\d{3}[A-Z]",
    ),
    "vat_GB": ({"scheme": "vat", "country": "GB"}, gb_vat.is_valid, r"GB \d{3} \d{4} \d{2}"),
    "vat_DE": ({"scheme": "vat", "country": "DE"}, de_vat.is_valid, r"DE [1-9]\d{2} \d{3} \d{3}"),
    "vat_FR": ({"scheme": "vat", "country": "FR"}, tva.is_valid, r"FR \d{2} \d{3} \d{3} \d{3}"),
    "vat_ES": ({"scheme": "vat", "country": "ES"}, nif.is_valid, r"ES [A-Z]\d{7}[0-9A-J]"),
    "vat_IT": ({"scheme": "vat", "country": "IT"}, iva.is_valid, r"IT \d{11}"),
    "vat_NL": ({"scheme": "vat", "country": "NL"}, btw.is_valid, r"NL \d{9} B0[1-3]"),
    "vat_BE": ({"scheme": "vat", "country": "BE"}, be_vat.is_valid, r"BE 0\d{3}\.\d{3}\.\d{3}"),
    "vat_AT": ({"scheme": "vat", "country": "AT"}, uid.is_valid, r"ATU \d{8}"),
    "vat_PT": ({"scheme": "vat", "country": "PT"}, pt_nif.is_valid, r"PT 5\d{8}"),
    "vat_PL": ({"scheme": "vat", "country": "PL"}, nip.is_valid, r"PL \d{3}-\d{3}-\d{2}-\d{2}"),
    "vat_DK": ({"scheme": "vat", "country": "DK"}, cvr.is_valid, r"DK [1-9]\d( \d{2}){3}"),
    "vat_FI": ({"scheme": "vat", "country": "FI"}, alv.is_valid, r"FI \d{8}"),
    "vat_SE": ({"scheme": "vat", "country": "SE"}, se_vat.is_valid, r"SE 5\d[2-9]\d{7}01"),
}


def _spec(fields: dict[str, Any], rows: int, seed: int = 1, locale: str = "en_GB") -> Any:
    return {
        "seed": seed,
        "locale": locale,
        "reference_time": REFERENCE.isoformat(),
        "tables": {"t": {"rows": rows, "fields": fields}},
    }


def _field(name: str, **options: Any) -> dict[str, Any]:
    return {"kind": "identifier", **SCHEMES[name][0], **options}


@pytest.fixture(scope="module")
def unique_table() -> pa.Table:
    """Every scheme, unique, over two blocks: the enumerated (permutation) path."""
    fields = {name: _field(name, unique=True) for name in SCHEMES}
    return lookalike.generate(_spec(fields, ROWS))


@pytest.fixture(scope="module")
def random_table() -> pa.Table:
    """Every scheme, not unique: the random-draw path (weighted parts included)."""
    fields = {name: _field(name) for name in SCHEMES}
    return lookalike.generate(_spec(fields, 1000, seed=2))


@pytest.mark.parametrize("name", SCHEMES)
def test_unique_values_are_valid(unique_table: pa.Table, name: str) -> None:
    _, validator, pattern = SCHEMES[name]
    column = unique_table.column(name)
    assert column.type == pa.string()
    assert column.null_count == 0
    assert pc.all(pc.match_substring_regex(column, f"^{pattern}$")).as_py()
    values = column.to_pylist()
    assert len(set(values)) == ROWS
    invalid = [v for v in values[::VALIDATE_EVERY] if not validator(v)]
    assert invalid == []


@pytest.mark.parametrize("name", SCHEMES)
def test_random_values_are_valid(random_table: pa.Table, name: str) -> None:
    _, validator, pattern = SCHEMES[name]
    values = random_table.column(name).to_pylist()
    assert [v for v in values if not validator(v) or not re.fullmatch(pattern, v)] == []


@pytest.mark.parametrize("name", SCHEMES)
def test_enumeration_is_valid_and_injective_at_its_edges(name: str) -> None:
    options = SCHEMES[name][0]
    column = compile_identifier(IdentifierField(**options), Env("f", REFERENCE, "en_GB"))
    assert isinstance(column, IdentifierColumn)
    capacity = column.capacity
    assert capacity >= 10**6
    rng = np.random.default_rng(0)
    index = np.concatenate([
        np.array([0, 1, 2, capacity // 2, capacity - 2, capacity - 1], dtype=np.uint64),
        rng.integers(0, capacity, 500, dtype=np.uint64),
    ])  # fmt: skip
    index = np.unique(index)
    values = column.at(None, index).to_pylist()
    assert len(set(values)) == len(index)
    assert [v for v in values if not SCHEMES[name][1](v)] == []


@pytest.mark.parametrize("name", SCHEMES)
def test_compact_form_drops_the_separators(name: str) -> None:
    formatted = lookalike.generate(_spec({"f": _field(name)}, 300)).column("f").to_pylist()
    compact = lookalike.generate(_spec({"f": _field(name, formatted=False)}, 300))
    stripped = [re.sub(r"[ .\-/]", "", v) for v in formatted]
    assert compact.column("f").to_pylist() == stripped


def test_ni_numbers_follow_hmrc_prefix_rules(unique_table: pa.Table) -> None:
    values = unique_table.column("ni_number").to_pylist()
    assert all(_ni_valid(v) for v in values)
    prefixes = Counter(v[:2] for v in values)
    assert len(prefixes) > 300  # the 373 allowed prefixes are all in use


def test_same_seed_same_values_other_seed_other_values() -> None:
    fields = {name: _field(name) for name in ("nhs_number", "steuer_id", "ric", "vat_FR")}
    first = lookalike.generate(_spec(fields, 5000, seed=9))
    again = lookalike.generate(_spec(fields, 5000, seed=9))
    other = lookalike.generate(_spec(fields, 5000, seed=10))
    assert first.equals(again)
    for name in fields:
        assert first.column(name).to_pylist() != other.column(name).to_pylist()


def test_vat_country_defaults_to_the_locale() -> None:
    field = {"kind": "identifier", "scheme": "vat", "formatted": False}
    for locale, prefix in [("de_DE", "DE"), ("fr_FR", "FR"), ("nl_NL", "NL"), ("en_GB", "GB")]:
        values = lookalike.generate(_spec({"f": field}, 50, locale=locale)).column("f")
        assert all(v.startswith(prefix) for v in values.to_pylist())
    italian = {**field, "locale": "it_IT"}
    values = lookalike.generate(_spec({"f": italian}, 50)).column("f").to_pylist()
    assert all(iva.is_valid(v) for v in values)


def test_realistic_shares(unique_table: pa.Table, random_table: pa.Table) -> None:
    holders = Counter(v[3] for v in random_table.column("pan").to_pylist())
    assert holders["P"] / 1000 > 0.85  # individuals hold most PANs
    provinces = Counter(v[0] for v in random_table.column("cnic").to_pylist())
    assert provinces.most_common(1)[0][0] == "3"  # Punjab
    women = sum(int(v[9:11]) > 40 for v in unique_table.column("codice_fiscale").to_pylist())
    assert 0.45 < women / ROWS < 0.55


def test_birth_dates_are_plausible(unique_table: pa.Table) -> None:
    births = [ric.get_birth_date(v) for v in unique_table.column("ric").to_pylist()[::50]]
    assert min(births) >= dt.date(1935, 12, 1)
    assert max(births) <= dt.date(2010, 1, 31)
    fiscal = unique_table.column("codice_fiscale").to_pylist()[::50]
    ages = [2026 - codicefiscale.get_birth_date(v, minyear=1930).year for v in fiscal]
    assert min(ages) >= 17
    assert max(ages) <= 91


@pytest.mark.parametrize(
    ("field", "locale", "where", "message"),
    [
        ({"scheme": "vat"}, "en_US", ".country", "no VAT number format for country 'US'"),
        ({"scheme": "vat", "country": "JP"}, "en_GB", ".country", "set country to one of GB"),
        ({"scheme": "nhs_number", "country": "FR"}, "en_GB", ".country", "a GB identifier"),
        ({"scheme": "ssn", "locale": "xx_YY"}, "en_GB", ".locale", "unknown locale 'xx_YY'"),
    ],
)
def test_bad_requests_fail_before_any_row(
    no_generation: None, field: dict[str, Any], locale: str, where: str, message: str
) -> None:
    spec = _spec({"f": {"kind": "identifier", **field}}, 10, locale=locale)
    with pytest.raises(SpecError, match=re.escape(message)) as caught:
        lookalike.generate(spec)
    assert caught.value.path == f"tables.t.fields.f{where}"


def test_unique_beyond_the_space_fails_at_plan_time(no_generation: None) -> None:
    spec = _spec({"f": {"kind": "identifier", "scheme": "nhs_number", "unique": True}}, 10**9)
    with pytest.raises(CapacityError, match="unique space is 270,000,000"):
        lookalike.generate(spec)
