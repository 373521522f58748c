"""What lookalike knows about each locale: country, phone region, currency, data sources.

The twelve flagship locales have shipped data (real places, name frequencies,
numbering plans). Twenty more (:data:`POSTAL`) have real places (GeoNames postal
codes with their town and region), landlines of the town's area, their
country's numbering plan, street words and free-mail domains, with Faker's name
lists. Together they are :data:`SUPPORTED`: the kinds that read places
(``address``, landline ``phone``) refuse any other locale with
:func:`require_places`. Other Faker locales keep names and mobiles from Faker's
lists and their country's numbering plan.

>>> profile_for("en_GB").country, profile_for("en_GB").currency
('GB', 'GBP')
>>> profile_for("sv_SE").currency, profile_for("sv_SE").address_source
('SEK', 'postal')
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


def _postal(
    code: str, name: str, currency: str, tld: str, *mail: tuple[str, float]
) -> LocaleProfile:
    country = code.split("_")[1]
    return LocaleProfile(code, country, name, currency, "postal", code.split("_")[0],
                         flagship=False, email_domains=_mail(*mail), tld=tld)  # fmt: skip


_AT = (("gmx.at", 15.0), ("aon.at", 8.0), ("chello.at", 5.0), ("a1.net", 5.0))
_CH = (("bluewin.ch", 20.0), ("gmx.ch", 10.0), ("hispeed.ch", 4.0), ("sunrise.ch", 4.0))
_BE = (("telenet.be", 15.0), ("skynet.be", 10.0), ("hotmail.com", 10.0), ("proximus.be", 4.0))

#: Locales with real places, landline areas, numbering plan and words, but Faker's names.
POSTAL: dict[str, LocaleProfile] = {
    p.code: p
    for p in (
        _postal("en_AU", "Australia", "AUD", "com.au", ("bigpond.com", 12.0),
                ("hotmail.com", 10.0), ("icloud.com", 8.0), ("optusnet.com.au", 5.0)),
        _postal("en_NZ", "New Zealand", "NZD", "co.nz", ("xtra.co.nz", 12.0),
                ("hotmail.com", 10.0), ("icloud.com", 6.0)),
        _postal("de_AT", "Österreich", "EUR", "at", *_AT),
        _postal("de_CH", "Schweiz", "CHF", "ch", *_CH),
        _postal("fr_CH", "Suisse", "CHF", "ch", *_CH),
        _postal("it_CH", "Svizzera", "CHF", "ch", *_CH),
        _postal("nl_BE", "België", "EUR", "be", *_BE),
        _postal("fr_BE", "Belgique", "EUR", "be", *_BE),
        _postal("pl_PL", "Polska", "PLN", "pl", ("wp.pl", 20.0), ("onet.pl", 15.0),
                ("o2.pl", 10.0), ("interia.pl", 10.0)),
        _postal("sv_SE", "Sverige", "SEK", "se", ("hotmail.com", 15.0), ("telia.com", 8.0),
                ("live.se", 5.0), ("bredband.net", 4.0)),
        _postal("fi_FI", "Suomi", "EUR", "fi", ("hotmail.com", 10.0), ("luukku.com", 6.0),
                ("elisanet.fi", 5.0), ("kolumbus.fi", 3.0)),
        _postal("no_NO", "Norge", "NOK", "no", ("hotmail.com", 12.0), ("online.no", 10.0),
                ("live.no", 5.0), ("yahoo.no", 3.0)),
        _postal("pt_PT", "Portugal", "EUR", "pt", ("sapo.pt", 20.0), ("hotmail.com", 15.0),
                ("iol.pt", 5.0), ("clix.pt", 3.0)),
        _postal("tr_TR", "Türkiye", "TRY", "com.tr", ("hotmail.com", 20.0),
                ("yandex.com", 5.0), ("mynet.com", 5.0)),
        _postal("hu_HU", "Magyarország", "HUF", "hu", ("freemail.hu", 18.0),
                ("citromail.hu", 10.0), ("hotmail.com", 8.0), ("t-online.hu", 5.0)),
        _postal("ro_RO", "România", "RON", "ro", ("yahoo.ro", 12.0), ("hotmail.com", 8.0),
                ("mail.ro", 3.0)),
        _postal("sk_SK", "Slovensko", "EUR", "sk", ("azet.sk", 15.0), ("centrum.sk", 12.0),
                ("zoznam.sk", 8.0), ("post.sk", 4.0)),
        _postal("et_EE", "Eesti", "EUR", "ee", ("hot.ee", 15.0), ("mail.ee", 10.0),
                ("online.ee", 3.0)),
        _postal("lt_LT", "Lietuva", "EUR", "lt", ("one.lt", 10.0), ("inbox.lt", 10.0),
                ("takas.lt", 3.0)),
        _postal("lv_LV", "Latvija", "EUR", "lv", ("inbox.lv", 25.0), ("one.lv", 5.0),
                ("apollo.lv", 4.0)),
    )
}  # fmt: skip

#: Every locale with real places: the flagship twelve first, then :data:`POSTAL`.
SUPPORTED: dict[str, LocaleProfile] = {**FLAGSHIP, **POSTAL}

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
    """Supported locales first (flagship, then postal), then the rest of Faker's."""
    return [*SUPPORTED, *sorted(faker_locales() - set(SUPPORTED))]


def require_places(locale: str, kind: str, path: str) -> LocaleProfile:
    """The profile of ``locale`` if lookalike ships real places for it, else a SpecError
    naming the supported locales and the Faker passthrough (``kind`` is what refuses).

    >>> require_places("sv_SE", "address", "t.f").code
    'sv_SE'
    >>> require_places("ko_KR", "address", "t.f")
    Traceback (most recent call last):
    ...
    lookalike.errors.SpecError: t.f.locale: the address kind has no real places for 'ko_KR' ...
    """
    profile = profile_for(locale, f"{path}.locale")
    if locale in SUPPORTED:
        return profile
    raise SpecError(
        f"the {kind} kind has no real places for {locale!r} (its values would not be "
        f"coherent); use one of the supported locales {', '.join(SUPPORTED)}, or "
        f"kind: faker with a method (e.g. method: address) for Faker's values",
        path=f"{path}.locale",
    )


@cache
def profile_for(locale: str, path: str = "locale") -> LocaleProfile:
    """The profile of ``locale``, or a SpecError naming ``path`` and the fix."""
    if locale in SUPPORTED:
        return SUPPORTED[locale]
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
