"""Sample a REST API's endpoints and extract a spec from the responses.

Each endpoint is read page by page until the sample cap: the records are the
response itself when it is a list, else its ``data``/``items``/``results``...
list. The next page comes from, in order: a ``Link: <...>; rel="next"``
header, a ``next`` link in the body (``next``, ``links.next``,
``_links.next.href``, ``paging.next``...), a cursor (``next_cursor``,
``nextPageToken``, ``response_metadata.next_cursor``...), ``has_more`` with
the last id (``starting_after``), page numbers (``page`` with ``total_pages``,
or full pages of the requested ``limit``), or offsets (``offset``, ``startAt``,
``skip`` with ``total``). Records nested one level down (HAL's
``_embedded.people``) are found too. Requests go through the
:mod:`~lookalike.extract.egress` policy.

Authentication is a bearer token, an API-key header or basic auth, read from
an environment variable; the secret is sent, never written into the spec, a
message or a log.

>>> records_of({"data": [{"id": 1}], "meta": {"total": 9}})
([{'id': 1}], 9)
>>> records_of([{"id": 1}, {"id": 2}])
([{'id': 1}, {'id': 2}], None)
>>> endpoint_table("/v1/employees/"), endpoint_table("/employee=staff")
(('/v1/employees/', 'employees'), ('/employee', 'staff'))
"""

from __future__ import annotations

import base64
import os
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lookalike.errors import SpecError
from lookalike.extract.egress import LOCAL, EgressError, EgressPolicy, Fetched
from lookalike.extract.infer import build_spec
from lookalike.extract.records import SampleTable, clean_name, flatten
from lookalike.extract.result import Problem, SourceExtraction

#: Records read per endpoint at most.
SAMPLE_CAP = 500
#: Pages read per endpoint at most.
MAX_PAGES = 50
_LIST_KEYS = (
    "data",
    "items",
    "results",
    "records",
    "value",
    "content",
    "entries",
    "rows",
    "objects",
    "hits",
    "elements",
    "list",
)
_TOTAL_KEYS = (
    "total",
    "total_count",
    "totalCount",
    "count",
    "totalItems",
    "total_items",
    "totalElements",
    "total_results",
)
_NEXT_LINKS = (
    "next",
    "next_page_url",
    "nextPageUrl",
    "next_url",
    "nextUrl",
    "nextLink",
    "@odata.nextLink",
    "links.next",
    "_links.next.href",
    "_links.next",
    "paging.next",
    "meta.next",
    "pagination.next",
    "links.next.href",
    "next_page",
    "nextRecordsUrl",
    "paging.next.link",
    "odata.nextLink",
)
_CURSORS = (
    ("next_cursor", "cursor"),
    ("nextCursor", "cursor"),
    ("cursor.next", "cursor"),
    ("meta.next_cursor", "cursor"),
    ("meta.nextCursor", "cursor"),
    ("pagination.next_cursor", "cursor"),
    ("pagination.nextCursor", "cursor"),
    ("response_metadata.next_cursor", "cursor"),
    ("nextPageToken", "pageToken"),
    ("next_page_token", "page_token"),
    ("continuation_token", "continuation_token"),
    ("paging.cursors.after", "after"),
    ("meta.after", "after"),
    ("paging.next.after", "after"),
    ("meta.next_token", "pagination_token"),
)
_PAGES = ("total_pages", "totalPages", "last_page", "lastPage", "page_count", "pageCount", "pages")


class ExtractionError(SpecError):
    """Nothing could be extracted; the message lists every problem with its path."""


@dataclass(frozen=True)
class Auth:
    """How to authenticate: ``bearer``, ``header`` (an API-key header) or ``basic``."""

    style: str = "none"
    secret: str = field(default="", repr=False)
    header: str = "Authorization"

    def headers(self) -> dict[str, str]:
        """The request headers carrying the secret."""
        if self.style == "bearer":
            return {"Authorization": f"Bearer {self.secret}"}
        if self.style == "basic":
            return {"Authorization": "Basic " + base64.b64encode(self.secret.encode()).decode()}
        if self.style == "header":
            return {self.header: self.secret}
        return {}

    @classmethod
    def from_env(cls, variable: str, style: str = "bearer") -> Auth:
        """The secret in environment variable ``variable``; ``style`` is ``bearer``,
        ``basic`` (``user:password``) or ``header:NAME`` (e.g. ``header:X-API-Key``)."""
        secret = os.environ.get(variable)
        if not secret:
            raise SpecError(
                f"environment variable {variable} is not set; export the token "
                "there (it is read, never written out)",
                path="--token-env",
            )
        return cls.from_secret(secret, style)

    @classmethod
    def from_secret(cls, secret: str, style: str = "bearer") -> Auth:
        """A secret given directly (the Python API and the service)."""
        if style.startswith("header:"):
            return cls("header", secret, style.split(":", 1)[1] or "X-API-Key")
        if style not in ("bearer", "basic"):
            raise SpecError(
                f"unknown auth {style!r}; use bearer, basic or header:NAME", path="--auth"
            )
        return cls(style, secret)


def _dig(body: Any, dotted: str) -> Any:
    node = body
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def records_of(body: Any) -> tuple[list[Any], int | None]:
    """The records of one response and the total the API reports, if any."""
    if isinstance(body, list):
        return body, None
    if not isinstance(body, dict):
        return [], None
    total = next(
        (
            v
            for k in _TOTAL_KEYS
            for p in ("", "meta.", "pagination.", "paging.", "page.")
            if isinstance(v := _dig(body, p + k), int) and not isinstance(v, bool)
        ),
        None,
    )
    for key in _LIST_KEYS:
        value = body.get(key)
        if isinstance(value, list):
            return value, total
        if isinstance(value, dict):
            inner = [v for v in value.values() if isinstance(v, list)]
            if len(inner) == 1:
                return inner[0], total
    lists = [v for v in body.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
    if len(lists) == 1:
        return lists[0], total
    # HAL and similar: {"_embedded": {"people": [...]}, "_links": {...}}
    nested = [
        inner
        for v in body.values()
        if isinstance(v, dict)
        for inner in v.values()
        if isinstance(inner, list) and inner and isinstance(inner[0], dict)
    ]
    if len(nested) == 1 and not lists:
        return nested[0], total
    return [body], None  # one object: a record of its own


def endpoint_table(endpoint: str) -> tuple[str, str]:
    """``(path, table name)`` of ``--endpoint PATH[=NAME]``."""
    path, _, name = endpoint.partition("=")
    if not name:
        parts = [p for p in path.split("?")[0].split("/") if p and not p.startswith("{")]
        name = parts[-1] if parts else "records"
    return path, clean_name(name)


def _link_next(header: str | None) -> str | None:
    if not header:
        return None
    for part in header.split(","):
        match = re.search(r"<([^>]+)>\s*;.*rel\s*=\s*\"?next\"?", part)
        if match:
            return match.group(1)
    return None


@dataclass
class _Page:
    url: str
    params: dict[str, str]


def _with_params(url: str, params: dict[str, str]) -> str:
    parts = urlsplit(url)
    merged = dict(parse_qsl(parts.query))
    merged.update(params)
    return urlunsplit(parts._replace(query=urlencode(merged)))


def _next_page(page: _Page, fetched: Fetched, body: Any, records: list[Any]) -> _Page | None:
    """The request for the next page, or None when this was the last; see the module doc."""
    link = _link_next(fetched.headers.get("link"))
    if link:
        return _Page(urljoin(page.url, link), {})
    if not isinstance(body, dict):
        return None
    for key in _NEXT_LINKS:
        value = _dig(body, key)
        if isinstance(value, str) and value and (value.startswith(("http", "/", "?"))):
            return _Page(urljoin(page.url, value), {})
    for key, param in _CURSORS:
        value = _dig(body, key)
        if isinstance(value, str | int) and not isinstance(value, bool) and value != "":
            return _Page(page.url, {**page.params, param: str(value)})
    if body.get("has_more") is True and records and isinstance(records[-1], dict):
        last = records[-1].get("id")
        if last is not None:
            return _Page(page.url, {**page.params, "starting_after": str(last)})
    return _numbered(page, body, records)


def _numbered(page: _Page, body: dict[str, Any], records: list[Any]) -> _Page | None:
    current = next(
        (
            v
            for k in (
                "page",
                "current_page",
                "currentPage",
                "pageNumber",
                "meta.page",
                "pagination.page",
                "meta.current_page",
            )
            if isinstance(v := _dig(body, k), int)
        ),
        None,
    )
    pages = next(
        (
            v
            for k in _PAGES
            for p in ("", "meta.", "pagination.")
            if isinstance(v := _dig(body, p + k), int)
        ),
        None,
    )
    if current is not None and pages is not None:
        return (
            _Page(page.url, {**page.params, "page": str(current + 1)}) if current < pages else None
        )
    total = records_of(body)[1]
    for key in ("offset", "startAt", "start", "skip"):  # offset styles (Jira: startAt)
        offset = _dig(body, key)
        if isinstance(offset, int) and not isinstance(offset, bool) and total is not None:
            following = offset + len(records)
            if following >= total:
                return None
            return _Page(page.url, {**page.params, key: str(following)})
    limit = page.params.get("limit") or page.params.get("per_page") or page.params.get("size")
    if "page" in page.params and limit and limit.isdigit() and len(records) >= int(limit):
        return _Page(page.url, {**page.params, "page": str(int(page.params["page"]) + 1)})
    return None


def sample_endpoint(
    url: str,
    *,
    auth: Auth,
    query: dict[str, str],
    policy: EgressPolicy,
    where: str,
    problems: list[Problem],
    cap: int = SAMPLE_CAP,
) -> tuple[list[Any], int | None]:
    """Up to ``cap`` records of one endpoint, following its pagination."""
    page: _Page | None = _Page(url, dict(query))
    seen: set[str] = set()
    records: list[Any] = []
    total = None
    for _number in range(MAX_PAGES):
        if page is None or len(records) >= cap:
            break
        target = _with_params(page.url, page.params)
        if target in seen:
            break
        seen.add(target)
        try:
            fetched = policy.get(target, {"Accept": "application/json", **auth.headers()})
        except EgressError as exc:
            problems.append(Problem(where, str(exc)))
            break
        if fetched.status >= 400:
            hint = " (check the token and --auth)" if fetched.status in (401, 403) else ""
            problems.append(Problem(where, f"HTTP {fetched.status}{hint}"))
            break
        try:
            body = fetched.json()
        except ValueError:
            problems.append(Problem(where, "the response is not JSON"))
            break
        found, reported = records_of(body)
        total = reported if reported is not None else total
        if not found:
            break
        records.extend(found[: cap - len(records)])
        page = _next_page(page, fetched, body, found)
    return records, total


def extract_rest(
    base_url: str,
    endpoints: list[str],
    *,
    auth: Auth | None = None,
    query: dict[str, str] | None = None,
    policy: EgressPolicy = LOCAL,
    cap: int = SAMPLE_CAP,
    seed: int | None = 1,
    scale: float = 1.0,
    profile_k: int | None = None,
) -> SourceExtraction:
    """Sample ``endpoints`` of the API at ``base_url`` and extract one spec for them all."""
    if not endpoints:
        endpoints = [""]
    problems: list[Problem] = []
    tables: list[SampleTable] = []
    for endpoint in endpoints:
        path, name = endpoint_table(endpoint)
        url = base_url.rstrip("/") + "/" + path.lstrip("/") if path else base_url
        if not path:
            name = clean_name(endpoint_table(urlsplit(base_url).path or "/records")[1])
        where = f"GET {path or urlsplit(base_url).path or '/'}"
        records, total = sample_endpoint(
            url,
            auth=auth or Auth(),
            query=query or {},
            policy=policy,
            where=where,
            problems=problems,
            cap=cap,
        )
        if not records:
            if not any(p.path == where for p in problems):
                problems.append(Problem(where, "no records in the response"))
            continue
        tables.extend(flatten(name, records, where, problems, total=total))
    if not tables:
        raise ExtractionError(
            "no endpoint gave records: " + "; ".join(map(str, problems)), path="endpoints"
        )
    shown = urlsplit(base_url)._replace(query="", fragment="").geturl()
    notes = [f"{t.name}: {t.frame.height:,} records sampled" for t in tables if t.parent is None]
    return build_spec(
        tables,
        name=urlsplit(base_url).hostname or "api",
        description=f"Extracted from {shown} (sampled responses; no value of a personal "
        "field is kept)",
        seed=seed,
        problems=problems,
        scale=scale,
        notes=notes,
        profile_k=profile_k,
    )
