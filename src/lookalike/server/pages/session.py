"""The web page's sign-in: a signed session cookie that the /v1 API reads as an API key.

A person signs in with an API key once; the page then keeps it in a cookie that
is signed (HMAC-SHA256 with a secret kept in the data directory), ``HttpOnly``
(page scripts cannot read it) and ``SameSite=Strict``. :class:`SessionAuth` turns
that cookie back into the ``X-API-Key`` header the API already understands, so
the page's scripts call the public /v1 routes and the API's own checks decide
(ownership, revoked keys, limits): nothing about access is implemented twice.

Cross-site requests cannot change anything: a request authenticated by the
cookie with an unsafe method needs the session's CSRF token in ``X-CSRF-Token``
and, when the browser says where it comes from (``Origin``), the same origin.

>>> signer = Signer(b"k" * 32)
>>> cookie = signer.sign(Session(key="lk_abc_def", nonce="n1", issued=100.0))
>>> signer.read(cookie, now=200.0)
Session(key='lk_abc_def', nonce='n1', issued=100.0)
>>> signer.read(cookie[:-2] + "xx", now=200.0) is None
True
>>> signer.read(cookie, now=100.0 + MAX_AGE + 1) is None
True
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

COOKIE = "lookalike_session"
#: A session lasts a working week; signing in again renews it.
MAX_AGE = 7 * 24 * 3600
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
SECRET_FILE = "session-secret"


@dataclass(frozen=True)
class Session:
    """Who signed in (their API key), a random nonce behind the CSRF token, and when."""

    key: str
    nonce: str
    issued: float


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Signer:
    """Signs and checks session cookies and derives CSRF tokens, with one secret."""

    def __init__(self, secret: bytes) -> None:
        self.secret = secret

    def _mac(self, purpose: str, payload: str) -> bytes:
        return hmac.new(self.secret, f"{purpose}|{payload}".encode(), hashlib.sha256).digest()

    def sign(self, session: Session) -> str:
        """The cookie value for ``session``."""
        payload = _b64(
            json.dumps({"k": session.key, "n": session.nonce, "t": session.issued}).encode()
        )
        return f"{payload}.{_b64(self._mac('session', payload))}"

    def read(self, value: str, *, now: float | None = None) -> Session | None:
        """The session in a cookie value, or None when it is forged, damaged or expired."""
        payload, _, mac = value.partition(".")
        try:
            if not hmac.compare_digest(_unb64(mac), self._mac("session", payload)):
                return None
            data = json.loads(_unb64(payload))
            session = Session(key=str(data["k"]), nonce=str(data["n"]), issued=float(data["t"]))
        except (ValueError, KeyError, TypeError):
            return None
        age = (time.time() if now is None else now) - session.issued
        return session if 0 <= age <= MAX_AGE else None

    def csrf(self, session: Session | None) -> str:
        """The CSRF token pages send back with every change (one per session; ``dev`` without).

        >>> s = Signer(b"k" * 32)
        >>> s.csrf(None) == s.csrf(None), len(s.csrf(None))
        (True, 32)
        """
        return self._mac("csrf", session.nonce if session else "dev").hex()[:32]


def new_session(key: str) -> Session:
    """A fresh session for ``key``."""
    return Session(key=key, nonce=secrets.token_urlsafe(16), issued=time.time())


def load_secret(home: Path) -> bytes:
    """The signing secret in the data directory, made (readable by its owner only) if missing.

    Kept on disk so sessions outlive a restart; delete the file to sign everyone out.
    """
    path = home / SECRET_FILE
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True)
        # Written aside, then linked into place: of several servers starting at once on
        # one data directory, the first secret wins and every one of them reads it.
        temporary = home / f".{SECRET_FILE}.{secrets.token_hex(6)}"
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_bytes(32).hex())
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass
        finally:
            temporary.unlink()
    return bytes.fromhex(path.read_text().strip())


def cookie_value(headers: list[tuple[bytes, bytes]]) -> str | None:
    """The session cookie in raw ASGI headers, if any.

    >>> cookie_value([(b"cookie", b"a=1; lookalike_session=abc.def")])
    'abc.def'
    >>> cookie_value([(b"cookie", b"a=1")]) is None
    True
    """
    for name, value in headers:
        if name == b"cookie":
            jar: SimpleCookie = SimpleCookie()
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # a malformed Cookie header is simply no session
                return None
            if COOKIE in jar:
                return jar[COOKIE].value
    return None


def same_origin(headers: dict[bytes, bytes], scheme: str) -> bool:
    """Whether ``Origin`` (or, without it, ``Referer``) names this server; absent both: False.

    >>> same_origin({b"host": b"a:1", b"origin": b"http://a:1"}, "http")
    True
    >>> same_origin({b"host": b"a:1", b"origin": b"http://evil"}, "http")
    False
    """
    host = headers.get(b"host", b"").decode("latin-1")
    claimed = headers.get(b"origin") or headers.get(b"referer")
    if not claimed or claimed == b"null":
        return False
    parts = urlsplit(claimed.decode("latin-1"))
    return parts.netloc == host and parts.scheme in (scheme, "http", "https")


class SessionAuth:
    """ASGI middleware: a valid session cookie becomes the request's ``X-API-Key``.

    Requests that bring their own key (header or ``api_key``) are left alone, as
    are requests without a cookie. A cookie-authenticated change without the
    session's CSRF token, or from another origin, is refused with 403. With
    ``dev`` (no keys at all) a browser's change from another origin is refused too.
    """

    def __init__(self, app: ASGIApp, signer: Signer, *, dev: bool = False) -> None:
        self.app = app
        self.signer = signer
        self.dev = dev

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        raw: list[tuple[bytes, bytes]] = list(scope.get("headers") or [])
        headers = dict(raw)
        value = cookie_value(raw)
        session = self.signer.read(value) if value else None
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        unsafe = scope.get("method") in UNSAFE
        foreign = (b"origin" in headers or b"referer" in headers) and not same_origin(
            headers, scope.get("scheme", "http")
        )
        if self.dev and unsafe and b"origin" in headers and foreign:
            await _forbid(send, "changes must come from this server's own pages")
            return
        if session is None or b"x-api-key" in headers or "api_key" in query:
            await self.app(scope, receive, send)
            return
        if unsafe:
            token = headers.get(b"x-csrf-token", b"").decode("latin-1")
            if not hmac.compare_digest(token, self.signer.csrf(session)):
                await _forbid(send, "this change needs the page's CSRF token; reload the page")
                return
            if foreign:
                await _forbid(send, "changes must come from this server's own pages")
                return
        scope = {**scope, "headers": [*raw, (b"x-api-key", session.key.encode())]}
        scope.setdefault("state", {})
        scope["state"] = {**scope["state"], "session": session}
        await self.app(scope, receive, send)


async def _forbid(send: Send, message: str) -> None:
    body = json.dumps({"detail": message, "field": "X-CSRF-Token"}).encode()
    start: dict[str, Any] = {
        "type": "http.response.start",
        "status": 403,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ],
    }
    await send(start)
    await send({"type": "http.response.body", "body": body})
