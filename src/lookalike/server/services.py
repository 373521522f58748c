"""What the routes do, shared by the /v1 API and the compatibility routes.

Routers only translate HTTP to these calls; the compatibility routes (the APIs
lookalike replaces) translate their request shapes to the same calls, so every
face behaves the same.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from lookalike.estimate import human_bytes
from lookalike.jobs.chunks import count_chunks, pin
from lookalike.jobs.outputs import estimate_stored
from lookalike.jobs.store import Job, JobStore, StorageFullError, TooManyJobsError
from lookalike.pipeline import RowRange, collect_table
from lookalike.plan import Plan, default_reference_time
from lookalike.planning import customise, load_template, resolve, template_names
from lookalike.randomness import BLOCK_ROWS, fresh_seed
from lookalike.server.errors import ApiError, not_found
from lookalike.server.models import JobView, SpecSource
from lookalike.server.sandbox import Sandbox
from lookalike.server.settings import Settings
from lookalike.sinks import NdjsonEncoder
from lookalike.spec import Dataset, spec_from_dict


def dataset_for(store: JobStore, owner: str, source: SpecSource) -> Dataset:
    """The spec a request names (inline, a shipped template or the key's own template)."""
    if (source.spec is None) == (source.template is None):
        raise ApiError(422, "give exactly one of `spec` or `template`", field="spec")
    if source.spec is not None:
        dataset = spec_from_dict(source.spec)
    else:
        assert source.template is not None
        saved = store.get_template(owner, source.template)
        if saved is not None:
            dataset = spec_from_dict(saved[1])
        elif source.template in template_names():
            dataset = load_template(source.template)
        else:
            raise ApiError(
                404, f"no template {source.template!r}; see GET /v1/templates", field="template"
            )
    return customise(dataset, locale=source.locale, email_domain=source.email_domain)


def plan_for(
    dataset: Dataset,
    sandbox: Sandbox,
    *,
    rows: int | None,
    seed: int | None,
    reference_time: dt.datetime | None = None,
) -> Plan:
    """Resolve ``dataset`` through the library's front door, after the sandbox planned it
    without harm (a spec error is a 422 naming the field; anything else is a bug,
    answered 500 and logged)."""
    spec = dataset.model_dump(mode="json", exclude_none=True)
    sandbox.check(spec, rows=rows, seed=seed, reference_time=reference_time)
    return resolve(dataset, rows=rows, seed=seed, reference_time=reference_time)


def pick_table(plan: Plan, table: str | None, *, single: bool) -> str:
    """The table a request means; with several and none named, the first (or an error)."""
    if table is not None:
        if table not in plan.tables:
            raise ApiError(
                422, f"no table {table!r}; tables: {', '.join(plan.tables)}", field="table"
            )
        return table
    if single and len(plan.tables) > 1:
        raise ApiError(
            422,
            f"this spec has {len(plan.tables)} tables; pass `table`, one of "
            f"{', '.join(plan.tables)}",
            field="table",
        )
    return next(iter(plan.tables))


def json_rows(plan: Plan, table: str, rows: int) -> list[dict[str, Any]]:
    """The first ``rows`` rows of ``table`` as JSON objects (as the ndjson output has them),
    collected as the CLI's ``preview`` collects them."""
    data = collect_table(plan, table, row_range=RowRange(0, rows))
    encoder = NdjsonEncoder()
    out: list[dict[str, Any]] = []
    for batch in data.to_batches():
        if batch.num_rows:
            out.extend(json.loads(line) for line in bytes(encoder(batch)).splitlines() if line)
    return out


def create_job(
    store: JobStore,
    settings: Settings,
    sandbox: Sandbox,
    owner: str,
    source: SpecSource,
    *,
    format: str | list[str],
    compression: str | None,
    chunk_size: int | None,
    idempotency_key: str | None,
) -> Job:
    """Check the request completely, then store a pending job (or return the idempotent one)."""
    fingerprint = request_hash(source, format, compression, chunk_size)
    existing = _idempotent(store, owner, idempotency_key, fingerprint)
    if existing is not None:
        return existing
    if source.rows is not None and source.rows > settings.max_rows_per_job:
        raise ApiError(422, _too_many(source.rows, settings.max_rows_per_job), field="rows")
    dataset = dataset_for(store, owner, source)
    seed = source.seed if source.seed is not None else dataset.seed
    seed = seed if seed is not None else fresh_seed()
    reference = dataset.reference_time or default_reference_time()
    plan = plan_for(dataset, sandbox, rows=source.rows, seed=seed, reference_time=reference)
    chunk_rows = chunk_size or BLOCK_ROWS
    chunks = _check_size(plan, settings, chunk_rows)
    formats = list(dict.fromkeys([format] if isinstance(format, str) else format))
    if "arrow" in formats and compression == "gzip":
        raise ApiError(422, "Arrow files compress with zstd, not gzip", field="compression")
    size = _check_storage(plan, settings, formats, compression)
    stored = pin(
        dataset.model_dump(mode="json", exclude_none=True),
        rows=source.rows, seed=seed, reference_time=reference.isoformat(),
    )  # fmt: skip
    try:
        return store.create_job(
            owner=owner, spec=stored, format=",".join(formats), compression=compression,
            chunk_rows=chunk_rows, total_rows=plan.total_rows, total_chunks=chunks,
            idempotency_key=idempotency_key, request_hash=fingerprint,
            max_active=settings.max_concurrent_jobs, stored_bytes=size,
            max_bytes=int(settings.max_storage_bytes),
        )  # fmt: skip
    except TooManyJobsError:
        raise ApiError(
            429,
            f"this key already has {settings.max_concurrent_jobs} jobs pending, generating "
            "or paused; wait for one to finish, or cancel one",
            headers={"Retry-After": "10"},
        ) from None
    except StorageFullError as full:
        raise ApiError(
            507,
            f"this job would write about {human_bytes(full.more)}, but this key's jobs keep "
            f"{human_bytes(full.used)} of the {human_bytes(full.limit)} it may keep; delete "
            "jobs you no longer need (DELETE /v1/jobs/{id}), or ask for fewer rows",
            field="rows",
        ) from None


def _check_storage(
    plan: Plan, settings: Settings, formats: list[str], compression: str | None
) -> int:
    """The job's estimated stored bytes, refused at once (422) when over the key's limit
    even with nothing else kept."""
    size = estimate_stored(plan, formats, compression)
    limit = int(settings.max_storage_bytes)
    if size > limit:
        raise ApiError(
            422,
            f"this job would write about {human_bytes(size)}, more than a key may keep "
            f"({human_bytes(limit)}); ask for fewer rows, use a compressed or columnar "
            "format (parquet, or compression: zstd), or split the work",
            field="rows",
        )
    return size


def _idempotent(
    store: JobStore, owner: str, idempotency_key: str | None, fingerprint: str
) -> Job | None:
    """The job an ``Idempotency-Key`` already made for this same request, if any."""
    if idempotency_key is None:
        return None
    if len(idempotency_key) > 200:
        raise ApiError(
            422, "Idempotency-Key is longer than 200 characters", field="Idempotency-Key"
        )
    existing = store.find_idempotent(owner, idempotency_key)
    if existing is not None and existing.request_hash not in (None, fingerprint):
        raise ApiError(
            422,
            f"this Idempotency-Key was used for another request (job {existing.id}); "
            "send the same body again, or use a new key",
            field="Idempotency-Key",
        )
    return existing


def _check_size(plan: Plan, settings: Settings, chunk_rows: int) -> int:
    """The job's chunk count, once its rows and chunks are within the limits."""
    if plan.total_rows > settings.max_rows_per_job:
        raise ApiError(422, _too_many(plan.total_rows, settings.max_rows_per_job), field="rows")
    chunks = count_chunks(plan, chunk_rows)
    if chunks > settings.max_chunks:
        raise ApiError(
            422,
            f"{chunks:,} chunks is more than the {settings.max_chunks:,} allowed; "
            "use a larger chunk_size",
            field="chunk_size",
        )
    return chunks


def request_hash(
    source: SpecSource, format: str | list[str], compression: str | None, chunk_size: int | None
) -> str:
    """A fingerprint of what a job request asks for (to check a reused Idempotency-Key).

    >>> a = request_hash(SpecSource(template="person", rows=10), "csv", None, None)
    >>> a == request_hash(SpecSource(template="person", rows=10), "csv", None, None)
    True
    >>> a == request_hash(SpecSource(template="person", rows=11), "csv", None, None)
    False
    """
    import hashlib
    import json

    body = {
        "source": source.model_dump(mode="json"),
        "format": format,
        "compression": compression,
        "chunk_size": chunk_size,
    }
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def _too_many(rows: int, limit: int) -> str:
    return (
        f"{rows:,} rows is more than this key may generate in one job ({limit:,}); "
        "ask for fewer rows, or split the work into several jobs"
    )


def stream_slot(
    store: JobStore, settings: Settings, owner: str, instance: str
) -> tuple[JobStore, str]:
    """A slot for one more of ``owner``'s streams, or 429 at the limit (every server
    sharing the store counts the same slots)."""
    slot = store.acquire_stream(
        owner, instance, limit=settings.max_concurrent_streams, seconds=settings.lease_seconds
    )
    if slot is None:
        raise ApiError(
            429,
            f"this key already has {settings.max_concurrent_streams} streams running; wait for "
            "one to end (or use a job, POST /v1/jobs, for large outputs)",
            headers={"Retry-After": "5"},
        )
    return store, slot


def owned_job(store: JobStore, owner: str, job_id: str) -> Job:
    """The caller's job, or 404 (also for another key's job)."""
    job = store.get_job(job_id, owner=owner)
    if job is None:
        raise not_found("job", job_id)
    return job


def _iso(epoch: float | None) -> str | None:
    if epoch is None:
        return None
    return dt.datetime.fromtimestamp(epoch, dt.UTC).isoformat(timespec="seconds")


def job_view(job: Job) -> JobView:
    """The API's picture of a job row."""
    stored = json.loads(job.spec)
    progress = job.progress_percentage
    return JobView(
        id=job.id,
        job_id=job.id,
        status=job.status,
        rows_generated=job.rows_generated,
        total_rows=job.total_rows,
        chunks_completed=job.chunks_completed,
        total_chunks=job.total_chunks,
        progress_percentage=progress,
        progress=progress,
        format=job.formats[0],
        formats=job.formats,
        compression=job.compression,
        seed=int(stored["seed"]),
        tables=list(stored["dataset"]["tables"]),
        created_at=_iso(job.created_at) or "",
        started_at=_iso(job.started_at),
        completed_at=_iso(job.completed_at),
        error=job.error,
        error_message=job.error,
        name=stored["dataset"].get("name"),
    )
