"""``POST /v1/specs/extract``: a spec and its report from an API, a document, a database, a file.

A JSON body names the source (``rest``, ``openapi``, ``json-schema``, ``sql``);
a multipart upload carries a sample file or a document (``file``) with the same
options as form fields. Everything the server fetches or connects to on the
caller's behalf goes through the egress policy built from the settings
(:mod:`lookalike.extract.egress`): private, loopback, link-local and metadata
addresses are refused unless ``egress_allow`` lists them. A token sent for the
API is used for the requests only; it is never stored or returned.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from lookalike.extract.result import SourceExtraction
from lookalike.server.deps import Owner, SettingsDep
from lookalike.server.errors import ApiError
from lookalike.server.settings import Settings

if TYPE_CHECKING:
    # httpx comes with the egress policy: imported by the first extraction, not with
    # the server (7 MB of an idle server's memory).
    from lookalike.extract.egress import EgressPolicy

router = APIRouter(prefix="/v1", tags=["extract"])


class ExtractRequest(BaseModel):
    """What to extract from, and how."""

    model_config = ConfigDict(extra="forbid")

    source: Literal["rest", "openapi", "json-schema", "sql"]
    url: str | None = Field(None, description="API base URL, document URL or database URL.")
    document: dict[str, Any] | None = Field(None, description="An inline OpenAPI/JSON Schema.")
    endpoints: list[str] = Field(default_factory=list, description="rest: PATH or PATH=TABLE.")
    token: str | None = Field(None, description="rest: used for the requests, never stored.")
    auth: str = Field("bearer", description="bearer, basic or header:NAME.")
    query: dict[str, str] = Field(default_factory=dict)
    profile: bool = False
    k: int = Field(10, ge=2, le=10_000)
    sample: int | None = Field(None, ge=1, le=5000, description="Records per endpoint.")
    schema_name: str | None = Field(None, description="sql: the schema to read.")
    format: Literal["spec", "metadata-template"] = "spec"


def policy_of(settings: Settings) -> EgressPolicy:
    """The egress policy the settings ask for.

    >>> policy_of(Settings(home="/tmp/x", egress_allow=["10.0.0.0/8"])).allow
    ('10.0.0.0/8',)
    """
    from lookalike.extract.egress import EgressPolicy

    return EgressPolicy(allow=tuple(settings.egress_allow))


def _run(body: ExtractRequest, settings: Settings) -> SourceExtraction:
    from lookalike.extract.documents import check_planned, extract_document, read_document
    from lookalike.extract.rest import Auth, extract_rest
    from lookalike.extract.sources import extract_source

    policy = policy_of(settings)
    if body.source in ("openapi", "json-schema"):
        if body.document is None and body.url is None:
            raise ApiError(422, "give document (inline) or url", field="document")
        if body.document is None:
            policy.check_url(body.url or "")  # http(s) only: never a file of the server
        document = (
            body.document if body.document is not None else read_document(body.url or "", policy)
        )
        return check_planned(extract_document(document, "document"))
    if body.url is None:
        raise ApiError(422, f"source {body.source} needs url", field="url")
    if body.source == "sql":
        # SQLite files only from the data directory's extract/ folder: never the job store.
        pinned = policy.pin_database_url(body.url, data_dir=str(settings.home / "extract"))
        return extract_source([pinned], profile=body.profile, k=body.k, schema=body.schema_name)
    auth = Auth.from_secret(body.token, body.auth) if body.token else None
    policy.check_url(body.url)
    return extract_rest(
        body.url,
        body.endpoints,
        auth=auth,
        query=body.query,
        policy=policy,
        cap=body.sample or 500,
        profile_k=body.k if body.profile else None,
    )


def _answer(result: SourceExtraction, fmt: str) -> dict[str, Any]:
    if fmt == "metadata-template":
        from lookalike.extract.template import spec_to_template

        return {"template": spec_to_template(result.spec), "report": result.report()}
    return {"spec": result.spec, "report": result.report()}


async def _upload(request: Request) -> tuple[Path, dict[str, Any]]:
    """The uploaded file, saved under a private temporary folder, and the form's options."""
    async with request.form() as form:  # the spooled upload goes when this block ends
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise ApiError(
                422, "send the sample file or document as the form field 'file'", field="file"
            )
        k, fmt = str(form.get("k", "10")), str(form.get("format", "spec"))
        profile = str(form.get("profile", "false")).lower() in ("1", "true", "yes")
        if not k.isdigit() or not 2 <= int(k) <= 10_000:
            raise ApiError(422, "k must be a whole number from 2 to 10000", field="k")
        if fmt not in ("spec", "metadata-template"):
            raise ApiError(422, "format must be spec or metadata-template", field="format")
        name = Path(upload.filename or "upload.csv").name
        folder = Path(tempfile.mkdtemp(prefix="lookalike_extract_"))
        path = folder / name
        path.write_bytes(await upload.read())
    return path, {"profile": profile, "k": int(k), "format": fmt}


@router.post("/specs/extract")
async def extract(request: Request, _owner: Owner, settings: SettingsDep) -> dict[str, Any]:
    """Extract a spec and its report from a source; see the module docstring."""
    from lookalike.extract.egress import EgressError

    try:
        if request.headers.get("content-type", "").startswith("multipart/form-data"):
            path, options = await _upload(request)
            try:
                from lookalike.extract.sources import extract_source

                result = await asyncio.to_thread(
                    extract_source, [str(path)], profile=options["profile"], k=options["k"]
                )
            finally:
                path.unlink(missing_ok=True)
                path.parent.rmdir()
            return _answer(result, options["format"])
        try:
            body = ExtractRequest.model_validate(json.loads(await request.body() or b"{}"))
        except (ValidationError, ValueError) as exc:
            raise ApiError(
                422, f"invalid request: {str(exc).splitlines()[0]}", field="body"
            ) from exc
        result = await asyncio.to_thread(_run, body, settings)
        return _answer(result, body.format)
    except EgressError as exc:
        raise ApiError(403, str(exc), field="url") from exc
