"""The one door for outbound requests and connections made while extracting.

Every HTTP request (a REST sample, an OpenAPI document by URL) and every
database connection extraction makes goes through an :class:`EgressPolicy`:

* only ``http`` and ``https`` URLs (and the database schemes it is told);
* the host name is resolved **once**, every address it resolves to is checked,
  and the checked address is the one connected to (so a DNS answer that changes
  between the check and the connection cannot point somewhere else);
* loopback, private, link-local (cloud metadata at 169.254.169.254 among them),
  shared, multicast, reserved and unspecified addresses are refused, also when
  written in another form (``2130706433``, ``0x7f.1``, ``[::ffff:127.0.0.1]``,
  6to4 and NAT64 wrappings), unless the operator allow-lists them;
* redirects are followed by hand, each hop checked like the first;
* response size and total time are capped.

The CLI runs on the user's own machine and uses :data:`LOCAL` (private
addresses allowed, caps kept); the service builds a strict policy from its
settings.

>>> policy = EgressPolicy()
>>> policy.check_address("127.0.0.1")
Traceback (most recent call last):
...
lookalike.extract.egress.EgressError: 127.0.0.1 is a loopback address; ...
>>> policy.check_address("93.184.215.14")
IPv4Address('93.184.215.14')
>>> EgressPolicy(allow=("127.0.0.0/8",)).check_address("127.0.0.1")
IPv4Address('127.0.0.1')
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin

import httpx

from lookalike.errors import LookalikeError

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
#: Resolves a host name to its addresses (``socket.getaddrinfo`` by default).
Resolver = Callable[[str, int], list[str]]

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_METADATA_NAMES = frozenset({"metadata.google.internal", "metadata", "instance-data"})


class EgressError(LookalikeError, PermissionError):
    """An outbound request or connection the egress policy refuses."""


def _system_resolver(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise EgressError(f"cannot resolve host {host!r}: {exc}") from exc
    return sorted({str(info[4][0]) for info in infos})


def _embedded_ipv4(ip: Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one wraps (mapped, compatible, 6to4, Teredo, NAT64)."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64 or int(ip) >> 32 == 0:  # NAT64 and the old IPv4-compatible form
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def _refusal(ip: Address) -> str | None:
    """Why ``ip`` is not a public address, or None when it is."""
    inner = _embedded_ipv4(ip)
    if inner is not None:
        reason = _refusal(inner)
        if reason:
            return reason
    checks = (
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address (cloud metadata lives there)"),
        ("is_private", "a private address"),
        ("is_multicast", "a multicast address"),
        ("is_unspecified", "the unspecified address"),
        ("is_reserved", "a reserved address"),
    )
    for attribute, label in checks:
        if getattr(ip, attribute):
            return label
    if not ip.is_global:
        return "not a public address"
    return None


@dataclass(frozen=True)
class Fetched:
    """One HTTP response, read whole within the caps."""

    url: str
    status: int
    headers: httpx.Headers
    body: bytes

    def json(self) -> object:
        """The body parsed as JSON."""
        import json

        return json.loads(self.body)


@dataclass(frozen=True)
class EgressPolicy:
    """What extraction may connect to; see the module docstring."""

    allow_private: bool = False
    allow: tuple[str, ...] = ()  # CIDRs or host names the operator allow-lists
    schemes: tuple[str, ...] = ("http", "https")
    max_bytes: int = 50_000_000
    timeout: float = 30.0
    max_redirects: int = 5
    resolver: Resolver = field(default=_system_resolver, compare=False, repr=False)

    def _networks(self) -> list[Network]:
        found = []
        for item in self.allow:
            try:
                found.append(ipaddress.ip_network(item, strict=False))
            except ValueError:
                continue  # a host name, matched by name
        return found

    def check_address(self, text: str, host: str = "") -> Address:
        """The address ``text`` if the policy lets us connect to it, else :class:`EgressError`."""
        try:
            ip = ipaddress.ip_address(text.split("%", 1)[0])
        except ValueError as exc:
            raise EgressError(f"{text!r} is not an IP address") from exc
        if self.allow_private or host.lower() in {a.lower() for a in self.allow}:
            return ip
        if any(ip in net for net in self._networks() if net.version == ip.version):
            return ip
        reason = _refusal(ip)
        if reason:
            shown = f"{host} resolves to {ip}, " if host and host != text else f"{ip} is "
            raise EgressError(
                f"{shown}{reason}; refused (an operator can allow-list it in the service's "
                "egress_allow setting)"
            )
        return ip

    def resolve(self, host: str, port: int) -> Address:
        """Resolve ``host`` once, check every address, and return the one to connect to."""
        name = host.strip("[]").rstrip(".").lower()
        if not name:
            raise EgressError("the URL has no host")
        if name in _METADATA_NAMES and not self.allow_private:
            raise EgressError(f"{host} is a cloud metadata service; refused")
        addresses = self.resolver(name, port)
        if not addresses:
            raise EgressError(f"cannot resolve host {host!r}")
        checked = [self.check_address(a, name) for a in addresses]
        return checked[0]

    def check_url(self, url: str) -> tuple[httpx.URL, Address]:
        """Parse and check an http(s) URL; return it with the address to connect to."""
        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            raise EgressError(f"{url!r} is not a valid URL: {exc}") from exc
        if parsed.scheme not in self.schemes:
            raise EgressError(
                f"scheme {parsed.scheme or '(none)'!r} is refused; use " + " or ".join(self.schemes)
            )
        if parsed.userinfo:
            raise EgressError("credentials in the URL are refused; pass a token instead")
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        return parsed, self.resolve(parsed.host, port)

    def get(self, url: str, headers: dict[str, str] | None = None) -> Fetched:
        """GET ``url`` within the policy, following checked redirects by hand."""
        deadline = time.monotonic() + self.timeout
        current = url
        for _hop in range(self.max_redirects + 1):
            response = self._get_once(current, headers or {}, deadline)
            if response.status in (301, 302, 303, 307, 308) and "location" in response.headers:
                current = urljoin(current, response.headers["location"])
                continue
            return response
        raise EgressError(f"more than {self.max_redirects} redirects from {_shown(url)}")

    def _get_once(self, url: str, headers: dict[str, str], deadline: float) -> Fetched:
        parsed, ip = self.check_url(url)
        literal = f"[{ip}]" if ip.version == 6 else str(ip)
        pinned = parsed.copy_with(host=literal.strip("[]") if ip.version == 4 else literal)
        sent = {**headers, "Host": parsed.netloc.decode("ascii")}
        extensions = {"sni_hostname": parsed.host} if parsed.scheme == "https" else {}
        remaining = max(deadline - time.monotonic(), 0.001)
        try:
            with (
                httpx.Client(timeout=remaining, follow_redirects=False, trust_env=False) as client,
                client.stream("GET", pinned, headers=sent, extensions=extensions) as response,
            ):
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise EgressError(
                            f"{_shown(url)}: response is larger than {self.max_bytes:,} bytes"
                        )
                    if time.monotonic() > deadline:
                        raise EgressError(f"{_shown(url)}: took longer than {self.timeout:g} s")
                    chunks.append(chunk)
                return Fetched(url, response.status_code, response.headers, b"".join(chunks))
        except httpx.TimeoutException as exc:
            raise EgressError(f"{_shown(url)}: took longer than {self.timeout:g} s") from exc
        except httpx.HTTPError as exc:
            raise EgressError(f"{_shown(url)}: request failed ({type(exc).__name__})") from exc

    def pin_database_url(self, url: str, *, data_dir: str | None = None) -> str:
        """A database URL whose host is replaced by its checked address.

        ``sqlite`` files are allowed only inside ``data_dir`` (and never when it is None).
        """
        import sqlalchemy as sa

        try:
            parsed = sa.make_url(url)
        except Exception as exc:
            raise EgressError("not a valid database URL") from exc
        backend = parsed.get_backend_name()
        if backend == "sqlite":
            return _sqlite_inside(parsed, data_dir)
        if backend not in ("postgresql", "mysql", "mariadb"):
            raise EgressError(f"database scheme {backend!r} is refused; use postgresql or mysql")
        if not parsed.host:
            raise EgressError("the database URL needs a host (sockets are refused)")
        if any(key in parsed.query for key in ("host", "hostaddr", "unix_socket", "service")):
            raise EgressError("host, hostaddr and socket options in the URL are refused")
        ip = self.resolve(parsed.host, parsed.port or 5432)
        pinned = parsed.set(host=str(ip))
        return pinned.render_as_string(hide_password=False)


def _sqlite_inside(parsed: object, data_dir: str | None) -> str:
    from pathlib import Path

    database = getattr(parsed, "database", None)
    if data_dir is None or not database:
        raise EgressError("sqlite databases are refused here; use postgresql or mysql")
    root = Path(data_dir).resolve()
    path = (root / database).resolve()
    if not path.is_relative_to(root):
        raise EgressError("sqlite paths outside the data directory are refused")
    return f"sqlite:///{path}"


def _shown(url: str) -> str:
    """A URL for messages: no query string (it may hold a token)."""
    return url.split("?", 1)[0]


#: The CLI's policy: the user's own network is fine; the caps stay.
LOCAL = EgressPolicy(allow_private=True)
