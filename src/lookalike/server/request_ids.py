"""A request id on every request and response, so a 500 can be found in the server log.

The id comes from the client's ``X-Request-ID`` (when it is a short token) or is
made here; it is echoed in the response's ``X-Request-ID`` header, kept in
``scope["state"]["request_id"]`` for handlers, and named in the log line and
the body of an internal error.
"""

from __future__ import annotations

import re
import uuid

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADER = "X-Request-ID"
_TOKEN = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def new_request_id(given: str | None = None) -> str:
    """The client's id when it is a sane token, else a fresh one.

    >>> new_request_id("abc-123")
    'abc-123'
    >>> len(new_request_id("not ok!"))
    32
    """
    if given and _TOKEN.match(given):
        return given
    return uuid.uuid4().hex


class RequestIds:
    """ASGI middleware: give each HTTP request an id and send it back."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope.get("headers") or []).get(HEADER.lower().encode())
        request_id = new_request_id(given.decode("latin-1") if given else None)
        scope.setdefault("state", {})["request_id"] = request_id

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).append(HEADER, request_id)
            await send(message)

        await self.app(scope, receive, send_with_id)
