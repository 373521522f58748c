"""Network values that could exist: IP addresses in allocated space, real OUIs, real browsers.

- IPv4 addresses come from the /8s IANA has allocated (minus its special-purpose
  blocks: private, shared, documentation, benchmarking...), those of the locale's
  regional registry (RIPE NCC for en_GB, ARIN for en_US, APNIC for ja_JP...);
  ``address_space: private`` gives RFC 1918 addresses, ``any`` the whole 32 bits.
- IPv6 addresses come from the registry's allocated prefixes, written in RFC 5952's
  canonical compressed form (lower case, no leading zeros, ``::`` for the longest
  run of zero groups); private: unique local addresses (``fd00::/8``).
- MAC addresses start with an OUI the IEEE assigned to a common device maker, so
  they are universally administered unicast addresses a real device could have.
- User agents follow a measured, dated distribution of browsers and versions.

Sources and licences: ``lookalike/data/internet/DATA_NOTICE.md``.

>>> import ipaddress
>>> space = ipv4_space("GB", "public")
>>> address = ipaddress.ip_address(int(space.at(np.array([12345], dtype=np.uint64))[0]))
>>> address.is_global
True
"""

from __future__ import annotations

import importlib.resources
import ipaddress
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
import pyarrow as pa

from lookalike.discrete import AliasTable
from lookalike.native.concat import Number, Piece, Take, concat, padded
from lookalike.strings import string_array

__all__ = [
    "AddressSpace",
    "Ouis",
    "ipv4_space",
    "ipv4_text",
    "ipv6_prefixes",
    "ipv6_text",
    "ouis",
    "registry_of",
    "user_agents",
]

_U = np.uint64

#: Regional internet registry by country (ISO 3166-1): where a locale's addresses come from.
_REGISTRY_COUNTRIES = {
    "ARIN": "US CA PR",
    "LACNIC": "BR MX AR CL CO PE VE EC UY PY BO CR PA GT DO CU HN SV NI",
    "APNIC": "JP CN IN PK KR AU NZ ID TH VN PH MY SG TW HK BD LK NP MM KH",
    "AFRINIC": "ZA NG EG KE MA DZ TN GH ET TZ UG",
}
_REGISTRY = {c: r for r, cs in _REGISTRY_COUNTRIES.items() for c in cs.split()}


def registry_of(country: str) -> str:
    """The registry that hands out a country's addresses (Europe and the rest: RIPE NCC).

    >>> registry_of("BR"), registry_of("DE")
    ('LACNIC', 'RIPE NCC')
    """
    return _REGISTRY.get(country.upper(), "RIPE NCC")


@cache
def _data(name: str) -> Any:
    resource = importlib.resources.files("lookalike") / "data" / "internet" / name
    return json.loads(resource.read_text(encoding="utf-8"))


@dataclass(frozen=True, eq=False)
class AddressSpace:
    """A union of address ranges, numbered in order: ``at(i)`` is the i-th address."""

    starts: np.ndarray  # uint64, sorted
    ends: np.ndarray  # cumulative sizes (uint64): range k covers [ends[k-1], ends[k])

    @property
    def size(self) -> int:
        return int(self.ends[-1])

    def at(self, index: np.ndarray) -> np.ndarray:
        """The addresses (uint64) numbered ``index`` (uint64 in ``[0, size)``)."""
        index = index.astype(_U, copy=False)
        block = np.searchsorted(self.ends, index, side="right")
        before = np.concatenate([[_U(0)], self.ends[:-1]]).astype(_U)
        addresses: np.ndarray = self.starts[block] + (index - before[block])
        return addresses


def _space(ranges: list[tuple[int, int]]) -> AddressSpace:
    ranges = sorted(ranges)
    starts = np.array([start for start, _ in ranges], dtype=_U)
    ends = np.cumsum(np.array([size for _, size in ranges], dtype=_U))
    return AddressSpace(starts, ends)


_PRIVATE_V4 = [(0x0A000000, 2**24), (0xAC100000, 2**20), (0xC0A80000, 2**16)]


@cache
def ipv4_space(country: str | None, kind: str) -> AddressSpace:
    """IPv4 addresses of a country's registry (``public``), RFC 1918 (``private``) or all."""
    if kind == "private":
        return _space(_PRIVATE_V4)
    if kind == "any":
        return _space([(0, 2**32)])
    blocks: dict[str, list[list[int]]] = _data("ip_space.json")["ipv4"]
    chosen = blocks.values() if country is None else [blocks[registry_of(country)]]
    return _space([(start, size) for ranges in chosen for start, size in ranges])


def ipv4_text(addresses: np.ndarray) -> pa.Array:
    """Dotted-quad text of uint64 addresses, assembled in one pass.

    >>> ipv4_text(np.array([0xC0000201], dtype=np.uint64)).to_pylist()
    ['192.0.2.1']
    """
    pieces: list[Piece] = []
    for shift in (24, 16, 8, 0):
        if shift != 24:
            pieces.append(".")
        pieces.append(Number((addresses >> _U(shift)) & _U(255)))
    return concat(pieces, len(addresses))


@cache
def ipv6_prefixes(country: str | None) -> tuple[np.ndarray, np.ndarray, AliasTable]:
    """A registry's allocated IPv6 prefixes: high 64 bits, prefix lengths, and weights.

    >>> high, lengths, _ = ipv6_prefixes("GB")
    >>> f"{int(high[lengths == 12][0]) >> 48:x}"  # RIPE NCC's first /12
    '2a00'
    """
    prefixes: dict[str, list[list[Any]]] = _data("ip_space.json")["ipv6"]
    chosen = prefixes.values() if country is None else [prefixes[registry_of(country)]]
    rows = [(str(p), int(length)) for found in chosen for p, length in found]
    high = np.array([int(ipaddress.IPv6Address(p)) >> 64 for p, _ in rows], dtype=_U)
    lengths = np.array([length for _, length in rows], dtype=np.int64)
    # Each prefix as often as its size: the /12s the registries now allocate from dominate.
    return high, lengths, AliasTable.from_weights(2.0 ** (32 - lengths))


@cache
def _hex_groups() -> pa.Array:
    """``0`` to ``ffff`` as text without leading zeros: one IPv6 group each."""
    return padded(string_array([f"{value:x}" for value in range(65536)]))


def ipv6_text(high: np.ndarray, low: np.ndarray) -> pa.Array:
    """RFC 5952 text of 128-bit addresses given as two uint64 halves.

    Groups are written from one table of the 65,536 group texts in a single pass.
    The rare address with two or more zero groups in a row (one in billions for
    random interface identifiers) is then rewritten with ``::`` by ``ipaddress``.

    >>> high = np.array([0x20010DB800000000, 0x2A0001C812345678], dtype=np.uint64)
    >>> low = np.array([1, 0x00AB000000000001], dtype=np.uint64)
    >>> ipv6_text(high, low).to_pylist()
    ['2001:db8::1', '2a00:1c8:1234:5678:ab::1']
    """
    rows = len(high)
    groups = np.empty((rows, 8), dtype=np.int64)
    for word, half in enumerate((high, low)):
        for g in range(4):
            groups[:, word * 4 + g] = ((half >> _U(48 - 16 * g)) & _U(0xFFFF)).astype(np.int64)
    table = _hex_groups()
    pieces: list[Piece] = []
    for g in range(8):
        if g:
            pieces.append(":")
        pieces.append(Take(table, groups[:, g]))
    text = concat(pieces, rows)
    zero = groups == 0
    runs = zero[:, :-1] & zero[:, 1:]
    compress = np.flatnonzero(runs.any(axis=1))
    if not len(compress):
        return text
    values = text.to_pylist()
    for row in compress:
        number = (int(high[row]) << 64) | int(low[row])
        values[row] = ipaddress.IPv6Address(number).compressed
    return string_array(values)


@dataclass(frozen=True, eq=False)
class Ouis:
    """IEEE-assigned OUIs of common device makers, each weighted by its maker's share."""

    values: np.ndarray  # uint64, the 24-bit OUI
    table: AliasTable

    def __len__(self) -> int:
        return len(self.values)


@cache
def ouis() -> Ouis:
    """The shipped OUIs (``ouis.json``).

    >>> table = ouis()  # thousands of OUIs, all unicast and universally administered
    >>> len(table) > 5000, bool(((table.values >> np.uint64(16)) & np.uint64(3) == 0).all())
    (True, True)
    """
    vendors: dict[str, dict[str, Any]] = _data("ouis.json")["vendors"]
    values: list[int] = []
    weights: list[float] = []
    for vendor in vendors.values():
        found = [int(oui, 16) for oui in vendor["ouis"]]
        values += found
        weights += [float(vendor["weight"]) / len(found)] * len(found)
    return Ouis(np.array(values, dtype=_U), AliasTable.from_weights(weights))


@cache
def user_agents() -> tuple[pa.Array, AliasTable]:
    """The shipped user agents and their measured shares (``user_agents.json``).

    >>> texts, shares = user_agents()
    >>> texts[0].as_py().startswith("Mozilla/5.0")
    True
    """
    rows: list[list[Any]] = _data("user_agents.json")["rows"]
    texts = padded(string_array([str(ua) for ua, _ in rows]))
    return texts, AliasTable.from_weights([float(share) for _, share in rows])
