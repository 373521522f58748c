"""What lookalike knows about each locale: country, phone region, currency, data sources.

The twelve flagship locales have shipped data (real places, name frequencies,
numbering plans). Every other locale Faker knows is served from pools taken
from Faker once (names, cities) and the numbering plan of its country.

>>> profile_for("en_GB").country, profile_for("en_GB").currency
('GB', 'GBP')
>>> profile_for("xx_YY")
Traceback (most recent call last):
...
lookalike.errors.SpecError: locale: unknown locale 'xx_YY'; use one of en_GB, en_US, ...
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from lookalike.errors import SpecError


@dataclass(frozen=True)
class LocaleProfile:
    """Facts about a locale that generators need."""

    code: str  # e.g. en_GB
    country: str  # ISO 3166-1 alpha-2, e.g. GB
    country_name: str
    currency: str  # ISO 4217
    address_source: str  # gb | us | postal | cities | faker
    language: str  # e.g. en
    flagship: bool = True
    email_domains: tuple[tuple[str, float], ...] = ()
    tld: str = "com"


_FREE_MAIL_GB = (("gmail.com", 40.0), ("hotmail.co.uk", 14.0), ("outlook.com", 12.0),
                 ("yahoo.co.uk", 10.0), ("btinternet.com", 8.0), ("icloud.com", 8.0),
                 ("sky.com", 4.0), ("aol.com", 2.0), ("live.co.uk", 2.0))  # fmt: skip
_FREE_MAIL_US = (("gmail.com", 45.0), ("yahoo.com", 15.0), ("outlook.com", 10.0),
                 ("hotmail.com", 10.0), ("icloud.com", 10.0), ("aol.com", 5.0),
                 ("comcast.net", 5.0))  # fmt: skip


def _mail(*local: tuple[str, float]) -> tuple[tuple[str, float], ...]:
    return (("gmail.com", 40.0), *local, ("outlook.com", 10.0), ("yahoo.com", 6.0))


FLAGSHIP: dict[str, LocaleProfile] = {
    p.code: p
    for p in (
        LocaleProfile("en_GB", "GB", "United Kingdom", "GBP", "gb", "en",
                      email_domains=_FREE_MAIL_GB, tld="co.uk"),
        LocaleProfile("en_US", "US", "United States", "USD", "us", "en",
                      email_domains=_FREE_MAIL_US, tld="com"),
        LocaleProfile("de_DE", "DE", "Deutschland", "EUR", "postal", "de",
                      email_domains=_mail(("web.de", 20.0), ("gmx.de", 20.0),
                                          ("t-online.de", 10.0)), tld="de"),
        LocaleProfile("fr_FR", "FR", "France", "EUR", "postal", "fr",
                      email_domains=_mail(("orange.fr", 20.0), ("free.fr", 12.0),
                                          ("laposte.net", 8.0), ("sfr.fr", 8.0)), tld="fr"),
        LocaleProfile("es_ES", "ES", "España", "EUR", "postal", "es",
                      email_domains=_mail(("hotmail.es", 20.0), ("telefonica.net", 6.0)), tld="es"),
        LocaleProfile("it_IT", "IT", "Italia", "EUR", "postal", "it",
                      email_domains=_mail(("libero.it", 20.0), ("virgilio.it", 10.0),
                                          ("alice.it", 6.0)), tld="it"),
        LocaleProfile("nl_NL", "NL", "Nederland", "EUR", "postal", "nl",
                      email_domains=_mail(("ziggo.nl", 15.0), ("kpnmail.nl", 10.0),
                                          ("hotmail.nl", 10.0)), tld="nl"),
        LocaleProfile("pt_BR", "BR", "Brasil", "BRL", "postal", "pt",
                      email_domains=_mail(("hotmail.com", 20.0), ("uol.com.br", 10.0),
                                          ("bol.com.br", 6.0)), tld="com.br"),
        LocaleProfile("en_IN", "IN", "India", "INR", "postal", "en",
                      email_domains=_mail(("rediffmail.com", 15.0), ("yahoo.co.in", 10.0)),
                      tld="in"),
        LocaleProfile("ur_PK", "PK", "Pakistan", "PKR", "postal", "ur",
                      email_domains=_mail(("hotmail.com", 15.0), ("yahoo.com.pk", 5.0)),
                      tld="com.pk"),
        LocaleProfile("ja_JP", "JP", "日本", "JPY", "postal", "ja",
                      email_domains=_mail(("yahoo.co.jp", 25.0), ("docomo.ne.jp", 10.0),
                                          ("ezweb.ne.jp", 8.0)), tld="co.jp"),
        LocaleProfile("zh_CN", "CN", "中国", "CNY", "postal", "zh",
                      email_domains=(("qq.com", 40.0), ("163.com", 25.0), ("126.com", 10.0),
                                     ("sina.com", 8.0), ("gmail.com", 5.0)), tld="cn"),
    )
}  # fmt: skip

#: Reserved example domains (RFC 2606) for ``mode: safe`` emails.
SAFE_EMAIL_DOMAINS = (("example.com", 1.0), ("example.org", 1.0), ("example.net", 1.0))

_CURRENCY_BY_COUNTRY = {
    "AT": "EUR", "BE": "EUR", "CH": "CHF", "CZ": "CZK", "DK": "DKK", "FI": "EUR", "GR": "EUR",
    "IE": "EUR", "PL": "PLN", "PT": "EUR", "SE": "SEK", "NO": "NOK", "RU": "RUB", "TR": "TRY",
    "AU": "AUD", "NZ": "NZD", "CA": "CAD", "MX": "MXN", "AR": "ARS", "CL": "CLP", "CO": "COP",
    "KR": "KRW", "TW": "TWD", "TH": "THB", "VN": "VND", "ID": "IDR", "PH": "PHP", "IL": "ILS",
    "SA": "SAR", "EG": "EGP", "NG": "NGN", "ZA": "ZAR", "UA": "UAH", "HU": "HUF", "RO": "RON",
    "SK": "EUR", "SI": "EUR", "HR": "EUR", "BG": "BGN", "LT": "EUR", "LV": "EUR", "EE": "EUR",
    "IR": "IRR", "BD": "BDT", "NP": "NPR", "GE": "GEL", "AM": "AMD", "AZ": "AZN", "KZ": "KZT",
}  # fmt: skip


@cache
def faker_locales() -> frozenset[str]:
    """Every locale Faker ships (imported lazily: Faker is slow to import)."""
    from faker.config import AVAILABLE_LOCALES

    return frozenset(AVAILABLE_LOCALES)


def known_locales() -> list[str]:
    """Flagship locales first, then the rest of Faker's."""
    return [*FLAGSHIP, *sorted(faker_locales() - set(FLAGSHIP))]


@cache
def profile_for(locale: str, path: str = "locale") -> LocaleProfile:
    """The profile of ``locale``, or a SpecError naming ``path`` and the fix."""
    if locale in FLAGSHIP:
        return FLAGSHIP[locale]
    if "_" in locale and locale in faker_locales():
        language, country = locale.split("_", 1)
        return LocaleProfile(
            locale, country, country, _CURRENCY_BY_COUNTRY.get(country, "USD"), "faker",
            language, flagship=False, email_domains=_mail(), tld=country.lower(),
        )  # fmt: skip
    raise SpecError(
        f"unknown locale {locale!r}; use one of {', '.join(list(FLAGSHIP)[:2])}, ... "
        "or any Faker locale",
        path=path,
    )
