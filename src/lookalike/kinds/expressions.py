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

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from lookalike.errors import SpecError

#: Longest expression text, in characters.
MAX_CHARS = 5_000
#: Most nodes (columns, literals, operators, calls) in one expression.
MAX_NODES = 600
#: Deepest tree: operators chained one after another, CASE branches, nesting.
MAX_DEPTH = 64
#: Longest LPAD/RPAD target length: a cell must stay a cell.
MAX_PAD = 10_000

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
_CLOCK_KEYWORDS = frozenset(
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

_TOKEN = re.compile(
    r"""
    (?P<space>\s+|--[^\n]*|/\*.*?\*/)
  | (?P<string>'(?:[^']|'')*')
  | (?P<quoted>"(?:[^"]|"")*"|`[^`]*`)
  | (?P<number>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
  | (?P<word>[^\W\d]\w*)
  | (?P<op>\|\||::|<=>|<=|>=|<>|!=|==|->>|->|//|<<|>>|!~\*|!~|~\*|[-+*/%^&|~<>=!@#?:])
  | (?P<punct>[(),\[\].])
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    """One lexical token: its class (``word``, ``string``...), text and offset."""

    kind: str
    text: str
    at: int

    @property
    def word(self) -> str:
        """The lower-cased text of a word token, else ``""``."""
        return self.text.lower() if self.kind == "word" else ""


@dataclass(frozen=True)
class Node:
    """One node of an expression tree, enough to size it and estimate its width."""

    kind: str  # col, str, num, lit, call, op, case, cast, in, unary, postfix
    name: str
    children: tuple[Node, ...]
    depth: int

    def walk(self) -> Iterator[Node]:
        """This node and every node under it (iteratively: trees may be deep)."""
        todo = [self]
        while todo:
            node = todo.pop()
            yield node
            todo.extend(node.children)


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


def tokenize(expr: str, path: str) -> list[Token]:
    """The tokens of ``expr`` (comments and spaces dropped), in one linear pass.

    >>> [t.text for t in tokenize("a||'it''s' -- note", "p")]
    ['a', '||', "'it''s'"]
    """
    tokens = []
    for match in _TOKEN.finditer(expr):
        kind = match.lastgroup or "other"
        if kind == "space":
            continue
        text = match.group()
        if kind == "other" and text in "'\"`":
            raise SpecError(
                f"cannot parse expression {_shown(expr)}: unclosed {text} quote at character "
                f"{match.start() + 1}; close the string",
                path=path,
            )
        tokens.append(Token(kind, text, match.start()))
    return tokens


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
        tree = _Parser(tokens, where).parse()
    except _NotUnderstoodError:
        # Leave the syntax to the engine (it refuses what it cannot read); the
        # token scan's bounds hold whatever the grammar.
        nodes, depth = len(tokens), _scan_depth(tokens)
        _check_size(nodes, depth, where)
        if {"lpad", "rpad"} & set(functions):
            raise SpecError(
                "LPAD/RPAD inside an expression this check cannot read; write the length as "
                "a number in a simple LPAD(value, length, fill) call",
                path=where,
            ) from None
        flat = tuple(
            Node("str" if t.kind == "string" else "col", t.text.strip("'\"`"), (), 1)
            for t in tokens
            if t.kind in ("string", "quoted") or (t.kind == "word" and t.word not in _KEYWORDS)
        )
        return Shape(nodes, depth, functions, Node("op", "tokens", flat, depth), False)
    nodes = sum(1 for _ in tree.walk())
    return Shape(nodes, tree.depth, functions, tree)


def _check_size(nodes: int, depth: int, where: str) -> None:
    if nodes > MAX_NODES:
        raise SpecError(
            f"expression has {nodes:,} terms; the limit is {MAX_NODES:,}: split it into "
            "several derived fields (hidden: true for the steps)",
            path=where,
        )
    if depth > MAX_DEPTH:
        raise SpecError(
            f"expression nests {depth:,} levels deep (each chained operator or CASE branch "
            f"is a level); the limit is {MAX_DEPTH}: split it into several derived fields "
            "(hidden: true for the steps), or use a choice or reference for long mappings",
            path=where,
        )


def _shown(expr: str) -> str:
    """The expression as an error quotes it: whole when short, else its start."""
    return repr(expr) if len(expr) <= 60 else repr(expr[:57] + "...")


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
                    f"cannot parse expression {_shown(expr)}: unbalanced {token.text!r} at "
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
        if word in _CLOCK_KEYWORDS or (word in NON_DETERMINISTIC and follows == "("):
            raise SpecError(_clock_message(token.text), path=where)
        if follows == "(" and not after_type and i > 0 and tokens[i - 1].text == ".":
            raise SpecError(f"method call .{token.text}(...) is not allowed", path=where)
        if follows == "(" and not after_type and word not in _KEYWORDS:
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
            f"cannot parse expression {_shown(expr)}: a '(' or '[' is never closed", path=where
        )
    return tuple(functions)


def _clock_message(name: str) -> str:
    shown = name.upper() if name.lower() in _CLOCK_KEYWORDS else f"{name.upper()}()"
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
        elif token.kind == "op" or token.word in _OPERATOR_WORDS:
            stack[-1] += 1
        deepest = max(deepest, sum(stack))
    return deepest + 1


# Binding powers: higher binds tighter. Left-associative operators take their
# right operand at one more than their own power.
_BINARY = {
    "or": 10, "xor": 10, "and": 20,
    "=": 40, "==": 40, "<>": 40, "!=": 40, "<": 40, ">": 40, "<=": 40, ">=": 40, "<=>": 40,
    "like": 40, "ilike": 40, "rlike": 40, "regexp": 40, "~": 40, "~*": 40, "!~": 40,
    "!~*": 40, "is": 40, "in": 40, "between": 40, "similar": 40,
    "|": 45, "&": 45, "<<": 45, ">>": 45, "#": 45,
    "||": 50, "+": 60, "-": 60, "*": 70, "/": 70, "//": 70, "%": 70, "div": 70, "^": 80,
    "->": 90, "->>": 90, "@": 90,
}  # fmt: skip
_NOT_POWER = 30
_PREFIX_POWER = 85
_KEYWORDS = frozenset(
    "and or xor not is in between like ilike rlike regexp similar case when then else end "
    "interval distinct from for as null true false any all some escape collate at zone "
    "array".split()
)
_OPERATOR_WORDS = frozenset("and or xor not is in between like ilike rlike regexp when".split())
_TYPE_WORDS = ("precision", "varying", "with", "without", "time", "zone", "unsigned")
_TYPED_LITERALS = frozenset("date time timestamp datetime interval".split())


class _NotUnderstoodError(Exception):
    """Syntax this parser does not know; the engine will judge it."""


class _Parser:
    """A Pratt parser over tokens that counts as it goes and stops at the limits.

    Left-associative chains are built in a loop, not by recursion; recursion
    happens only for nesting (brackets, prefix operators, CASE parts), and each
    level of it is counted against :data:`MAX_DEPTH` on the way down.
    """

    def __init__(self, tokens: list[Token], where: str) -> None:
        self.tokens = tokens
        self.pos = 0
        self.level = 0
        self.nodes = 0
        self.where = where

    def parse(self) -> Node:
        if not self.tokens:
            raise _NotUnderstoodError
        node = self.expr(0)
        if self.pos != len(self.tokens):
            raise _NotUnderstoodError
        return node

    # -- helpers -------------------------------------------------------------

    def peek(self, ahead: int = 0) -> Token | None:
        at = self.pos + ahead
        return self.tokens[at] if at < len(self.tokens) else None

    def take(self) -> Token:
        token = self.peek()
        if token is None:
            raise _NotUnderstoodError
        self.pos += 1
        return token

    def expect(self, text: str) -> None:
        token = self.take()
        if token.text.lower() != text:
            raise _NotUnderstoodError

    def next_text(self) -> str:
        token = self.peek()
        return token.text if token is not None else ""

    def at_word(self, *words: str) -> bool:
        token = self.peek()
        return token is not None and token.word in words

    def make(self, kind: str, name: str, children: tuple[Node, ...], extra: int = 0) -> Node:
        self.nodes += 1
        depth = 1 + extra + max((c.depth for c in children), default=0)
        _check_size(self.nodes, depth, self.where)
        return Node(kind, name, children, depth)

    # -- grammar -------------------------------------------------------------

    def expr(self, min_power: int) -> Node:
        self.level += 1
        if self.level > MAX_DEPTH:
            _check_size(self.nodes, self.level, self.where)
        left = self.prefix()
        while True:
            token = self.peek()
            if token is None:
                break
            name = token.word or token.text
            if name == "not" and self.peek(1) is not None:
                following = self.peek(1)
                assert following is not None
                if following.word not in ("in", "like", "ilike", "between", "rlike", "regexp",
                                          "similar"):  # fmt: skip
                    break
                power = _BINARY[following.word]
            elif name in ("::", "["):
                power = 95
            else:
                power = _BINARY.get(name, -1) if token.kind in ("op", "word") else -1
            if power < min_power or power < 0:
                break
            left = self.infix(left, power)
        self.level -= 1
        return left

    def infix(self, left: Node, power: int) -> Node:
        token = self.take()
        name = token.word or token.text
        if name == "not":
            name = self.take().word
        if name == "::":
            return self.make("cast", self.type_name(), (left,))
        if name == "[":
            index = self.expr(0)
            self.expect("]")
            return self.make("op", "[]", (left, index))
        if name == "is":
            words = []
            while self.at_word("not", "null", "true", "false", "unknown", "distinct", "from"):
                words.append(self.take().word)
            if words and words[-1] == "from":
                return self.make("op", "is distinct", (left, self.expr(power + 1)))
            if not words:
                raise _NotUnderstoodError
            return self.make("postfix", "is", (left,))
        if name == "in":
            return self.make("in", "in", (left, *self.bracketed()))
        if name == "between":
            low = self.expr(power + 1)
            if not self.at_word("and"):
                raise _NotUnderstoodError
            self.take()
            return self.make("op", "between", (left, low, self.expr(power + 1)))
        if name == "similar":
            self.expect("to")
        right = self.expr(power + 1)
        if self.at_word("escape"):
            self.take()
            self.prefix()
        return self.make("op", name, (left, right))

    def prefix(self) -> Node:
        token = self.take()
        word = token.word
        if token.kind == "number":
            return self.make("num", token.text, ())
        if token.kind == "string":
            return self.make("str", token.text[1:-1].replace("''", "'"), ())
        if token.kind == "quoted":
            return self.make("col", token.text[1:-1], ())
        if token.text in ("-", "+", "~", "@"):
            return self.make("unary", token.text, (self.expr(_PREFIX_POWER),))
        if token.text == "(":
            items = self.items(")")
            return items[0] if len(items) == 1 else self.make("op", "row", tuple(items))
        if token.text == "[":
            return self.make("lit", "array", tuple(self.items("]")))
        if token.kind != "word":
            raise _NotUnderstoodError
        if word == "not":
            return self.make("unary", "not", (self.expr(_NOT_POWER),))
        if word == "case":
            return self.case()
        if word in ("null", "true", "false"):
            return self.make("lit", word, ())
        following = self.peek()
        if (
            word in _TYPED_LITERALS
            and following is not None
            and following.kind in ("string", "number")
        ):
            return self.typed_literal(word)
        if following is not None and following.text == "(":
            return self.call(word)
        if word in _KEYWORDS:
            raise _NotUnderstoodError
        while self.next_text() == "." and self.peek(1) is not None:
            self.pos += 2  # a qualified name: link.column
        return self.make("col", token.text, ())

    def typed_literal(self, word: str) -> Node:
        value = self.take()
        while self.at_word(
            "year", "month", "day", "hour", "minute", "second", "week", "years", "months",
            "days", "hours", "minutes", "seconds", "weeks", "millisecond", "milliseconds",
            "microsecond", "microseconds", "to",
        ):  # fmt: skip
            self.take()
        return self.make("lit", word, (self.make("str", value.text.strip("'"), ()),))

    def call(self, name: str) -> Node:
        self.expect("(")
        args: list[Node] = []
        type_name = ""
        if self.next_text() == ")":
            self.take()
            return self.make("call", name, ())
        if self.at_word("distinct", "both", "leading", "trailing"):
            self.take()
        if self.next_text() == "*":
            self.take()
            self.expect(")")
            return self.make("call", name, ())
        while True:
            if self.at_word("from", "for", "in", "placing", "to") and args:
                self.take()
            # POSITION('x' IN s): the first argument stops before IN.
            args.append(self.expr(41 if name == "position" and not args else 0))
            token = self.take()
            if token.text == ")":
                break
            if token.word == "as":
                type_name = self.type_name()
                self.expect(")")
                break
            if token.text == ",":
                continue
            if token.word in ("from", "for", "in", "placing", "to"):
                self.pos -= 1
                continue
            raise _NotUnderstoodError
        if name in ("cast", "try_cast"):
            return self.make("cast", type_name, tuple(args))
        if name in ("lpad", "rpad"):
            self.check_pad(name, args)
        return self.make("call", name, tuple(args))

    def check_pad(self, name: str, args: list[Node]) -> None:
        size = args[1] if len(args) > 1 else None
        if size is None or size.kind != "num" or not size.name.isdigit():
            raise SpecError(
                f"{name.upper()} needs a whole-number length written as a number "
                f"(at most {MAX_PAD:,}), so the width of the cells is known before they are made",
                path=self.where,
            )
        if int(size.name) > MAX_PAD:
            raise SpecError(
                f"{name.upper()} length {int(size.name):,} is over the limit of {MAX_PAD:,} "
                "characters per cell; use a shorter length",
                path=self.where,
            )

    def type_name(self) -> str:
        parts = [self.take().text]
        while self.at_word(*_TYPE_WORDS):
            parts.append(self.take().text)  # DOUBLE PRECISION, TIMESTAMP WITH TIME ZONE
        if self.next_text() == "(":
            self.take()
            while self.take().text != ")":
                pass
        while self.next_text() == "[":
            self.take()
            self.expect("]")
        return " ".join(parts).lower()

    def items(self, close: str) -> list[Node]:
        items: list[Node] = []
        if self.next_text() == close:
            self.take()
            return items
        while True:
            items.append(self.expr(0))
            token = self.take()
            if token.text == close:
                return items
            if token.text != ",":
                raise _NotUnderstoodError

    def bracketed(self) -> list[Node]:
        token = self.take()
        if token.text not in "([":
            raise _NotUnderstoodError
        return self.items(")" if token.text == "(" else "]")

    def case(self) -> Node:
        parts: list[Node] = []
        if not self.at_word("when"):
            parts.append(self.expr(0))
        branches = 0
        while self.at_word("when"):
            self.take()
            parts.append(self.expr(0))
            self.expect("then")
            parts.append(self.expr(0))
            branches += 1
            _check_size(self.nodes, branches, self.where)
        if self.at_word("else"):
            self.take()
            parts.append(self.expr(0))
        self.expect("end")
        if not branches:
            raise _NotUnderstoodError
        # The engine chains WHEN ... THEN ... one inside the other: a level per branch.
        return self.make("case", "case", tuple(parts), extra=branches - 1)


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
