"""Error responses: every failure is JSON with a message that names the field and the fix.

Bad input is a 4xx, never a traceback. Spec errors carry their dotted path.
"""

from __future__ import annotations

import errno
import logging
from typing import Any

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from lookalike.errors import LookalikeError, OutputError, SpecError

log = logging.getLogger("lookalike.server")


class ApiError(Exception):
    """An error with an HTTP status, a message and (optionally) the field it concerns."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        field: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.field = field
        self.headers = headers


def not_found(what: str, name: str) -> ApiError:
    """404 for something that does not exist, or belongs to another key (same answer)."""
    return ApiError(404, f"no {what} {name!r} for this API key", field=what)


def _body(message: str, field: str | None = None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"detail": message}
    if field:
        body["field"] = field
    body.update(extra)
    return body


#: Why a request could not be served right now (503).
STORE_BUSY = (
    "the job store is busy (SQLite takes one writer at a time); retry in a moment, or use "
    "PostgreSQL (LOOKALIKE_DATABASE_URL) for this many concurrent jobs"
)
DISK_FULL = "the server's disk is full; retry once space is freed (old jobs can be deleted)"


def _disk_full(exc: BaseException) -> bool:
    while exc is not None:
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            return True
        if "No space left" in str(exc):
            return True
        exc = exc.__cause__  # type: ignore[assignment]
    return False


def _unavailable(message: str, *, retry: int = 10) -> JSONResponse:
    return JSONResponse(_body(message), 503, headers={"Retry-After": str(retry)})


def _location(loc: tuple[Any, ...] | list[Any]) -> str:
    return ".".join(str(p) for p in loc if p not in ("body",)) or "body"


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(_body(exc.message, exc.field), exc.status, headers=exc.headers)

    @app.exception_handler(SpecError)
    async def spec_error(_request: Request, exc: SpecError) -> JSONResponse:
        return JSONResponse(_body(str(exc), exc.path or "spec"), 422)

    @app.exception_handler(OutputError)
    async def output_error(_request: Request, exc: OutputError) -> JSONResponse:
        if _disk_full(exc):
            return _unavailable(DISK_FULL)
        return JSONResponse(_body(str(exc), "format"), 422)

    @app.exception_handler(sa.exc.OperationalError)
    async def store_error(_request: Request, exc: sa.exc.OperationalError) -> JSONResponse:
        # The store is busy, full or away: a reason and a retry, never a 500.
        text = str(exc.orig).lower()
        if "locked" in text or "busy" in text:
            log.warning("job store busy: %s", exc.orig)
            return _unavailable(STORE_BUSY, retry=2)
        if "full" in text or "no space" in text:
            return _unavailable(DISK_FULL)
        log.error("job store unavailable: %s", exc.orig)
        return _unavailable("the job store cannot be reached; retry in a moment")

    @app.exception_handler(sa.exc.TimeoutError)
    async def store_saturated(_request: Request, exc: sa.exc.TimeoutError) -> JSONResponse:
        # Every connection to the store is in use: busy, not broken.
        log.warning("job store connections exhausted: %s", exc)
        return _unavailable(STORE_BUSY, retry=2)

    @app.exception_handler(LookalikeError)
    async def lookalike_error(_request: Request, exc: LookalikeError) -> JSONResponse:
        return JSONResponse(_body(str(exc)), 422)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"field": _location(e.get("loc", ())), "message": str(e.get("msg", "invalid"))}
            for e in exc.errors()
        ]
        first = errors[0] if errors else {"field": "body", "message": "invalid request"}
        message = f"{first['field']}: {first['message']}"
        if first["message"].lower().startswith("json decode error"):
            first = {"field": "body", "message": "not valid JSON; send a JSON object"}
            errors, message = [first], "the request body is not valid JSON; send a JSON object"
        return JSONResponse(_body(message, first["field"], errors=errors), 422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(_body(str(exc.detail)), exc.status_code, headers=exc.headers)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        # A bug: logged with its traceback and the request's id; the client gets the id
        # to quote, and no internals.
        request_id = getattr(request.state, "request_id", "-")
        log.error(
            "internal error on %s %s (request %s)", request.method, request.url.path,
            request_id, exc_info=exc,
        )  # fmt: skip
        return JSONResponse(
            _body(
                f"internal error ({type(exc).__name__}); quote request {request_id} "
                "to the server's operator",
                request_id=request_id,
            ),
            500,
            headers={"X-Request-ID": request_id},
        )
