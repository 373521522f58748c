"""What every answer of the service carries, and what it refuses before routing.

- Security headers on every response: no MIME sniffing, no framing, no referrer,
  a content security policy that allows only the service's own scripts and
  styles (the API docs pages load theirs from the package), and ``no-store``
  on downloads and key pages, which must not sit in a shared cache.
- In ``--dev`` mode (no API keys), only loopback ``Host`` headers are served: a
  web page elsewhere cannot drive the service through DNS rebinding.
- API keys sent as ``api_key=`` in a URL are masked in the access log.

>>> redact("GET /api/jobs?api_key=lk_abc_secret&page=2 HTTP/1.1")
'GET /api/jobs?api_key=***&page=2 HTTP/1.1'
"""

from __future__ import annotations

import logging
import re

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: The policy of every page: scripts, styles, images and fonts only from the service.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
}
#: Paths whose answers must never be cached: downloads and keys.
_PRIVATE = re.compile(r"/(download|keys)(/|$)|^/v1/keys")
_LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}
_SECRET = re.compile(r"(api_key=)[^&\s\"]+")


def redact(text: str) -> str:
    """``text`` with any ``api_key=...`` value masked."""
    return _SECRET.sub(r"\1***", text)


class RedactKeys(logging.Filter):
    """A logging filter that masks API keys in access-log lines."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.args = tuple(
                redact(a) if isinstance(a, str) else a
                for a in (record.args if isinstance(record.args, tuple) else (record.args,))
            )
        record.msg = redact(str(record.msg))
        return True


def install_log_redaction() -> None:
    """Mask keys in uvicorn's access log (and ours)."""
    for name in ("uvicorn.access", "lookalike.server"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactKeys) for f in logger.filters):
            logger.addFilter(RedactKeys())


def _host(scope: Scope) -> str:
    for name, value in scope.get("headers") or []:
        if name == b"host":
            host = str(value.decode("latin-1")).strip().lower()
            if host.startswith("["):
                return host.split("]")[0] + "]"
            return host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    return ""


class SecurityHeaders:
    """ASGI middleware: the headers above on every answer; loopback hosts only in dev mode."""

    def __init__(self, app: ASGIApp, *, loopback_only: bool) -> None:
        self.app = app
        self.loopback_only = loopback_only

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.loopback_only and _host(scope) not in _LOOPBACK:
            await _refuse(send)
            return
        private = bool(_PRIVATE.search(scope.get("path", "")))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers.setdefault(name, value)
                if private:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _refuse(send: Send) -> None:
    body = (
        b'{"detail":"in --dev mode the service answers only requests to 127.0.0.1 or '
        b'localhost; run it with API keys to serve other names","field":"Host"}'
    )
    await send({
        "type": "http.response.start", "status": 421,
        "headers": [(b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode())],
    })  # fmt: skip
    await send({"type": "http.response.body", "body": body})
