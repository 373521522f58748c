"""The job API: ``/jobs/create``, ``/jobs/{id}/status|preview|download|control``, ``/jobs/``,
``/schema/extract``.

Kept for clients of the earlier synthetic-data generator service and its web
front end: jobs from a field-list schema (with ``chunk_size``, ``output_format``
and ``locale``), their progress in rows and chunks, previews, downloads and
controls. Every route calls the same services as ``/v1``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Query, Response
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field

from lookalike.server.deps import Owner, PoolDep, SandboxDep, SettingsDep, StoreDep
from lookalike.server.errors import ApiError
from lookalike.server.field_lists import spec_from_fields
from lookalike.server.models import MAX_ROWS, JobCreated, JobPage, JobPreview, JobView, SpecSource
from lookalike.server.routes import jobs as v1

router = APIRouter(tags=["job API"])


class FieldListSchema(BaseModel):
    """A schema: a list of fields (``name``, ``type``, ``description``, ``constraints``)."""

    fields: list[dict[str, Any]] = Field(min_length=1)


class CreateJobRequest(BaseModel):
    """``POST /jobs/create``."""

    schema_: FieldListSchema = Field(alias="schema")
    total_rows: int = Field(ge=1, le=MAX_ROWS)
    chunk_size: int | None = Field(None, ge=1, le=10_000_000)
    output_format: Literal["csv", "json", "ndjson", "parquet"] = "csv"
    seed: int | None = Field(None, ge=0, lt=2**63)
    locale: str | None = Field(None, max_length=16, description="e.g. de_DE (default en_US)")


@router.post("/jobs/create", status_code=202)
def jobs_create(
    body: CreateJobRequest,
    owner: Owner,
    store: StoreDep,
    settings: SettingsDep,
    pool: PoolDep,
    sandbox: SandboxDep,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> JobCreated:
    """A job from a field list."""
    spec = spec_from_fields(body.schema_.fields, rows=body.total_rows)
    source = SpecSource(spec=spec, rows=body.total_rows, seed=body.seed, locale=body.locale)
    return v1.start(
        store, settings, pool, sandbox, owner, source, format=body.output_format, compression=None,
        chunk_size=body.chunk_size, idempotency_key=idempotency_key,
    )  # fmt: skip


@router.get("/jobs/")
def jobs_list(
    owner: Owner,
    store: StoreDep,
    status: v1.Status | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> JobPage:
    """List jobs, newest first."""
    return v1.list_jobs(owner, store, status, 1, limit)


@router.get("/jobs/{job_id}/status")
def jobs_status(job_id: str, owner: Owner, store: StoreDep) -> JobView:
    """Status and progress."""
    return v1.get(job_id, owner, store)


@router.get("/jobs/{job_id}/preview")
def jobs_preview(
    job_id: str,
    owner: Owner,
    store: StoreDep,
    settings: SettingsDep,
    rows: Annotated[int, Query(ge=0)] = 10,
) -> JobPreview:
    """The first rows."""
    return v1.preview(job_id, owner, store, settings, rows, None)


@router.get("/jobs/{job_id}/download", response_class=FileResponse)
def jobs_download(job_id: str, owner: Owner, store: StoreDep, settings: SettingsDep) -> Response:
    """The generated file."""
    return v1.download(job_id, owner, store, settings)


class ControlRequest(BaseModel):
    """``POST /jobs/{job_id}/control``."""

    job_id: str | None = None
    action: Literal["pause", "resume", "cancel"]


@router.post("/jobs/{job_id}/control")
def jobs_control(
    job_id: str,
    body: ControlRequest,
    owner: Owner,
    store: StoreDep,
    settings: SettingsDep,
    pool: PoolDep,
) -> JobView:
    """Pause, resume or cancel."""
    if body.job_id is not None and body.job_id != job_id:
        raise ApiError(422, "job_id in the body differs from the one in the path", field="job_id")
    if body.action == "resume":
        return v1.resume(job_id, owner, store, pool)
    if body.action == "cancel":
        return v1.cancel(job_id, owner, store, settings)
    return v1.pause(job_id, owner, store)


class ExtractRequest(BaseModel):
    """``POST /schema/extract``: a sentence to turn into a schema."""

    user_input: str = Field(max_length=20_000)


@router.post("/schema/extract")
def schema_extract(body: ExtractRequest, _owner: Owner) -> dict[str, Any]:
    """A sentence to a field list, by the offline parser (as ``POST /v1/specs/from-text``)."""
    from lookalike.server.routes.sentences import seed_schema

    return seed_schema(body.user_input)
