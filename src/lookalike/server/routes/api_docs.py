"""``/docs`` (Swagger UI) and ``/redoc``: the API's pages, with their scripts from the package.

FastAPI's own pages load Swagger UI and ReDoc from a CDN and start them with an
inline script; these load the copies shipped in ``server/static/docs`` and a
script file, so they work offline and under the service's content security policy.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)

_ASSETS = "/static/docs"

_SWAGGER = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>lookalike API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="{_ASSETS}/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="{_ASSETS}/swagger-ui-bundle.js"></script>
<script src="{_ASSETS}/init-swagger.js"></script></body></html>
"""

_REDOC = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>lookalike API</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><redoc spec-url="/openapi.json"></redoc>
<script src="{_ASSETS}/redoc.standalone.js"></script></body></html>
"""


@router.get("/docs", response_class=HTMLResponse)
def swagger_ui() -> HTMLResponse:
    """The API, to read and try (Swagger UI)."""
    return HTMLResponse(_SWAGGER)


@router.get("/redoc", response_class=HTMLResponse)
def redoc() -> HTMLResponse:
    """The API, to read (ReDoc)."""
    return HTMLResponse(_REDOC)
