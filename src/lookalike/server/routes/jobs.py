"""Durable jobs: create, list, inspect, pause/resume/cancel, preview, download, delete."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Header, Query, Response
from fastapi.responses import FileResponse

from lookalike.jobs.chunks import plan_of
from lookalike.jobs.outputs import download_path, remove_job_files
from lookalike.jobs.remote_outputs import outputs_at
from lookalike.server.deps import Owner, PoolDep, SandboxDep, SettingsDep, StoreDep
from lookalike.server.errors import ApiError
from lookalike.server.job_files import one_file, remote_download
from lookalike.server.models import (
    Format,
    JobCreated,
    JobPage,
    JobPreview,
    JobRequest,
    JobView,
    SpecSource,
)
from lookalike.server.services import create_job, job_view, json_rows, owned_job, pick_table
from lookalike.sinks.formats import media_type

router = APIRouter(prefix="/v1/jobs", tags=["jobs"])

Status = Literal["pending", "generating", "paused", "completed", "failed", "cancelled"]


@router.post("", status_code=202)
def create(
    body: JobRequest,
    owner: Owner,
    store: StoreDep,
    settings: SettingsDep,
    pool: PoolDep,
    sandbox: SandboxDep,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> JobCreated:
    """Start a job; the same ``Idempotency-Key`` returns the same job instead of a new one."""
    return start(
        store, settings, pool, sandbox, owner, body,
        format=list(body.formats) if body.formats else body.format,
        compression=body.compression, chunk_size=body.chunk_size,
        idempotency_key=idempotency_key,
    )  # fmt: skip


def start(
    store: StoreDep,
    settings: SettingsDep,
    pool: PoolDep,
    sandbox: SandboxDep,
    owner: str,
    source: SpecSource,
    *,
    format: str | list[str],
    compression: str | None,
    chunk_size: int | None,
    idempotency_key: str | None,
    what: str = "rows",
) -> JobCreated:
    """Store the job, wake a worker, and answer 202's body (every route that starts jobs)."""
    job = create_job(
        store, settings, sandbox, owner, source, format=format, compression=compression,
        chunk_size=chunk_size, idempotency_key=idempotency_key,
    )  # fmt: skip
    pool.wake()
    return JobCreated(
        job_id=job.id,
        status=job.status,
        message=f"Job created successfully. Generating {job.total_rows} {what}.",
    )


@router.get("")
def list_jobs(
    owner: Owner,
    store: StoreDep,
    status: Status | None = None,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=500)] = 20,
    q: Annotated[str | None, Query(max_length=200, description="Part of a job's name.")] = None,
) -> JobPage:
    """This key's jobs, newest first, optionally with one status or a name containing ``q``."""
    jobs, total = store.list_jobs(
        owner, status=status, limit=page_size, offset=(page - 1) * page_size, name_contains=q
    )
    return JobPage(jobs=[job_view(j) for j in jobs], total=total, page=page, page_size=page_size)


@router.get("/{job_id}")
def get(job_id: str, owner: Owner, store: StoreDep) -> JobView:
    """Status and progress."""
    return job_view(owned_job(store, owner, job_id))


def control(store: StoreDep, owner: str, job_id: str, action: str) -> JobView:
    """Pause, resume or cancel; 409 when the job's status does not allow it."""
    owned_job(store, owner, job_id)
    moves = {
        "pause": (("pending", "generating"), "paused"),
        "resume": (("paused",), "pending"),
        "cancel": (("pending", "generating", "paused"), "cancelled"),
    }
    sources, target = moves[action]
    if not store.transition(job_id, owner, sources, target):
        current = owned_job(store, owner, job_id)
        raise ApiError(409, f"cannot {action} a job that is {current.status}", field="status")
    return job_view(owned_job(store, owner, job_id))


@router.post("/{job_id}/pause")
def pause(job_id: str, owner: Owner, store: StoreDep) -> JobView:
    """Stop after the current chunk; resume continues from there."""
    return control(store, owner, job_id, "pause")


@router.post("/{job_id}/resume")
def resume(job_id: str, owner: Owner, store: StoreDep, pool: PoolDep) -> JobView:
    """Continue a paused job from its last finished chunk."""
    view = control(store, owner, job_id, "resume")
    pool.wake()
    return view


@router.post("/{job_id}/cancel")
def cancel(job_id: str, owner: Owner, store: StoreDep, settings: SettingsDep) -> JobView:
    """Stop for good and delete what was written."""
    view = control(store, owner, job_id, "cancel")
    remove_job_files(job_id, settings.jobs_dir, outputs_at(settings.outputs_url))
    return view


@router.get("/{job_id}/preview")
def preview(
    job_id: str,
    owner: Owner,
    store: StoreDep,
    settings: SettingsDep,
    rows: Annotated[int, Query(ge=0)] = 10,
    table: str | None = None,
) -> JobPreview:
    """The job's first rows (regenerated: the same rows its file holds), also while running."""
    job = owned_job(store, owner, job_id)
    if rows > settings.max_preview_rows:
        raise ApiError(422, f"preview shows at most {settings.max_preview_rows} rows", field="rows")
    plan = plan_of(job)
    name = pick_table(plan, table, single=False)
    data = json_rows(plan, name, min(rows, plan.tables[name].rows))
    return JobPreview(
        job_id=job.id,
        table=name,
        total_rows=plan.tables[name].rows,
        preview_rows=len(data),
        data=data,
    )


@router.get(
    "/{job_id}/download",
    response_class=FileResponse,
    responses={200: {"description": "The file (HTTP Range supported)."}},
)
def download(
    job_id: str,
    owner: Owner,
    store: StoreDep,
    settings: SettingsDep,
    table: Annotated[str | None, Query(description="One table's file (with `format`).")] = None,
    format: Annotated[Format | None, Query(description="One format's file.")] = None,
    range_header: Annotated[str | None, Header(alias="range", include_in_schema=False)] = None,
) -> Response:
    """The output: one file, or a zip when there are several (or one ``table``/``format``)."""
    job = owned_job(store, owner, job_id)
    if job.status != "completed":
        raise ApiError(
            409, f"the job is {job.status}; download once it is completed", field="status"
        )
    remote = outputs_at(settings.outputs_url)
    path = download_path(job, settings.jobs_dir)
    fmt = job.formats[0]
    if table is not None or format is not None:
        path, fmt = one_file(job, settings.jobs_dir, table, format, remote)
    zipped = path.suffix == ".zip"
    media = "application/zip" if zipped else media_type(fmt, job.compression)
    if not path.is_file() and remote is not None:  # read from the outputs URL as it is sent
        sent = remote_download(remote, job.id, path.name, media, range_header)
        if sent is not None:
            return sent
    if not path.is_file():
        raise ApiError(410, "the output is gone (deleted by cleanup?); run the job again")
    return FileResponse(path, media_type=media, filename=path.name)


@router.delete("/{job_id}", status_code=204)
def delete(job_id: str, owner: Owner, store: StoreDep, settings: SettingsDep) -> Response:
    """Cancel if needed, then delete the job and its files."""
    owned_job(store, owner, job_id)
    store.transition(job_id, owner, ("pending", "generating", "paused"), "cancelled")
    store.delete_job(job_id, owner)
    remove_job_files(job_id, settings.jobs_dir, outputs_at(settings.outputs_url))
    return Response(status_code=204)
