"""Where a sentence names its tables, their counts and how they relate.

Why one module past 500 lines: the header forms are tried in one order against
the same tokens; each form is a short function, and their order is the design.

A *header* opens a table ("Generate 1000 customer records with", "10k orders",
"Products:"), or relates two ("each customer has 1-5 orders", "orders belong to
customers", "3 line items per order"). The text after a header, up to the
next one, lists that table's fields.

>>> from lookalike.nl.source import Source
>>> src = Source("Generate 1000 UK customers with name; each customer has 1-5 orders")
>>> [(h.kind, h.entity, h.count, h.parent, h.locale) for h in find_headers(src)]
[('table', 'customer', 1000, None, 'en_GB'), ('has_many', 'order', None, 'customer', None)]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lookalike.naming import guess
from lookalike.nl.entities import (
    BLOCKED,
    ROW_WORDS,
    Entity,
    count_spec,
    read_entity,
    word_at,
)
from lookalike.nl.lexicon import (
    COUNT_ANCHORS,
    ENTITY_ADJECTIVES,
    FILLERS,
    GENERIC_HEADS,
    LOCALES,
    NUMBER_WORDS,
    TERMINATORS,
    VERBS,
    singular,
)
from lookalike.nl.source import Source, Token, tokenize


@dataclass
class Header:
    """A table opened or related by the sentence, and the characters that said so."""

    kind: str  # "table", "has_many" or "belongs"
    entity: str  # singular: "customer", "line item"
    start: int
    end: int
    count: int | None = None
    locale: str | None = None
    parent: str | None = None
    per: dict[str, Any] | None = None
    owner: tuple[str, int] | None = None  # "by 50 users": the parent table and its count
    also: tuple[str, ...] = ()  # "loans linking members and books": further parents


_HAS = {"has", "have", "gets", "get", "contains", "contain", "includes", "include", "with",
        "places", "place", "makes", "make", "owns", "own", "holds", "hold", "receives",
        "receive", "generates", "generate", "having"}  # fmt: skip
_MODAL = {"can", "should", "may", "will", "must", "might", "could", "typically", "usually",
          "normally", "often"}  # fmt: skip
_BY = {"placed", "made", "owned", "written", "created", "submitted", "booked", "issued",
       "sent", "raised", "opened", "employed", "managed", "posted", "taken", "held"}  # fmt: skip
_TO = {"linked", "tied", "assigned", "attached", "connected", "related"}
_SKIP_AFTER_VERB = {"me", "us", "some", "a", "an", "the", "set", "list", "table", "dataset",
                    "collection", "of", "sample", "synthetic", "fake", "random", "realistic",
                    "test", "dummy", "mock", "please", "data", "for", "up"}  # fmt: skip
_REQUEST_WORDS = (
    VERBS
    | _SKIP_AFTER_VERB
    | {
        "i",
        "we",
        "please",
        "would",
        "like",
        "to",
        "can",
        "you",
        "could",
        "also",
        "then",
        "just",
        "and",
    }
)
_LISTINGS = {"sale", "rent", "hire", "lease", "adoption", "purchase"}
_APPROX = {"about", "around", "approximately", "roughly", "~", "up", "at", "on"}
_LIST_INTRO = {"with", "having", "containing", "including", "that", "who"}


def find_headers(src: Source) -> list[Header]:
    """Every header in the text, in order, with their characters marked as used.

    Text already taken (a seed, a format, what the data is for) is not read again.
    """
    masked = "".join(" " if used else c for c, used in zip(src.text, src.used, strict=True))
    tokens = tokenize(masked)
    found: list[Header] = []
    i = 0
    current: str | None = None
    while i < len(tokens):
        header, after = _header_at(tokens, i, current)
        if header is None:
            i += 1
            continue
        found.append(header)
        src.use(header.start, header.end)
        current = header.entity if header.kind != "belongs" or current is None else current
        i = after
    return found


def _header_at(tokens: list[Token], i: int, current: str | None) -> tuple[Header | None, int]:
    tok = tokens[i]
    prev = tokens[i - 1] if i else None
    bullet = prev is not None and prev.text in "-*\u2022" and (i < 2 or tokens[i - 2].kind == "nl")
    anchored = (
        prev is None
        or prev.kind == "nl"
        or prev.text in ".;:!?,("
        or bullet
        or prev.low in COUNT_ANCHORS
    )
    attempts = (
        _each, _counted, _verb, _belongs, _referencing, _fields_of, _line_start, _listed, _a_table,
    )  # fmt: skip
    for attempt in attempts:
        header, after = attempt(tokens, i, tok, prev, anchored, current)
        if header is not None:
            return header, after
    return None, i + 1


def _each(tokens: list[Token], i: int, tok: Token, _p: Any, _a: bool, current: str | None) -> Any:
    """``each customer has 1-5 orders``, ``every order has line items``, ``, each with 3 ...``."""
    k = i + 1
    if tok.low == "for" and word_at(tokens, k) in ("each", "every"):
        k += 1
    elif tok.low not in ("each", "every"):
        return None, i
    if word_at(tokens, k) in ("with", "having", "has", "have") and current is not None:
        return _has_many(tokens, tokens[i].start, current, k + 1)
    if word_at(tokens, k) in _MODAL and word_at(tokens, k + 1) in _HAS and current is not None:
        # "Each should have an id, a timestamp, ...": the current table's fields
        return Header("table", current, tokens[i].start, tokens[k + 1].end), k + 2
    for words in (3, 2, 1):  # "each supplier supplies 1-20 products": the verb is no noun
        parent = read_entity(tokens, k, words)
        if parent is None:
            return None, i
        header, after = _each_rest(tokens, i, parent)
        if header is not None:
            return header, after
    return None, i


def _each_rest(tokens: list[Token], i: int, parent: Entity) -> Any:
    k = parent.end
    while word_at(tokens, k) in _MODAL:
        k += 1
    verb = word_at(tokens, k)
    if verb in ("belongs", "belong") and word_at(tokens, k + 1) == "to":
        return _belongs_to(tokens, tokens[i].start, parent.name, k + 2)
    if verb in ("is", "are") and word_at(tokens, k + 1) in _TO | _BY:
        return _belongs_to(tokens, tokens[i].start, parent.name, k + 3)
    if verb in _HAS or (verb == "comes" and word_at(tokens, k + 1) == "with"):
        k += 2 if verb == "comes" else 1
        if _lists_fields(tokens, k):
            # "each customer should have a customer ID, a full name, ...": its field list
            header = Header("table", parent.name, tokens[i].start, tokens[k - 1].end)
            return header, k
        return _has_many(tokens, tokens[i].start, parent.name, k)
    if k < len(tokens) and tokens[k].kind == "word" and verb not in TERMINATORS:
        spec, _after = count_spec(tokens, k + 1)
        if spec is not None:  # "each supplier supplies 1-20 products"
            return _has_many(tokens, tokens[i].start, parent.name, k + 1)
    return None, i


def _lists_fields(tokens: list[Token], k: int) -> bool:
    """Whether "has a customer ID, ..." lists fields rather than naming child rows."""
    while word_at(tokens, k) in ("a", "an", "the", "their", "its"):
        k += 1
    one, two = word_at(tokens, k), f"{word_at(tokens, k)} {word_at(tokens, k + 1)}"
    return guess(two) is not None or (guess(one) is not None and singular(one) == one)


def _has_many(tokens: list[Token], start: int, parent: str, k: int) -> Any:
    spec, k2 = count_spec(tokens, k)
    child = read_entity(tokens, k2)
    if child is None or child.name == parent:
        return None, k
    if spec == {"distribution": "fixed", "count": 1} and not child.plural:
        # "each order has a customer": the order belongs to the customer
        header = Header("belongs", parent, start, tokens[child.end - 1].end, parent=child.name)
        return header, child.end
    header = Header("has_many", child.name, start, tokens[child.end - 1].end, parent=parent,
                    per=spec, locale=child.locale)  # fmt: skip
    return header, child.end


def _belongs_to(tokens: list[Token], start: int, child: str, k: int) -> Any:
    while word_at(tokens, k) in ("a", "an", "the", "one", "single", "exactly"):
        k += 1
    parent = read_entity(tokens, k)
    if parent is None or parent.name == child:
        return None, k
    return Header("belongs", child, start, tokens[parent.end - 1].end, parent=parent.name), (
        parent.end
    )


def _counted(
    tokens: list[Token], i: int, tok: Token, prev: Token | None, anchored: bool, current: Any
) -> Any:
    """``1000 customers``, ``10k orders``, ``500 rows of products``, ``3 items per order``."""
    if not anchored or (
        tok.kind != "num" and tok.low not in NUMBER_WORDS and tok.low not in _APPROX
    ):
        return None, i
    if prev is not None and prev.low == "and" and "between" in [t.low for t in tokens[i - 5 : i]]:
        return None, i  # "capacity between 1000 and 50000 units"
    spec, k = count_spec(tokens, i)
    if spec is None:
        return None, i
    if word_at(tokens, k) in ("x", "\u00d7"):
        k += 1  # "100 x products"
    if word_at(tokens, k) in ROW_WORDS and word_at(tokens, k + 1) == "of":
        k += 2
    entity = read_entity(tokens, k)
    if entity is None:
        return None, i
    if entity.name == "record" and word_at(tokens, entity.end) in ("for", "in"):
        k2 = entity.end + 1
        while word_at(tokens, k2) in ("a", "an", "the", "my", "our"):
            k2 += 1
        named = read_entity(tokens, k2)
        if named is not None and spec.get("distribution") == "fixed":
            end = tokens[named.end - 1].end  # "2000 rows for a users table"
            return Header("table", named.name, _request_start(tokens, i), end,
                          count=spec["count"], locale=named.locale), named.end  # fmt: skip
    if entity.name == "record" and current is not None and spec.get("distribution") == "fixed":
        # "Products table with 150 rows": the count of the table just named
        end = tokens[entity.end - 1].end
        return Header("table", current, tok.start, end, count=spec["count"]), entity.end
    k = entity.end
    per = word_at(tokens, k)
    if per == "per" or (per in ("for", "in") and word_at(tokens, k + 1) in ("each", "every")):
        k += 1 if per == "per" else 2
        while word_at(tokens, k) in ("a", "an", "the", "one"):
            k += 1
        parent = read_entity(tokens, k)
        if parent is not None and parent.name != entity.name:
            end = tokens[parent.end - 1].end
            header = Header("has_many", entity.name, tok.start, end, parent=parent.name, per=spec,
                            locale=entity.locale)  # fmt: skip
            return header, parent.end
    if spec.get("distribution") == "poisson" and tok.low in _APPROX:
        spec = {"distribution": "fixed", "count": int(spec["mean"])}  # "about 500 customers"
    if spec.get("distribution") != "fixed":
        if prev is not None and prev.low == "with" and current is not None:
            end = tokens[entity.end - 1].end
            return Header("has_many", entity.name, tok.start, end, parent=current, per=spec,
                          locale=entity.locale), entity.end  # fmt: skip
        return None, i
    end = _listing_qualifier(tokens, entity.end)
    owner, after = _owner(tokens, end)
    if owner is not None:  # "500 tweets by 50 users": two tables, the first belongs to the second
        header = Header("table", entity.name, _request_start(tokens, i), tokens[after - 1].end,
                        count=spec["count"], locale=entity.locale, owner=owner)  # fmt: skip
        return header, after
    header = Header("table", entity.name, _request_start(tokens, i), tokens[end - 1].end,
                    count=spec["count"], locale=entity.locale)  # fmt: skip
    return header, end


def _owner(tokens: list[Token], k: int) -> tuple[tuple[str, int] | None, int]:
    """ "by 50 users", "from 100 customers", "for 20 products": the parent and its count."""
    if word_at(tokens, k) not in ("by", "from", "for", "across", "of"):
        return None, k
    spec, after = count_spec(tokens, k + 1)
    if spec is None or spec.get("distribution") != "fixed":
        return None, k
    parent = read_entity(tokens, after)
    if parent is None or not parent.plural:
        return None, k
    return (parent.name, spec["count"]), parent.end


def _request_start(tokens: list[Token], i: int) -> int:
    """Where "Create a dataset of" (before a count) begins: it is part of the header."""
    j = i - 1
    while j >= 0 and tokens[j].kind == "word" and tokens[j].low in _REQUEST_WORDS:
        j -= 1
    return tokens[j + 1].start if j + 1 < i else tokens[i].start


def _listing_qualifier(tokens: list[Token], k: int) -> int:
    """ "properties for sale": "for sale" describes the entity, not a field."""
    if word_at(tokens, k) == "for" and word_at(tokens, k + 1) in _LISTINGS:
        return k + 2
    return k


def _verb(tokens: list[Token], i: int, tok: Token, prev: Token | None, _a: bool, _c: Any) -> Any:
    """``Generate employee data with ...``, ``Create a list of products: ...``."""
    if tok.low not in VERBS or tok.kind != "word":
        return None, i
    if prev is not None and prev.kind != "nl" and prev.text not in ".;:!?" and prev.low not in (
        "please", "i", "to", "we", "you", "can", "could", "also", "then", "and", "just", "me",
    ):  # fmt: skip
        return None, i
    k = i + 1
    while word_at(tokens, k) in _SKIP_AFTER_VERB:
        k += 1
    if k < len(tokens) and (tokens[k].kind == "num" or tokens[k].low in NUMBER_WORDS):
        return None, i  # the count header starts there
    entity = read_entity(tokens, k)
    if entity is None or entity.name in BLOCKED:
        return None, i
    following = word_at(tokens, entity.end)
    if following and following not in TERMINATORS and following not in ":(,.;\n":
        return None, i
    end = _listing_qualifier(tokens, entity.end)
    return Header("table", entity.name, tok.start, tokens[end - 1].end,
                  locale=entity.locale), end  # fmt: skip


def _belongs(tokens: list[Token], i: int, tok: Token, _p: Any, _a: bool, _c: Any) -> Any:
    """``orders belong to customers``, ``reviews are written by users``."""
    verb = tok.low
    if verb in ("belong", "belongs", "reference", "references", "refer"):
        k = i + 1 + (word_at(tokens, i + 1) == "to")
        first = i
    elif verb in ("work", "works", "live", "lives") and word_at(tokens, i + 1) in (
        "for",
        "at",
        "in",
    ):
        k = i + 2  # "employees work for companies"
        first = i
    elif verb in ("are", "is") and word_at(tokens, i + 1) in _BY | _TO:
        k = i + 3
        first = i
    else:
        return None, i
    back = first - 1
    while back >= 0 and tokens[back].low in ("that", "which", "who", "all", "each"):
        back -= 1  # "contacts that belong to accounts"
    words: list[Token] = []
    while back >= 0 and tokens[back].kind == "word" and len(words) < 3:
        low = tokens[back].low
        if low in TERMINATORS or low in FILLERS - GENERIC_HEADS:
            break
        words.insert(0, tokens[back])
        back -= 1
    names = [w.low for w in words if w.low not in ENTITY_ADJECTIVES and w.low not in LOCALES]
    while names and names[-1] in GENERIC_HEADS:
        names.pop()
    if not names:
        return None, i
    return _belongs_to(tokens, words[0].start, singular(" ".join(names)), k)


#: Verbs after a table that name the tables its rows point at.
_REFERENCING = {"referencing", "references", "referring", "linking", "links", "linked",
                "connecting", "pointing", "joining"}  # fmt: skip


def _referencing(
    tokens: list[Token], i: int, tok: Token, _p: Token | None, _a: bool, current: Any
) -> Any:
    """``10000 loans linking members and books``, ``shipments referencing warehouses``:
    the table just named belongs to each table listed."""
    if tok.low not in _REFERENCING or current is None:
        return None, i
    k = i + 1
    while word_at(tokens, k) in ("to", "the", "a", "an", "both", "their"):
        k += 1
    parents: list[str] = []
    end = k
    while True:
        entity = read_entity(tokens, k)
        if entity is None or not entity.plural or entity.name == current:
            break
        parents.append(entity.name)
        end = entity.end
        if word_at(tokens, end) not in ("and", ","):
            break
        k = end + 1
    if not parents:
        return None, i
    header = Header("belongs", current, tok.start, tokens[end - 1].end, parent=parents[0],
                    also=tuple(parents[1:]))  # fmt: skip
    return header, end


#: Verbs that introduce a table's fields: "employees have name, title and email".
_FIELDS_VERBS = {"have", "has", "include", "includes", "contain", "contains", "carry", "carries",
                 "need", "needs", "get", "gets", "hold", "holds"}  # fmt: skip


def _fields_of(
    tokens: list[Token], i: int, tok: Token, _p: Token | None, anchored: bool, _c: Any
) -> Any:
    """``...; employees have name, job title and email``: the fields of a table named before.

    Only at the start of a clause, and only when what follows the verb is a field
    (``customers have 1-5 orders`` and ``each order has a customer`` are relations).
    """
    if not anchored or tok.kind != "word":
        return None, i
    entity = read_entity(tokens, i)
    if entity is None or entity.name in BLOCKED or word_at(tokens, entity.end) not in _FIELDS_VERBS:
        return None, i
    k = entity.end + 1
    if k >= len(tokens) or tokens[k].kind == "num" or not _lists_fields(tokens, k):
        return None, i
    return Header("table", entity.name, tok.start, tokens[k - 1].end, locale=entity.locale), k


def _line_start(
    tokens: list[Token], i: int, tok: Token, prev: Token | None, _a: bool, _c: Any
) -> Any:
    """``Customers: name, email`` or ``Orders (5000): ...`` at the start of a line."""
    if (prev is not None and prev.kind != "nl") or tok.kind != "word":
        return None, i
    entity = read_entity(tokens, i)
    if entity is None or entity.name in BLOCKED:
        return None, i
    k = entity.end
    if word_at(tokens, k) == "table":
        k += 1
    count = None
    if word_at(tokens, k) == "(" and k + 1 < len(tokens) and tokens[k + 1].kind == "num":
        spec, k2 = count_spec(tokens, k + 1)
        if spec is None or spec.get("distribution") != "fixed":
            return None, i
        while word_at(tokens, k2) in ROW_WORDS:
            k2 += 1
        if word_at(tokens, k2) != ")":
            return None, i
        count, k = spec["count"], k2 + 1
    following = word_at(tokens, k)
    if count is not None and following in _LIST_INTRO:
        return Header("table", entity.name, tok.start, tokens[k - 1].end, count=count,
                      locale=entity.locale), k  # fmt: skip
    period = following in ("for", "from", "in", "during", "over") or following.endswith("ed")
    if period and "with" in [t.low for t in tokens[k : k + 6]]:
        # "Orders placed this year with amount": the table; the clause is reported if unclear
        return Header("table", entity.name, tok.start, tokens[k - 1].end,
                      locale=entity.locale), k  # fmt: skip
    # "Orders with quantity and price": a table, unless the phrase is a field's own name
    if (
        following in _LIST_INTRO
        and count is None
        and k + 1 < len(tokens)
        and (entity.plural or guess(entity.name) is None)
    ):
        return Header("table", entity.name, tok.start, tokens[k - 1].end,
                      locale=entity.locale), k  # fmt: skip
    if following != ":":
        return None, i
    if count is None and k + 1 < len(tokens) and tokens[k + 1].kind == "num":
        spec, after = count_spec(tokens, k + 1)  # "users: 100; fields: email, ..."
        if (
            spec is not None
            and spec.get("distribution") == "fixed"
            and (
                word_at(tokens, after) in (";", ",", "", "rows", "records")
                or tokens[after].kind == "nl"
            )
        ):
            while word_at(tokens, after) in ROW_WORDS:
                after += 1
            end = tokens[after - 1].end
            return Header("table", entity.name, tok.start, end, count=spec["count"],
                          locale=entity.locale), after  # fmt: skip
    return Header("table", entity.name, tok.start, tokens[k].end, count=count,
                  locale=entity.locale), k + 1  # fmt: skip


def _listed(tokens: list[Token], i: int, tok: Token, prev: Token | None, _a: bool, _c: Any) -> Any:
    """``customers (id, name, email) and orders (id, total)``: a table and its fields."""
    if tok.kind != "word" or not (
        prev is None or prev.kind == "nl" or prev.text in ",;:." or prev.low in ("and", "plus")
    ):
        return None, i
    entity = read_entity(tokens, i)
    if entity is None or not entity.plural:
        return None, i
    k = entity.end
    if word_at(tokens, k) != "(" or k + 1 >= len(tokens) or tokens[k + 1].kind != "word":
        return None, i
    inside: list[str] = []
    j = k + 1
    while j < len(tokens) and tokens[j].text != ")":
        inside.append(tokens[j].low)
        j += 1
    names = [n.strip() for n in " ".join(inside).split(",")]
    keyed = any(n in ("id", "key") or n.endswith((" id", "_id")) for n in names)
    fields = all(n in ("id", "key") or guess(n) is not None for n in names)
    if len(names) < 2 or not (keyed or fields):
        return None, i  # "(red, blue)", "(credit card, PayPal)": values, not fields
    return Header("table", entity.name, tok.start, tokens[k].end, locale=entity.locale), k + 1


def _a_table(tokens: list[Token], i: int, tok: Token, _p: Token | None, _a: bool, _c: Any) -> Any:
    """ "a posts table", "the orders table": a table named in passing."""
    if tok.low not in ("a", "an", "the"):
        return None, i
    k = i + 1
    words: list[str] = []
    while k < len(tokens) and tokens[k].kind == "word" and len(words) < 3:
        if tokens[k].low in ("table", "tables"):
            break
        words.append(tokens[k].low)
        k += 1
    if not words or word_at(tokens, k) not in ("table", "tables") or words[0] in TERMINATORS:
        return None, i
    name = singular(" ".join(words))
    return Header("table", name, tok.start, tokens[k].end), k + 1
