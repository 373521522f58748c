"""``lookalike serve`` and ``lookalike keys``: the REST service and its API keys.

FastAPI, uvicorn and SQLAlchemy are imported inside the commands, so the rest
of the CLI starts as fast as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from lookalike.cli.errors import fail, reported

if TYPE_CHECKING:
    from lookalike.jobs.store import JobStore
    from lookalike.server.settings import Settings

keys_app = typer.Typer(help="API keys for the service.", no_args_is_help=True)


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    dev: Annotated[
        bool, typer.Option("--dev", help="No API keys; listens on 127.0.0.1 only.")
    ] = False,
    workers: Annotated[
        int | None, typer.Option(help="Job worker threads (LOOKALIKE_WORKERS).")
    ] = None,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Run the REST service (OpenAPI docs at /docs and /redoc)."""
    with reported(debug=False):
        import uvicorn

        from lookalike.server.app import create_app
        from lookalike.server.settings import Settings

    overrides: dict[str, object] = {}
    if dev:
        overrides["dev"] = True
    if workers is not None:
        overrides["workers"] = workers
    settings = Settings(**overrides)  # type: ignore[arg-type]
    if settings.dev and host not in {"127.0.0.1", "localhost"}:
        typer.echo(f"--dev runs without API keys, so it listens on 127.0.0.1, not {host}", err=True)
        host = "127.0.0.1"
    typer.echo(
        f"lookalike service on http://{host}:{port} (data in {settings.home.absolute()})", err=True
    )
    _check_data_dir(settings)
    from lookalike.memory import limit_arenas

    limit_arenas()  # before uvicorn and the job workers start their threads
    uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level)


def worker(
    concurrency: Annotated[
        int | None, typer.Option("--concurrency", "-c", help="Blocks at once (default: cores).")
    ] = None,
    pool: Annotated[
        str, typer.Option(help="Celery pool: prefork (processes), solo or threads.")
    ] = "prefork",
    beat: Annotated[
        bool, typer.Option("--beat", help="Also run beat (retention cleanup) in this worker.")
    ] = False,
    log_level: Annotated[str, typer.Option(help="Celery log level.")] = "info",
    hostname: Annotated[
        str | None, typer.Option("--hostname", "-n", help="Node name, e.g. w1@%h.")
    ] = None,
) -> None:
    """Run a Celery worker that makes jobs' blocks (broker: LOOKALIKE_REDIS_URL).

    The service sends blocks to workers when started with LOOKALIKE_EXECUTOR=celery;
    workers need the service's store and data directory (LOOKALIKE_DATABASE_URL,
    LOOKALIKE_HOME on a shared filesystem).
    """
    import os

    from lookalike.cli.errors import fail

    if not os.environ.get("LOOKALIKE_REDIS_URL"):
        raise fail(
            "lookalike worker needs a Redis broker: set LOOKALIKE_REDIS_URL, e.g. "
            "redis://127.0.0.1:6379/0"
        )
    with reported(debug=False):
        from lookalike.jobs.tasks import app, settings

    argv = ["worker", f"--loglevel={log_level.upper()}", f"--pool={pool}",
            "--queues", settings().celery_queue]  # fmt: skip
    if concurrency is not None:
        argv += ["--concurrency", str(concurrency)]
    if beat:
        argv.append("--beat")
    if hostname is not None:
        argv += ["--hostname", hostname]
    app.worker_main(argv)


def _check_data_dir(settings: Settings) -> None:
    """Refuse at once (exit 2, one line) a data directory that is not the store's, or an
    outputs URL that cannot be used."""
    from lookalike.errors import OutputError
    from lookalike.jobs.data_dir import DataDirError, claim
    from lookalike.jobs.remote_outputs import outputs_at
    from lookalike.jobs.store import JobStore

    try:
        remote = outputs_at(settings.outputs_url)
        if remote is not None:
            remote.check()
    except OutputError as exc:
        raise fail(str(exc)) from None
    settings.home.mkdir(parents=True, exist_ok=True)
    store = JobStore(settings.resolved_database_url)
    try:
        claim(store, settings.jobs_dir)
    except DataDirError as exc:
        raise fail(str(exc)) from None
    finally:
        store.close()


@keys_app.command("create")
def keys_create(name: Annotated[str, typer.Argument(help="Who or what the key is for.")]) -> None:
    """Create a key and print it once (only its hash is stored)."""
    store = _store()
    key = store.create_key(name)
    store.close()
    typer.echo(key)
    typer.echo("Keep it now: it cannot be shown again.", err=True)


@keys_app.command("list")
def keys_list() -> None:
    """Show key ids and names (never the keys)."""
    import datetime as dt

    store = _store()
    for key_id, name, created, revoked in store.list_keys():
        when = dt.datetime.fromtimestamp(created, dt.UTC).isoformat(timespec="seconds")
        typer.echo(f"{key_id}\t{name}\t{when}{chr(9) + 'revoked' if revoked else ''}")
    store.close()


@keys_app.command("revoke")
def keys_revoke(key_id: Annotated[str, typer.Argument(help="The id `keys list` shows.")]) -> None:
    """Revoke a key by its id."""
    store = _store()
    found = store.revoke_key(key_id)
    store.close()
    if not found:
        typer.echo(f"no key with id {key_id!r}; see `lookalike keys list`", err=True)
        raise typer.Exit(1)
    typer.echo(f"revoked {key_id}")


def _store() -> JobStore:
    with reported(debug=False):
        from lookalike.jobs.store import JobStore
        from lookalike.server.settings import Settings

        settings = Settings()
        settings.home.mkdir(parents=True, exist_ok=True)
        return JobStore(settings.resolved_database_url)


def register(app: typer.Typer) -> None:
    """Add ``serve``, ``worker`` and ``keys`` to ``app``."""
    app.command("serve")(serve)
    app.command("worker")(worker)
    app.add_typer(keys_app, name="keys")
