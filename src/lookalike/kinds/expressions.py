"""Bound a derived expression before the expression engine sees it.

Polars compiles SQL expressions by recursion over their tree, and its cost
grows with the square of a chain's length: a flat sum of 1,500 terms costs
seconds, one of 10,000 overflows the stack and takes the process with it. So
every expression is first read here, by a small tokenizer and a bounded
parser that never recurses deeper than the limits it enforces: its length,
the number of nodes, the depth of its tree (a left-deep ``a + b + c`` chain
counts one level per operator, a ``CASE`` one per branch, as the engine sees
them), an allow-list of functions (deterministic, one value per row, bounded
output) and no subqueries or window functions. Functions that read the clock
or a random source are refused too: they would make the same seed give
different values; the plan's reference time is the only clock.

The tree also gives an estimate of a string result's width from the widths
of its inputs (:func:`string_width`), which the plan's memory check uses.

>>> shape = check_expression("ROUND(qty * price, 2)", "tables.t.fields.total")
>>> shape.nodes, shape.depth, shape.functions
(5, 3, ('round',))
>>> try:
...     check_expression(" + ".join(["a"] * 10_000), "tables.t.fields.x")
... except SpecError as error:
...     print(error.message[:60])
expression is 39,997 characters long; the limit is 5,000: sp
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lookalike.errors import SpecError
from lookalike.kinds.expression_parser import (
    KEYWORDS,
    MAX_DEPTH,
    MAX_NODES,
    MAX_PAD,
    OPERATOR_WORDS,
    Node,
    NotUnderstoodError,
    Parser,
    Token,
    check_size,
    shown,
    tokenize,
)

__all__ = [
    "ALLOWED_FUNCTIONS",
    "MAX_CHARS",
    "MAX_DEPTH",
    "MAX_NODES",
    "MAX_PAD",
    "NON_DETERMINISTIC",
    "Node",
    "Shape",
    "Token",
    "check_expression",
    "string_width",
    "tokenize",
]
#: Longest expression text, in characters.
MAX_CHARS = 5_000

#: Functions an expression may call: deterministic, one value per row.
ALLOWED_FUNCTIONS = frozenset(
    # numbers
    "abs cbrt ceil ceiling div exp floor ln log log10 log1p log2 mod pi pow power round "
    "trunc truncate sign sqrt cos cot sin tan cosd cotd sind tand acos asin atan atan2 acosd "
    "asind atand atan2d degrees radians bit_and bitand bit_count bitcount bit_not bitnot "
    "bit_or bitor bit_xor bitxor xor "
    # conditions and conversions
    "coalesce greatest least if ifnull nullif cast try_cast "
    # dates and times
    "date date_part date_trunc datetime extract strftime strptime time timestamp "
    # strings
    "bit_length concat concat_ws ends_with initcap left length char_length "
    "character_length lower lpad ltrim normalize octet_length position regexp_like "
    "regexp_replace replace reverse right rpad rtrim split_part starts_with strpos substr "
    "substring trim upper".split()
)
#: Functions and keywords that read the clock or a random source.
NON_DETERMINISTIC = frozenset(
    "now current_timestamp current_date current_time localtime localtimestamp getdate "
    "sysdate systimestamp today curdate curtime clock_timestamp statement_timestamp "
    "transaction_timestamp timeofday utc_timestamp utc_date utc_time unix_timestamp "
    "random rand random_uuid gen_random_uuid uuid uuidv4 uuid_generate_v4 newid setseed "
    "shuffle".split()
)
#: SQL keywords that read the clock even without parentheses.
_CLOCKKEYWORDS = frozenset(
    "current_timestamp current_date current_time localtime localtimestamp sysdate "
    "systimestamp".split()
)
#: Keywords that start a query or a window: one row's values only, please.
_FORBIDDEN = {
    "select": "subqueries are not allowed",
    "exists": "subqueries are not allowed",
    "over": "window functions are not allowed (they read other rows of the block)",
    "within": "ordered-set aggregates are not allowed",
    "filter": "aggregate filters are not allowed",
}

_AGGREGATES = (
    "avg corr count covar covar_pop covar_samp first last max median min quantile_cont "
    "quantile_disc stdev stddev stdev_samp stddev_samp string_agg listagg group_concat sum "
    "total var variance var_samp array_agg bool_and bool_or every unnest".split()
)
_WINDOWS = "dense_rank first_value last_value lag lead rank row_number ntile".split()
#: Functions that read other rows, and what they are.
_ROW_COMBINING = {
    **dict.fromkeys(_AGGREGATES, "an aggregate"),
    **dict.fromkeys(_WINDOWS, "a window function"),
}


@dataclass(frozen=True)
class Shape:
    """What the check learned about an expression: its size and the functions it calls."""

    nodes: int
    depth: int
    functions: tuple[str, ...]
    tree: Node
    #: False when only the token scan understood it: ``tree`` is then a flat list of
    #: its columns and strings, and ``depth`` a bound computed from the tokens.
    understood: bool = True


def check_expression(expr: str, path: str) -> Shape:
    """Refuse an expression that is too big, deep, or calls what it may not; else its shape.

    ``path`` names the field; errors point at its ``expr``.

    >>> try:
    ...     check_expression("NOW() - INTERVAL '1 day'", "f")
    ... except SpecError as error:
    ...     print(error.path, error.message[:41])
    f.expr NOW() is not deterministic: the same seed
    """
    where = f"{path}.expr"
    if len(expr) > MAX_CHARS:
        raise SpecError(
            f"expression is {len(expr):,} characters long; the limit is {MAX_CHARS:,}: split "
            "it into several derived fields (hidden: true for the steps)",
            path=where,
        )
    tokens = tokenize(expr, where)
    functions = _scan(tokens, expr, where)
    try:
        tree = Parser(tokens, where).parse()
    except NotUnderstoodError:
        # Leave the syntax to the engine (it refuses what it cannot read); the
        # token scan's bounds hold whatever the grammar.
        nodes, depth = len(tokens), _scan_depth(tokens)
        check_size(nodes, depth, where)
        if {"lpad", "rpad"} & set(functions):
            raise SpecError(
                "LPAD/RPAD inside an expression this check cannot read; write the length as "
                "a number in a simple LPAD(value, length, fill) call",
                path=where,
            ) from None
        # Every word may be a column here (a column may be called "when"): every
        # word and string together; times the longest string when a REPLACE
        # could put it between every character.
        flat = tuple(
            Node("str" if t.kind == "string" else "col", t.text.strip("'\"`"), (), 1)
            for i, t in enumerate(tokens)
            if t.kind in ("string", "quoted")
            or (t.kind == "word" and tokens[min(i + 1, len(tokens) - 1)].text != "(")
        )
        tree = Node("op", "tokens", flat, depth)
        if {"replace", "regexp_replace"} & set(functions):
            longest = max((n for n in flat if n.kind == "str"), key=lambda n: len(n.name),
                          default=Node("str", "", (), 1))  # fmt: skip
            tree = Node("call", "replace", (tree, Node("str", "", (), 1), longest), depth)
        return Shape(nodes, depth, functions, tree, False)
    nodes = sum(1 for _ in tree.walk())
    return Shape(nodes, tree.depth, functions, tree)


def _scan(tokens: list[Token], expr: str, where: str) -> tuple[str, ...]:
    """Check brackets, keywords and function names token by token; the functions called."""
    functions: dict[str, None] = {}
    depth = 0
    for i, token in enumerate(tokens):
        if token.text in "([":
            depth += 1
            if depth > MAX_DEPTH:
                raise SpecError(
                    f"expression nests brackets more than {MAX_DEPTH} deep; simplify it",
                    path=where,
                )
        elif token.text in ")]":
            depth -= 1
            if depth < 0:
                raise SpecError(
                    f"cannot parse expression {shown(expr)}: unbalanced {token.text!r} at "
                    f"character {token.at + 1}",
                    path=where,
                )
        word = token.word
        if not word:
            continue
        follows = tokens[i + 1].text if i + 1 < len(tokens) else ""
        after_type = i > 0 and (tokens[i - 1].word == "as" or tokens[i - 1].text == "::")
        if word in _FORBIDDEN:
            raise SpecError(f"{token.text.upper()}: {_FORBIDDEN[word]}", path=where)
        if word in _CLOCKKEYWORDS or (word in NON_DETERMINISTIC and follows == "("):
            raise SpecError(_clock_message(token.text), path=where)
        if follows == "(" and not after_type and i > 0 and tokens[i - 1].text == ".":
            raise SpecError(f"method call .{token.text}(...) is not allowed", path=where)
        if follows == "(" and not after_type and word not in KEYWORDS:
            if word in _ROW_COMBINING:
                raise SpecError(
                    f"{token.text.upper()} combines rows ({_ROW_COMBINING[word]}); derived "
                    "fields are computed row by row from the row's own columns",
                    path=where,
                )
            if word not in ALLOWED_FUNCTIONS:
                raise SpecError(
                    f"function {token.text.upper()} is not allowed in derived expressions; "
                    "allowed are deterministic row functions (see Derived fields in "
                    "docs/kinds.md), e.g. "
                    "ROUND, COALESCE, UPPER, SUBSTR, LPAD, STRFTIME, DATE_PART",
                    path=where,
                )
            functions[word] = None
    if depth:
        raise SpecError(
            f"cannot parse expression {shown(expr)}: a '(' or '[' is never closed", path=where
        )
    return tuple(functions)


def _clock_message(name: str) -> str:
    shown = name.upper() if name.lower() in _CLOCKKEYWORDS else f"{name.upper()}()"
    return (
        f"{shown} is not deterministic: the same seed would give different values on each "
        "run; use the plan's reference time instead (a date or datetime field whose bounds "
        "say now-30d, now: lookalike pins now to the reference time)"
    )


def _scan_depth(tokens: list[Token]) -> int:
    """An upper bound of the tree depth from tokens alone: per bracket, its operators."""
    stack = [0]
    deepest = 0
    for token in tokens:
        if token.text in "([":
            stack.append(0)
        elif token.text in ")]" and len(stack) > 1:
            inner = stack.pop() + 1
            stack[-1] += inner
        elif token.kind == "op" or token.word in OPERATOR_WORDS:
            stack[-1] += 1
        deepest = max(deepest, sum(stack))
    return deepest + 1


#: How the width of a string result follows from its arguments' widths.
_SAME_WIDTH = frozenset("ltrim rtrim trim left right substr substring reverse split_part".split())
_CASE_MAPPING = frozenset("upper lower initcap normalize".split())
_STRING_FUNCTIONS = (
    _SAME_WIDTH
    | _CASE_MAPPING
    | frozenset(
        "concat concat_ws lpad rpad replace regexp_replace strftime coalesce greatest least if "
        "ifnull nullif cast try_cast".split()
    )
)
_BOOLEAN_OPERATORS = frozenset(
    "= == <> != < > <= >= <=> like ilike rlike regexp ~ ~* !~ !~* and or xor between "
    "is distinct similar".split()
)
_ARITHMETIC = frozenset("+ - * / // % ^ div & | << >> #".split())
#: Widest text of a number, date or time; of a boolean.
_NUMBER, _BOOLEAN = 32.0, 5.0


def string_width(tree: Node, width_of: Callable[[str], float]) -> float:
    """Estimated UTF-8 bytes per row of a string result, from its inputs' widths.

    ``width_of`` gives a column's estimated width. Concatenation adds widths,
    LPAD/RPAD reach their length, LEFT/RIGHT cut to it, REPLACE can multiply,
    numbers and dates take at most 32 bytes and booleans 5; anything else is at
    most its arguments together.

    >>> shape = check_expression("'PRD-' || LPAD(code, 6, '0')", "p")
    >>> string_width(shape.tree, {"code": 4}.__getitem__)
    10.0
    """
    results: dict[int, float] = {}
    for node in _postorder(tree):
        parts = [results[id(c)] for c in node.children]
        results[id(node)] = _node_width(node, parts, width_of)
    return results[id(tree)]


def _node_width(node: Node, parts: list[float], width_of: Callable[[str], float]) -> float:
    if node.kind == "str":
        return float(len(node.name.encode()))
    if node.kind == "col":
        return float(width_of(node.name.strip('"')))
    if node.kind in ("num", "lit"):
        return _NUMBER if not parts else max(_NUMBER, sum(parts))
    if node.kind == "case":
        return max(parts, default=0.0)  # conditions count as booleans (5 bytes)
    if node.kind == "cast":
        return max(_NUMBER, parts[0] if parts else 0.0)
    if node.kind in ("in", "postfix") or node.name in _BOOLEAN_OPERATORS:
        return _BOOLEAN
    if node.kind == "unary" or node.name in _ARITHMETIC:
        return _NUMBER if node.name != "not" else _BOOLEAN
    if node.kind == "call":
        return _call_width(node, parts)
    return sum(parts)


def _call_width(node: Node, parts: list[float]) -> float:
    name, first = node.name, (parts[0] if parts else 0.0)
    literal = node.children[1].name if len(node.children) > 1 else ""
    if name in ("lpad", "rpad") and literal.isdigit():
        return max(first, float(literal))
    if name in ("left", "right") and literal.isdigit():
        return min(first, float(literal))
    if name in _SAME_WIDTH or name in _CASE_MAPPING:
        return first  # case mapping rarely grows a character (ß to SS): ignored
    if name == "regexp_replace" and len(parts) >= 3:
        return first * (1 + parts[2]) + parts[2]  # a pattern may match between characters
    if name == "replace" and len(parts) >= 3:
        if parts[1] == 0:  # an empty pattern matches between every character
            return first * (1 + parts[2]) + parts[2]
        return first * max(1.0, parts[2] / parts[1])
    if name == "concat_ws" and parts:
        return first * max(0, len(parts) - 2) + sum(parts[1:])
    if name == "strftime" and len(parts) >= 2:
        return max(_NUMBER, 4 * parts[1])
    if name in ALLOWED_FUNCTIONS - _STRING_FUNCTIONS:
        return _NUMBER  # numbers, dates, booleans as text
    return sum(parts)


def _postorder(tree: Node) -> list[Node]:
    order: list[Node] = []
    todo = [tree]
    while todo:
        node = todo.pop()
        order.append(node)
        todo.extend(node.children)
    order.reverse()
    return order
