"""National identifiers and VAT numbers with valid check digits, a block at a time.

Each scheme is a mixed-radix number space (the free parts of the identifier:
digits, a region from a table, a birth date as a day count...) and a renderer
that turns those parts into text and appends the check digits. A random value
is a random point of the space; a unique column walks the space through the
plan's keyed permutation, so ``capacity`` is the exact size of the space and
no two rows can collide. Values that would fail their check (an NHS number
whose check digit would be 10, an Aadhaar number that reads the same both
ways) are left out of the space by construction rather than rejected.

>>> import lookalike
>>> lookalike.generate({"seed": 3, "tables": {"t": {"rows": 2, "fields": {
...     "nhs": {"kind": "identifier", "scheme": "nhs_number"}}}}}).column("nhs").to_pylist()
['704 043 3087', '465 867 2790']
"""

from __future__ import annotations

import numpy as np

from lookalike.errors import SpecError
from lookalike.kinds.base import Column, Env, register
from lookalike.kinds.checksums import (
    DNI_LETTERS,
    ascii_digits,
    iso7064_mod11_2,
    iso7064_mod11_10,
    italian_check_index,
    mod11_complement,
    verhoeff_check_digit,
    weighted_sum,
)
from lookalike.kinds.id_space import (
    LETTERS,
    IdentifierColumn,
    Parts,
    Renderer,
    Scheme,
    as_col,
    birth_day_span,
    date_parts,
    digit_cols,
    join_text,
    normalised,
    skip_digit,
)
from lookalike.kinds.person_id_schemes import NAME_SCHEMES, PERSON_SCHEME_NAMES, person_scheme
from lookalike.kinds.person_ids import compile_person_identifier
from lookalike.kinds.product_codes import PRODUCT_SCHEMES, product_scheme
from lookalike.kinds.vat_numbers import VAT, VAT_COUNTRIES, bsn_digits
from lookalike.locales.profiles import profile_for
from lookalike.spec import IdentifierField

__all__ = ["SCHEME_COUNTRY", "VAT_COUNTRIES", "IdentifierColumn", "compile_identifier"]

# --- United Kingdom ----------------------------------------------------------------------

_NHS_FIRST = np.array([4, 6, 7])  # England and Wales ranges


def _nhs(parts: Parts) -> np.ndarray:
    first, middle, choice = parts
    payload = np.empty((len(first), 10), dtype=np.int64)
    payload[:, 0] = _NHS_FIRST[first]
    payload[:, 1:8] = digit_cols(middle, 7)
    partial = weighted_sum(payload[:, :8], [10, 9, 8, 7, 6, 5, 4, 3])
    # The last free digit has weight 2; one of its values would need check digit 10.
    payload[:, 8] = skip_digit(choice, ((1 - partial) * 6) % 11)
    check = 11 - (partial + 2 * payload[:, 8]) % 11
    payload[:, 9] = np.where(check == 11, 0, check)
    return ascii_digits(payload)


def _ni_prefixes() -> np.ndarray:
    first = [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c not in "DFIQUV"]
    second = [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c not in "DFIOQUV"]
    banned = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
    pairs = [a + b for a in first for b in second if a + b not in banned]
    return np.frombuffer("".join(pairs).encode(), dtype=np.uint8).reshape(-1, 2)


_NI_PREFIXES = _ni_prefixes()


def _ni(parts: Parts) -> np.ndarray:
    prefix, number, suffix = parts
    return join_text(_NI_PREFIXES[prefix], ascii_digits(digit_cols(number, 6)), as_col(65 + suffix))


_UTR_CHECK = np.frombuffer(b"21987654321", dtype=np.uint8)


def _utr(parts: Parts) -> np.ndarray:
    payload = digit_cols(parts[0], 9)
    check = _UTR_CHECK[weighted_sum(payload, [6, 7, 8, 9, 10, 5, 4, 3, 2]) % 11]
    return join_text(as_col(check), ascii_digits(payload))


# --- United States -----------------------------------------------------------------------

_SSN_AREAS = np.array([a for a in range(1, 900) if a != 666])
#: Numbers the SSA voided after they were printed on sample cards or in adverts.
_SSN_VOID = ((78, 5, 1120), (219, 9, 9999), (457, 55, 5462))


def _ssn_rank(area: int, group: int, serial: int) -> int:
    area_index = int(np.searchsorted(_SSN_AREAS, area))
    return (area_index * 99 + group - 1) * 9999 + serial - 1


def _ssn(parts: Parts) -> np.ndarray:
    area, group, serial = parts
    return ascii_digits(np.concatenate([
        digit_cols(_SSN_AREAS[area], 3), digit_cols(group + 1, 2), digit_cols(serial + 1, 4)
    ], axis=1))  # fmt: skip


#: Prefixes the IRS assigns to its campuses and its online service.
_EIN_PREFIXES = np.array([p for p in range(1, 100) if p not in {
    7, 8, 9, 17, 18, 19, 28, 29, 49, 69, 70, 78, 79, 89, 96, 97}])  # fmt: skip


def _ein(parts: Parts) -> np.ndarray:
    prefix, serial = parts
    return ascii_digits(np.concatenate([digit_cols(_EIN_PREFIXES[prefix], 2),
                                        digit_cols(serial, 7)], axis=1))  # fmt: skip


# --- Germany -----------------------------------------------------------------------------


def _idnr_sources() -> np.ndarray:
    """For each pair of positions (p1 < p2) of the first ten digits: where each digit comes from.

    The nine non-``p2`` positions take nine distinct digits in order; ``p2``
    repeats the digit at ``p1``. So exactly one digit appears twice.
    """
    sources = []
    for first in range(10):
        for second in range(first + 1, 10):
            others = [p for p in range(10) if p != second]
            source = [others.index(p) if p != second else others.index(first) for p in range(10)]
            sources.append(source)
    return np.array(sources, dtype=np.int64)


_IDNR_SOURCES = _idnr_sources()


def _distinct_digits(first: np.ndarray, rest: list[np.ndarray]) -> np.ndarray:
    """Sequences of distinct digits: the first from 1-9, each next the k-th still unused."""
    rows = len(first)
    available = np.ones((rows, 10), dtype=np.bool_)
    chosen = np.empty((rows, len(rest) + 1), dtype=np.int64)
    chosen[:, 0] = first + 1
    available[np.arange(rows), chosen[:, 0]] = False
    for position, k in enumerate(rest, start=1):
        rank = np.cumsum(available, axis=1)
        pick = np.argmax(rank > k[:, None], axis=1)
        chosen[:, position] = pick
        available[np.arange(rows), pick] = False
    return chosen


def _steuer_id(parts: Parts) -> np.ndarray:
    pair, first, *rest = parts
    distinct = _distinct_digits(first, rest)
    payload = np.take_along_axis(distinct, _IDNR_SOURCES[pair], axis=1)
    return ascii_digits(np.concatenate([payload, iso7064_mod11_10(payload)[:, None]], axis=1))


# --- France ------------------------------------------------------------------------------

_NIR_DEPARTMENTS = [f"{d:02d}" for d in range(1, 96) if d != 20] + ["2A", "2B"]
_NIR_DEPT_TEXT = np.frombuffer("".join(_NIR_DEPARTMENTS).encode(), dtype=np.uint8).reshape(-1, 2)
# Corsica's letters count as 19 (2A) and 18 (2B) in the key.
_NIR_DEPT_VALUE = np.array([int(d.replace("2A", "19").replace("2B", "18"))
                            for d in _NIR_DEPARTMENTS])  # fmt: skip


def _nir(parts: Parts) -> np.ndarray:
    sex, year, month, department, commune, order = parts
    number = (
        (sex + 1) * 10**12 + year * 10**10 + (month + 1) * 10**8
        + _NIR_DEPT_VALUE[department] * 10**6 + (commune + 1) * 10**3 + order + 1
    )  # fmt: skip
    return join_text(
        ascii_digits(digit_cols(sex + 1, 1)), ascii_digits(digit_cols(year, 2)),
        ascii_digits(digit_cols(month + 1, 2)), _NIR_DEPT_TEXT[department],
        ascii_digits(digit_cols(commune + 1, 3)), ascii_digits(digit_cols(order + 1, 3)),
        ascii_digits(digit_cols(97 - number % 97, 2)),
    )  # fmt: skip


# --- Spain -------------------------------------------------------------------------------

_DNI_LETTERS = np.frombuffer(DNI_LETTERS, dtype=np.uint8)


def _dni(parts: Parts) -> np.ndarray:
    number = parts[0]
    return join_text(ascii_digits(digit_cols(number, 8)), as_col(_DNI_LETTERS[number % 23]))


_NIE_PREFIX = np.frombuffer(b"XYZ", dtype=np.uint8)


def _nie(parts: Parts) -> np.ndarray:
    prefix, number = parts
    letter = _DNI_LETTERS[(prefix * 10**7 + number) % 23]
    return join_text(
        as_col(_NIE_PREFIX[prefix]), ascii_digits(digit_cols(number, 7)), as_col(letter)
    )


# --- Brazil ------------------------------------------------------------------------------


def _cpf(parts: Parts) -> np.ndarray:
    payload = digit_cols(parts[0], 9)
    first = mod11_complement(weighted_sum(payload, range(10, 1, -1)))
    second = mod11_complement(weighted_sum(payload, range(11, 2, -1)) + 2 * first)
    return ascii_digits(np.concatenate([payload, first[:, None], second[:, None]], axis=1))


_CNPJ_W1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
_CNPJ_W2 = [6, *_CNPJ_W1]


def _cnpj(parts: Parts) -> np.ndarray:
    base = digit_cols(parts[0] + 1, 8)  # a root of all zeros is not issued
    branch = np.broadcast_to(np.array([0, 0, 0, 1]), (len(base), 4))  # the head office
    payload = np.concatenate([base, branch], axis=1)
    first = mod11_complement(weighted_sum(payload, _CNPJ_W1))
    second = mod11_complement(weighted_sum(payload, _CNPJ_W2[:12]) + 2 * first)
    return ascii_digits(np.concatenate([payload, first[:, None], second[:, None]], axis=1))


# --- Netherlands -------------------------------------------------------------------------


def _bsn(parts: Parts) -> np.ndarray:
    return ascii_digits(bsn_digits(*parts))


# --- India, Pakistan, Japan --------------------------------------------------------------


def _aadhaar(parts: Parts) -> np.ndarray:
    first, middle, choice = parts
    digits = np.empty((len(first), 11), dtype=np.int64)
    digits[:, 0] = first + 2
    digits[:, 1:10] = digit_cols(middle, 9)
    # The eleventh digit differs from the second, so no number reads the same backwards.
    digits[:, 10] = (digits[:, 1] + 1 + choice) % 10
    return ascii_digits(np.concatenate([digits, verhoeff_check_digit(digits)[:, None]], axis=1))


_PAN_HOLDERS = np.frombuffer(b"PCHFATBGJLK", dtype=np.uint8)
_PAN_HOLDER_WEIGHTS = normalised([930, 25, 15, 15, 4, 4, 3, 1, 1, 1, 1])


def _pan(parts: Parts) -> np.ndarray:
    series, holder, initial, number, last = parts
    letters = np.stack([series // 676, series // 26 % 26, series % 26], axis=1)
    return join_text(LETTERS[letters], as_col(_PAN_HOLDERS[holder]), as_col(LETTERS[initial]),
                     ascii_digits(digit_cols(number + 1, 4)), as_col(LETTERS[last]))  # fmt: skip


# Province digit: 1 Khyber Pakhtunkhwa, 2 FATA, 3 Punjab, 4 Sindh, 5 Balochistan,
# 6 Islamabad, 7 Gilgit-Baltistan; weighted by population.
_CNIC_PROVINCE_WEIGHTS = normalised([15, 2, 53, 23, 5.5, 1, 0.5])


def _cnic(parts: Parts) -> np.ndarray:
    province, district, family, sex = parts
    return ascii_digits(np.concatenate([
        (province + 1)[:, None], digit_cols(district, 4), digit_cols(family, 7), (sex + 1)[:, None],
    ], axis=1))  # fmt: skip


def _my_number(parts: Parts) -> np.ndarray:
    payload = digit_cols(parts[0], 11)
    check = mod11_complement(weighted_sum(payload, [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
    return ascii_digits(np.concatenate([payload, check[:, None]], axis=1))


# --- China -------------------------------------------------------------------------------

#: County-level codes (GB/T 2260) unchanged since the list began, so valid for any birth
#: year: city districts of Beijing, Tianjin and Shanghai and long-standing rural counties.
_CN_REGIONS = np.array([
    110101, 110102, 110105, 110106, 110107, 110108, 110109,
    120101, 120102, 120103, 120104, 120105, 120106,
    310101, 310104, 310105, 310106, 310107, 310109, 310110,
    140121, 140122, 140123, 150121, 150122, 330122, 330127, 340121, 350121, 360121, 360122,
    430121, 510121, 530124, 540121, 620121, 620122, 620123, 630121, 640121, 650121,
])  # fmt: skip
_RIC_CHECK = np.frombuffer(b"0123456789X", dtype=np.uint8)


def _ric(first_day: int) -> Renderer:
    def render(parts: Parts) -> np.ndarray:
        region, day, sequence = parts
        year, month, date = date_parts(first_day + day)
        payload = np.concatenate([
            digit_cols(_CN_REGIONS[region], 6), digit_cols(year, 4), digit_cols(month, 2),
            digit_cols(date, 2), digit_cols(sequence, 3),
        ], axis=1)  # fmt: skip
        return join_text(ascii_digits(payload), as_col(_RIC_CHECK[iso7064_mod11_2(payload)]))

    return render


# --- Italy -------------------------------------------------------------------------------

_CF_CONSONANTS = np.frombuffer(b"BCDFGHLMNPRSTVZ", dtype=np.uint8)
_CF_MONTHS = np.frombuffer(b"ABCDEHLMPRST", dtype=np.uint8)


def _codice_fiscale(first_day: int) -> Renderer:
    def render(parts: Parts) -> np.ndarray:
        surname, name, day, sex, town_letter, town_number = parts
        radix = len(_CF_CONSONANTS)
        names = np.stack([part // radix**power % radix
                          for part in (surname, name) for power in (2, 1, 0)], axis=1)  # fmt: skip
        year, month, date = date_parts(first_day + day)
        body = join_text(
            _CF_CONSONANTS[names], ascii_digits(digit_cols(year % 100, 2)),
            as_col(_CF_MONTHS[month - 1]), ascii_digits(digit_cols(date + 40 * sex, 2)),
            as_col(65 + town_letter), ascii_digits(digit_cols(town_number + 1, 3)),
        )  # fmt: skip
        return join_text(body, as_col(65 + italian_check_index(body)))

    return render


#: The country each national scheme belongs to.
SCHEME_COUNTRY: dict[str, str] = {
    "nhs_number": "GB", "ni_number": "GB", "utr": "GB", "ssn": "US", "ein": "US",
    "steuer_id": "DE", "nir": "FR", "dni": "ES", "nie": "ES", "cpf": "BR", "cnpj": "BR",
    "bsn": "NL", "aadhaar": "IN", "pan": "IN", "cnic": "PK", "my_number": "JP", "ric": "CN",
    "codice_fiscale": "IT", "personnummer": "SE", "pesel": "PL", "rrn": "KR", "cpr": "DK",
    "fodselsnummer": "NO", "hetu": "FI", "isikukood": "EE", "rijksregisternummer": "BE",
    "cnp": "RO", "egn": "BG", "rodne_cislo": "CZ", "za_id_number": "ZA",
}  # fmt: skip

#: Person-encoding schemes that also have a person-free space (``person_group: null``
#: enumerates all of it, so large unique columns stay possible).
_SPACE_SCHEMES = frozenset({"ssn", "nir", "cpf", "pan", "cnic", "ric", "codice_fiscale"})


def _scheme(name: str, env: Env) -> Scheme:
    """The value space of a national scheme (``vat`` is resolved by country elsewhere)."""
    if name == "nhs_number":
        return Scheme((3, 10**7, 9), _nhs, "___ ___ ____")
    if name == "ni_number":
        return Scheme((len(_NI_PREFIXES), 10**6, 4), _ni, "__ __ __ __ _")
    if name == "utr":
        return Scheme((10**9,), _utr, "_____ _____")
    if name == "ssn":
        excluded = tuple(sorted(_ssn_rank(*void) for void in _SSN_VOID))
        return Scheme((len(_SSN_AREAS), 99, 9999), _ssn, "___-__-____", excluded=excluded)
    if name == "ein":
        return Scheme((len(_EIN_PREFIXES), 10**7), _ein, "__-_______")
    if name == "steuer_id":
        return Scheme((len(_IDNR_SOURCES), 9, 9, 8, 7, 6, 5, 4, 3, 2), _steuer_id,
                      "__ ___ ___ ___")  # fmt: skip
    if name == "nir":
        return Scheme((2, 100, 12, len(_NIR_DEPARTMENTS), 990, 999), _nir,
                      "_ __ __ __ ___ ___ __")  # fmt: skip
    if name == "dni":
        return Scheme((10**8,), _dni, "________-_")
    if name == "nie":
        return Scheme((3, 10**7), _nie, "_-_______-_")
    if name == "cpf":
        # Numbers of one repeated digit pass the check but are never issued.
        return Scheme((10**9,), _cpf, "___.___.___-__",
                      excluded=tuple(d * 111_111_111 for d in range(10)))  # fmt: skip
    if name == "cnpj":
        return Scheme((10**8 - 1,), _cnpj, "__.___.___/____-__")
    if name == "bsn":
        return Scheme((9, 10**6, 9), _bsn, "____.__.___")
    if name == "aadhaar":
        return Scheme((8, 10**9, 9), _aadhaar, "____ ____ ____")
    if name == "pan":
        return Scheme((26**3, len(_PAN_HOLDERS), 26, 9999, 26), _pan,
                      weights=(None, _PAN_HOLDER_WEIGHTS, None, None, None))  # fmt: skip
    if name == "cnic":
        return Scheme((7, 10**4, 10**7, 9), _cnic, "_____-_______-_",
                      weights=(_CNIC_PROVINCE_WEIGHTS, None, None, None))  # fmt: skip
    if name == "my_number":
        return Scheme((10**11,), _my_number, "____ ____ ____")
    if name == "ric":
        first, days = birth_day_span(env, youngest=16)
        return Scheme((len(_CN_REGIONS), days, 1000), _ric(first))
    if name == "codice_fiscale":
        first, days = birth_day_span(env)
        radix = len(_CF_CONSONANTS) ** 3
        return Scheme((radix, radix, days, 2, 13, 999), _codice_fiscale(first))
    raise ValueError(name)  # the spec model admits no other scheme


@register("identifier")
def compile_identifier(spec: IdentifierField, env: Env) -> Column:
    """Compile an ``identifier`` field: a national ID, VAT number or product code
    (:mod:`lookalike.kinds.product_codes`) with valid check digits.

    Schemes that encode their holder (a codice fiscale, a PESEL...) describe the row's
    ``person_group`` person (see :mod:`lookalike.kinds.person_ids`); ``person_group:
    null`` gives those that have one their whole person-free space. National schemes
    name their country, so they work in any locale; ``vat``
    takes ``country`` (default: the locale's) and is refused at plan time for
    a country whose VAT numbers are not known.

    >>> from lookalike.kinds.numeric import ENV
    >>> column = compile_identifier(IdentifierField(scheme="ssn", person_group=None), ENV)
    >>> column.capacity
    888931095
    >>> column.at(None, np.array([0, 5], dtype=np.uint64)).to_pylist()
    ['001-01-0001', '001-01-0006']
    """
    if spec.scheme == "vat":
        country = spec.country
        if country is None:
            locale = spec.locale or env.locale
            country = profile_for(locale, f"{env.path}.locale").country
        country = country.upper()
        scheme = VAT.get(country)
        if scheme is None:
            raise SpecError(
                f"no VAT number format for country {country!r}; set country to one of "
                f"{', '.join(VAT_COUNTRIES)}",
                path=f"{env.path}.country",
            )
        return IdentifierColumn(scheme, spec.formatted)
    if spec.locale is not None:
        profile_for(spec.locale, f"{env.path}.locale")  # an unknown locale is still an error
    if spec.scheme in PRODUCT_SCHEMES:
        return IdentifierColumn(product_scheme(spec.scheme, spec.locale or env.locale), True)
    home = SCHEME_COUNTRY[spec.scheme]
    _check_country(spec, env, home)
    if spec.scheme in PERSON_SCHEME_NAMES and (
        spec.person_group is not None or spec.scheme not in _SPACE_SCHEMES
    ):
        return compile_person_identifier(
            spec, env, person_scheme(spec.scheme), spec.scheme in NAME_SCHEMES
        )
    return IdentifierColumn(_scheme(spec.scheme, env), spec.formatted)


def _check_country(spec: IdentifierField, env: Env, home: str) -> None:
    if spec.country is not None and spec.country.upper() != home:
        raise SpecError(
            f"{spec.scheme} is a {home} identifier, but country is {spec.country!r}; "
            f"remove country or set it to {home}",
            path=f"{env.path}.country",
        )
