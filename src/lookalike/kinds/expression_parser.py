"""The tokenizer and the bounded parser behind :mod:`lookalike.kinds.expressions`.

A Pratt parser over the tokens of a SQL expression that builds a light tree
(enough to count its terms, measure its depth as the engine will see it, and
estimate a string result's width) and stops as soon as a limit is crossed: it
recurses only for nesting, and counts each level on the way down, so no input
can make it recurse deeper than :data:`MAX_DEPTH`. Syntax it does not know
raises :class:`NotUnderstoodError`, and the caller falls back to bounds
computed from the tokens alone.

>>> tree = Parser(tokenize("a + b * 2", "p"), "p").parse()
>>> tree.name, tree.depth, sum(1 for _ in tree.walk())
('+', 3, 5)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lookalike.errors import SpecError

#: Most nodes (columns, literals, operators, calls) in one expression.
MAX_NODES = 600
#: Deepest tree: operators chained one after another, CASE branches, nesting.
MAX_DEPTH = 64
#: Longest LPAD/RPAD target length: a cell must stay a cell.
MAX_PAD = 10_000

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
                f"cannot parse expression {shown(expr)}: unclosed {text} quote at character "
                f"{match.start() + 1}; close the string",
                path=path,
            )
        tokens.append(Token(kind, text, match.start()))
    return tokens


def check_size(nodes: int, depth: int, where: str) -> None:
    """Refuse a tree with more than :data:`MAX_NODES` terms or deeper than :data:`MAX_DEPTH`."""
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


def shown(expr: str) -> str:
    """The expression as an error quotes it: whole when short, else its start."""
    return repr(expr) if len(expr) <= 60 else repr(expr[:57] + "...")


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
KEYWORDS = frozenset(
    "and or xor not is in between like ilike rlike regexp similar case when then else end "
    "interval distinct from for as null true false any all some escape collate at zone "
    "array".split()
)
OPERATOR_WORDS = frozenset("and or xor not is in between like ilike rlike regexp when".split())
_TYPE_WORDS = ("precision", "varying", "with", "without", "time", "zone", "unsigned")
_TYPED_LITERALS = frozenset("date time timestamp datetime interval".split())


class NotUnderstoodError(Exception):
    """Syntax this parser does not know; the engine will judge it."""


class Parser:
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
        """The tree of the whole token list; NotUnderstoodError if it is not one expression."""
        if not self.tokens:
            raise NotUnderstoodError
        node = self.expr(0)
        if self.pos != len(self.tokens):
            raise NotUnderstoodError
        return node

    # -- helpers -------------------------------------------------------------

    def peek(self, ahead: int = 0) -> Token | None:
        at = self.pos + ahead
        return self.tokens[at] if at < len(self.tokens) else None

    def take(self) -> Token:
        token = self.peek()
        if token is None:
            raise NotUnderstoodError
        self.pos += 1
        return token

    def expect(self, text: str) -> None:
        token = self.take()
        if token.text.lower() != text:
            raise NotUnderstoodError

    def next_text(self) -> str:
        token = self.peek()
        return token.text if token is not None else ""

    def at_word(self, *words: str) -> bool:
        token = self.peek()
        return token is not None and token.word in words

    def make(self, kind: str, name: str, children: tuple[Node, ...], extra: int = 0) -> Node:
        self.nodes += 1
        depth = 1 + extra + max((c.depth for c in children), default=0)
        check_size(self.nodes, depth, self.where)
        return Node(kind, name, children, depth)

    # -- grammar -------------------------------------------------------------

    def expr(self, min_power: int) -> Node:
        self.level += 1
        if self.level > MAX_DEPTH:
            check_size(self.nodes, self.level, self.where)
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
                raise NotUnderstoodError
            return self.make("postfix", "is", (left,))
        if name == "in":
            return self.make("in", "in", (left, *self.bracketed()))
        if name == "between":
            low = self.expr(power + 1)
            if not self.at_word("and"):
                raise NotUnderstoodError
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
            raise NotUnderstoodError
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
        if word in KEYWORDS:
            raise NotUnderstoodError
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
            raise NotUnderstoodError
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
                raise NotUnderstoodError

    def bracketed(self) -> list[Node]:
        token = self.take()
        if token.text not in "([":
            raise NotUnderstoodError
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
            check_size(self.nodes, branches, self.where)
        if self.at_word("else"):
            self.take()
            parts.append(self.expr(0))
        self.expect("end")
        if not branches:
            raise NotUnderstoodError
        # The engine chains WHEN ... THEN ... one inside the other: a level per branch.
        return self.make("case", "case", tuple(parts), extra=branches - 1)
