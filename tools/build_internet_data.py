"""Build ``src/lookalike/data/internet/``: address space, OUIs and user agents.

- ``ip_space.json``: IANA's IPv4 /8 designations and IPv6 unicast assignments, as carried
  by the ``netaddr`` wheel (``netaddr/ip/*.xml``), grouped by regional registry. IPv4 keeps
  allocated and legacy /8s minus IANA's special-purpose blocks (RFC 6890 and successors).
- ``ouis.json``: IEEE MA-L (OUI) assignments of common device makers, from ``netaddr``'s
  copy of the IEEE registry (``netaddr/eui/oui.txt``), with a rough share of devices each.
- ``user_agents.json``: the most common user agents in ``fake-useragent``'s dated dataset
  (``fake_useragent/data/browsers.jsonl``, Apache-2.0) with their measured shares.

Run with the dev environment: ``uv run python tools/build_internet_data.py``. Sorted and
deterministic: the same package versions give the same bytes.
"""

from __future__ import annotations

import importlib.metadata
import ipaddress
import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import fake_useragent
import netaddr

OUT = Path(__file__).resolve().parent.parent / "src" / "lookalike" / "data" / "internet"
NS = {"r": "http://www.iana.org/assignments"}
REGISTRIES = ("AFRINIC", "APNIC", "ARIN", "LACNIC", "RIPE NCC")

#: IANA IPv4 special-purpose blocks that lie inside allocated /8s.
SPECIAL_V4 = ("100.64.0.0/10", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
              "192.0.2.0/24", "192.31.196.0/24", "192.52.193.0/24", "192.88.99.0/24",
              "192.168.0.0/16", "192.175.48.0/24", "198.18.0.0/15", "198.51.100.0/24",
              "203.0.113.0/24")  # fmt: skip

#: Device makers and their rough share of devices seen on networks (phones, laptops,
#: network gear, IoT). A regex matches the registrant names the IEEE lists for each.
VENDORS = {
    "Apple": (r"^Apple, Inc\.", 24), "Samsung": (r"^Samsung Electronics", 14),
    "Intel": (r"^Intel Corporate", 11), "Huawei": (r"^HUAWEI TECHNOLOGIES", 6),
    "Xiaomi": (r"^Xiaomi Communications", 5), "Cisco": (r"^Cisco Systems", 5),
    "Dell": (r"^Dell Inc\.", 4), "HP": (r"^(Hewlett Packard|HP Inc\.)", 4),
    "Lenovo": (r"^(LCFC\(Hefei\)|Lenovo)", 3), "Google": (r"^Google, Inc\.", 3),
    "Amazon": (r"^Amazon Technologies", 3), "Realtek": (r"^REALTEK SEMICONDUCTOR", 2),
    "TP-Link": (r"^TP-LINK TECHNOLOGIES", 3), "ASUSTek": (r"^ASUSTek COMPUTER", 2),
    "Microsoft": (r"^Microsoft Corporation", 2), "LG": (r"^LG Electronics", 2),
    "Sony": (r"^Sony ", 1), "Motorola": (r"^Motorola Mobility", 1),
    "OPPO": (r"^GUANGDONG OPPO", 2), "vivo": (r"^vivo Mobile", 2),
    "Espressif": (r"^Espressif Inc\.", 2), "Raspberry Pi": (r"^Raspberry Pi", 1),
    "Netgear": (r"^NETGEAR", 1), "Ubiquiti": (r"^Ubiquiti", 1),
    "Juniper": (r"^Juniper Networks", 1), "VMware": (r"^VMware, Inc\.", 1),
}  # fmt: skip


def _ipv4() -> dict[str, list[list[int]]]:
    source = Path(netaddr.__file__).parent / "ip" / "ipv4-address-space.xml"
    by_registry: dict[str, list[list[int]]] = defaultdict(list)
    special = [ipaddress.ip_network(n) for n in SPECIAL_V4]
    for record in ET.parse(source).getroot().iterfind("r:record", NS):
        status = record.findtext("r:status", "", NS)
        if status not in {"ALLOCATED", "LEGACY"}:
            continue
        prefix = int(record.findtext("r:prefix", "", NS).split("/")[0])
        designation = record.findtext("r:designation", "", NS)
        registry = next((r for r in REGISTRIES if r in designation), "ARIN")  # US legacy
        block = ipaddress.ip_network(f"{prefix}.0.0.0/8")
        pieces = [block]
        for hole in special:
            pieces = [
                part
                for piece in pieces
                for part in (piece.address_exclude(hole) if hole.subnet_of(piece) else [piece])
            ]
        for piece in pieces:
            by_registry[registry].append([int(piece.network_address), piece.num_addresses])
    return {r: sorted(v) for r, v in sorted(by_registry.items())}


def _ipv6() -> dict[str, list[list[int | str]]]:
    source = Path(netaddr.__file__).parent / "ip" / "ipv6-unicast-address-assignments.xml"
    by_registry: dict[str, list[list[int | str]]] = defaultdict(list)
    for record in ET.parse(source).getroot().iterfind("r:record", NS):
        registry = record.findtext("r:description", "", NS)
        if record.findtext("r:status", "", NS) != "ALLOCATED" or registry not in REGISTRIES:
            continue
        network = ipaddress.ip_network(record.findtext("r:prefix", "", NS))
        by_registry[registry].append([str(network.network_address), network.prefixlen])
    return {r: v for r, v in sorted(by_registry.items())}


def _ouis() -> dict[str, object]:
    source = Path(netaddr.__file__).parent / "eui" / "oui.txt"
    found: dict[str, list[str]] = defaultdict(list)
    patterns = {name: re.compile(rx) for name, (rx, _) in VENDORS.items()}
    for line in source.read_text(encoding="utf-8", errors="replace").splitlines():
        match = re.match(r"^([0-9A-F]{6})\s+\(base 16\)\s+(.+)$", line.strip())
        if not match:
            continue
        oui, organisation = match.groups()
        if int(oui[:2], 16) & 0b11:  # group or locally administered: not a device's OUI
            continue
        for name, pattern in patterns.items():
            if pattern.search(organisation.strip()):
                found[name].append(oui)
                break
    vendors = {
        name: {"weight": VENDORS[name][1], "ouis": sorted(set(ouis))}
        for name, ouis in sorted(found.items())
    }
    return {
        "source": f"netaddr {importlib.metadata.version('netaddr')} (IEEE MA-L registry)",
        "vendors": vendors,
    }


def _user_agents(limit: int = 400) -> dict[str, object]:
    source = Path(fake_useragent.__file__).parent / "data" / "browsers.jsonl"
    shares: dict[str, float] = defaultdict(float)
    for line in source.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        shares[row["useragent"]] += float(row["percent"])
    top = sorted(shares.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return {
        "source": f"fake-useragent {importlib.metadata.version('fake-useragent')} "
        "(browsers.jsonl, measured April 2025)",
        "rows": [[ua, round(share, 6)] for ua, share in top],
    }


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    space = {"source": f"netaddr {importlib.metadata.version('netaddr')} (IANA registries)",
             "ipv4": _ipv4(), "ipv6": _ipv6()}  # fmt: skip
    for name, data in (("ip_space.json", space), ("ouis.json", _ouis()),
                       ("user_agents.json", _user_agents())):  # fmt: skip
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        (OUT / name).write_text(text + "\n", encoding="utf-8")
        print(f"wrote {name}: {len(text):,} bytes")


if __name__ == "__main__":
    main()
