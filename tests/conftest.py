"""Shared fixtures and the services policy.

Tests that need a service (PostgreSQL, MariaDB, Redis, Chromium) call
:func:`require_service`: it skips with a reason when the service is missing,
unless ``LOOKALIKE_REQUIRE_SERVICES=1`` (set by ``.ci/run``), where a missing
service fails the test instead.

Test modules are collected without ``__init__.py`` files, so they cannot import
each other (or this file) reliably; shared helpers are therefore fixtures.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
REFERENCE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

#: What a test gets from the ``make_spec`` fixture: fields (and options) -> spec dict.
SpecFactory = Callable[..., dict[str, Any]]
#: What a test gets from the ``column_of`` fixture: one field -> its generated column.
ColumnFactory = Callable[..., pa.ChunkedArray]


def require_service(name: str, available: bool, reason: str) -> None:
    """Skip (or, under LOOKALIKE_REQUIRE_SERVICES=1, fail) when a service is absent."""
    if available:
        return
    message = f"{name} unavailable: {reason}"
    if os.environ.get("LOOKALIKE_REQUIRE_SERVICES") == "1":
        pytest.fail(message + " (LOOKALIKE_REQUIRE_SERVICES=1 makes this a failure)")
    pytest.skip(message)


#: What a test gets from the ``service_policy`` fixture: :func:`require_service`.
ServicePolicy = Callable[[str, bool, str], None]


@pytest.fixture(scope="session")
def service_policy() -> ServicePolicy:
    """:func:`require_service` for test modules (which cannot import this conftest)."""
    return require_service


@pytest.fixture
def base_types() -> Path:
    """The benchmark example spec."""
    return EXAMPLES / "base-types.yaml"


@pytest.fixture
def reference_time() -> dt.datetime:
    """The pinned meaning of ``now`` in test specs (2026-01-01T00:00:00Z)."""
    return REFERENCE


def _spec(
    fields: dict[str, Any],
    *,
    rows: int = 100,
    seed: int | None = 1,
    table: str = "t",
    reference: str | None = "2026-01-01T00:00:00Z",
) -> dict[str, Any]:
    data: dict[str, Any] = {"tables": {table: {"rows": rows, "fields": fields}}}
    if seed is not None:
        data["seed"] = seed
    if reference is not None:
        data["reference_time"] = reference
    return data


@pytest.fixture
def make_spec() -> SpecFactory:
    """``make_spec({"n": {"kind": "sequence"}}, rows=10, seed=1)``: a one-table spec dict.

    The reference time is pinned to :data:`REFERENCE` unless ``reference=None``.
    """
    return _spec


@pytest.fixture
def column_of() -> ColumnFactory:
    """``column_of({"kind": "integer"}, rows=1000, seed=1)``: the generated column ``f``."""

    def make(field: dict[str, Any], *, rows: int = 1000, seed: int = 1) -> pa.ChunkedArray:
        import lookalike

        table = lookalike.generate(_spec({"f": field}, rows=rows, seed=seed))
        return table.column("f")

    return make


@pytest.fixture
def unwritable_dir(tmp_path: Path) -> Iterator[Path]:
    """A directory this process cannot create files in (even as root)."""
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        yield locked
        locked.chmod(0o700)
        return
    # root ignores permission bits; /proc/1 refuses new files for everyone.
    candidate = Path("/proc/1")
    if not candidate.is_dir() or os.access(candidate, os.W_OK | os.X_OK):
        pytest.skip("no directory is unwritable for this (root) process")
    yield candidate


@pytest.fixture
def no_generation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make generating any block fail loudly: for checks that must happen first."""
    import lookalike.executors.base as executor_base

    def refuse(*args: object, **kwargs: object) -> pa.RecordBatch:
        raise AssertionError("a block was generated before the error was raised")

    monkeypatch.setattr(executor_base, "generate_block", refuse)


@pytest.fixture
def kernels() -> None:
    """The compiled kernels must be built: CI builds them, so there a missing one fails."""
    from lookalike.native import loader

    library = loader.library()
    if library is None:
        if os.environ.get("LOOKALIKE_REQUIRE_SERVICES") == "1":
            pytest.fail("the compiled kernels were not built (LOOKALIKE_REQUIRE_SERVICES=1)")
        pytest.skip("the compiled kernels were not built")
    # The build is optional, so a C error leaves the last library in place, silently.
    built = Path(str(library._name)).stat().st_mtime
    sources = Path(loader.__file__).parent
    newer = [
        p.name for p in [*sources.glob("*.c"), *sources.glob("*.h")] if p.stat().st_mtime > built
    ]
    if newer:
        pytest.fail(f"the compiled kernels are older than {', '.join(sorted(newer))}: run uv sync "
                    "and read the compiler's errors (pip install -v -e . shows them)")  # fmt: skip


@pytest.fixture
def both(
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[[Callable[[], object]], tuple[object, object]]:
    """Call ``make`` with the compiled kernels, then without them (``LOOKALIKE_NATIVE=0``)."""
    from lookalike.native import loader

    def run(make: Callable[[], object]) -> tuple[object, object]:
        fast = make()
        monkeypatch.setenv("LOOKALIKE_NATIVE", "0")
        loader.refresh()
        try:
            slow = make()
        finally:
            monkeypatch.delenv("LOOKALIKE_NATIVE")
            loader.refresh()
        return fast, slow

    return run


# -- the service in-process ---------------------------------------------------------

#: (method, path, **httpx options) -> httpx.Response
Call = Callable[..., Any]


def app_client(settings: Any) -> Call:
    """Send each request to a fresh app of ``settings`` in-process, lifespan included."""
    import httpx

    from lookalike.server.app import create_app

    app = create_app(settings)

    async def send(method: str, path: str, **options: Any) -> Any:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
            async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
                return await http.request(method, path, **options)

    def call(method: str, path: str, **options: Any) -> Any:
        return asyncio.run(send(method, path, **options))

    call.app = app  # type: ignore[attr-defined]
    return call


@pytest.fixture
def client(tmp_path: Path) -> Call:
    """The app in dev mode with a small body limit."""
    from lookalike.server.settings import Settings

    return app_client(Settings(home=tmp_path, dev=True, max_body_bytes=2048, workers=1))


@pytest.fixture
def make_client() -> Callable[[Any], Call]:
    """``make_client(Settings(...))``: the app of other settings."""
    return app_client


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 256 KB filesystem (tmpfs), to fill up for real."""
    import subprocess

    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)],
        capture_output=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


#: "now" for the domain tables of tests/unit/domains, so their relative dates are fixed.
DOMAIN_REFERENCE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


@pytest.fixture(scope="session")
def domain_table() -> Callable[..., pa.Table]:
    """``make(template, table, rows, **options)``: a domain template's table, made once per
    session (options as :class:`lookalike.datasets.build.DomainOptions`, ``extra`` a dict)."""
    import lookalike
    from lookalike.datasets.build import DomainOptions, domain_spec
    from lookalike.pipeline import collect_table

    made: dict[str, pa.Table] = {}

    def make(template: str, table: str, rows: int | None = None, **options: Any) -> pa.Table:
        key = repr((template, table, rows, sorted(options.items())))
        if key not in made:
            extra = options.pop("extra", {})
            spec = domain_spec(template, {table: rows}, DomainOptions(**options, extra=extra))
            plan = lookalike.resolve(spec, seed=20260101, reference_time=DOMAIN_REFERENCE)
            made[key] = collect_table(plan, table)
        return made[key]

    return make


# -- object storage: moto's S3 server on loopback ----------------------------------------


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """moto's S3 server on a free loopback port (no real S3 installs here); its endpoint."""
    pytest.importorskip("s3fs", reason="the cloud extra is not installed")
    pytest.importorskip("moto", reason="moto (a dev dependency) is not installed")
    from support.loopback import MotoServer

    server = MotoServer(tmp_path_factory.mktemp("moto")).start()
    try:
        yield server.endpoint
    finally:
        server.stop()


#: What a test gets from the ``bucket`` fixture: (bucket name, s3fs filesystem).
Bucket = tuple[str, Any]


@pytest.fixture
def bucket(s3_server: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Bucket]:
    """A fresh bucket, with credentials and the endpoint in the environment (for this
    process and the processes it starts); (name, filesystem)."""
    import uuid

    import s3fs  # type: ignore[import-untyped]

    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing-secret",
        "AWS_DEFAULT_REGION": "us-east-1", "AWS_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": s3_server, "AWS_ALLOW_HTTP": "true",
    }.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    s3fs.S3FileSystem.clear_instance_cache()
    fs = s3fs.S3FileSystem()
    name = f"lookalike-{uuid.uuid4().hex[:10]}"
    fs.mkdir(name)
    yield name, fs
    fs.rm(name, recursive=True)
    s3fs.S3FileSystem.clear_instance_cache()
