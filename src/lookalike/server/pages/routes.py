"""The page routes: sign-in, and one thin handler per screen.

Each handler finds the signed-in key (or ``dev``), checks ownership through the
same service call as the API (another key's job is a 404 here too), and renders
a template; the screens' scripts do the rest through /v1.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Annotated, Any

import yaml
from fastapi import APIRouter, Form, Query, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from lookalike.api import template_names
from lookalike.jobs.chunks import plan_of
from lookalike.jobs.remote_outputs import outputs_at
from lookalike.jobs.store import JobStore
from lookalike.server.deps import get_owner
from lookalike.server.errors import ApiError
from lookalike.server.job_files import job_file
from lookalike.server.pages.session import COOKIE, MAX_AGE, Signer, new_session, same_origin
from lookalike.server.services import job_view, owned_job
from lookalike.server.settings import Settings
from lookalike.spec import spec_from_dict

router = APIRouter(prefix="/ui", include_in_schema=False)
root = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
# A spec's order is its column order: |tojson must not sort keys.
templates.env.policies["json.dumps_kwargs"] = {"sort_keys": False}

#: Pages run only their own scripts, talk only to this server, and are never framed
#: by another site (no clickjacking a Revoke button).
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
}
FORMATS = ("csv", "tsv", "ndjson", "json", "parquet", "arrow")
LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR", "en_IN")


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _store(request: Request) -> JobStore:
    store: JobStore = request.app.state.store
    return store


def _key_owner(request: Request, key: str | None) -> str:
    """The owner of ``key`` by the API's own rules (``dev``, keys, limits); ApiError if none."""
    return get_owner(request, _settings(request), _store(request), header_key=key)


def owner_of(request: Request) -> str | Response:
    """The signed-in key's id (``dev`` in ``--dev`` mode), or the page to show instead.

    Nobody signed in (or a key since revoked) leads to the sign-in page; any other
    refusal of the API (too many requests) is a page that says so.
    """
    session = getattr(request.state, "session", None)
    try:
        return _key_owner(request, session.key if session else None)
    except ApiError as exc:
        if exc.status == 401:
            return _sign_in(request)
        return render(request, "problem.html", exc.status, status=exc.status, message=exc.message)


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page with what every page needs: the CSRF token, who is signed in, the nav."""
    signer: Signer = request.app.state.signer
    session = getattr(request.state, "session", None)
    base = {
        "csrf": signer.csrf(session),
        "dev": _settings(request).dev,
        "owner": context.pop("owner", None),
    }
    page = templates.TemplateResponse(request, name, {**base, **context}, status_code=status_code)
    page.headers.update(PAGE_HEADERS)
    return page


def _sign_in(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    response = RedirectResponse(f"/ui/sign-in?next={_quote(target)}", status_code=303)
    return response


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="/")


def _problem(request: Request, owner: str, status: int, message: str) -> HTMLResponse:
    return render(request, "problem.html", status, owner=owner, status=status, message=message)


@root.get("/")
def home() -> RedirectResponse:
    """The page lives under /ui/."""
    return RedirectResponse("/ui/", status_code=307)


@router.get("/sign-in")
def sign_in_page(request: Request, next: str = "/ui/") -> Response:
    """The sign-in form (``--dev`` needs none)."""
    if _settings(request).dev:
        return RedirectResponse("/ui/", status_code=303)
    return render(request, "sign_in.html", next=_safe_next(next), error=None)


def _safe_next(target: str) -> str:
    """Only this site's page paths may follow a sign-in (no open redirects)."""
    return target if target.startswith("/ui/") and not target.startswith("//") else "/ui/"


def _verified(request: Request, key: str) -> str | None:
    try:
        return _key_owner(request, key)
    except ApiError:
        return None


@router.post("/sign-in")
def sign_in(
    request: Request, api_key: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/ui/"
) -> Response:
    """Check the key and start a session (cookie signed, HttpOnly, SameSite=Strict)."""
    if _settings(request).dev:
        return RedirectResponse("/ui/", status_code=303)
    headers = {k.lower().encode(): v.encode() for k, v in request.headers.items()}
    if not same_origin(headers, request.url.scheme):
        return render(
            request, "sign_in.html", 403, next="/ui/",
            error="Sign in from this server's own page.",
        )  # fmt: skip
    key = api_key.strip()
    if not key or _verified(request, key) is None:
        message = "Enter an API key." if not key else "This API key is not valid (or was revoked)."
        return render(request, "sign_in.html", 401, next=_safe_next(next), error=message)
    signer: Signer = request.app.state.signer
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(
        COOKIE,
        signer.sign(new_session(key)),
        max_age=MAX_AGE,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/",
    )
    return response


@router.post("/sign-out", status_code=204)
def sign_out() -> Response:
    """End the session (the session middleware has checked the CSRF token)."""
    response = Response(status_code=204)
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict")
    return response


def _screen(request: Request, name: str, **context: Any) -> Response:
    owner = owner_of(request)
    if isinstance(owner, Response):
        return owner
    return render(request, name, owner=owner, **context)


@router.get("/")
def create_page(request: Request) -> Response:
    """Create: a template, a spec (text or visual), or a sentence; then a job or a stream."""
    return _screen(
        request, "create.html", formats=FORMATS, locales=LOCALES, templates=template_names()
    )


@router.get("/jobs")
def jobs_page(request: Request) -> Response:
    """Jobs: this key's jobs, filtered, searched and paginated (the list comes from /v1/jobs)."""
    return _screen(request, "jobs.html")


@router.get("/templates")
def templates_page(request: Request) -> Response:
    """Templates: shipped and saved; save, use, delete."""
    return _screen(request, "templates.html")


@router.get("/keys")
def keys_page(request: Request) -> Response:
    """Keys: this key and the keys it made; create (secret shown once) and revoke."""
    return _screen(request, "keys.html")


def _owned(request: Request, owner: str, job_id: str) -> Any:
    try:
        return owned_job(_store(request), owner, job_id)
    except ApiError as exc:
        return _problem(request, owner, exc.status, "There is no such job for this API key.")


def readable_spec(stored: dict[str, Any]) -> dict[str, Any]:
    """A stored spec without the options left at their defaults (the same spec, shorter).

    >>> readable_spec({"tables": {"t": {"rows": 5, "unique": [], "fields": {
    ...     "n": {"kind": "integer", "min_value": 0, "max_value": 9, "null_rate": 0.0}}}}})
    {'tables': {'t': {'rows': 5, 'fields': {'n': {'kind': 'integer', 'max_value': 9}}}}}
    """
    dataset = spec_from_dict(stored)
    out = dataset.model_dump(mode="json", exclude_defaults=True, exclude={"tables"})
    out["tables"] = {}
    for name, table in dataset.tables.items():
        # Rows stay even at their default: they are what people look for first.
        shown = {
            "rows": table.model_dump(mode="json", include={"rows"})["rows"],
            **table.model_dump(mode="json", exclude_defaults=True, exclude={"fields", "rows"}),
            "fields": {
                field: {"kind": spec.kind, **spec.model_dump(mode="json", exclude_defaults=True)}
                for field, spec in table.fields.items()
            },
        }
        out["tables"][name] = shown
    return out


@router.get("/jobs/{job_id}")
def job_page(request: Request, job_id: str) -> Response:
    """Job: live progress, controls, preview, downloads, and the spec that made it."""
    owner = owner_of(request)
    if isinstance(owner, Response):
        return owner
    job = _owned(request, owner, job_id)
    if isinstance(job, Response):
        return job
    stored = json.loads(job.spec)
    view = job_view(job).model_dump()
    spec = readable_spec(stored["dataset"])
    spec_yaml = yaml.safe_dump(spec, sort_keys=False, allow_unicode=True)
    data = {
        "job": view,
        "spec": spec,
        "rows": stored.get("rows"),
        "seed": stored["seed"],
        "compression": job.compression,
        "chunk_rows": job.chunk_rows,
    }
    return render(
        request, "job.html", owner=owner, job=view, data=data, spec_yaml=spec_yaml,
        chunk_rows=job.chunk_rows,
    )  # fmt: skip


@router.get("/jobs/{job_id}/data/{table}")
def data_page(
    request: Request,
    job_id: str,
    table: str,
    page: Annotated[int, Query(ge=1, le=10**9)] = 1,
) -> Response:
    """Data: a finished job's table, rows paginated, and each column's distribution."""
    # Polars is imported here, not with the server: 23 MB that only this page uses.
    from lookalike.server.pages.summary import (
        PAGE_ROWS,
        choose_format,
        columnar,
        file_summary,
        page_of,
        scan,
    )

    owner = owner_of(request)
    if isinstance(owner, Response):
        return owner
    job = _owned(request, owner, job_id)
    if isinstance(job, Response):
        return job
    if job.status != "completed":
        return _problem(
            request, owner, 409, f"The job is {job.status}; its data can be browsed once completed."
        )
    plan = plan_of(job)
    if table not in plan.tables:
        return _problem(request, owner, 404, f"The job has no table {table!r}.")
    fmt = choose_format(job.formats)
    remote = outputs_at(_settings(request).outputs_url)
    path = job_file(job, _settings(request).jobs_dir, table, fmt, remote)
    if path is None:
        return _problem(request, owner, 410, "The output is gone (deleted by cleanup?).")
    total = plan.tables[table].rows
    pages = max(1, math.ceil(total / PAGE_ROWS))
    page = min(page, pages)
    cache = _settings(request).jobs_dir / job.id / "unzipped"
    readable, kind = columnar(path, fmt, job.compression, cache)
    columns, rows = page_of(scan(readable, kind, None), (page - 1) * PAGE_ROWS)
    summaries = file_summary(readable, kind)
    return render(
        request, "data.html", owner=owner, job=job_view(job), table=table,
        tables=list(plan.tables), columns=columns, rows=rows, page=page, pages=pages,
        total=total, first=(page - 1) * PAGE_ROWS + 1, summaries=summaries, source=fmt,
    )  # fmt: skip


@router.get("/{missing:path}")
def missing_page(request: Request, missing: str) -> Response:
    """Any other /ui/ address: a page that says so (not a JSON error)."""
    owner = owner_of(request)
    if isinstance(owner, Response):
        return owner
    return _problem(request, owner, 404, f"There is no page /ui/{missing} here.")
