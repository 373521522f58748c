"""Tables from headers and draft fields: keys, references, rows per parent, derived fields.

>>> from lookalike.nl.source import Source
>>> from lookalike.nl.draft import Draft
>>> src = Source("")
>>> t = TableDraft("order", count=10)
>>> t.drafts = [Draft(0, 0, name="Order ID"), Draft(0, 0, name="Quantity", low=1, high=5),
...             Draft(0, 0, name="Unit price", low=2, high=9, money=True),
...             Draft(0, 0, name="Total", calculated=True)]
>>> spec = assemble({"order": t}, src, "en_US")["tables"]["orders"]
>>> spec["primary_key"], spec["fields"]["order_id"]
(['order_id'], {'kind': 'sequence', 'start': 1})
>>> spec["fields"]["total"]
{'kind': 'derived', 'expr': 'quantity * unit_price'}
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from lookalike.naming import guess, harmonise, words_of
from lookalike.naming.date_order import order_dates
from lookalike.nl.draft import Draft
from lookalike.nl.fields import column_name, field_of
from lookalike.nl.lexicon import plural, singular
from lookalike.nl.source import Source

DEFAULT_ROWS = 1000
#: Entities whose "name" is a business name.
ORGANISATIONS = frozenset(
    "restaurant store shop hotel venue bank supplier vendor brand company business firm agency "
    "clinic hospital pharmacy gym cafe bar pub studio manufacturer retailer merchant partner "
    "organisation organization charity school university college airline carrier provider "
    "client_company employer startup".split()
)
#: Entities whose "name" is a person's name.
PEOPLE = frozenset(
    "customer user person employee patient student member client contact author subscriber "
    "driver passenger guest teacher doctor staff candidate applicant player owner agent manager "
    "visitor buyer seller tenant volunteer people record profile account worker nurse "
    "lead attendee participant resident citizen voter donor borrower pupil child kid athlete "
    "lender investor shareholder follower host recipient sender beneficiary trainee intern "
    "volunteer officer representative".split()
)
#: Words ending like agent nouns ("borrower") that are not people.
_THINGS = frozenset(
    "server computer router container printer folder browser provider carrier manufacturer "
    "supplier retailer center centre filter header trailer register counter timer water paper "
    "order number cluster layer parameter meter character chapter partner banner marker "
    "component document segment department instrument restaurant tournament event account "
    "product element project item".split()
)
DEFAULT_PER = {"distribution": "uniform", "min": 1, "max": 5}
_LOCALE_KINDS = {"person", "address", "phone", "internet", "company", "finance", "identifier"}
_OPERATORS = [
    (r"\bmultiplied\s+by\b|\btimes\b|\u00d7|\bx\b", "*"), (r"\bdivided\s+by\b|\bover\b", "/"),
    (r"\bplus\b", "+"), (r"\bminus\b|\bless\b", "-"),
]  # fmt: skip
#: "orders placed this year": a period the parser does not turn into dates.
_PERIOD_WORDS = re.compile(r"\b(?:this|next|last|every)\s+(?:year|month|week|day|quarter)\b",
                           re.I)  # fmt: skip
#: "salary depends on department": a condition or dependency the parser does not do.
_CLAUSE = re.compile(
    r"\b(?:where|depends?|depending|based|if|when|unless|whether|which|should|must|"
    r"correlat\w*|proportional|relative)\b",
    re.I,
)
_NUMERIC_KINDS = ("integer", "decimal", "float", "derived", "finance")
_QUANTITY = ("quantity", "qty", "units", "count", "number of items", "items")
_PRICE = ("unit price", "price", "cost", "unit cost", "rate", "amount")


@dataclass
class TableDraft:
    """A table as the sentence describes it."""

    entity: str
    count: int | None = None
    locale: str | None = None
    per: dict[str, Any] | None = None
    parent: str | None = None
    belongs: list[str] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)  # where the text names it
    window: tuple[Any, Any, int, int] | None = None  # "visits over the past year"
    count_span: tuple[int, int] | None = None

    @property
    def name(self) -> str:
        """The table's name in the spec: the entity in the plural, snake case."""
        return column_name(plural(self.entity))


def find_table(tables: dict[str, TableDraft], entity: str) -> TableDraft | None:
    """The table an entity phrase names: "order", "orders" and "e-commerce order" all match."""
    entity = singular(entity)
    if entity in tables:
        return tables[entity]
    last = entity.split()[-1]
    hits = [t for t in tables.values() if t.entity.split()[-1] == last]
    return hits[0] if len(hits) == 1 else None


def assemble(tables: dict[str, TableDraft], src: Source, locale: str) -> dict[str, Any]:
    """The spec data for every table, reporting what could not be turned into fields."""
    built: dict[str, dict[str, Any]] = {}
    keys: dict[str, str] = {}
    for table in tables.values():
        built[table.entity], key = _fields(table, tables, src, locale)
        if key is not None:
            keys[table.entity] = key
    parents = {t.parent for t in tables.values() if t.parent} | {
        p for t in tables.values() for p in t.belongs
    }
    for entity in parents:
        if entity not in keys and entity in built:
            built[entity] = {"id": {"kind": "sequence", "start": 1}, **built[entity]}
            keys[entity] = "id"
    out: dict[str, Any] = {}
    for table in tables.values():
        fields = built[table.entity]
        for parent in [*([table.parent] if table.parent else []), *table.belongs]:
            fields = _with_reference(fields, tables[parent], keys[parent], keys.get(table.entity))
        body: dict[str, Any] = {"rows": _rows(table, tables)}
        if table.entity in keys:
            body["primary_key"] = [keys[table.entity]]
        out[table.name] = {**body, "fields": fields}
    return {"locale": locale, "tables": out}


def _rows(table: TableDraft, tables: dict[str, TableDraft]) -> Any:
    if table.parent is not None:
        return {"per": tables[table.parent].name, **(table.per or DEFAULT_PER)}
    return table.count if table.count is not None else DEFAULT_ROWS


def _with_reference(
    fields: dict[str, Any], parent: TableDraft, parent_key: str, own_key: str | None
) -> dict[str, Any]:
    column = column_name(parent.entity) + "_id"
    ref = {"kind": "reference", "ref": f"{parent.name}.{parent_key}"}
    existing = [c for c, f in fields.items() if f.get("ref") == ref["ref"]]
    if existing:
        return fields
    if column in fields:
        fields[column] = ref
        return fields
    items = list(fields.items())
    at = 1 if own_key is not None and items and items[0][0] == own_key else 0
    items.insert(at, (column, ref))
    return dict(items)


def _fields(
    table: TableDraft, tables: dict[str, TableDraft], src: Source, locale: str
) -> tuple[dict[str, Any], str | None]:
    fields: dict[str, Any] = {}
    key: str | None = None
    derived: list[tuple[str, Draft]] = []
    explicit: set[str] = set()  # fields whose time range the sentence gave
    for original in table.drafts:
        draft = _singular_name(_known_prefix(original, src))
        column = _unique_column(column_name(draft.name), fields)
        if not column:
            continue
        words = words_of(draft.name)
        base = re.sub(r"\s+(?:id|identifier|key|ref)$", "", words)
        other = find_table(tables, base) if base != words or base in tables else None
        if other is None and base == words and len(base.split()) == 1:
            other = find_table(tables, base) if singular(base) in tables else None
        if other is not None and other is not table:
            _use_name(src, draft)
            if other.entity not in table.belongs and other.entity != table.parent:
                table.belongs.append(other.entity)
            continue
        if key is None and _is_key(words, table.entity) and draft.distinct is None:
            _use_name(src, draft)
            key = column
            uuid = draft.hint == "uuid" or words in ("uuid", "guid")
            fields[column] = {"kind": "uuid"} if uuid else {
                "kind": "sequence", "start": 1,
            }  # fmt: skip
            continue
        if draft.expr is not None or draft.calculated:
            _use_name(src, draft)
            derived.append((column, draft))
            fields[column] = {}
            continue
        result = field_of(_person_name(_named_for(_distinct(draft, src), table.entity)))
        number = (
            re.search(r"(?<![\w.])\d[\d,.]*(?![\w.])", draft.name)
            or _PERIOD_WORDS.search(draft.name)
            or _CLAUSE.search(draft.name)
        )
        if result.known and number and draft.name_spans:
            # "12 months of monthly revenue": a number in a name is a qualifier not understood
            why = f"{number.group()!r} in a field's name was not understood"
            src.report(draft.name_spans[0][0], draft.name_spans[-1][1], why)
        elif result.known:
            _use_name(src, draft)
        elif draft.name_spans:
            src.report(draft.name_spans[0][0], draft.name_spans[-1][1], result.problem)
        spec = result.spec
        if table.locale and table.locale != locale and spec["kind"] in _LOCALE_KINDS:
            spec.setdefault("locale", table.locale)
        fields[column] = spec
        if draft.has_times:
            explicit.add(column)
    for column, draft in derived:
        expr = _expression(draft, fields, src)
        if expr is None:
            del fields[column]
        else:
            fields[column] = {"kind": "derived", "expr": expr}
    _apply_window(table, fields, src)
    harmonise(fields)
    order_dates(fields, explicit)
    return fields, key


def _apply_window(table: TableDraft, fields: dict[str, Any], src: Source) -> None:
    """A table's time window goes to its date fields that have no range of their own."""
    if table.window is None:
        return
    low, high, start, end = table.window
    timed = {column_name(d.name) for d in table.drafts if d.has_times}
    targets = [c for c, f in fields.items()
               if f.get("kind") in ("date", "datetime") and c not in timed]  # fmt: skip
    if not targets:
        src.report(start, end, "no date field for this period to apply to")
        return
    for column in targets:
        spec = fields[column]
        as_date = spec["kind"] == "date"
        for key, value in (("min_value", low), ("max_value", high)):
            if hasattr(value, "isoformat"):
                value = value.isoformat() + ("" if as_date else "T00:00:00")
            spec[key] = value


def _unique_column(column: str, fields: dict[str, Any]) -> str:
    if not column or column not in fields:
        return column
    n = 2
    while f"{column}_{n}" in fields:
        n += 1
    return f"{column}_{n}"


def _use_name(src: Source, draft: Draft) -> None:
    for a, b in draft.name_spans:
        src.use(a, b)


def _is_key(words: str, entity: str) -> bool:
    if words in ("id", "identifier", "uuid", "key"):
        return True
    base = re.sub(r"\s+(?:id|identifier|uuid|key)$", "", words)
    if base == words:
        return False
    parts = entity.split()
    return base in (entity, parts[0], parts[-1], plural(entity))


def _known_prefix(draft: Draft, src: Source) -> Draft:
    """ "age every 5 minutes": keep the part a rule knows ("age"), report the rest."""
    spans = draft.name_spans
    if len(spans) < 2 or (field_of(draft).known and not re.search(r"\d", draft.name)):
        return draft
    if _person_name(draft) is not draft:
        return draft  # "author name": a person's name, not an author and a word left over
    for cut in range(len(spans) - 1, 0, -1):
        name = " ".join(src.text[a:b] for a, b in spans[:cut])
        if guess(name) is not None:
            src.report(spans[cut][0], spans[-1][1], "not understood")
            return replace(draft, name=name, name_spans=spans[:cut])
    return draft


def _singular_name(draft: Draft) -> Draft:
    """ "10% missing descriptions": a plural name a rule knows in the singular."""
    words = draft.name.split()
    if not words or field_of(draft).known:
        return draft
    one = singular(words[-1].lower())
    if one == words[-1].lower():
        return draft
    own = replace(draft, name=" ".join([*words[:-1], one]))
    return own if field_of(own).known else draft


def _person_name(draft: Draft) -> Draft:
    """ "borrower name", "pupil name": a person's name, when no rule knows the phrase."""
    words = words_of(draft.name).split()
    if len(words) < 2 or words[-1] != "name" or field_of(draft).known:
        return draft
    who = singular(words[-2])
    agent = re.search(r"(?:er|or|ee|ant|ent|ist|ian)$", who) is not None and who not in _THINGS
    if who in PEOPLE or agent:
        return replace(draft, name="full name")
    return draft


def _named_for(draft: Draft, entity: str) -> Draft:
    """A bare "name" is the entity's name: a product's name in products, a person's in users."""
    words = words_of(draft.name)
    if words in ("status", "type", "state") and draft.values is None:
        own = replace(draft, name=f"{entity} {draft.name}")  # "status" of orders: order states
        choice = field_of(own)
        contextual = choice.known and choice.spec.get("kind") == "choice"
        return own if contextual and choice.spec != field_of(draft).spec else draft
    if words not in ("name", "title"):
        return draft
    if entity.split()[-1] in PEOPLE:
        return replace(draft, name="full name")
    own = replace(draft, name=f"{entity} {draft.name}")
    if field_of(own).known:
        return own
    if entity.split()[-1] in ORGANISATIONS:
        return replace(draft, name="company name")
    return replace(draft, name=f"{entity} {draft.name}")


def _distinct(draft: Draft, src: Source) -> Draft:
    """ "Sensor ID (from 100 sensors)": IDs drawn from that many values."""
    if draft.distinct is not None and draft.values is None and not draft.has_bounds:
        draft.low, draft.high, draft.hint = 1, draft.distinct, "integer"
    return draft


def _expression(draft: Draft, fields: dict[str, Any], src: Source) -> str | None:
    """A derived field's SQL over the table's columns, or None (reported) when unclear."""
    if draft.expr is None:
        return _implied_total(draft, fields, src)
    text = draft.expr.lower()
    for pattern, symbol in _OPERATORS:
        text = re.sub(pattern, f" {symbol} ", text)
    parts = re.split(r"\s*([*+/()-])\s*", text.strip())
    out: list[str] = []
    for part in parts:
        if not part:
            continue
        if part in "*+/()-" or re.fullmatch(r"\d+(?:\.\d+)?", part):
            out.append(part)
            continue
        column = _column_for(part, fields)
        if column is None:
            where = draft.expr_span or (draft.start, draft.end)
            src.report(where[0], where[1], f"{part!r} is not a field of this table")
            return None
        out.append(column)
    if draft.expr_span is not None:
        src.use(*draft.expr_span)
    return " ".join(out)


def _implied_total(draft: Draft, fields: dict[str, Any], src: Source) -> str | None:
    words = words_of(draft.name)
    if re.search(r"\b(?:total|subtotal|amount|sum|line total|value|revenue)\b", words):
        quantity = next((c for w in _QUANTITY if (c := _column_for(w, fields))), None)
        price = next((c for w in _PRICE if (c := _column_for(w, fields))), None)
        if quantity and price and quantity != price:
            return f"{quantity} * {price}"
    src.report(draft.start, draft.end, "calculated from what? write e.g. total = quantity * price")
    return None


def _column_for(words: str, fields: dict[str, Any]) -> str | None:
    target = words_of(words).replace(" ", "_")
    numeric = [c for c, f in fields.items() if f.get("kind") in _NUMERIC_KINDS]
    if target in fields:
        return target
    hits = [c for c in numeric if c.endswith("_" + target) or c.startswith(target + "_")]
    return hits[0] if len(hits) == 1 else None
