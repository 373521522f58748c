"""The OpenAPI description's error answers, as the service gives them.

FastAPI describes a 422 as its own validation error (``detail`` a list); the
service answers every error with :class:`~lookalike.server.models.ErrorBody`
(``detail`` a sentence naming the field and the fix). This rewrites the
description once: each operation's 422 and a ``default`` answer (any other
status: 401, 404, 409, 413, 429, 503...) carry that body.

>>> from lookalike.server.settings import Settings
>>> from lookalike.server.app import create_app
>>> import tempfile
>>> paths = create_app(Settings(home=tempfile.mkdtemp(), dev=True)).openapi()["paths"]
>>> sorted(paths["/v1/jobs"]["post"]["responses"])
['202', '422', 'default']
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from lookalike.server.models import ErrorBody

_ERROR = {"$ref": "#/components/schemas/ErrorBody"}
_DEFAULT = (
    "An error: a bad or missing key (401), something that is not there or not this key's "
    "(404), a state that does not allow it (409), gone (410), too large (413), over a limit "
    "(429, with Retry-After; 507 for storage), or the server unable to serve it now (503, "
    "with Retry-After). The body names the field and the fix."
)


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ERROR}}}


def describe(app: FastAPI) -> dict[str, Any]:
    """The app's OpenAPI description with the service's error answers."""
    if app.openapi_schema is not None:
        return app.openapi_schema
    schema = get_openapi(
        title=app.title, version=app.version, summary=app.summary, routes=app.routes,
        openapi_version=app.openapi_version, description=app.description,
    )  # fmt: skip
    schemas = schema.setdefault("components", {}).setdefault("schemas", {})
    for name, part in (
        ErrorBody.model_json_schema(ref_template="#/components/schemas/{model}")
        .pop("$defs", {})
        .items()
    ):
        schemas[name] = part
    body = ErrorBody.model_json_schema(ref_template="#/components/schemas/{model}")
    body.pop("$defs", None)
    schemas["ErrorBody"] = body
    for item in schema.get("paths", {}).values():
        for operation in item.values():
            responses = operation.setdefault("responses", {})
            responses["422"] = _error("The request is not valid: the body names the field.")
            responses["default"] = _error(_DEFAULT)
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    app.openapi_schema = schema
    return schema


def install(app: FastAPI) -> None:
    """Serve :func:`describe` as the app's ``/openapi.json``."""
    app.openapi = lambda: describe(app)  # type: ignore[method-assign]
