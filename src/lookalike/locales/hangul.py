"""Revised Romanization of Korean (2000), syllable by syllable, for emails and usernames.

Hangul syllables are built from an initial consonant, a vowel and an optional final one
(Unicode lays them out arithmetically from U+AC00), so the national romanisation is a
table lookup: finals take their final-position sound (박 ``bak``, 옥 ``ok``), as the
standard writes given names without the sound changes between syllables.

>>> revised_romanization("김민준"), revised_romanization("박서연"), revised_romanization("최순옥")
('gimminjun', 'bakseoyeon', 'choesunok')
>>> revised_romanization("Lee 이")
'Lee i'
"""

from __future__ import annotations

_FIRST, _LAST = 0xAC00, 0xD7A3
_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch",
             "k", "t", "p", "h")  # fmt: skip
_VOWELS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
           "wo", "we", "wi", "yu", "eu", "ui", "i")  # fmt: skip
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m",
           "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")  # fmt: skip


def has_hangul(text: str) -> bool:
    """Whether ``text`` holds a precomposed Hangul syllable."""
    return any(_FIRST <= ord(c) <= _LAST for c in text)


def revised_romanization(text: str) -> str:
    """``text`` with every Hangul syllable in Revised Romanization (lower case); other
    characters are kept."""
    out = []
    for char in text:
        code = ord(char) - _FIRST
        if 0 <= code <= _LAST - _FIRST:
            initial, rest = divmod(code, 21 * 28)
            vowel, final = divmod(rest, 28)
            out.append(_INITIALS[initial] + _VOWELS[vowel] + _FINALS[final])
        else:
            out.append(char)
    return "".join(out)
