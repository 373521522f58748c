"""The generation-platform API: ``/api/generate``, ``/api/jobs``, ``/api/data-types``,
``/api/templates``.

Kept for clients of the earlier synthetic-data generation platform: its
request shapes and bounds (100 to 1,000,000 records a job), its data types
(``user``, ``ecommerce``, ``company``) and its custom templates, used by the
name they were created with. Every route calls the same services as ``/v1``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Query, Response
from fastapi.responses import FileResponse
from pydantic import BaseModel, ConfigDict, Field

from lookalike.planning import load_template, template_names
from lookalike.server.deps import Owner, PoolDep, SandboxDep, SettingsDep, StoreDep
from lookalike.server.field_lists import spec_from_fields, table_name
from lookalike.server.models import JobCreated, JobPage, JobView, SpecSource, TemplateInfo
from lookalike.server.routes import jobs as v1
from lookalike.server.routes.catalogue import save_template, templates

router = APIRouter(tags=["generation-platform API"])

#: The platform's data types and the shipped templates that make them.
DATA_TYPES = {"user": "user", "ecommerce": "ecommerce", "company": "company"}
#: The platform's bounds on a job (its MIN_RECORDS and MAX_RECORDS).
MIN_RECORDS, MAX_RECORDS = 100, 1_000_000


class GenerateRequest(BaseModel):
    """``POST /api/generate``."""

    model_config = ConfigDict(extra="forbid")

    data_type: str = Field(description="user, ecommerce, company, or a saved template's name")
    record_count: int = Field(ge=MIN_RECORDS, le=MAX_RECORDS, description="100 to 1,000,000")
    output_format: Literal["csv", "json", "ndjson", "parquet"] = "csv"
    seed: int | None = Field(None, ge=0, lt=2**63)


def _template_of(data_type: str, owner: str, store: Any) -> str:
    """The template a data type means: a shipped one, or the key's own by the name it was
    created with (``Customer Profile`` is saved as ``customer_profile``)."""
    if data_type in DATA_TYPES:
        return DATA_TYPES[data_type]
    if store.get_template(owner, data_type) is None and data_type not in template_names():
        slug = table_name(data_type)
        if store.get_template(owner, slug) is not None:
            return slug
    return data_type


@router.post("/api/generate", status_code=202)
def generate(
    body: GenerateRequest,
    owner: Owner,
    store: StoreDep,
    settings: SettingsDep,
    pool: PoolDep,
    sandbox: SandboxDep,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> JobCreated:
    """Start a job of a data type."""
    source = SpecSource(
        template=_template_of(body.data_type, owner, store), rows=body.record_count,
        seed=body.seed,
    )  # fmt: skip
    return v1.start(
        store, settings, pool, sandbox, owner, source, format=body.output_format, compression=None,
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
    """List jobs."""
    return v1.list_jobs(owner, store, status, page, page_size)


@router.get("/api/jobs/{job_id}")
def api_job(job_id: str, owner: Owner, store: StoreDep) -> JobView:
    """A job's status (``progress`` and ``error_message`` included)."""
    return v1.get(job_id, owner, store)


@router.get("/api/jobs/{job_id}/download", response_class=FileResponse)
def api_download(job_id: str, owner: Owner, store: StoreDep, settings: SettingsDep) -> Response:
    """The generated file."""
    return v1.download(job_id, owner, store, settings)


@router.get("/api/data-types")
def data_types(_owner: Owner) -> list[dict[str, Any]]:
    """The data types and the fields their files hold (helper fields left out)."""
    out = []
    for name, template in DATA_TYPES.items():
        dataset = load_template(template)
        table = next(iter(dataset.tables.values()))
        fields = [n for n, f in table.fields.items() if not getattr(f, "hidden", False)]
        out.append({"name": name, "template": template, "fields": fields})
    return out


@router.get("/api/templates")
def api_templates(owner: Owner, store: StoreDep) -> list[TemplateInfo]:
    """Templates: the shipped ones and this key's."""
    return templates(owner, store)


class CustomTemplateRequest(BaseModel):
    """``POST /api/templates``: a field list saved as a template."""

    name: str = Field(min_length=1, max_length=63)
    description: str | None = Field(None, max_length=2000)
    schema_fields: list[dict[str, Any]] = Field(min_length=1)


@router.post("/api/templates", status_code=201)
def api_save_template(body: CustomTemplateRequest, owner: Owner, store: StoreDep) -> TemplateInfo:
    """Save a field list as a template (then usable as ``data_type``, by its name)."""
    from lookalike.server.models import TemplateRequest

    name = table_name(body.name)
    spec = spec_from_fields(body.schema_fields, table=name)
    return save_template(
        TemplateRequest(name=name, description=body.description, spec=spec), owner, store
    )
