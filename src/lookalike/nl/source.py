"""The sentence being parsed: its tokens, and which characters have been understood.

Every part of the parser marks the characters it used. Whatever is left
(other than punctuation and filler words such as "with" or "the") is reported
back with its position, so nothing the user wrote is silently dropped.

>>> src = Source("1000 customers with shoe size")
>>> src.use(0, 19)
>>> [(p.text, p.start) for p in src.leftovers()]
[('shoe size', 20)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lookalike.nl.lexicon import FILLERS

_TOKEN = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?P<word>[^\W\d_](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))*)"
    r"|(?P<nl>\n)"
    r"|(?P<punct>[^\s\w])"
)
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019.-](?=[^\W\d_]))*\.?|\d[\d,.]*")


@dataclass(frozen=True)
class Token:
    """One word, number, newline or punctuation mark, with its place in the text."""

    text: str
    start: int
    end: int
    kind: str  # "num", "word", "nl" or "punct"

    @property
    def low(self) -> str:
        """The token in lower case."""
        return self.text.lower()


@dataclass(frozen=True)
class Phrase:
    """A piece of the sentence that was not understood, where it is, and why."""

    text: str
    start: int
    end: int
    reason: str = "not understood"

    def __str__(self) -> str:
        return f"{self.text!r} at {self.start}: {self.reason}"


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``.

    >>> [t.text for t in tokenize("10k orders, 1,000 users (UK)")]
    ['10', 'k', 'orders', ',', '1,000', 'users', '(', 'UK', ')']
    """
    return [
        Token(m.group(), m.start(), m.end(), m.lastgroup or "punct") for m in _TOKEN.finditer(text)
    ]


class Source:
    """The text with a mark per character: used by some part of the parse or not."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.used = bytearray(len(text))
        self.notes: list[Phrase] = []

    def use(self, start: int, end: int) -> None:
        """Mark ``text[start:end]`` as understood."""
        self.used[start:end] = b"\x01" * max(0, end - start)

    def report(self, start: int, end: int, reason: str) -> None:
        """Report ``text[start:end]`` as not understood, with a reason (kept unused)."""
        self.notes.append(Phrase(self.text[start:end], start, end, reason))

    def leftovers(self) -> list[Phrase]:
        """Runs of unused text holding a word that means something, in order."""
        found: list[Phrase] = []
        covered = [(p.start, p.end) for p in self.notes]
        i, n = 0, len(self.text)
        while i < n:
            if self.used[i]:
                i += 1
                continue
            j = i
            while j < n and not self.used[j] and self.text[j] != "\n":
                j += 1
            found.extend(self._phrases(i, j, covered))
            i = j + 1 if j < n and self.text[j] == "\n" else j
        return sorted([*self.notes, *found], key=lambda p: p.start)

    def _phrases(self, start: int, end: int, covered: list[tuple[int, int]]) -> list[Phrase]:
        words = [
            m
            for m in _WORD.finditer(self.text, start, end)
            if m.group().lower().strip(".") not in FILLERS
            and not any(a <= m.start() < b for a, b in covered)
        ]
        if not words:
            return []
        first, last = words[0].start(), words[-1].end()
        return [Phrase(self.text[first:last], first, last)]
