"""From a sentence to a spec, offline: headers, field items, tables, then the planner's check.

>>> result = parse("Generate 500 customers with full name, unique email and age between 18-80")
>>> table = result.spec["tables"]["customers"]
>>> table["rows"], list(table["fields"]), table["fields"]["email"]["unique"]
(500, ['full_name', 'email', 'age'], True)
>>> result.not_understood
()
>>> [str(p) for p in parse("100 users with email and shoe gravity").not_understood]
["'shoe gravity' at 25: no rule knows what 'shoe gravity' holds; generated as short text"]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from lookalike.errors import SpecError
from lookalike.naming import guess, words_of
from lookalike.naming.rules import PHRASES
from lookalike.nl.build import DEFAULT_ROWS, TableDraft, assemble, find_table
from lookalike.nl.defaults import DEFAULT_FIELDS
from lookalike.nl.draft import Draft
from lookalike.nl.headers import Header, find_headers
from lookalike.nl.items import parse_item, split
from lookalike.nl.lexicon import singular
from lookalike.nl.numbers import NUMBER_WORD, number
from lookalike.nl.source import Phrase, Source

if TYPE_CHECKING:
    from lookalike.spec import Dataset

_FILE_OF = re.compile(
    r"\ban?\s+(?P<f>csv|tsv|json|ndjson|jsonl|parquet|excel|xlsx)\s+(?:file\s+)?(?=of\b|with\b)",
    re.I,
)
_SEED = re.compile(r"\b(?:with\s+|using\s+)?(?:random\s+)?seed\s*(?:=|:|of|is)?\s*(?P<n>\d+)", re.I)
_FORMAT = re.compile(
    r"\b(?:as|in|to|into)\s+(?:an?\s+)?(?P<f>csv|tsv|json|ndjson|jsonl|parquet|excel|xlsx|arrow)"
    r"(?:\s+(?:file|files|format))?\b",
    re.I,
)
_TABLES = re.compile(rf"\b(?P<n>\d+|{NUMBER_WORD})\s+(?:related\s+|linked\s+)?tables\b", re.I)
#: "test data for a CRM": what the data is for, which changes no table.
_PURPOSE = re.compile(
    r"\b(?:(?:(?:test|sample|dummy|synthetic|fake|mock|demo|realistic)\s+)?(?:data|dataset)\s+"
    r"for|for\s+(?:testing|demoing|training|benchmarking|load\s+testing))\s+"
    r"(?:a|an|the|my|our)\s+(?P<what>[\w-]+(?:\s+(?:app|application|system|platform|database|"
    r"project|demo|website|site|service|shop|store|api))?)\b",
    re.I,
)
_TESTING = re.compile(
    r"\b(?:i\s+want\s+|we\s+want\s+)?to\s+(?:test|demo|try)\s+(?:my|our|the|a|an)\s+"
    r"(?P<what>[\w-]+)\b",
    re.I,
)
_MAX_REPAIRS = 20


@dataclass(frozen=True)
class Description:
    """What a sentence asks for: the spec, what was not understood, and the assumptions made."""

    spec: dict[str, Any]
    not_understood: tuple[Phrase, ...] = ()
    notes: tuple[str, ...] = ()
    output_format: str | None = None
    drafted_by: str = "offline"
    _dataset: list[Any] = field(default_factory=list, repr=False, compare=False)

    @property
    def understood(self) -> bool:
        """True when every phrase of the sentence was understood."""
        return not self.not_understood

    @property
    def dataset(self) -> Dataset:
        """The validated :class:`~lookalike.spec.Dataset`."""
        if not self._dataset:
            from lookalike.spec import spec_from_dict

            self._dataset.append(spec_from_dict(self.spec))
        dataset: Dataset = self._dataset[0]
        return dataset

    def report(self) -> dict[str, Any]:
        """The report as plain data (for JSON answers and the CLI)."""
        return {
            "not_understood": [
                {"text": p.text, "start": p.start, "end": p.end, "reason": p.reason}
                for p in self.not_understood
            ],
            "notes": list(self.notes),
        }


def parse(text: str, *, locale: str | None = None, validate: bool = True) -> Description:
    """Parse a sentence into a spec; with ``validate`` the planner checks it (and bad fields
    are dropped and reported rather than failing the whole sentence)."""
    if not text.strip():
        raise SpecError("the description is empty; say what rows and fields you want", path="text")
    src = Source(text)
    notes: list[str] = []
    seed = _take(src, _SEED)
    fmt = _take(src, _FORMAT) or _take(src, _FILE_OF)
    purpose = _take(src, _PURPOSE) or _take(src, _TESTING)
    if purpose:
        notes.append(f"the data is for {purpose}; that names no table")
    tables = _tables(src, find_headers(src), notes)
    dataset_locale = locale or next((t.locale for t in tables.values() if t.locale), None)
    if dataset_locale is None:
        pounds = any(d.extra.get("pounds") for t in tables.values() for d in t.drafts)
        dataset_locale = "en_GB" if pounds else "en_US"
    spec: dict[str, Any] = {"name": "described", **assemble(tables, src, dataset_locale)}
    if seed is not None:
        spec["seed"] = int(seed)
    spec["description"] = text.strip()[:2000]
    total = sum(len(t["fields"]) for t in spec["tables"].values())
    unknown = [p.text for p in src.notes if p.reason.startswith("no rule knows")]
    if total == len(unknown):
        seen = f" (not understood: {', '.join(map(repr, unknown[:3]))})" if unknown else ""
        raise SpecError(
            f"found no fields in the description{seen}; list them, e.g. "
            "'1000 customers with name, email and age between 18 and 80'",
            path="text",
        )
    _table_count(src, len(spec["tables"]))
    if validate:
        spec = _validated(spec, src)
    return Description(spec, tuple(src.leftovers()), tuple(notes), fmt and fmt.lower())


def _table_count(src: Source, found: int) -> None:
    """ "I want 3 tables": understood when three tables were found."""
    for match in _TABLES.finditer(src.text):
        if number(match["n"]) == found:
            src.use(match.start(), match.end())


def _take(src: Source, pattern: re.Pattern[str]) -> str | None:
    match = pattern.search(src.text)
    if match is None:
        return None
    src.use(match.start(), match.end())
    return match.group(match.lastindex or 0)


def _tables(src: Source, headers: list[Header], notes: list[str]) -> dict[str, TableDraft]:
    tables: dict[str, TableDraft] = {}
    if not headers:
        tables["record"] = TableDraft("record")
        _items(src, 0, len(src.text), tables["record"])
        notes.append(f"no table named; called it 'records' with {DEFAULT_ROWS:,} rows")
        return tables
    bodies = [(h.end, headers[k + 1].start if k + 1 < len(headers) else len(src.text))
              for k, h in enumerate(headers)]  # fmt: skip
    first_table: TableDraft | None = None
    for header, (start, end) in zip(headers, bodies, strict=True):
        table = _apply(header, tables, notes)
        _both_counts(src, table)
        first_table = first_table or table
        _items(src, start, end, table)
    lead = src.text[: headers[0].start].rstrip().lower()
    opening = src.text[headers[0].start : headers[0].end].lower().split()[:1]
    if first_table is not None and (
        lead.endswith((" for", " of", " from", " in")) or opening in (["for"], ["of"])
    ):
        _items(src, 0, headers[0].start, first_table)  # "Name and email for 500 customers"
    for entity, table in list(tables.items()):
        related = (
            table.parent
            or table.belongs
            or any(entity in (t.parent, *t.belongs) for t in tables.values())
        )
        if not table.drafts and not _has_defaults(table) and guess(entity) is not None:
            table.drafts.append(Draft(0, 0, name=entity))  # "200 UK postcodes"
        if not table.drafts and (related or _has_defaults(table)):
            _defaults(table, notes)
        if not table.drafts and not related:
            # "test data for a CRM: ...": named, but with nothing to make
            del tables[entity]
            for start, end in table.spans:
                src.report(start, end, "a table with no fields; list them after its name")
            continue
        if table.parent is None and table.count is None:
            notes.append(f"no count for {table.name}; {DEFAULT_ROWS:,} rows")
    return tables


def _table(tables: dict[str, TableDraft], entity: str) -> TableDraft:
    found = find_table(tables, entity)
    if found is None:
        found = tables[entity] = TableDraft(entity)
    return found


def _apply(header: Header, tables: dict[str, TableDraft], notes: list[str]) -> TableDraft:
    table = _table(tables, header.entity)
    table.spans.append((header.start, header.end))
    if header.locale:
        table.locale = header.locale
    if header.kind == "table":
        if header.count is not None:
            table.count, table.count_span = header.count, (header.start, header.end)
        if header.owner is not None:
            owner = _table(tables, header.owner[0])
            owner.count = header.owner[1]
            if owner.entity not in table.belongs:
                table.belongs.append(owner.entity)
    elif header.kind == "has_many" and header.parent is not None:
        parent = _table(tables, header.parent)
        table.parent, table.per = parent.entity, header.per
        if header.per is None:
            notes.append(f"no count per {parent.entity} for {table.name}; 1 to 5 each")
    elif header.parent is not None:
        for name in (header.parent, *header.also):
            parent = _table(tables, name)
            if parent.entity not in table.belongs:
                table.belongs.append(parent.entity)
    return table


def _both_counts(src: Source, table: TableDraft) -> None:
    """ "12000 tickets ... each concert has 20-100 tickets": two counts; say which is used."""
    if table.parent is not None and table.count is not None and table.count_span is not None:
        src.report(*table.count_span, "rows per parent were also given; those are used")
        table.count, table.count_span = None, None


def _items(src: Source, start: int, end: int, table: TableDraft) -> None:
    body = src.text[start:end]
    tail = re.sub(r"(?:[\s;,.]|\band\b|\bplus\b)+$", "", body, flags=re.I)
    opened, closed = body.find("("), tail.rfind(")")
    if opened >= 0 and not body[:opened].strip(" :") and closed == len(tail) - 1:
        # "100 x products (name, price)": the list in parentheses is the field list
        src.use(start + opened, start + opened + 1)
        src.use(start + closed, start + closed + 1)
        start, end = start + opened + 1, start + closed
    for a, b in split(src, start, end):
        if all(src.used[i] or src.text[i].isspace() for i in range(a, b)):
            continue  # taken already ("seed 42", "as CSV")
        for draft in parse_item(src, a, b):
            target = _named_field(table, draft.extra.get("null_for"))
            if target is not None and draft.null_rate is not None:
                target.null_rate = draft.null_rate  # "20% of emails are missing"
                for start_end in draft.name_spans:
                    src.use(*start_end)
            elif draft.name:
                table.drafts.extend(_run_on(draft))
            elif draft.locale and not _qualifies(draft):
                table.locale = draft.locale
            elif draft.age_low is not None and not draft.has_bounds:
                # "aged 25 to 40" on its own is the people's age
                table.drafts.append(replace(draft, name="age", name_spans=[]))
            elif table.drafts and _qualifies(draft) and not _clashes(table.drafts[-1], draft):
                table.drafts[-1].merge(draft)
            elif draft.has_times and _only_times(draft):
                table.window = (draft.time_low, draft.time_high, a, b)  # "over the past year"
            elif not table.drafts and (draft.has_bounds or draft.values or draft.distribution):
                # "1000 random numbers between 1 and 100": the entity is the field
                table.drafts.append(replace(draft, name=table.entity, name_spans=[]))
            elif _qualifies(draft):
                src.report(a, b, "qualifies no field; put it after the field it describes")


#: Names that are whole fields on their own: "name age city" lists three fields.
_STANDALONE = frozenset(
    "name email phone age city country address gender salary department username password "
    "postcode zip state company website price quantity status rating title".split()
)


_QUALIFYING = frozenset("name title status address price rating type code".split())


def _run_on(draft: Draft) -> list[Draft]:
    """ "name age and city" written without commas: one field per standalone name."""
    words = words_of(draft.name).split()
    if len(words) < 2 or len(words) != len(draft.name_spans) or words_of(draft.name) in PHRASES:
        return [draft]
    if not all(w in _STANDALONE for w in words) or any(w in _QUALIFYING for w in words[1:]):
        return [draft]  # "department name", "email address": one field
    first = [Draft(draft.start, draft.end, name=word, name_spans=[span])
             for word, span in zip(words[:-1], draft.name_spans[:-1], strict=True)]  # fmt: skip
    last = replace(draft, name=words[-1], name_spans=[draft.name_spans[-1]])
    return [*first, last]


def _named_field(table: TableDraft, name: str | None) -> Draft | None:
    """The field a phrase such as "emails" names, by its (singular) words."""
    if not name:
        return None
    wanted = singular(words_of(name))
    for draft in table.drafts:
        words = words_of(draft.name)
        if wanted in (words, singular(words)) or words.endswith(" " + wanted):
            return draft
    return None


def _clashes(field: Draft, qualifier: Draft) -> bool:
    """Whether a qualifier would overwrite what its field already has."""
    pairs = [(field.has_bounds or field.age_low is not None,
              qualifier.has_bounds or qualifier.age_low is not None),
             (field.has_times, qualifier.has_times), (field.values, qualifier.values)]  # fmt: skip
    return any(bool(a) and bool(b) for a, b in pairs)


def _only_times(draft: Draft) -> bool:
    return Draft(draft.start, draft.end, time_low=draft.time_low, time_high=draft.time_high) == (
        draft
    )


def _qualifies(draft: Draft) -> bool:
    empty = Draft(draft.start, draft.end, locale=draft.locale)
    return draft != empty


def _has_defaults(table: TableDraft) -> bool:
    return table.entity in DEFAULT_FIELDS or table.entity.split()[-1] in DEFAULT_FIELDS


def _defaults(table: TableDraft, notes: list[str]) -> None:
    phrases = DEFAULT_FIELDS.get(table.entity) or DEFAULT_FIELDS.get(table.entity.split()[-1])
    if phrases is None:
        notes.append(f"no fields given for {table.name}; it has only its keys")
        return
    scratch = Source(", ".join(phrases))
    for a, b in split(scratch, 0, len(scratch.text)):
        for draft in parse_item(scratch, a, b):
            if draft.name:  # its places are in the scratch text, not the user's
                draft.name_spans, draft.start, draft.end, draft.expr_span = [], 0, 0, None
                table.drafts.append(draft)
    notes.append(f"no fields given for {table.name}; used {', '.join(phrases)}")


def _validated(spec: dict[str, Any], src: Source) -> dict[str, Any]:
    """Plan the spec; a field the planner refuses is dropped and reported, the rest kept."""
    from lookalike.api import resolve
    from lookalike.spec import spec_from_dict

    for _ in range(_MAX_REPAIRS):
        try:
            resolve(spec_from_dict(spec), rows=min(_largest(spec), 10_000))
            return spec
        except SpecError as exc:
            place = re.match(r"tables\.(\w+)\.fields\.(\w+)", exc.path or "")
            if place is None or place[1] not in spec["tables"]:
                raise
            fields = spec["tables"][place[1]]["fields"]
            if place[2] not in fields or len(fields) == 1:
                raise
            if "no IBAN format" in exc.message and "country" not in fields[place[2]]:
                for spec_field in fields.values():  # the locale's country has no IBANs
                    if spec_field.get("kind") == "finance":
                        spec_field.setdefault("country", "GB")
                continue
            del fields[place[2]]
            src.report(0, 0, f"{place[1]}.{place[2]} dropped: {exc.message}")
    raise SpecError("the description asks for too many things that conflict", path="text")


def _largest(spec: dict[str, Any]) -> int:
    counts = [t["rows"] for t in spec["tables"].values() if isinstance(t["rows"], int)]
    return max(counts, default=DEFAULT_ROWS)
