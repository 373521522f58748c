"""Japanese names with readings: UniDic's person names, romanised in passport Hepburn.

UniDic (the ``unidic-lite`` 1.0.8 package, UniDic 2.1.2, BSD licence option) lists about
16,000 surnames (人名,姓) and 31,000 given names (人名,名), each with its kana reading and a
word cost. The compiled MeCab dictionary (``sys.dic``) is read directly: a fixed header,
the double-array trie, a table of 16-byte tokens (left id, right id, part-of-speech id,
cost, feature offset, compound) and the NUL-separated feature strings. No MeCab, fugashi or
cutlet is needed, and nothing of UniDic but the names and their readings is kept.

>>> hepburn("サトー"), hepburn("イノウエ"), hepburn("ホンマ"), hepburn("キョースケ")
('sato', 'inoue', 'homma', 'kyosuke')
>>> hepburn("ハットリ"), hepburn("マッチャ"), hepburn("シンイチ")
('hattori', 'matcha', 'shinichi')
>>> hepburn(passport_kana("エイコ", "エーコ")), hepburn(passport_kana("サトウ", "サトー"))
('eiko', 'sato')
>>> hepburn(kana_name("ユウコ")), hepburn(kana_name("シオリ"))
('yuko', 'shiori')
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .text_data import read_words

_TOKEN = np.dtype([("left", "<u2"), ("right", "<u2"), ("pos", "<u2"), ("cost", "<i2"),
                   ("feature", "<u4"), ("compound", "<u4")])  # fmt: skip
# Kanji (with the iteration mark) and hiragana: how given names and surnames are written.
_NAME_SCRIPT = re.compile(r"^[\u4e00-\u9fff々\u3041-\u3096]{1,4}$")

_MONO = {
    "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o",
    "カ": "ka", "キ": "ki", "ク": "ku", "ケ": "ke", "コ": "ko",
    "ガ": "ga", "ギ": "gi", "グ": "gu", "ゲ": "ge", "ゴ": "go",
    "サ": "sa", "シ": "shi", "ス": "su", "セ": "se", "ソ": "so",
    "ザ": "za", "ジ": "ji", "ズ": "zu", "ゼ": "ze", "ゾ": "zo",
    "タ": "ta", "チ": "chi", "ツ": "tsu", "テ": "te", "ト": "to",
    "ダ": "da", "ヂ": "ji", "ヅ": "zu", "デ": "de", "ド": "do",
    "ナ": "na", "ニ": "ni", "ヌ": "nu", "ネ": "ne", "ノ": "no",  # noqa: RUF001
    "ハ": "ha", "ヒ": "hi", "フ": "fu", "ヘ": "he", "ホ": "ho",
    "バ": "ba", "ビ": "bi", "ブ": "bu", "ベ": "be", "ボ": "bo",
    "パ": "pa", "ピ": "pi", "プ": "pu", "ペ": "pe", "ポ": "po",
    "マ": "ma", "ミ": "mi", "ム": "mu", "メ": "me", "モ": "mo",
    "ヤ": "ya", "ユ": "yu", "ヨ": "yo",
    "ラ": "ra", "リ": "ri", "ル": "ru", "レ": "re", "ロ": "ro",
    "ワ": "wa", "ヰ": "i", "ヱ": "e", "ヲ": "o", "ヴ": "vu",
    "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o",
}  # fmt: skip
_SMALL_Y = {"ャ": "a", "ュ": "u", "ョ": "o"}
# Consonant of a syllable before a small ya/yu/yo: キャ kya, シャ sha, チャ cha, ジャ ja.
_Y_STEM = {"シ": "sh", "チ": "ch", "ジ": "j", "ヂ": "j"}
_SMALL_VOWEL = {"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o"}
_V_STEM = {"フ": "f", "ヴ": "v", "テ": "t", "デ": "d", "ウ": "w", "ツ": "ts", "シ": "sh",
           "チ": "ch", "ジ": "j"}  # fmt: skip


def hepburn(kana: str) -> str:
    """Passport Hepburn of a katakana pronunciation, lower case ASCII.

    Long vowels marked ー are dropped, as on Japanese passports (佐藤 サトー ``sato``;
    :func:`passport_kana` first turns back the ー that passports spell ei); ン is ``m``
    before b, m and p (本間 ``homma``); ッ doubles the next consonant (``tch`` before ch).
    """
    out: list[str] = []
    i = 0
    geminate = False
    while i < len(kana):
        char = kana[i]
        after = kana[i + 1] if i + 1 < len(kana) else ""
        if char == "ー":
            i += 1
            continue
        if char == "ッ":
            geminate = True
            i += 1
            continue
        if char == "ン":
            out.append("n")
            i += 1
            continue
        if after in _SMALL_Y and char in _MONO:
            stem = _Y_STEM.get(char, _MONO[char][:-1] + "y")
            syllable = stem + _SMALL_Y[after]
            i += 2
        elif after in _SMALL_VOWEL and char in _V_STEM:
            syllable = _V_STEM[char] + _SMALL_VOWEL[after]
            i += 2
        elif char in _MONO:
            syllable = _MONO[char]
            i += 1
        else:
            raise ValueError(f"no Hepburn for {char!r} in {kana!r}")
        if geminate:
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
            geminate = False
        out.append(syllable)
    text = "".join(out)
    return re.sub(r"n(?=[bmp])", "m", text)


def passport_kana(kana: str, pron: str) -> str:
    """The pronunciation with the long vowels passports drop marked ー, and ei kept.

    UniDic's pronunciation marks every long vowel ー (英子 エーコ), but passport Hepburn
    drops only long o and u (佐藤 ``sato``, 優子 ``yuko``) and writes ei as spelled
    (``eiko``), so an ー written イ in the kana spelling is kept as イ.
    """
    if len(kana) != len(pron):
        return pron
    return "".join("イ" if p == "ー" and k == "イ" else p for k, p in zip(kana, pron, strict=True))


_O_OR_U_ROW = set("オコゴソゾトドノホボポモヨロヲョウクグスズツヅヌフブプムユルュ")


def kana_name(kana: str) -> str:
    """A given name written in kana, with the long vowels passports drop marked ー
    (ユウコ ``yuko``, コウジ ``koji``)."""
    out = []
    for i, char in enumerate(kana):
        long_vowel = char == "ウ" and i > 0 and kana[i - 1] in _O_OR_U_ROW
        out.append("ー" if long_vowel else char)
    return "".join(out)


@dataclass(frozen=True)
class Entry:
    """One UniDic person name: how it is written, pronounced, and its word cost."""

    written: str
    pron: str
    cost: int


def unidic_names(dicdir: Path) -> tuple[list[Entry], list[Entry]]:
    """(surnames, given names) of UniDic, written in kanji or hiragana, cheapest reading
    of each spelling first; ordered by word cost (a lower cost is a more frequent word)."""
    raw = (dicdir / "sys.dic").read_bytes()
    header = np.frombuffer(raw[:40], dtype="<u4")
    da_size, token_size, feature_size = (int(x) for x in header[6:9])
    start = 72 + da_size  # 40-byte header, 32-byte charset name, then the trie
    tokens = np.frombuffer(raw[start : start + token_size], dtype=_TOKEN)
    features = raw[start + token_size : start + token_size + feature_size]
    marker = "人名".encode()
    found: dict[str, dict[str, Entry]] = {"姓": {}, "名": {}}
    for offset, cost in zip(tokens["feature"].tolist(), tokens["cost"].tolist(), strict=True):
        end = features.index(b"\0", offset)
        if features.find(marker, offset, end) < 0:
            continue
        fields = next(csv.reader([features[offset:end].decode("utf-8")]))
        if fields[2] != "人名" or fields[3] not in found:
            continue
        written, pron = fields[10], passport_kana(fields[17], fields[9])
        if not _NAME_SCRIPT.match(written) or written.startswith("お"):
            continue
        known = found[fields[3]].get(written)
        if known is None or cost < known.cost:
            found[fields[3]][written] = Entry(written, pron, int(cost))

    def ordered(entries: dict[str, Entry]) -> list[Entry]:
        return sorted(entries.values(), key=lambda e: (e.cost, e.written))

    return ordered(found["姓"]), ordered(found["名"])


# Given names end in a character that says the sex of most of them (子, 美, 香 for women;
# 郎, 介, 太 for men): general knowledge, written in data/ja_given_endings_*.txt. Names
# ending otherwise (明, 光, 生, 希...) are used by both sexes and left out, as are the
# endings of historical names (衛門, 兵衛, 麿, 丸, 斎).
FEMALE_ENDINGS = frozenset(read_words("ja_given_endings_female.txt"))
MALE_ENDINGS = frozenset(read_words("ja_given_endings_male.txt"))


def sex_of(written: str) -> str | None:
    """``first_female``, ``first_male`` or None (ambiguous) from a given name's last character."""
    last = written[-1]
    if last in FEMALE_ENDINGS:
        return "first_female"
    if last in MALE_ENDINGS:
        return "first_male"
    return None


def _katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in text)


def ja_pools(
    faker_pairs: dict[str, list[tuple[str, str]]],
    mimesis: dict[str, list[str]],
    dicdir: Path,
) -> dict[str, list[tuple[str, str]]]:
    """(name, passport Hepburn) per kind, in the order of their weights' ranks.

    First Faker's pairs with their own readings (its surnames are the real top 50 in
    order), then Mimesis' names
    that UniDic can read (or that are written in kana), then UniDic's other names by word
    cost. A name without a reading is left out: its email could not be spelled.
    """
    surnames, given = unidic_names(dicdir)
    reading = {"last": {e.written: hepburn(e.pron) for e in surnames}}
    given_reading = {e.written: hepburn(e.pron) for e in given}
    reading["first_female"] = reading["first_male"] = given_reading
    pools: dict[str, dict[str, str]] = {kind: {} for kind in ("first_female", "first_male", "last")}
    for kind, pairs in faker_pairs.items():  # a pair's own reading beats the dictionary's
        for written, latin in pairs:
            pools[kind].setdefault(written, latin.lower())
    for kind, names in mimesis.items():
        for written in names:
            latin = reading[kind].get(written)
            if latin is None and re.fullmatch(r"[\u3041-\u3096\u30a1-\u30fcー]+", written):
                latin = hepburn(kana_name(_katakana(written)))
            if latin:
                pools[kind].setdefault(written, latin)
    for entry in surnames:
        pools["last"].setdefault(entry.written, reading["last"][entry.written])
    for entry in given:
        kind = sex_of(entry.written)
        if kind is not None:
            pools[kind].setdefault(entry.written, given_reading[entry.written])
    return {kind: list(found.items()) for kind, found in pools.items()}
