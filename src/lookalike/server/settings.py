"""Service settings: one class, read from ``LOOKALIKE_*`` environment variables and ``.env``.

>>> s = Settings(home="/tmp/x")
>>> s.resolved_database_url
'sqlite:////tmp/x/lookalike.db'
>>> s.max_rows_per_job
100000000
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, ByteSize, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything ``lookalike serve`` can be told; each field is ``LOOKALIKE_<NAME>``."""

    model_config = SettingsConfigDict(
        env_prefix="LOOKALIKE_", env_file=".env", extra="ignore", populate_by_name=True
    )

    home: Path = Field(Path("./lookalike-data"), description="Data directory: store and outputs.")
    outputs_url: str | None = Field(
        None,
        description="Where finished jobs' outputs are kept, as an fsspec URL (s3://bucket/prefix, "
        "gs://, abfs://, file://); default the data directory. Jobs' working files stay there.",
    )
    database_url: str | None = Field(
        None, description="Job store URL; default a SQLite file in the data directory."
    )
    dev: bool = Field(False, description="No API keys (only ever bound to 127.0.0.1).")
    api_key: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("LOOKALIKE_API_KEY", "API_KEY"),
        description="One static key from the environment (LOOKALIKE_API_KEY, or API_KEY as the "
        "generation-platform API read it), besides the keys of `lookalike keys create`.",
    )
    retention_days: float = Field(7.0, gt=0, description="Finished jobs older than this go.")
    cleanup_interval_seconds: float = Field(3600.0, gt=0, description="How often cleanup runs.")
    workers: int = Field(2, ge=1, le=64, description="Job worker threads in the server.")
    job_processes: int = Field(
        1, ge=0, le=256, description="Worker processes per job (0: all cores; 1: in the server)."
    )
    job_sync_seconds: float = Field(
        0.5,
        ge=0,
        description="Least time between a job's syncs to disk (each records its progress).",
    )
    lease_seconds: float = Field(30.0, gt=0, description="A worker's lease on a job.")
    max_attempts: int = Field(5, ge=1, description="Leases a job may take before it fails.")
    max_rows_per_job: int = Field(100_000_000, ge=1, description="Rows per job, per key.")
    max_stream_rows: int = Field(100_000_000, ge=1, description="Rows per stream request.")
    stream_processes: int = Field(
        0,
        ge=0,
        le=256,
        description="Worker processes per stream (0: all cores; 1: in the server).",
    )
    max_preview_rows: int = Field(1000, ge=1, description="Rows per preview request.")
    max_concurrent_jobs: int = Field(5, ge=1, description="Pending or running jobs per key.")
    requests_per_minute: int = Field(600, ge=1, description="Requests per key per minute.")
    max_concurrent_streams: int = Field(4, ge=1, description="Streams at once, per key.")
    max_storage_bytes: ByteSize = Field(
        ByteSize(50_000_000_000),
        ge=0,
        description="Bytes of kept job outputs per key (e.g. 50GB, 2TiB); estimated up front.",
    )
    auth_failures_per_minute: int = Field(
        20, ge=1, description="Requests with a bad or missing key per client address per minute."
    )
    max_body_bytes: int = Field(1_000_000, ge=1024, description="Largest request body.")
    max_chunks: int = Field(100_000, ge=1, description="Most chunks a job may be cut into.")
    planning_processes: int = Field(
        2, ge=1, le=64, description="Sandbox processes that plan clients' specs first."
    )
    executor: Literal["local", "celery"] = Field(
        "local",
        description="Where jobs' blocks are made: local (the server's worker pool) or celery "
        "(Celery workers, `lookalike worker`, over the Redis broker at LOOKALIKE_REDIS_URL).",
    )
    redis_url: str | None = Field(
        None, description="Celery's broker and result backend, e.g. redis://127.0.0.1:6379/0."
    )
    celery_queue: str = Field("lookalike", description="The Celery queue jobs' blocks go to.")
    celery_visibility_seconds: float = Field(
        3600.0,
        gt=0,
        description="Redis redelivers a block unacknowledged this long (a worker killed "
        "mid-block); keep it longer than the slowest block times the prefetch.",
    )
    celery_prefetch: int = Field(
        4, ge=1, le=64, description="Blocks a Celery worker holds ahead of the one it makes."
    )
    celery_window: int = Field(
        16, ge=1, le=4096, description="Blocks of one job queued on Celery at a time."
    )
    disk_reserve_bytes: ByteSize = Field(
        ByteSize(16 * 1024 * 1024),
        ge=0,
        description="Space kept free in the data directory so a full disk can be recorded.",
    )
    egress_allow: list[str] = Field(
        default_factory=list,
        description="Hosts or CIDRs extraction may reach although private (e.g. 10.0.0.0/8).",
    )

    @property
    def resolved_database_url(self) -> str:
        """The store URL, with the SQLite default filled in."""
        return self.database_url or f"sqlite:///{self.home.absolute() / 'lookalike.db'}"

    @property
    def jobs_dir(self) -> Path:
        """Where job outputs live (everything cleanup may delete is under here)."""
        return self.home.absolute() / "jobs"
