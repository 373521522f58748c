"""Request and response bodies of the /v1 API (separate models for each direction)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

MAX_ROWS = 10**12


class SpecSource(BaseModel):
    """Where rows come from: a spec or a template, with the usual overrides."""

    model_config = ConfigDict(extra="forbid")

    spec: dict[str, Any] | None = Field(
        None, description="A lookalike spec (see /v1/specs/schema); or give `template`."
    )
    template: str | None = Field(None, description="A shipped or saved template name.")
    rows: int | None = Field(None, ge=0, le=MAX_ROWS, description="Rows per table.")
    seed: int | None = Field(None, ge=0, lt=2**63, description="Omit for a fresh seed.")
    locale: str | None = Field(None, max_length=16, description="e.g. en_GB")
    email_domain: str | None = Field(None, max_length=253, description="e.g. testcorp.co.uk")


class PreviewRequest(SpecSource):
    """``POST /v1/preview``: the first rows of a spec or template."""

    rows: int | None = Field(10, ge=0, le=MAX_ROWS, description="Rows to show.")
    table: str | None = Field(None, description="Which table (default: the first).")


#: The formats of sinks/formats.py (a test keeps these in step with it).
TextFormat = Literal["csv", "tsv", "ndjson", "json"]


class StreamRequest(SpecSource):
    """``POST /v1/stream``: rows sent as they are generated."""

    format: TextFormat = "csv"
    table: str | None = Field(None, description="Which table, when the spec has several.")


Format = Literal["csv", "tsv", "ndjson", "json", "parquet", "arrow", "xlsx", "geojson"]


class JobRequest(SpecSource):
    """``POST /v1/jobs``: a durable generation job."""

    format: Format = "csv"
    formats: list[Format] | None = Field(
        None,
        min_length=1,
        max_length=8,
        description="Several output formats at once (instead of `format`); download is a zip.",
    )
    compression: Literal["gzip", "zstd"] | None = None
    chunk_size: int | None = Field(
        None, ge=1, le=10_000_000, description="Rows per recorded chunk (default 65,536)."
    )


class TemplateRequest(BaseModel):
    """``POST /v1/templates``: save a spec under a name, for this key only."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_-]*$", max_length=63)
    description: str | None = Field(None, max_length=2000)
    spec: dict[str, Any]


class ValidateRequest(BaseModel):
    """``POST /v1/specs/validate``."""

    model_config = ConfigDict(extra="forbid")

    spec: dict[str, Any]
    rows: int | None = Field(None, ge=0, le=MAX_ROWS)
    seed: int | None = Field(None, ge=0, lt=2**63)


class ValidateResponse(BaseModel):
    """The plan's shape when a spec is valid (invalid specs answer 422)."""

    valid: bool
    tables: dict[str, int]
    total_rows: int
    seed: int


class PreviewResponse(BaseModel):
    """Rows as JSON objects."""

    table: str
    seed: int
    rows: int
    data: list[dict[str, Any]]


class JobView(BaseModel):
    """A job as the API shows it (with the names both older job APIs used)."""

    id: str
    job_id: str
    status: Literal["pending", "generating", "paused", "completed", "failed", "cancelled"]
    rows_generated: int
    total_rows: int
    chunks_completed: int
    total_chunks: int
    progress_percentage: float
    progress: float
    format: str
    formats: list[str]
    compression: str | None
    seed: int
    tables: list[str]
    created_at: str
    started_at: str | None
    completed_at: str | None
    error: str | None
    error_message: str | None
    name: str | None = Field(None, description="The dataset's name (what ?q= searches).")


class JobCreated(BaseModel):
    """``202`` answer to a new job."""

    job_id: str
    status: str
    message: str


class JobPage(BaseModel):
    """A page of jobs."""

    jobs: list[JobView]
    total: int
    page: int
    page_size: int


class JobPreview(BaseModel):
    """``GET /v1/jobs/{id}/preview`` (the job API's shape)."""

    job_id: str
    table: str
    total_rows: int
    preview_rows: int
    data: list[dict[str, Any]]


class TemplateInfo(BaseModel):
    """A template in the catalogue."""

    name: str
    description: str | None
    builtin: bool
    tables: dict[str, list[str]] = Field(default_factory=dict)


class KindInfo(BaseModel):
    """A field kind and its parameters (JSON Schema of its options)."""

    kind: str
    description: str
    parameters: dict[str, Any]


class KeyRequest(BaseModel):
    """``POST /v1/keys``: a new API key with a name people recognise."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200, description="e.g. ci pipeline")


class KeyInfo(BaseModel):
    """A key as listed: never its secret."""

    id: str
    name: str
    created_at: str
    revoked: bool
    current: bool = Field(description="The key that made this request.")


class KeyCreated(BaseModel):
    """``201`` answer: the key itself, shown this once."""

    id: str
    name: str
    key: str


class Health(BaseModel):
    """``GET /health``."""

    status: Literal["ok", "degraded"]
    store: str
    workers: int
    workers_busy: int
    streams_active: int
    jobs: dict[str, int]
    version: str


class FieldProblem(BaseModel):
    """One problem of a request that did not validate."""

    field: str
    message: str


class ErrorBody(BaseModel):
    """Every error answer (4xx and 5xx): what went wrong, where, and what to do."""

    detail: str = Field(description="What went wrong and how to fix it.")
    field: str | None = Field(None, description="The request field it concerns, when one.")
    errors: list[FieldProblem] | None = Field(
        None, description="Every problem, when the request did not validate (422)."
    )
    request_id: str | None = Field(None, description="For an internal error: quote it.")
