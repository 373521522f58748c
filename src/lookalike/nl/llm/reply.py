"""A language model's reply, checked before it can become a spec.

A reply is only ever data: it is parsed as JSON (never evaluated), held to
limits a model has no reason to exceed, searched for instructions aimed at
whoever reads it, and then validated as a spec like any other, planner
included. Derived expressions may use only the functions and words of an
allow-list, so no expression can read a file or reach the network.
Everything refused is a :class:`ReplyError` whose one-line message is fed back
to the model for its next try.

>>> spec = check_reply('{"tables": {"t": {"rows": 5, "fields": {"n": {"kind": "sequence"}}}}}')
>>> spec["tables"]["t"]["rows"]
5
>>> check_reply('{"tables": {"t": {"rows": 5, "fields": {"x": {"kind": "derived", '
...             '"expr": "read_csv(\\'data.csv\\')"}}}}}')
Traceback (most recent call last):
...
lookalike.nl.llm.reply.ReplyError: tables.t.fields.x.expr: function read_csv is not allowed; ...
"""

from __future__ import annotations

import json
import re
from typing import Any

from lookalike.errors import SpecError

#: Limits on what a model may ask for; a person can raise rows in the spec afterwards.
MAX_REPLY_CHARS = 200_000
MAX_TABLES = 20
MAX_FIELDS = 200
MAX_ROWS = 10_000_000
MAX_PER_PARENT = 10_000
MAX_TEXT = 500
MAX_VALUES = 1000
MAX_DEPTH = 12

#: Functions a derived expression from a model may call.
ALLOWED_FUNCTIONS = frozenset(
    "abs round floor ceil ceiling least greatest coalesce nullif upper lower concat length "
    "substr substring trim ltrim rtrim replace left right cast date_part extract sqrt power "
    "mod sign ln log exp if".split()
)
#: SQL words a derived expression from a model may use.
ALLOWED_WORDS = frozenset(
    "case when then else end and or not in is null between like ilike interval as true false "
    "int integer bigint float double decimal numeric varchar text string date timestamp "
    "boolean year month day hour minute second week".split()
)
#: Phrases of prompt injection: a reply (or a drafted value) holding one is refused.
INJECTION = re.compile(
    r"ignore\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier)|"
    r"disregard\s+(?:all\s+|the\s+|your\s+)?(?:previous|prior|above|instructions|rules)|"
    r"system\s+prompt|you\s+are\s+now|new\s+instructions|<\|?(?:im_start|im_end|system|"
    r"endoftext)\|?>|\bassistant\s*:|\bsystem\s*:|developer\s+mode|jailbreak|"
    r"\bexecute\b|\brm\s+-rf\b|/etc/(?:passwd|shadow)|\.\./|file://|https?://|\bcurl\b|"
    r"\bwget\b|\bimport\s+os\b|__import__|\beval\s*\(|\bexec\s*\(|\bsubprocess\b|<script",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FENCE = re.compile(r"^\s*```(?:json)?\s*\n?(?P<body>.*?)\n?```\s*$", re.DOTALL)


class ReplyError(SpecError):
    """A model's reply that cannot be used, and why (fed back to the model)."""


def check_reply(text: str) -> dict[str, Any]:
    """The spec data in a reply, checked; raises :class:`ReplyError` with the first problem."""
    if not isinstance(text, str) or not text.strip():
        raise ReplyError("the reply is empty; reply with one JSON object, the spec")
    if len(text) > MAX_REPLY_CHARS:
        raise ReplyError(f"the reply has {len(text):,} characters; a spec needs far fewer")
    fenced = _FENCE.match(text)
    body = fenced["body"] if fenced else text
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        raise ReplyError(
            f"the reply is not valid JSON at line {exc.lineno}, column {exc.colno}; "
            "reply with JSON only"
        ) from exc
    except RecursionError as exc:
        raise ReplyError("the reply is nested too deeply for a spec") from exc
    if isinstance(data, dict) and set(data) == {"spec"}:
        data = data["spec"]
    if not isinstance(data, dict) or "tables" not in data:
        raise ReplyError("the reply must be a JSON object with a 'tables' key (a lookalike spec)")
    _walk(data, "", 0)
    _limits(data)
    for table_name, table in data["tables"].items():
        for field_name, field in (table.get("fields") or {}).items():
            where = f"tables.{table_name}.fields.{field_name}"
            if isinstance(field, dict):
                _field(field, where, set(table.get("fields") or {}))
    return data


def _walk(node: Any, path: str, depth: int) -> None:
    """Depth, sizes and hostile text anywhere in the reply."""
    if depth > MAX_DEPTH:
        raise ReplyError(f"{path or 'reply'}: nested too deeply for a spec")
    if isinstance(node, dict):
        for key, value in node.items():
            _text(str(key), f"{path}.{key}" if path else str(key))
            _walk(value, f"{path}.{key}" if path else str(key), depth + 1)
    elif isinstance(node, list):
        if len(node) > MAX_VALUES:
            raise ReplyError(f"{path}: {len(node):,} entries; at most {MAX_VALUES:,}")
        for k, value in enumerate(node):
            _walk(value, f"{path}[{k}]", depth + 1)
    elif isinstance(node, str):
        _text(node, path)
    elif isinstance(node, float) and node != node:
        raise ReplyError(f"{path}: NaN is not a value")


def _text(value: str, path: str) -> None:
    if len(value) > MAX_TEXT:
        raise ReplyError(f"{path}: a string of {len(value):,} characters; at most {MAX_TEXT}")
    if _CONTROL.search(value):
        raise ReplyError(f"{path}: control characters are not allowed")
    found = INJECTION.search(value)
    if found:
        raise ReplyError(
            f"{path}: contains {found.group()!r}, which reads as an instruction or a location, "
            "not data; a spec holds only values"
        )


def _limits(data: dict[str, Any]) -> None:
    tables = data["tables"]
    if not isinstance(tables, dict) or not tables:
        raise ReplyError("tables must be a non-empty object of tables")
    if len(tables) > MAX_TABLES:
        raise ReplyError(f"tables: {len(tables)} tables; at most {MAX_TABLES} from a model")
    for name, table in tables.items():
        if not isinstance(table, dict):
            raise ReplyError(f"tables.{name}: must be an object with rows and fields")
        fields = table.get("fields")
        if isinstance(fields, dict) and len(fields) > MAX_FIELDS:
            raise ReplyError(f"tables.{name}.fields: {len(fields)} fields; at most {MAX_FIELDS}")
        rows = table.get("rows")
        if isinstance(rows, bool):
            raise ReplyError(f"tables.{name}.rows: must be a count, not true/false")
        if isinstance(rows, int | float) and not 0 <= rows <= MAX_ROWS:
            raise ReplyError(
                f"tables.{name}.rows: {rows:,} rows; a model may ask for at most {MAX_ROWS:,} "
                "(set more yourself with --rows)"
            )
        if isinstance(rows, dict):
            for key in ("count", "max", "mean"):
                value = rows.get(key)
                if isinstance(value, int | float) and not 0 <= value <= MAX_PER_PARENT:
                    raise ReplyError(
                        f"tables.{name}.rows.{key}: {value:,} per parent; "
                        f"at most {MAX_PER_PARENT:,}"
                    )


def _field(field: dict[str, Any], where: str, columns: set[str]) -> None:
    kind = field.get("kind")
    if kind == "faker":
        raise ReplyError(f"{where}.kind: faker is not allowed from a model; use a native kind")
    if kind == "derived":
        expr = field.get("expr")
        if not isinstance(expr, str):
            raise ReplyError(f"{where}.expr: a derived field needs an expression")
        check_expression(expr, columns, f"{where}.expr")
    if kind == "text" and isinstance(field.get("max_count"), int) and field["max_count"] > 50:
        raise ReplyError(f"{where}.max_count: {field['max_count']} is too long for a text field")


_TOKEN = re.compile(
    r"\s+|(?P<str>'(?:[^']|'')*')|(?P<num>\d+(?:\.\d+)?)|(?P<word>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op>\|\||<=|>=|<>|!=|[-+*/%=<>(),.])|(?P<bad>.)",
    re.DOTALL,
)


def check_expression(expr: str, columns: set[str], where: str) -> None:
    """Allow only columns, literals, operators, allowed SQL words and allowed functions.

    >>> check_expression("quantity * unit_price", {"quantity", "unit_price"}, "e")
    >>> check_expression("pg_read_file('x')", {"x"}, "e")
    Traceback (most recent call last):
    ...
    lookalike.nl.llm.reply.ReplyError: e: function pg_read_file is not allowed; ...
    """
    if len(expr) > MAX_TEXT:
        raise ReplyError(f"{where}: expression too long")
    if "--" in expr or "/*" in expr or ";" in expr:
        raise ReplyError(f"{where}: comments and ';' are not allowed in an expression")
    tokens = [m for m in _TOKEN.finditer(expr) if m.lastgroup is not None]
    for k, match in enumerate(tokens):
        group = match.lastgroup
        text = match.group()
        if group == "bad":
            raise ReplyError(f"{where}: the character {text!r} is not allowed in an expression")
        if group != "word":
            continue
        low = text.lower()
        is_call = k + 1 < len(tokens) and tokens[k + 1].group() == "("
        if is_call:
            if low not in ALLOWED_FUNCTIONS:
                allowed = ", ".join(sorted(ALLOWED_FUNCTIONS))
                raise ReplyError(f"{where}: function {text} is not allowed; use one of {allowed}")
        elif low in ("select", "from", "where", "union", "join", "into", "copy", "attach",
                     "pragma", "load", "install", "create", "drop", "delete", "insert",
                     "update"):  # fmt: skip
            raise ReplyError(
                f"{where}: {text.upper()} is not allowed; an expression is not a query"
            )
        elif text not in columns and low not in ALLOWED_WORDS:
            raise ReplyError(
                f"{where}: {text!r} is neither a field of the table nor an allowed word"
            )
