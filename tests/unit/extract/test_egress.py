"""The egress policy refuses server-side request forgery in its usual disguises."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from lookalike.extract.egress import EgressError, EgressPolicy

#: Names a hostile DNS server would answer with internal addresses (resolved by a stand-in).
HOSTILE_DNS = {
    "loopback.attacker.test": ["127.0.0.1"],
    "metadata.attacker.test": ["169.254.169.254"],
    "mixed.attacker.test": ["93.184.215.14", "10.0.0.5"],
    "v6.attacker.test": ["::1"],
    "private.attacker.test": ["192.168.1.10"],
}


def _resolver(host: str, port: int) -> list[str]:
    if host in HOSTILE_DNS:
        return HOSTILE_DNS[host]
    from lookalike.extract.egress import _system_resolver

    return _system_resolver(host, port)


PAYLOADS = [
    "http://127.0.0.1/",
    "http://127.0.0.1:8000/admin",
    "http://127.1/",
    "http://127.0.1/",
    "http://0/",
    "http://0.0.0.0/",
    "http://2130706433/",
    "http://017700000001/",
    "http://0x7f000001/",
    "http://0x7f.0x0.0x0.0x1/",
    "http://0177.0.0.1/",
    "http://0x7f.1/",
    "http://localhost/",
    "http://localhost./",
    "http://LOCALHOST/",
    "http://[::1]/",
    "http://[0:0:0:0:0:0:0:1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[::]/",
    "http://[64:ff9b::7f00:1]/",
    "http://[2002:7f00:1::]/",
    "http://[::ffff:169.254.169.254]/",
    "http://[fe80::1]/",
    "http://[fc00::1]/",
    "http://[fd00:ec2::254]/",
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.170.2/v2/credentials",
    "http://metadata.google.internal/",
    "http://100.100.100.200/",
    "http://10.0.0.1/",
    "http://172.16.0.1/",
    "http://192.168.0.1/",
    "http://100.64.0.1/",
    "http://224.0.0.1/",
    "http://240.0.0.1/",
    "http://255.255.255.255/",
    "http://loopback.attacker.test/",
    "http://metadata.attacker.test/",
    "http://mixed.attacker.test/",
    "http://v6.attacker.test/",
    "http://private.attacker.test/",
    "file:///etc/passwd",
    "gopher://127.0.0.1:6379/_INFO",
    "ftp://127.0.0.1/",
    "dict://127.0.0.1:11211/",
    "ldap://127.0.0.1/",
    "http://user:pass@127.0.0.1/",
    "http://user@example.org@127.0.0.1/",
    "//127.0.0.1/",
    "javascript:alert(1)",
    "http://%31%32%37.0.0.1/",
]


@pytest.mark.parametrize("url", PAYLOADS)
def test_every_payload_is_refused(url: str) -> None:
    policy = EgressPolicy(resolver=_resolver)
    with pytest.raises(EgressError):
        policy.check_url(url)


def test_there_are_at_least_forty_payloads() -> None:
    assert len(PAYLOADS) >= 40


def test_operator_allow_list_opens_only_what_it_names() -> None:
    policy = EgressPolicy(allow=("10.1.0.0/16", "db.internal"), resolver=_resolver)
    assert str(policy.check_address("10.1.2.3")) == "10.1.2.3"
    with pytest.raises(EgressError):
        policy.check_address("10.2.0.1")
    assert str(policy.check_address("192.168.1.10", "db.internal")) == "192.168.1.10"


class _Redirect(BaseHTTPRequestHandler):
    target = ""

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:  # http.server's name for it
        if self.path == "/ok":
            payload = b'{"ok": true}'
            self.send_response(200)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            return
        if self.path == "/slow":
            self.send_response(200)
            self.send_header("Content-Length", "100000")
            self.end_headers()
            for _ in range(100):  # trickles until the client gives up (or 5 s pass)
                if self.wfile.closed:
                    return
                try:
                    self.wfile.write(b"x" * 1000)
                    self.wfile.flush()
                except OSError:
                    return
                threading.Event().wait(0.05)
            return
        if self.path == "/big":
            payload = b"x" * 5000
            self.send_response(200)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            return
        self.send_response(302)
        self.send_header("Location", self.target)
        self.end_headers()


@pytest.fixture
def redirector() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Redirect)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "file:///etc/passwd",
        "http://[::1]:9/",
    ],
)
def test_redirects_to_refused_places_are_refused(redirector: str, target: str) -> None:
    _Redirect.target = target
    policy = EgressPolicy(allow=("127.0.0.1/32",))
    with pytest.raises(EgressError):
        policy.get(redirector + "/start")


def test_allowed_redirects_are_followed_and_size_is_capped(redirector: str) -> None:
    _Redirect.target = "/ok"
    policy = EgressPolicy(allow=("127.0.0.1/32",), max_bytes=1000)
    assert policy.get(redirector + "/start").json() == {"ok": True}
    with pytest.raises(EgressError, match="larger than 1,000 bytes"):
        policy.get(redirector + "/big")


def test_database_urls_are_pinned_or_refused(tmp_path: Any) -> None:
    policy = EgressPolicy(resolver=_resolver)
    for url in [
        "postgresql://u@127.0.0.1/db",
        "mysql://root@localhost/x",
        "postgresql://u@loopback.attacker.test/db",
        "postgresql://u@/db?host=/tmp",
        "sqlite:////etc/passwd",
        "sqlite:///../../x.db",
        "oracle://u@h/db",
    ]:
        with pytest.raises(EgressError):
            policy.pin_database_url(url, data_dir=str(tmp_path))
    allowed = EgressPolicy(allow=("127.0.0.1/32",))
    assert allowed.pin_database_url("postgresql://u@localhost:5432/db").startswith(
        "postgresql://u@127.0.0.1:5432/db"
    )


def test_a_response_slower_than_the_cap_is_refused(redirector: str) -> None:
    policy = EgressPolicy(allow=("127.0.0.1/32",), timeout=0.5)
    with pytest.raises(EgressError, match=r"took longer than 0\.5 s"):
        policy.get(redirector + "/slow")
