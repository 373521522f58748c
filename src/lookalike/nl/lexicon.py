"""Words the sentence parser knows: numbers, units, countries, fillers and entity heads.

Kept apart from the grammar so a reviewer can see (and extend) the vocabulary
without reading regular expressions.

>>> LOCALES["british"], LOCALES["germany"]
('en_GB', 'de_DE')
>>> plural("category"), plural("person"), singular("line items"), singular("addresses")
('categories', 'people', 'line item', 'address')
"""

from __future__ import annotations

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "hundred": 100, "dozen": 12,
}  # fmt: skip
MULTIPLIERS: dict[str, int] = {
    "k": 1_000, "thousand": 1_000, "m": 1_000_000, "mm": 1_000_000, "mil": 1_000_000,
    "million": 1_000_000, "millions": 1_000_000, "bn": 1_000_000_000,
    "billion": 1_000_000_000, "hundred": 100,
}  # fmt: skip

#: Country names and adjectives to the locale whose data they ask for.
LOCALES: dict[str, str] = {
    "uk": "en_GB", "u.k.": "en_GB", "british": "en_GB", "britain": "en_GB", "gb": "en_GB",
    "england": "en_GB", "english": "en_GB", "scottish": "en_GB", "welsh": "en_GB",
    "united kingdom": "en_GB", "great britain": "en_GB",
    "us": "en_US", "u.s.": "en_US", "usa": "en_US", "american": "en_US",
    "united states": "en_US", "america": "en_US",
    "german": "de_DE", "germany": "de_DE", "french": "fr_FR", "france": "fr_FR",
    "spanish": "es_ES", "spain": "es_ES", "italian": "it_IT", "italy": "it_IT",
    "dutch": "nl_NL", "netherlands": "nl_NL", "holland": "nl_NL",
    "brazilian": "pt_BR", "brazil": "pt_BR", "indian": "en_IN", "india": "en_IN",
    "pakistani": "ur_PK", "pakistan": "ur_PK", "japanese": "ja_JP", "japan": "ja_JP",
    "chinese": "zh_CN", "china": "zh_CN", "canadian": "en_CA", "canada": "en_CA",
    "australian": "en_AU", "australia": "en_AU", "irish": "en_IE", "ireland": "en_IE",
    "mexican": "es_MX", "mexico": "es_MX", "polish": "pl_PL", "poland": "pl_PL",
    "swedish": "sv_SE", "sweden": "sv_SE", "portuguese": "pt_PT", "portugal": "pt_PT",
    "austrian": "de_AT", "austria": "de_AT", "swiss": "de_CH", "switzerland": "de_CH",
    "korean": "ko_KR", "korea": "ko_KR", "turkish": "tr_TR", "turkey": "tr_TR",
    "new zealand": "en_NZ", "danish": "da_DK", "denmark": "da_DK", "norwegian": "no_NO",
    "norway": "no_NO", "finnish": "fi_FI", "finland": "fi_FI", "belgian": "nl_BE",
    "belgium": "nl_BE", "greek": "el_GR", "greece": "el_GR", "czech": "cs_CZ",
}  # fmt: skip

#: Words that start a request ("generate 1000 customers").
VERBS = frozenset(
    "generate create make produce build simulate mock fake need want give get prepare "
    "populate synthesize synthesise seed".split()
)
#: Words that may stand before a count that opens a table.
COUNT_ANCHORS = VERBS | frozenset(
    "me us and plus also then with about roughly approximately around some another "
    "include including for of contain contains have has hold holds like needs wants".split()
)
#: Heads that name the rows rather than the entity ("customer records").
GENERIC_HEADS = frozenset(
    "records record rows row entries entry data dataset datasets table tables list lists "
    "instances samples sample objects set collection".split()
)
#: Adjectives in an entity phrase that do not change the table ("fake e-commerce orders").
ENTITY_ADJECTIVES = frozenset(
    "fake random realistic synthetic sample test dummy mock e-commerce ecommerce online "
    "financial iot retail new some unique different various distinct real detailed "
    "typical basic simple full".split()
)
#: Words that end an entity phrase.
TERMINATORS = frozenset(
    "with having has have containing contains including includes include that who which "
    "where whose and or each every per for from in across of belonging belong belongs to "
    "by on at between aged living located based as plus like such along whom is are was "
    "were should must can will the a an all their its into using spread over during within "
    "since spanning covering last past next placed made created bought sold recorded "
    "logged submitted referencing references referring linking links linked connecting "
    "pointing joining".split()
)
#: Units a number may carry in a range; durations and lengths are told apart below.
UNITS = frozenset(
    "celsius fahrenheit c f degrees hpa kpa mbar psi kg kgs g grams lbs lb pounds cm mm m "
    "meters metres km kms miles mph kmh km/h % percent usd eur gbp jpy dollars euros "
    "dbm db rssi bpm mmhg years year yrs months month weeks week days day hours hour hrs "
    "minutes minute mins seconds second secs ms gb mb kb tb items units pcs people points "
    "stars".split()
)
LENGTH_UNITS = frozenset("characters chars letters digits symbols".split())
TIME_UNITS: dict[str, str] = {
    "year": "y", "years": "y", "yr": "y", "yrs": "y", "decade": "10y", "decades": "10y",
    "month": "M", "months": "M", "mo": "M", "mos": "M", "week": "w", "weeks": "w",
    "wk": "w", "wks": "w", "day": "d", "days": "d", "hour": "h", "hours": "h", "hr": "h",
    "hrs": "h", "minute": "min", "minutes": "min", "min": "min", "mins": "min",
}  # fmt: skip
MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}  # fmt: skip

#: Words that carry no meaning of their own when left over ("please", "with", "the").
FILLERS = frozenset(
    [
        *"a an the with and or of for to in on at by as is are be been being it its their his "
        "her them they this that these those all any some also plus then please "
        "just i we me us you my our your would like want need should must can could will "
        "generate create make produce build give get prepare simulate mock fake synthetic "
        "realistic random sample test dummy data dataset records record rows row entries "
        "table tables list field fields column columns following including include includes "
        "contains containing having has have such e.g. eg i.e. ie etc etc. following: "
        "info information details detail values value new where which who whose what "
        "about so but using use used contain hold holds i'd we'd i'm let's can't won't".split(),
        *("i\u2019d", "we\u2019d", "i\u2019m", "let\u2019s"),
    ]
)


def plural(word: str) -> str:
    """The plural of a (singular, English) noun phrase's last word."""
    head, _, last = word.rpartition(" ")
    irregular = {"person": "people", "child": "children", "man": "men", "woman": "women",
                 "mouse": "mice", "datum": "data", "criterion": "criteria"}  # fmt: skip
    if last in irregular:
        out = irregular[last]
    elif last.endswith(("ss", "x", "z", "ch", "sh")):
        out = last + "es"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        out = last[:-1] + "ies"
    elif last.endswith("s"):
        out = last
    else:
        out = last + "s"
    return f"{head} {out}" if head else out


_US_PLURALS = frozenset("statuses bonuses buses campuses viruses censuses".split())


def singular(word: str) -> str:
    """The singular of a noun phrase's last word (best effort for regular English)."""
    head, _, last = word.rpartition(" ")
    irregular = {"people": "person", "children": "child", "men": "man", "women": "woman",
                 "mice": "mouse", "data": "data", "criteria": "criterion", "news": "news",
                 "series": "series", "status": "status", "address": "address",
                 "business": "business", "class": "class"}  # fmt: skip
    if last in irregular:
        out = irregular[last]
    elif last.endswith("ies") and len(last) > 4:
        out = last[:-3] + "y"
    elif last.endswith(("sses", "xes", "zes", "ches", "shes")) or last in _US_PLURALS:
        out = last[:-2]
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")):
        out = last[:-1]
    else:
        out = last
    return f"{head} {out}" if head else out
