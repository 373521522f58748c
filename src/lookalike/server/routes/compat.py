"""The seeds' endpoints, as their READMEs call them, translated onto the same services.

Seed 000: ``POST /api/mock-data``. Seed 001: ``/api/generate``, ``/api/jobs...``,
``/api/data-types``, ``/api/templates``. Seed 002: ``/jobs/create``,
``/jobs/{id}/status|preview|download|control``, ``/jobs/``, ``/schema/extract``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import FileResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from lookalike.api import load_template
from lookalike.server.compat import spec_from_fields, table_name
from lookalike.server.deps import Owner, PoolDep, SettingsDep, StoreDep
from lookalike.server.errors import ApiError
from lookalike.server.models import (
    MAX_ROWS,
    JobCreated,
    JobPage,
    JobPreview,
    JobView,
    SpecSource,
    TemplateInfo,
)
from lookalike.server.routes import jobs as v1
from lookalike.server.routes.catalogue import save_template, templates
from lookalike.server.services import dataset_for, pick_table, plan_for
from lookalike.server.streaming import MEDIA_TYPES, stream_rows

router = APIRouter(tags=["compatibility"])

DATA_TYPES = {"user": "user", "ecommerce": "ecommerce", "company": "company"}


class MockDataRequest(BaseModel):
    """Seed 000's body."""

    count: int = Field(1000, ge=0, le=MAX_ROWS)
    locale: str = Field("en_GB", max_length=16)
    seed: int | None = Field(None, ge=0, lt=2**63)
    email_domain: str | None = Field(None, max_length=253)


@router.post("/api/mock-data", response_class=StreamingResponse)
def mock_data(
    request: Request, body: MockDataRequest, owner: Owner, store: StoreDep, settings: SettingsDep
) -> StreamingResponse:
    """Seed 000: a stream of people (JSON array), UK by default."""
    if body.count > settings.max_stream_rows:
        raise ApiError(
            422,
            f"count is more than a stream may send ({settings.max_stream_rows:,})"
            "; use POST /v1/jobs",
            field="count",
        )
    source = SpecSource(
        template="person",
        rows=body.count,
        seed=body.seed,
        locale=body.locale,
        email_domain=body.email_domain,
    )
    plan = plan_for(dataset_for(store, owner, source), rows=body.count, seed=body.seed)
    table = pick_table(plan, None, single=True)
    return StreamingResponse(
        stream_rows(plan, table, "json", request.app.state.streams),
        media_type=MEDIA_TYPES["json"],
        headers={"X-Lookalike-Seed": str(plan.seed)},
    )


class GenerateRequest(BaseModel):
    """Seed 001's body."""

    model_config = ConfigDict(extra="forbid")

    data_type: str = Field(description="user, ecommerce, company, or a saved template")
    record_count: int = Field(ge=1, le=MAX_ROWS)
    output_format: Literal["csv", "json", "ndjson", "parquet"] = "csv"
    seed: int | None = Field(None, ge=0, lt=2**63)


@router.post("/api/generate", status_code=202)
def generate(
    body: GenerateRequest,
    owner: Owner,
    store: StoreDep,
    settings: SettingsDep,
    pool: PoolDep,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> JobCreated:
    """Seed 001: start a job of a data type."""
    template = DATA_TYPES.get(body.data_type, body.data_type)
    source = SpecSource(template=template, rows=body.record_count, seed=body.seed)
    return v1.start(
        store, settings, pool, owner, source, format=body.output_format, compression=None,
        chunk_size=None, idempotency_key=idempotency_key, what=f"{body.data_type} records",
    )  # fmt: skip


@router.get("/api/jobs")
def api_jobs(
    owner: Owner,
    store: StoreDep,
    status: v1.Status | None = None,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=500)] = 20,
) -> JobPage:
    """Seed 001: list jobs."""
    return v1.list_jobs(owner, store, status, page, page_size)


@router.get("/api/jobs/{job_id}")
def api_job(job_id: str, owner: Owner, store: StoreDep) -> JobView:
    """Seed 001: job status (``progress``, ``error_message`` included)."""
    return v1.get(job_id, owner, store)


@router.get("/api/jobs/{job_id}/download", response_class=FileResponse)
def api_download(job_id: str, owner: Owner, store: StoreDep, settings: SettingsDep) -> FileResponse:
    """Seed 001: the file."""
    return v1.download(job_id, owner, store, settings)


@router.get("/api/data-types")
def data_types(_owner: Owner) -> list[dict[str, Any]]:
    """Seed 001: the data types and their fields."""
    out = []
    for name, template in DATA_TYPES.items():
        dataset = load_template(template)
        table = next(iter(dataset.tables.values()))
        out.append({"name": name, "template": template, "fields": list(table.fields)})
    return out


@router.get("/api/templates")
def api_templates(owner: Owner, store: StoreDep) -> list[TemplateInfo]:
    """Seed 001: templates (shipped and this key's)."""
    return templates(owner, store)


class SeedTemplateRequest(BaseModel):
    """Seed 001's custom template."""

    name: str = Field(min_length=1, max_length=63)
    description: str | None = Field(None, max_length=2000)
    schema_fields: list[dict[str, Any]] = Field(min_length=1)


@router.post("/api/templates", status_code=201)
def api_save_template(body: SeedTemplateRequest, owner: Owner, store: StoreDep) -> TemplateInfo:
    """Seed 001: save a field list as a template (then usable as ``data_type``)."""
    from lookalike.server.models import TemplateRequest

    name = table_name(body.name)
    spec = spec_from_fields(body.schema_fields, table=name)
    return save_template(
        TemplateRequest(name=name, description=body.description, spec=spec), owner, store
    )


class SeedSchema(BaseModel):
    """Seed 002's schema: a list of fields."""

    fields: list[dict[str, Any]] = Field(min_length=1)


class CreateJobRequest(BaseModel):
    """Seed 002's ``/jobs/create`` body."""

    schema_: SeedSchema = Field(alias="schema")
    total_rows: int = Field(ge=1, le=MAX_ROWS)
    chunk_size: int | None = Field(None, ge=1, le=10_000_000)
    output_format: Literal["csv", "json", "ndjson", "parquet"] = "csv"
    seed: int | None = Field(None, ge=0, lt=2**63)


@router.post("/jobs/create", status_code=202)
def jobs_create(
    body: CreateJobRequest,
    owner: Owner,
    store: StoreDep,
    settings: SettingsDep,
    pool: PoolDep,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> JobCreated:
    """Seed 002: a job from a field list."""
    spec = spec_from_fields(body.schema_.fields, rows=body.total_rows)
    source = SpecSource(spec=spec, rows=body.total_rows, seed=body.seed)
    return v1.start(
        store, settings, pool, owner, source, format=body.output_format, compression=None,
        chunk_size=body.chunk_size, idempotency_key=idempotency_key,
    )  # fmt: skip


@router.get("/jobs/")
def jobs_list(
    owner: Owner,
    store: StoreDep,
    status: v1.Status | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> JobPage:
    """Seed 002: list jobs."""
    return v1.list_jobs(owner, store, status, 1, limit)


@router.get("/jobs/{job_id}/status")
def jobs_status(job_id: str, owner: Owner, store: StoreDep) -> JobView:
    """Seed 002: status and progress."""
    return v1.get(job_id, owner, store)


@router.get("/jobs/{job_id}/preview")
def jobs_preview(
    job_id: str,
    owner: Owner,
    store: StoreDep,
    settings: SettingsDep,
    rows: Annotated[int, Query(ge=0)] = 10,
) -> JobPreview:
    """Seed 002: the first rows."""
    return v1.preview(job_id, owner, store, settings, rows, None)


@router.get("/jobs/{job_id}/download", response_class=FileResponse)
def jobs_download(
    job_id: str, owner: Owner, store: StoreDep, settings: SettingsDep
) -> FileResponse:
    """Seed 002: the file."""
    return v1.download(job_id, owner, store, settings)


class ControlRequest(BaseModel):
    """Seed 002's control body."""

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
    """Seed 002: pause, resume or cancel."""
    if body.job_id is not None and body.job_id != job_id:
        raise ApiError(422, "job_id in the body differs from the one in the path", field="job_id")
    if body.action == "resume":
        return v1.resume(job_id, owner, store, pool)
    if body.action == "cancel":
        return v1.cancel(job_id, owner, store, settings)
    return v1.pause(job_id, owner, store)


class ExtractRequest(BaseModel):
    """Seed 002's schema extraction body."""

    user_input: str = Field(max_length=20_000)


@router.post("/schema/extract")
def schema_extract(body: ExtractRequest, _owner: Owner) -> dict[str, Any]:
    """Seed 002: a sentence to a field list, by the offline parser (as POST /v1/specs/from-text)."""
    from lookalike.server.routes.sentences import seed_schema

    return seed_schema(body.user_input)
