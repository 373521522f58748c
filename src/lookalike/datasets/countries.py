"""Countries as people name them ("germany", "united_states", "de") and what differs by country.

A country picks a locale (names, addresses, phones, currency) and the few
habits a domain template cannot know on its own: how people pay, how old the
population is.

>>> locale_for_country("germany"), locale_for_country("US"), locale_for_country("united kingdom")
('de_DE', 'en_US', 'en_GB')
>>> locale_for_country("narnia")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
lookalike.errors.SpecError: country: unknown country 'narnia'; use a name like germany ...
"""

from __future__ import annotations

from lookalike.errors import SpecError

#: Names (lower case, underscores) to ISO 3166-1 alpha-2 codes.
_NAMES = {
    "united_states": "US", "usa": "US", "america": "US", "united_kingdom": "GB", "uk": "GB",
    "great_britain": "GB", "britain": "GB", "england": "GB", "germany": "DE", "deutschland": "DE",
    "france": "FR", "spain": "ES", "italy": "IT", "netherlands": "NL", "holland": "NL",
    "brazil": "BR", "india": "IN", "pakistan": "PK", "japan": "JP", "china": "CN",
    "canada": "CA", "australia": "AU", "new_zealand": "NZ", "ireland": "IE", "mexico": "MX",
    "argentina": "AR", "chile": "CL", "colombia": "CO", "portugal": "PT", "belgium": "BE",
    "austria": "AT", "switzerland": "CH", "sweden": "SE", "norway": "NO", "denmark": "DK",
    "finland": "FI", "poland": "PL", "czechia": "CZ", "czech_republic": "CZ", "greece": "GR",
    "turkey": "TR", "russia": "RU", "ukraine": "UA", "romania": "RO", "hungary": "HU",
    "south_korea": "KR", "korea": "KR", "taiwan": "TW", "thailand": "TH", "vietnam": "VN",
    "indonesia": "ID", "philippines": "PH", "israel": "IL", "saudi_arabia": "SA", "egypt": "EG",
    "nigeria": "NG", "south_africa": "ZA", "bangladesh": "BD", "nepal": "NP", "iran": "IR",
    "slovakia": "SK", "slovenia": "SI", "croatia": "HR", "bulgaria": "BG", "lithuania": "LT",
    "latvia": "LV", "estonia": "EE", "georgia": "GE", "armenia": "AM", "azerbaijan": "AZ",
    "kazakhstan": "KZ",
}  # fmt: skip

#: The locale lookalike uses for a country: its flagship locale, else Faker's.
_LOCALES = {
    "US": "en_US", "GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "ES": "es_ES", "IT": "it_IT",
    "NL": "nl_NL", "BR": "pt_BR", "IN": "en_IN", "PK": "ur_PK", "JP": "ja_JP", "CN": "zh_CN",
    "CA": "en_CA", "AU": "en_AU", "NZ": "en_NZ", "IE": "en_IE", "MX": "es_MX", "AR": "es_AR",
    "CL": "es_CL", "CO": "es_CO", "PT": "pt_PT", "BE": "nl_BE", "AT": "de_AT", "CH": "de_CH",
    "SE": "sv_SE", "NO": "no_NO", "DK": "da_DK", "FI": "fi_FI", "PL": "pl_PL", "CZ": "cs_CZ",
    "GR": "el_GR", "TR": "tr_TR", "RU": "ru_RU", "UA": "uk_UA", "RO": "ro_RO", "HU": "hu_HU",
    "KR": "ko_KR", "TW": "zh_TW", "TH": "th_TH", "VN": "vi_VN", "ID": "id_ID", "PH": "en_PH",
    "IL": "he_IL", "SA": "ar_SA", "EG": "ar_EG", "NG": "en_NG", "ZA": "en_ZA", "BD": "bn_BD",
    "NP": "ne_NP", "IR": "fa_IR", "SK": "sk_SK", "SI": "sl_SI", "HR": "hr_HR", "BG": "bg_BG",
    "LT": "lt_LT", "LV": "lv_LV", "EE": "et_EE", "GE": "ka_GE", "AM": "hy_AM", "AZ": "az_AZ",
    "KZ": "kk_KZ",
}  # fmt: skip

#: Shares of Credit Card, Debit Card, Cash, Mobile Wallet, Bank Transfer at the point of sale,
#: rounded from central bank payment diaries (ECB SPACE 2022, Federal Reserve Diary of Consumer
#: Payment Choice 2023, Bank of England, RBI and SBP reports): cash-heavy Germany, Italy, Japan
#: and Pakistan; cards in the UK and US; wallets in China and India (UPI); Pix in Brazil.
PAYMENT_METHODS = ("Credit Card", "Debit Card", "Cash", "Mobile Wallet", "Bank Transfer")
_PAYMENT_MIX = {
    "US": (40, 27, 16, 12, 5), "GB": (22, 48, 14, 13, 3), "DE": (8, 34, 51, 4, 3),
    "FR": (10, 45, 38, 4, 3), "ES": (12, 30, 50, 6, 2), "IT": (12, 26, 58, 2, 2),
    "NL": (5, 68, 20, 5, 2), "BR": (28, 18, 20, 4, 30), "IN": (4, 8, 40, 46, 2),
    "PK": (2, 10, 80, 6, 2), "JP": (30, 2, 50, 16, 2), "CN": (4, 6, 12, 76, 2),
}  # fmt: skip
_DEFAULT_MIX = (30, 30, 25, 10, 5)

#: Median age of the population (UN World Population Prospects 2022, rounded).
_MEDIAN_AGE = {
    "US": 38, "GB": 40, "DE": 45, "FR": 42, "ES": 45, "IT": 47, "NL": 42, "BR": 34, "IN": 28,
    "PK": 21, "JP": 49, "CN": 39, "CA": 41, "AU": 38, "MX": 29, "NG": 18, "ZA": 28,
}  # fmt: skip


def country_code(country: str) -> str:
    """The ISO code of a country name or code, or a SpecError naming the option.

    >>> country_code("United States"), country_code("pk")
    ('US', 'PK')
    """
    key = country.strip().lower().replace(" ", "_").replace("-", "_")
    if key in _NAMES:
        return _NAMES[key]
    if len(key) == 2 and key.upper() in _LOCALES:
        return key.upper()
    raise SpecError(
        f"unknown country {country!r}; use a name like germany or united_states, "
        "or an ISO code like de",
        path="country",
    )


def locale_for_country(country: str) -> str:
    """The locale lookalike generates a country's data in."""
    return _LOCALES[country_code(country)]


def payment_mix(country: str) -> tuple[int, ...]:
    """Weights of :data:`PAYMENT_METHODS` in the country (a world average when unknown).

    >>> dict(zip(PAYMENT_METHODS, payment_mix("DE")))["Cash"]
    51
    """
    return _PAYMENT_MIX.get(country, _DEFAULT_MIX)


def median_age(country: str) -> int:
    """The population's median age, used to shape customer and patient ages.

    >>> median_age("JP") - median_age("PK")
    28
    """
    return _MEDIAN_AGE.get(country, 32)
