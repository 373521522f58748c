"""Limits of requests: per key and per client address (kept in the store), and body size.

Counts live in the job store (:mod:`lookalike.jobs.quotas`), so a restart forgets
nothing and every server sharing the store enforces one limit together. A key
gets ``requests_per_minute`` requests per one-minute window; an address that
sends a bad or missing key gets ``auth_failures_per_minute`` of those, after
which every key it sends is refused for the rest of the window, unchecked (so
guessing keys cannot tell a right one from a wrong one).

>>> import tempfile
>>> from lookalike.jobs.store import JobStore
>>> store = JobStore(f"sqlite:///{tempfile.mkdtemp()}/s.db")
>>> [wait_for_key(store, "k", 2, now=0.0) for _ in range(3)]
[None, None, 60]
"""

from __future__ import annotations

from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lookalike.jobs.store import JobStore

#: Length of a counting window, seconds.
WINDOW = 60


def wait_for_key(
    store: JobStore, owner: str, per_minute: int, *, now: float | None = None
) -> int | None:
    """Count one of ``owner``'s requests: None when allowed, else seconds to wait."""
    return store.hit(f"key:{owner}", per_minute, window=WINDOW, now=now)


def address_blocked(store: JobStore, address: str, per_minute: int) -> int | None:
    """Seconds to wait when ``address`` sent too many bad keys this window, else None."""
    return store.over(f"bad-key:{address}", per_minute, window=WINDOW)


def count_bad_key(store: JobStore, address: str, per_minute: int) -> int | None:
    """Count a bad or missing key from ``address``: None while within the limit."""
    return store.hit(f"bad-key:{address}", per_minute, window=WINDOW)


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``max_bytes`` with 413, before reading them."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            await self._refuse(send)
            return
        if length is not None or scope.get("method") in ("GET", "HEAD", "DELETE"):
            await self.app(scope, receive, send)
            return
        # No Content-Length (chunked): read it all here, as far as the limit allows.
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            seen += len(chunks[-1])
            if seen > self.max_bytes:
                await self._refuse(send)
                return
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send) -> None:
        body = (
            b'{"detail":"request body is larger than '
            + str(self.max_bytes).encode()
            + b' bytes; send a smaller spec or raise LOOKALIKE_MAX_BODY_BYTES","field":"body"}'
        )
        start: dict[str, Any] = {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
        await send(start)
        await send({"type": "http.response.body", "body": body})
