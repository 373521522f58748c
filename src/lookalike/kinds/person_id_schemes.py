"""The person-encoding identifier schemes: what each one writes from its holder's facts.

Why one module past 500 lines: a table of about twenty national schemes, each a
short renderer of its issuer's rules; one scheme per screen, nothing shared between
them but the helpers of id_space.py.

Each renderer takes a block's :class:`~lookalike.kinds.person_ids.Facts` (birth
date, sex, names, region) and :class:`~lookalike.kinds.person_ids.Draws` (the
free parts) and returns compact ASCII, one row per value, check digits included,
using column-wise numpy only. The rules are the issuers' own; python-stdnum
checks them in the tests, never here.

>>> person_scheme("nir").layout
'_ __ __ __ ___ ___ __'
"""

from __future__ import annotations

from functools import cache

import numpy as np

from lookalike.kinds.address import AddressModel
from lookalike.kinds.checksums import (
    ascii_digits,
    digit_matrix,
    iso7064_mod11_2,
    italian_check_index,
    luhn_check_digit,
    mod11_complement,
    weighted_sum,
)
from lookalike.kinds.id_regions import (
    COUNTY_YEARS,
    FRENCH_DEPARTMENTS,
    SSN_STATES,
    comuni,
    county_codes,
    home_comune,
    ssn_areas,
)
from lookalike.kinds.person import PersonModel
from lookalike.kinds.person_ids import Draws, Facts, PersonScheme

__all__ = ["NAME_SCHEMES", "PERSON_SCHEME_NAMES", "cf_name_codes", "person_scheme"]

_LETTERS = np.frombuffer(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", dtype=np.uint8)


def _text(*pieces: np.ndarray) -> np.ndarray:
    return np.concatenate([np.asarray(p).astype(np.uint8) for p in pieces], axis=1)


def _num(values: np.ndarray, width: int) -> np.ndarray:
    """ASCII decimal digits of each value, zero-padded to ``width``."""
    return ascii_digits(digit_matrix(values, width))


def _col(values: np.ndarray) -> np.ndarray:
    return np.asarray(values).astype(np.uint8)[:, None]


def _sex_digit(draws: Draws, male: np.ndarray, odd_is_male: bool = True) -> np.ndarray:
    """A digit whose parity gives the sex: 1,3,5,7,9 or 0,2,4,6,8."""
    odd = male if odd_is_male else ~male
    return 2 * draws.digit(5) + odd.astype(np.int64)


def _yymmdd(facts: Facts, month_offset: np.ndarray | int = 0) -> np.ndarray:
    year, month, day = facts.date
    return _text(_num(year % 100, 2), _num(month + month_offset, 2), _num(day, 2))


def _century(year: np.ndarray) -> np.ndarray:
    """0 for 1800-1899, 1 for 1900-1999, 2 for 2000-2099."""
    century: np.ndarray = np.clip(year // 100 - 18, 0, 2)
    return century


# --- Italy: codice fiscale ----------------------------------------------------------------

_CF_MONTHS = np.frombuffer(b"ABCDEHLMPRST", dtype=np.uint8)
_VOWELS = set("AEIOU")


def _cf_code(name: str, is_first_name: bool) -> str:
    """The three letters the Agenzia delle Entrate takes from a surname or first name."""
    letters = [c for c in name.upper() if "A" <= c <= "Z"]
    consonants = [c for c in letters if c not in _VOWELS]
    if is_first_name and len(consonants) >= 4:
        consonants = [consonants[0], consonants[2], consonants[3]]
    return ("".join(consonants + [c for c in letters if c in _VOWELS]) + "XXX")[:3]


@cache
def cf_name_codes(model: PersonModel) -> tuple[np.ndarray, np.ndarray]:
    """Codice fiscale letters of every first name and surname in the model's pools (ASCII)."""

    def codes(slugs: list[str], first: bool) -> np.ndarray:
        text = "".join(_cf_code(s, first) for s in slugs).encode()
        return np.frombuffer(text, dtype=np.uint8).reshape(-1, 3)

    return (
        codes(model.first_names.slugs.to_pylist(), True),
        codes(model.pools[2].slugs.to_pylist(), False),
    )


def _codice_fiscale(facts: Facts, draws: Draws) -> np.ndarray:
    first_codes, last_codes = cf_name_codes(facts.model)
    table = comuni()
    assert facts.region is not None
    assert facts.address is not None
    region = facts.region
    elsewhere = table.first[region] + draws.pick(table.count[region], int(table.count.min()))
    # About half of people live in the comune they were born in.
    home = home_comune(facts.address.model)[facts.address.place]
    at_home = (home >= 0) & draws.chance(0.5)
    comune = np.where(at_home, home, elsewhere)
    year, month, day = facts.date
    body = _text(
        last_codes[facts.latent.last], first_codes[facts.latent.first], _num(year % 100, 2),
        _col(_CF_MONTHS[month - 1]), _num(day + 40 * ~facts.male, 2), table.codes[comune],
    )  # fmt: skip
    return _text(body, _col(65 + italian_check_index(body)))


# --- China: resident identity card number -------------------------------------------------

_RIC_CHECK = np.frombuffer(b"0123456789X", dtype=np.uint8)


def _ric(facts: Facts, draws: Draws) -> np.ndarray:
    counties = county_codes()
    assert facts.region is not None
    year, month, day = facts.date
    # A county code in use in the year of birth, in the province of the address.
    when = np.clip(year, *COUNTY_YEARS) - COUNTY_YEARS[0]
    first, count = counties.first[facts.region, when], counties.count[facts.region, when]
    county = counties.codes[first + draws.pick(count, int(counties.count.min()))]
    # The sequence's last digit is odd for men and even for women.
    sequence = 10 * draws.digit(100) + _sex_digit(draws, facts.male)
    payload = np.concatenate([
        digit_matrix(county, 6), digit_matrix(year, 4), digit_matrix(month, 2),
        digit_matrix(day, 2), digit_matrix(sequence, 3),
    ], axis=1)  # fmt: skip
    return _text(ascii_digits(payload), _col(_RIC_CHECK[iso7064_mod11_2(payload)]))


# --- France: NIR (numéro de sécurité sociale) ---------------------------------------------

_DEPT_TEXT = np.frombuffer("".join(FRENCH_DEPARTMENTS).encode(), dtype=np.uint8).reshape(-1, 2)
# Corsica's letters count as 19 (2A) and 18 (2B) in the key.
_DEPT_VALUE = np.array([int(d.replace("2A", "19").replace("2B", "18")) for d in FRENCH_DEPARTMENTS])


def _nir(facts: Facts, draws: Draws) -> np.ndarray:
    assert facts.region is not None
    year, month, _ = facts.date
    sex = np.where(facts.male, 1, 2)
    commune, order = draws.digit(990) + 1, draws.digit(999) + 1
    number = (sex * 10**12 + (year % 100) * 10**10 + month * 10**8
              + _DEPT_VALUE[facts.region] * 10**6 + commune * 10**3 + order)  # fmt: skip
    return _text(_num(sex, 1), _num(year % 100, 2), _num(month, 2), _DEPT_TEXT[facts.region],
                 _num(commune, 3), _num(order, 3), _num(97 - number % 97, 2))  # fmt: skip


# --- Pakistan: CNIC -------------------------------------------------------------------------


def _cnic(facts: Facts, draws: Draws) -> np.ndarray:
    assert facts.region is not None
    district, family = draws.digit(10**4), draws.digit(10**7)
    # The last digit is odd for men, even (never 0) for women.
    sex = np.where(facts.male, 2 * draws.digit(4) + 1, 2 * draws.digit(4) + 2)
    return _text(_num(facts.region + 1, 1), _num(district, 4), _num(family, 7), _num(sex, 1))


# --- India: PAN -------------------------------------------------------------------------------


def _pan(facts: Facts, draws: Draws) -> np.ndarray:
    _, last_codes = _surname_initials(facts.model)
    series = draws.digit(26**3)
    number, last = draws.digit(9999) + 1, draws.digit(26)
    letters = np.stack([series // 676, series // 26 % 26, series % 26], axis=1)
    rows = facts.rows
    # Fourth letter P: an individual; fifth: the initial of the holder's surname.
    initial = _col(last_codes[facts.latent.last])
    return _text(_LETTERS[letters], np.full((rows, 1), ord("P")), initial, _num(number, 4),
                 _col(_LETTERS[last]))  # fmt: skip


@cache
def _surname_initials(model: PersonModel) -> tuple[None, np.ndarray]:
    initials = [(s[:1] or "x").upper() for s in model.pools[2].slugs.to_pylist()]
    return None, np.frombuffer("".join(initials).encode(), dtype=np.uint8)


# --- Brazil: CPF --------------------------------------------------------------------------------


def _cpf(facts: Facts, draws: Draws) -> np.ndarray:
    assert facts.region is not None
    region = facts.region
    # Eight free digits; the one run equal to the region digit would make all nine equal.
    repeated = region * 11_111_111
    free = draws.digit(10**8 - 1)
    free = free + (free >= repeated)
    payload = np.concatenate([digit_matrix(free, 8), region[:, None]], axis=1)
    first = mod11_complement(weighted_sum(payload, range(10, 1, -1)))
    second = mod11_complement(weighted_sum(payload, range(11, 2, -1)) + 2 * first)
    return ascii_digits(np.concatenate([payload, first[:, None], second[:, None]], axis=1))


# --- United States: SSN -----------------------------------------------------------------------

#: Numbers issued after this day (25 June 2011) have random areas.
_SSN_RANDOM_FROM = (np.datetime64("2011-06-25") - np.datetime64("1970-01-01")).astype(np.int64)
_RANDOM_AREAS = np.array([a for a in range(1, 900) if a != 666])
_VOID = {(78, 5): 1120, (219, 9): 9999, (457, 55): 5462}  # printed on sample cards: voided


@cache
def _ssn_table() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    areas: list[int] = []
    first, count = [], []
    for state in SSN_STATES:
        found = ssn_areas(state)
        first.append(len(areas))
        count.append(len(found))
        areas += found
    first.append(len(areas))
    count.append(len(_RANDOM_AREAS))  # the last "state": randomised areas
    areas += _RANDOM_AREAS.tolist()
    return np.array(areas), np.array(first), np.array(count)


def _ssn(facts: Facts, draws: Draws) -> np.ndarray:
    assert facts.region is not None
    areas, first, count = _ssn_table()
    state = np.where(facts.birth >= _SSN_RANDOM_FROM, len(first) - 1, facts.region)
    area = areas[first[state] + draws.pick(count[state], 1)]
    group = draws.digit(99) + 1
    serial = draws.digit(9998) + 1
    for (void_area, void_group), void_serial in _VOID.items():
        serial += (area == void_area) & (group == void_group) & (serial >= void_serial)
    return _text(_num(area, 3), _num(group, 2), _num(serial, 4))


# --- Sweden, Poland, Korea, Denmark, Norway, Finland, Estonia, Belgium, Romania, Bulgaria ----


def _personnummer(facts: Facts, draws: Draws) -> np.ndarray:
    year = facts.date[0]
    serial = 10 * draws.digit(100) + _sex_digit(draws, facts.male)
    payload = np.concatenate([digit_matrix(_yymmdd_value(facts), 6), digit_matrix(serial, 3)],
                             axis=1)  # fmt: skip
    check = luhn_check_digit(payload)
    # "+" instead of "-" once the holder has turned 100 (in the year of the reference).
    reference_year = facts.model.reference.year
    separator = np.where(reference_year - year >= 100, ord("+"), ord("-"))
    return _text(ascii_digits(payload[:, :6]), _col(separator), ascii_digits(payload[:, 6:]),
                 _num(check, 1))  # fmt: skip


def _yymmdd_value(facts: Facts) -> np.ndarray:
    year, month, day = facts.date
    value: np.ndarray = (year % 100) * 10_000 + month * 100 + day
    return value


_PESEL_MONTH = np.array([80, 0, 20, 40, 60])  # 1800s, 1900s, 2000s, 2100s, 2200s
_PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]


def _pesel(facts: Facts, draws: Draws) -> np.ndarray:
    year = facts.date[0]
    offset = _PESEL_MONTH[np.clip(year // 100 - 18, 0, 4)]
    serial = 10 * draws.digit(1000) + _sex_digit(draws, facts.male)
    payload = np.concatenate([digit_matrix(_yymmdd_value(facts) + offset * 100, 6),
                              digit_matrix(serial, 4)], axis=1)  # fmt: skip
    check = (10 - weighted_sum(payload, _PESEL_WEIGHTS) % 10) % 10
    return ascii_digits(np.concatenate([payload, check[:, None]], axis=1))


def _rrn(facts: Facts, draws: Draws) -> np.ndarray:
    century = _century(facts.date[0])
    # Citizens: 9/0 (1800s), 1/2 (1900s), 3/4 (2000s), men first.
    sex_century = np.array([[0, 9], [2, 1], [4, 3]])[century, facts.male.astype(np.int64)]
    place = draws.digit(97)  # birth registration office: 00-96
    office, order = draws.digit(100), draws.digit(10)
    payload = np.concatenate([
        digit_matrix(_yymmdd_value(facts), 6), sex_century[:, None], digit_matrix(place, 2),
        digit_matrix(office, 2), order[:, None],
    ], axis=1)  # fmt: skip
    check = (11 - weighted_sum(payload, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10
    return ascii_digits(np.concatenate([payload, check[:, None]], axis=1))


# The first serial digit tells the century: four choices that all mean the right one.
_CPR_CENTURY_DIGITS = np.array([[5, 6, 7, 8], [0, 1, 2, 3], [4, 5, 6, 7]])


def _cpr(facts: Facts, draws: Draws) -> np.ndarray:
    year, month, day = facts.date
    century = _century(year)
    # 2037-2057 births take 5-8 (4 and 9 mean 1937-1999 there).
    century_digits = np.where((century == 2)[:, None] & (year % 100 > 36)[:, None],
                              _CPR_CENTURY_DIGITS[0], _CPR_CENTURY_DIGITS[century])  # fmt: skip
    lead = century_digits[np.arange(facts.rows), draws.digit(4)]
    middle = draws.digit(100)
    sex = _sex_digit(draws, facts.male)
    return _text(_num(day, 2), _num(month, 2), _num(year % 100, 2), _col(48 + lead),
                 _num(middle, 2), _num(sex, 1))  # fmt: skip


_FNR_K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
_FNR_K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]


def _fodselsnummer(facts: Facts, draws: Draws) -> np.ndarray:
    year, month, day = facts.date
    # Individual numbers 000-499 for 1900-1999, 500-999 for 2000-2039, 500-749 for 1854-1899.
    low = np.select([year < 1900, year < 2000], [50, 0], 50)
    span = np.select([year < 1900, year < 2000], [25, 50], 50)
    lead = draws.pick(span, 25)
    sex = _sex_digit(draws, facts.male)
    date = np.concatenate([digit_matrix(day, 2), digit_matrix(month, 2),
                           digit_matrix(year % 100, 2)], axis=1)  # fmt: skip
    out = np.empty((facts.rows, 11), dtype=np.int64)
    out[:, :6] = date
    pending = np.ones(facts.rows, dtype=np.bool_)
    # Some individual numbers give a check digit of 10 and are never issued: step to the
    # next one of the same sex (at most span * 5 steps; a handful in practice).
    for _ in range(250):
        if not pending.any():
            break
        individual = (low + lead) * 10 + sex
        out[pending, 6:9] = digit_matrix(individual[pending], 3)
        k1 = (11 - weighted_sum(out[:, :9], _FNR_K1) % 11) % 11
        out[:, 9] = k1
        k2 = (11 - weighted_sum(out[:, :10], _FNR_K2) % 11) % 11
        out[:, 10] = k2
        bad = pending & ((k1 == 10) | (k2 == 10))
        pending = bad
        step = sex + 2 >= 10
        sex = np.where(bad, np.where(step, sex % 2, sex + 2), sex)
        lead = np.where(bad & step, (lead + 1) % span, lead)
    return ascii_digits(out)


_HETU_CHECK = np.frombuffer(b"0123456789ABCDEFHJKLMNPRSTUVWXY", dtype=np.uint8)
_HETU_CENTURY = np.frombuffer(b"+-A", dtype=np.uint8)


def _hetu(facts: Facts, draws: Draws) -> np.ndarray:
    year, month, day = facts.date
    individual = 10 * (draws.digit(89) + 1) + _sex_digit(draws, facts.male)  # 010-899
    number = (day * 10_000 + month * 100 + year % 100) * 1000 + individual
    return _text(_num(day, 2), _num(month, 2), _num(year % 100, 2),
                 _col(_HETU_CENTURY[_century(year)]), _num(individual, 3),
                 _col(_HETU_CHECK[number % 31]))  # fmt: skip


def _isikukood(facts: Facts, draws: Draws) -> np.ndarray:
    # 1/2: 1800s, 3/4: 1900s, 5/6: 2000s; odd for men.
    first = 2 * _century(facts.date[0]) + np.where(facts.male, 1, 2)
    payload = np.concatenate([first[:, None], digit_matrix(_yymmdd_value(facts), 6),
                              digit_matrix(draws.digit(1000), 3)], axis=1)  # fmt: skip
    check = weighted_sum(payload, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
    second = weighted_sum(payload, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11
    check = np.where(check == 10, np.where(second == 10, 0, second), check)
    return ascii_digits(np.concatenate([payload, check[:, None]], axis=1))


def _rijksregisternummer(facts: Facts, draws: Draws) -> np.ndarray:
    year = facts.date[0]
    # Serial 001-997: odd for men, even for women.
    serial = 2 * draws.digit(498) + np.where(facts.male, 1, 2)
    body = _yymmdd_value(facts) * 1000 + serial
    # Born in 2000 or later: the check is taken over the number prefixed with a 2.
    keyed = np.where(year >= 2000, body + 2 * 10**9, body)
    return _text(_num(body, 9), _num(97 - keyed % 97, 2))


# Romanian county codes: 01-40, 51 Călărași, 52 Giurgiu (Bucharest, 40, by sector: 41-46).
_CNP_COUNTIES = np.array([*range(1, 41), 51, 52])


def _cnp(facts: Facts, draws: Draws) -> np.ndarray:
    # 1/2: 1900s, 3/4: 1800s, 5/6: 2000s; odd for men.
    first = np.array([3, 1, 5])[_century(facts.date[0])] + ~facts.male
    assert facts.region is not None
    # The county of the address; Bucharest's people get one of its six sectors.
    county = np.where(facts.region == 40, 41 + draws.digit(6), facts.region)
    payload = np.concatenate([
        first[:, None], digit_matrix(_yymmdd_value(facts), 6), digit_matrix(county, 2),
        digit_matrix(draws.digit(999) + 1, 3),
    ], axis=1)  # fmt: skip
    check = weighted_sum(payload, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
    return ascii_digits(np.concatenate([payload, np.where(check == 10, 1, check)[:, None]], axis=1))


def _egn(facts: Facts, draws: Draws) -> np.ndarray:
    month_offset = np.array([20, 0, 40])[_century(facts.date[0])]
    serial = 10 * draws.digit(100) + _sex_digit(draws, facts.male, odd_is_male=False)
    payload = np.concatenate([digit_matrix(_yymmdd_value(facts) + month_offset * 100, 6),
                              digit_matrix(serial, 3)], axis=1)  # fmt: skip
    check = weighted_sum(payload, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11 % 10
    return ascii_digits(np.concatenate([payload, check[:, None]], axis=1))


def _rodne_cislo(facts: Facts, draws: Draws) -> np.ndarray:
    year, month, day = facts.date
    # Women's months count from 51. Numbers end in a check digit (the whole number a
    # multiple of 11) since 1954; earlier ones have nine digits.
    body = (((year % 100) * 100 + month + 50 * ~facts.male) * 100 + day) * 1000 + draws.digit(1000)
    check = body % 11 % 10
    digits = ascii_digits(np.concatenate([digit_matrix(body, 9), check[:, None]], axis=1))
    digits[year < 1954, 9] = 0  # NUL: dropped from the text
    return digits


def _za_id_number(facts: Facts, draws: Draws) -> np.ndarray:
    # Sequence 0000-4999 for women, 5000-9999 for men; then 0 (a citizen), 8, Luhn check.
    sequence = 5000 * facts.male + draws.digit(5000)
    payload = np.concatenate([
        digit_matrix(_yymmdd_value(facts), 6), digit_matrix(sequence, 4),
        np.zeros((facts.rows, 1), dtype=np.int64), np.full((facts.rows, 1), 8),
    ], axis=1)  # fmt: skip
    return ascii_digits(np.concatenate([payload, luhn_check_digit(payload)[:, None]], axis=1))


def _cnp_weights() -> np.ndarray:
    """Counties drawn for addresses outside Romania: each county code equally (no others)."""
    weights = np.zeros(53)
    weights[_CNP_COUNTIES] = 1.0
    normalised: np.ndarray = weights / weights.sum()
    return normalised


def _weights(values: list[float]) -> np.ndarray:
    array = np.asarray(values, dtype=np.float64)
    normalised: np.ndarray = array / array.sum()
    return normalised


def _uniform(count: int) -> np.ndarray:
    return np.full(count, 1.0 / count)


def _prepare_codice_fiscale(person: PersonModel, address: AddressModel | None) -> object:
    return cf_name_codes(person), comuni(), address and home_comune(address)


def _schemes() -> dict[str, PersonScheme]:
    comune_least = int(comuni().count.min())
    county_least = int(county_codes().count.min())
    return {
        "codice_fiscale": PersonScheme("IT", _codice_fiscale, (comune_least,), None,
                                       "codice_fiscale", _uniform(20), _prepare_codice_fiscale),
        "ric": PersonScheme("CN", _ric, (county_least, 100, 5), None, "ric", _uniform(31),
                            lambda person, address: county_codes()),
        "nir": PersonScheme("FR", _nir, (990, 999), "_ __ __ __ ___ ___ __", "nir",
                            _uniform(len(FRENCH_DEPARTMENTS))),
        # Province digit 1-7 weighted by population when the address has none.
        "cnic": PersonScheme("PK", _cnic, (10**4, 10**7, 4), "_____-_______-_", "cnic",
                             _weights([15, 2, 53, 23, 5.5, 1, 0.5])),
        "pan": PersonScheme("IN", _pan, (26**3, 9999, 26),
                            prepare=lambda person, address: _surname_initials(person)),
        "cpf": PersonScheme("BR", _cpf, (10**8 - 1,), "___.___.___-__", "cpf",
                            _weights([11, 17, 16, 19, 20, 17, 21, 20, 46, 19])),
        "ssn": PersonScheme("US", _ssn, (1, 99, 9998), "___-__-____", "ssn",
                            _uniform(len(SSN_STATES)), lambda person, address: _ssn_table()),
        "personnummer": PersonScheme("SE", _personnummer, (100, 5)),
        "pesel": PersonScheme("PL", _pesel, (1000, 5)),
        "rrn": PersonScheme("KR", _rrn, (97, 100, 10), "______-_______"),
        "cpr": PersonScheme("DK", _cpr, (4, 100, 5), "______-____"),
        "fodselsnummer": PersonScheme("NO", _fodselsnummer, None),
        "hetu": PersonScheme("FI", _hetu, (89, 5)),
        "isikukood": PersonScheme("EE", _isikukood, (1000,)),
        "rijksregisternummer": PersonScheme("BE", _rijksregisternummer, (498,),
                                            "__.__.__-___.__"),
        "cnp": PersonScheme("RO", _cnp, (6, 999), None, "cnp", _cnp_weights()),
        "egn": PersonScheme("BG", _egn, (100, 5)),
        "rodne_cislo": PersonScheme("CZ", _rodne_cislo, (1000,), "______/____", ragged=True),
        "za_id_number": PersonScheme("ZA", _za_id_number, (5000,)),
    }  # fmt: skip


#: Person-encoding schemes by name.
PERSON_SCHEME_NAMES = frozenset({
    "codice_fiscale", "ric", "nir", "cnic", "pan", "cpf", "ssn", "personnummer", "pesel", "rrn",
    "cpr", "fodselsnummer", "hetu", "isikukood", "rijksregisternummer", "cnp", "egn",
    "rodne_cislo", "za_id_number",
})  # fmt: skip
#: Schemes that encode names, so a table without people uses the scheme's country's names.
NAME_SCHEMES = frozenset({"codice_fiscale", "pan"})


@cache
def person_scheme(name: str) -> PersonScheme:
    """The scheme called ``name`` (the table is built on first use: it reads shipped data)."""
    return _schemes()[name]
