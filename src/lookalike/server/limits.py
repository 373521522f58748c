"""Per-key limits that need memory between requests: requests per minute, body size.

>>> limiter = RateLimiter(per_minute=2)
>>> limiter.hit("k", now=0.0), limiter.hit("k", now=1.0), limiter.hit("k", now=2.0)
(None, None, 58)
>>> limiter.hit("k", now=61.0) is None
True
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class RateLimiter:
    """A sliding one-minute window per key, in this process."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str, *, now: float | None = None) -> int | None:
        """Count a request; None when allowed, else the seconds to wait (Retry-After)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            window = self._hits.setdefault(key, deque())
            while window and window[0] <= now - 60.0:
                window.popleft()
            if len(window) >= self.per_minute:
                return max(1, math.ceil(window[0] + 60.0 - now))
            window.append(now)
            return None


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
