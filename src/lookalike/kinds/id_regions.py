"""Where a person is registered: the region codes identifiers take from a row's address.

An identifier that encodes a region (a French département, a Chinese province, a
Brazilian CPF fiscal region, a US SSN area, a Pakistani province, an Italian comune
of birth) reads the row's latent address and turns its place into that code. Each map
here is computed once per (scheme, locale) as one small integer per place, so a
block of rows costs one ``take``; ``-1`` marks a place the scheme has no code for
(its rows draw a code from the scheme's national weights instead).

>>> from lookalike.kinds.address import AddressModel
>>> codes = place_codes("cnic", AddressModel("ur_PK"))
>>> sorted(set(codes.tolist()) - {-1})
[0, 2, 3, 4, 5, 6]
"""

from __future__ import annotations

import importlib.resources
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

from lookalike.kinds.address import AddressModel
from lookalike.locales.data import slug

__all__ = [
    "BRAZIL_CPF_REGIONS",
    "CHINA_PROVINCES",
    "ITALY_PROVINCE_REGIONS",
    "PAKISTAN_PROVINCES",
    "ROMANIAN_COUNTIES",
    "US_SSN_AREAS",
    "Comuni",
    "comuni",
    "county_codes",
    "place_codes",
]


@cache
def identity_data(name: str) -> Any:
    """A JSON file shipped in ``lookalike/data/identity`` (sources in its DATA_NOTICE.md).

    >>> identity_data("belfiore.json")["columns"]
    ['code', 'name', 'province']
    """
    resource = importlib.resources.files("lookalike") / "data" / "identity" / name
    return json.loads(resource.read_text(encoding="utf-8"))


#: Pakistani CNIC province digit (1-7) by province, as NADRA numbers them. Azad Jammu and
#: Kashmir has no digit in the published scheme: its rows draw one by population.
PAKISTAN_PROVINCES = {
    "Khyber Pakhtunkhwa": 1, "FATA": 2, "Federally Administered Tribal Areas": 2,
    "Punjab": 3, "Sindh": 4, "Balochistan": 5, "Islamabad Capital Territory": 6,
    "Islamabad": 6, "Gilgit-Baltistan": 7,
}  # fmt: skip

#: GB/T 2260 province codes by the English (GeoNames) province name.
CHINA_PROVINCES = {
    "Beijing": 11, "Tianjin": 12, "Hebei": 13, "Shanxi": 14, "Inner Mongolia": 15,
    "Nei Mongol": 15, "Liaoning": 21, "Jilin": 22, "Heilongjiang": 23, "Shanghai": 31,
    "Jiangsu": 32, "Zhejiang": 33, "Anhui": 34, "Fujian": 35, "Jiangxi": 36, "Shandong": 37,
    "Henan": 41, "Hubei": 42, "Hunan": 43, "Guangdong": 44, "Guangxi": 45, "Hainan": 46,
    "Chongqing": 50, "Sichuan": 51, "Guizhou": 52, "Yunnan": 53, "Tibet": 54, "Xizang": 54,
    "Shaanxi": 61, "Gansu": 62, "Qinghai": 63, "Ningxia": 64, "Xinjiang": 65,
}  # fmt: skip

#: The ninth digit of a CPF: the Receita Federal fiscal region that registered it.
BRAZIL_CPF_REGIONS = {
    "Distrito Federal": 1, "Goiás": 1, "Mato Grosso do Sul": 1, "Mato Grosso": 1,
    "Tocantins": 1, "Acre": 2, "Amazonas": 2, "Amapá": 2, "Pará": 2, "Rondônia": 2,
    "Roraima": 2, "Ceará": 3, "Maranhão": 3, "Piauí": 3, "Alagoas": 4, "Paraíba": 4,
    "Pernambuco": 4, "Rio Grande do Norte": 4, "Bahia": 5, "Sergipe": 5, "Minas Gerais": 6,
    "Espírito Santo": 7, "Rio de Janeiro": 7, "São Paulo": 8, "Paraná": 9,
    "Santa Catarina": 9, "Rio Grande do Sul": 0,
}  # fmt: skip

#: Romanian county (județ) codes of the CNP; Bucharest's sectors are 41-46.
ROMANIAN_COUNTIES = {
    "Alba": 1, "Arad": 2, "Argeș": 3, "Bacău": 4, "Bihor": 5, "Bistrița-Năsăud": 6,
    "Botoșani": 7, "Brașov": 8, "Brăila": 9, "Buzău": 10, "Caraș-Severin": 11, "Cluj": 12,
    "Constanța": 13, "Covasna": 14, "Dâmbovița": 15, "Dolj": 16, "Galați": 17, "Gorj": 18,
    "Harghita": 19, "Hunedoara": 20, "Ialomița": 21, "Iași": 22, "Ilfov": 23,
    "Maramureș": 24, "Mehedinți": 25, "Mureș": 26, "Neamț": 27, "Olt": 28, "Prahova": 29,
    "Satu Mare": 30, "Sălaj": 31, "Sibiu": 32, "Suceava": 33, "Teleorman": 34, "Timiș": 35,
    "Tulcea": 36, "Vaslui": 37, "Vâlcea": 38, "Vrancea": 39, "București": 40,
    "Municipiul București": 40, "Călărași": 51, "Giurgiu": 52,
}  # fmt: skip

#: Italian provinces (the two-letter sigla of the Belfiore list) by region.
ITALY_PROVINCE_REGIONS = {
    "Piemonte": "TO VC NO CN AT AL BI VB", "Valle d'Aosta": "AO",
    "Lombardia": "VA CO SO MI BG BS PV CR MN LC LO MB", "Trentino-Alto Adige": "BZ TN",
    "Veneto": "VR VI BL TV VE PD RO", "Friuli-Venezia Giulia": "UD GO TS PN",
    "Liguria": "IM SV GE SP", "Emilia-Romagna": "PC PR RE MO BO FE RA FC RN",
    "Toscana": "MS LU PT FI LI PI AR SI GR PO", "Umbria": "PG TR", "Marche": "PU AN MC AP FM",
    "Lazio": "VT RI RM LT FR", "Abruzzo": "AQ TE PE CH", "Molise": "CB IS",
    "Campania": "CE BN NA AV SA", "Puglia": "FG BA TA BR LE BT", "Basilicata": "PZ MT",
    "Calabria": "CS CZ RC KR VV", "Sicilia": "TP PA ME AG CL EN CT RG SR",
    "Sardegna": "SS NU CA OR SU",
}  # fmt: skip

#: Social Security area numbers each state issued before randomisation (25 June 2011).
US_SSN_AREAS = {
    "NH": "001-003", "ME": "004-007", "VT": "008-009", "MA": "010-034", "RI": "035-039",
    "CT": "040-049", "NY": "050-134", "NJ": "135-158", "PA": "159-211", "MD": "212-220",
    "DE": "221-222", "VA": "223-231 691-699", "WV": "232-236", "NC": "237-246 681-690",
    "SC": "247-251 654-658", "GA": "252-260 667-675", "FL": "261-267 589-595 766-772",
    "OH": "268-302", "IN": "303-317", "IL": "318-361", "MI": "362-386", "WI": "387-399",
    "KY": "400-407", "TN": "408-415 756-763", "AL": "416-424", "MS": "425-428 587-588 752-755",
    "AR": "429-432 676-679", "LA": "433-439 659-665", "OK": "440-448", "TX": "449-467 627-645",
    "MN": "468-477", "IA": "478-485", "MO": "486-500", "ND": "501-502", "SD": "503-504",
    "NE": "505-508", "KS": "509-515", "MT": "516-517", "ID": "518-519", "WY": "520",
    "CO": "521-524 650-653", "NM": "525 585 648-649", "AZ": "526-527 600-601 764-765",
    "UT": "528-529 646-647", "NV": "530 680", "WA": "531-539", "OR": "540-544",
    "CA": "545-573 602-626", "AK": "574", "HI": "575-576 750-751", "DC": "577-579",
    "VI": "580", "PR": "580-584 596-599", "GU": "586", "AS": "586", "MP": "586",
}  # fmt: skip


def ssn_areas(state: str) -> list[int]:
    """The area numbers a state issued before 2011.

    >>> ssn_areas("NV")
    [530, 680]
    """
    areas: list[int] = []
    for span in US_SSN_AREAS[state].split():
        low, _, high = span.partition("-")
        areas += range(int(low), int(high or low) + 1)
    return areas


#: Order of the states in :func:`place_codes` ``("ssn", ...)`` (a code is an index here).
SSN_STATES = tuple(US_SSN_AREAS)


def _by_slug(names: dict[str, int]) -> dict[str, int]:
    return {slug(name): code for name, code in names.items()}


def _lookup(names: list[str], table: dict[str, int]) -> np.ndarray:
    """The code of each name, matched by slug (accents and punctuation do not matter)."""
    keyed = _by_slug(table)
    return np.array([keyed.get(slug(name), -1) for name in names], dtype=np.int64)


def _region_codes(model: AddressModel, table: dict[str, int]) -> np.ndarray:
    places = model.places
    per_region = _lookup(places.region.dictionary.to_pylist(), table)
    codes: np.ndarray = per_region[places.region.codes]
    return codes


def _french_departments(model: AddressModel) -> np.ndarray:
    """Index into :data:`FRENCH_DEPARTMENTS` of each place's département (its postcode)."""
    index = {code: i for i, code in enumerate(FRENCH_DEPARTMENTS)}
    per_postcode = []
    for postcode in model.places.postcode.dictionary.to_pylist():
        code = (postcode or "")[:2]
        if code == "20":  # Corsica: 200xx-201xx is Corse-du-Sud, 202xx-206xx Haute-Corse
            code = "2A" if postcode[:3] in {"200", "201"} else "2B"
        per_postcode.append(index.get(code, -1))
    places = model.places
    departments = np.array(per_postcode, dtype=np.int64)
    per_place: np.ndarray = departments[places.postcode.codes_of(np.arange(len(places)))]
    return per_place


#: NIR département codes: 01-95 without 20, then Corsica's 2A and 2B.
FRENCH_DEPARTMENTS = tuple([f"{d:02d}" for d in range(1, 96) if d != 20] + ["2A", "2B"])


def _ssn_states(model: AddressModel) -> np.ndarray:
    places = model.places
    coded = places.state_code if places.state_code is not None else places.region
    index = {state: i for i, state in enumerate(SSN_STATES)}
    per_state = np.array([index.get((s or "").upper(), -1) for s in coded.dictionary.to_pylist()],
                         dtype=np.int64)  # fmt: skip
    states: np.ndarray = per_state[coded.codes]
    return states


def _italian_regions(model: AddressModel) -> np.ndarray:
    return _region_codes(model, {name: i for i, name in enumerate(ITALY_PROVINCE_REGIONS)})


@cache
def place_codes(scheme: str, model: AddressModel) -> np.ndarray:
    """For each place of ``model``, the scheme's region code (int64; -1: none).

    ``cnic``: province digit minus one; ``ric``: index into :data:`CHINA_PROVINCES`'
    sorted codes; ``cpf``: fiscal region digit; ``nir``: index into
    :data:`FRENCH_DEPARTMENTS`; ``ssn``: index into :data:`SSN_STATES`;
    ``codice_fiscale``: index into :data:`ITALY_PROVINCE_REGIONS`; ``cnp``: the
    county code of :data:`ROMANIAN_COUNTIES`.
    """
    if scheme == "cnic":
        codes = _region_codes(model, PAKISTAN_PROVINCES)
        return np.where(codes > 0, codes - 1, -1)
    if scheme == "ric":
        provinces = sorted(set(CHINA_PROVINCES.values()))
        codes = _region_codes(model, CHINA_PROVINCES)
        lookup = {code: i for i, code in enumerate(provinces)}
        return np.array([lookup.get(int(c), -1) for c in codes], dtype=np.int64)
    if scheme == "cpf":
        return _region_codes(model, BRAZIL_CPF_REGIONS)
    if scheme == "nir":
        return _french_departments(model)
    if scheme == "ssn":
        return _ssn_states(model)
    if scheme == "codice_fiscale":
        return _italian_regions(model)
    if scheme == "cnp":
        return _region_codes(model, ROMANIAN_COUNTIES)
    raise ValueError(scheme)


#: Birth years :func:`county_codes` covers (a year outside takes the nearest).
COUNTY_YEARS = (1900, 2030)
#: Prefectures whose counties were renumbered in 1983-86 (Changchun, Jilin, Hefei, Wuhu,
#: Ma'anshan, Shannan, Xigazê) and Lishui (3325, whose dates the lists disagree on).
_REDRAWN = (2201, 2202, 3401, 3402, 3405, 5422, 5423, 3325)
#: Codes that other compilations of GB/T 2260 date differently or do not list.
_DISPUTED = (140503, 211405, 370982, 372825, 420611, 420704, 421303, 450306, 632324)
#: Districts and counties whose codes stand unchanged since the first list.
_LONG_STANDING = (
    110101, 110102, 110105, 110106, 110107, 110108, 110109,
    120101, 120102, 120103, 120104, 120105, 120106,
    310101, 310104, 310105, 310106, 310107, 310109, 310110,
    140121, 140122, 140123, 150121, 150122, 330122, 330127, 340121, 350121, 360121, 360122,
    430121, 510121, 530124, 540121, 620121, 620122, 620123, 630121, 640121, 650121,
)  # fmt: skip
#: Provinces made from others (Chongqing from Sichuan in 1997, Hainan from Guangdong in
#: 1988): people born there before have a code of the older province.
_PREDECESSOR = {50: 51, 46: 44}


@dataclass(frozen=True, eq=False)
class Counties:
    """Chinese county codes valid in each birth year, by province.

    ``codes[first[p, y] : first[p, y] + count[p, y]]`` are the county codes of
    province ``p`` (index into the sorted :data:`CHINA_PROVINCES` codes) that were
    in use in year ``COUNTY_YEARS[0] + y``.
    """

    codes: np.ndarray
    first: np.ndarray  # (provinces, years)
    count: np.ndarray


@cache
def county_codes() -> Counties:
    """The shipped county codes (``cn_counties.json``), indexed by province and year.

    >>> counties = county_codes()
    >>> beijing_1990 = 0, 1990 - COUNTY_YEARS[0]  # Beijing is the first province (11)
    >>> first, count = counties.first[beijing_1990], counties.count[beijing_1990]
    >>> sorted({int(code) // 10_000 for code in counties.codes[first : first + count]})
    [11]
    """
    rows = identity_data("cn_counties.json")["rows"]
    years = np.arange(COUNTY_YEARS[0], COUNTY_YEARS[1] + 1)
    provinces = sorted(set(CHINA_PROVINCES.values()))
    codes = np.array([int(code) for code, _ in rows])
    in_use = np.zeros((len(rows), len(years)), dtype=np.bool_)
    for row, (_, spans) in enumerate(rows):
        for start, end in spans:
            in_use[row] |= (years >= (start or years[0])) & (years <= (end or years[-1]))
    # Before the 1983 revision the compilations of GB/T 2260 disagree; people born then
    # take a code all of them date back to the first list: a rural county (suffix 21-79)
    # outside the prefectures redrawn in 1983-86, or a long-standing city district.
    first_list = np.array([any(start == 0 for start, _ in spans) for _, spans in rows])
    rural = (codes % 100 >= 21) & (codes % 100 < 80)
    settled = (first_list & rural) | np.isin(codes, _LONG_STANDING)
    in_use[:, years < 1983] &= settled[:, None]
    # A code given to another county later is read differently by different lists.
    in_use[np.array([len(spans) > 1 for _, spans in rows])] = False
    in_use[np.ix_(np.isin(codes, _LONG_STANDING), years < 1983)] = True
    # Lists disagree on the year a code came or went by a year or two: keep a margin.
    in_use[:, 2:-2] &= in_use[:, :-4] & in_use[:, 4:] & in_use[:, 1:-3] & in_use[:, 3:-1]
    # County-level cities run by the province itself (xx90xx) come and go between lists.
    in_use[(codes // 100 % 100 == 90) | np.isin(codes // 100, _REDRAWN)] = False
    in_use[np.isin(codes, _DISPUTED)] = False
    # The shipped list ends in 2020: later births take the counties of 2020.
    in_use[:, years > 2020] = in_use[:, years == 2020]
    flat: list[np.ndarray] = []
    first = np.zeros((len(provinces), len(years)), dtype=np.int64)
    count = np.zeros_like(first)
    offset = 0
    for p, province in enumerate(provinces):
        for y in range(len(years)):
            chosen = np.empty(0, dtype=np.int64)
            for candidate in (province, _PREDECESSOR.get(province)):
                if candidate is not None and not len(chosen):
                    chosen = codes[(codes // 10_000 == candidate) & in_use[:, y]]
            first[p, y], count[p, y] = offset, len(chosen)
            flat.append(chosen)
            offset += len(chosen)
    return Counties(np.concatenate(flat), first, count)


@dataclass(frozen=True, eq=False)
class Comuni:
    """Italy's active comuni grouped by region, with their Belfiore codes."""

    codes: np.ndarray  # (n, 4) ASCII, region by region
    first: np.ndarray  # per region: first row in ``codes``
    count: np.ndarray  # per region: how many
    provinces: tuple[str, ...]  # per row of ``codes``
    names: tuple[str, ...]


@cache
def comuni() -> Comuni:
    """The shipped Belfiore list (``belfiore.json``), grouped in region order.

    >>> table = comuni()
    >>> lazio = list(ITALY_PROVINCE_REGIONS).index("Lazio")
    >>> "H501" in {bytes(code).decode() for code in  # Rome
    ...            table.codes[table.first[lazio] : table.first[lazio] + table.count[lazio]]}
    True
    """
    rows = identity_data("belfiore.json")["rows"]
    by_province: dict[str, list[tuple[str, str]]] = {}
    for code, name, province in rows:
        by_province.setdefault(province, []).append((code, name))
    ordered: list[tuple[str, str, str]] = []
    first, count = [], []
    for provinces in ITALY_PROVINCE_REGIONS.values():
        first.append(len(ordered))
        for province in provinces.split():
            ordered += [(code, name, province) for code, name in by_province.get(province, [])]
        count.append(len(ordered) - first[-1])
    text = "".join(code for code, _, _ in ordered).encode()
    return Comuni(
        np.frombuffer(text, dtype=np.uint8).reshape(-1, 4),
        np.array(first),
        np.array(count),
        tuple(p for _, _, p in ordered),
        tuple(n for _, n, _ in ordered),
    )


@cache
def home_comune(model: AddressModel) -> np.ndarray:
    """For each place, the row in :func:`comuni` of the comune its town is (or -1).

    >>> found = home_comune(AddressModel("it_IT"))
    >>> bool((found >= 0).mean() > 0.3)  # many GeoNames places are comuni; frazioni are not
    True
    """
    table = comuni()
    regions = place_codes("codice_fiscale", model)
    by_name: dict[tuple[int, str], int] = {}
    for region, (start, size) in enumerate(zip(table.first, table.count, strict=True)):
        for row in range(int(start), int(start + size)):
            by_name.setdefault((region, slug(table.names[row])), row)
    places = model.places
    towns = [slug(t or "") for t in places.town.dictionary.to_pylist()]
    town_of_place = places.town.codes
    found = [
        by_name.get((int(r), towns[t]), -1) for r, t in zip(regions, town_of_place, strict=True)
    ]
    return np.array(found, dtype=np.int64)
