"""internet kind: IP addresses, MACs and user agents that could exist.

Checked with the standard library's ``ipaddress`` (routability, canonical IPv6 text),
netaddr's copy of the IANA and IEEE registries (which registry holds an address,
who owns an OUI) and fake-useragent's measured data.
"""

from __future__ import annotations

import ipaddress
import json
from collections import Counter
from pathlib import Path
from typing import Any

import fake_useragent
import netaddr
import numpy as np
import pytest

import lookalike
from lookalike.kinds.network import ipv6_text

ROWS = 5_000
ATTRIBUTES = ("ipv4", "ipv6", "mac", "user_agent")
REGISTRY = {"en_GB": "RIPE NCC", "en_US": "ARIN", "ja_JP": "APNIC", "pt_BR": "LACNIC"}


def _table(locale: str, rows: int = ROWS, **options: Any) -> dict[str, list[str]]:
    fields = {a: {"kind": "internet", "attribute": a, **options} for a in ATTRIBUTES}
    if options.get("unique"):
        fields.pop("user_agent")
    spec = {"seed": 4, "locale": locale, "tables": {"t": {"rows": rows, "fields": fields}}}
    table = lookalike.generate(spec)
    return {name: table.column(name).to_pylist() for name in table.column_names}


@pytest.fixture(scope="module", params=sorted(REGISTRY))
def generated(request: pytest.FixtureRequest) -> tuple[str, dict[str, list[str]]]:
    return request.param, _table(request.param)


def _v4_registry(value: str) -> str:
    designation: str = netaddr.IPAddress(value).info["IPv4"][0]["designation"]
    return designation.removeprefix("Administered by ")


def test_ipv4_is_public_allocated_space_of_the_locales_registry(
    generated: tuple[str, dict[str, list[str]]],
) -> None:
    locale, values = generated
    addresses = [ipaddress.IPv4Address(v) for v in values["ipv4"]]
    assert all(a.is_global and not a.is_multicast and not a.is_reserved for a in addresses)
    registries = Counter(_v4_registry(v) for v in values["ipv4"])
    if locale == "en_US":  # ARIN also administers the US legacy /8s of companies and the DoD
        assert registries["ARIN"] / ROWS > 0.7
    else:
        assert set(registries) == {REGISTRY[locale]}
    assert len(set(values["ipv4"])) > 0.99 * ROWS


def test_ipv6_is_canonical_and_in_the_registrys_prefixes(
    generated: tuple[str, dict[str, list[str]]],
) -> None:
    locale, values = generated
    for value in values["ipv6"]:
        address = ipaddress.IPv6Address(value)
        assert address.compressed == value  # RFC 5952 canonical text
        assert address.is_global
        assert netaddr.IPAddress(value).info["IPv6_unicast"][0]["description"] == REGISTRY[locale]


def test_macs_are_universally_administered_with_real_ouis(
    generated: tuple[str, dict[str, list[str]]],
) -> None:
    _, values = generated
    owners: Counter[str] = Counter()
    for value in values["mac"]:
        first = int(value[:2], 16)
        assert first & 0b11 == 0  # unicast, universally administered
        owners[netaddr.EUI(value).oui.registration().org] += 1
    assert len(owners) > 10
    assert owners.most_common(1)[0][0].startswith("Apple")
    assert len(set(values["mac"])) > 0.99 * ROWS


def test_user_agents_follow_the_measured_distribution(
    generated: tuple[str, dict[str, list[str]]],
) -> None:
    _, values = generated
    source = Path(fake_useragent.__file__).parent / "data" / "browsers.jsonl"
    measured: Counter[str] = Counter()
    for line in source.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        measured[row["useragent"]] += row["percent"]
    seen = Counter(values["user_agent"])
    assert set(seen) <= set(measured)
    assert len(seen) > 100
    # The 400 most common strings are shipped, so shares are of their total.
    kept = measured.most_common(400)
    top, share = kept[0]
    expected = share / sum(s for _, s in kept)
    assert seen[top] / ROWS == pytest.approx(expected, abs=4 * (expected / ROWS) ** 0.5)


def test_unique_values_are_distinct_and_still_real() -> None:
    values = _table("en_GB", rows=5000, unique=True)
    for name in ("ipv4", "ipv6", "mac"):
        assert len(set(values[name])) == 5000
    assert all(ipaddress.IPv4Address(v).is_global for v in values["ipv4"])
    assert all(ipaddress.IPv6Address(v).compressed == v for v in values["ipv6"])
    assert all(netaddr.EUI(v).oui.registration().org for v in values["mac"][:500])


def test_private_space_on_request() -> None:
    values = _table("en_GB", rows=2000, address_space="private")
    private = [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")]
    assert all(any(ipaddress.IPv4Address(v) in n for n in private) for v in values["ipv4"])
    assert all(ipaddress.IPv6Address(v) in ipaddress.ip_network("fd00::/8")
               for v in values["ipv6"])  # fmt: skip


def test_any_space_reaches_reserved_blocks() -> None:
    values = _table("en_GB", rows=5000, address_space="any")
    assert any(not ipaddress.IPv4Address(v).is_global for v in values["ipv4"])


def test_safe_mode_keeps_documentation_and_local_addresses() -> None:
    values = _table("en_GB", rows=2000, mode="safe")
    documentation = [ipaddress.ip_network(n)
                     for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]  # fmt: skip
    assert all(any(ipaddress.IPv4Address(v) in n for n in documentation) for v in values["ipv4"])
    assert all(ipaddress.IPv6Address(v) in ipaddress.ip_network("2001:db8::/32")
               for v in values["ipv6"])  # fmt: skip
    assert all(int(v[:2], 16) & 0b11 == 0b10 for v in values["mac"])  # locally administered


@pytest.mark.parametrize(
    "address",
    ["2001:db8::1", "2a00:0:0:1::", "2600:0:1:0:0:1:0:0", "2400:1:0:0:1:0:0:1", "::", "fd00::"],
)
def test_ipv6_text_compresses_like_rfc_5952(address: str) -> None:
    number = int(ipaddress.IPv6Address(address))
    high = np.array([number >> 64], dtype=np.uint64)
    low = np.array([number & (2**64 - 1)], dtype=np.uint64)
    assert ipv6_text(high, low).to_pylist() == [ipaddress.IPv6Address(address).compressed]
