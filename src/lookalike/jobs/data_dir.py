"""The data directory and the store agree: one directory per store, checked at start-up.

Every server sharing a store must share its data directory too (the outputs of a
job made by one are downloaded through another). :func:`claim` makes that
checkable: the first server writes an id into ``jobs/.lookalike-data-id`` and
records it in the store; a server whose directory holds another id, or none
while the store has one, refuses to start with the fix in the message.

:func:`reconcile` then brings the directory in line with the store, since a
crash between a state change and the files it implies (cancel and delete commit
first, then remove files) can leave files behind: folders of jobs the store no
longer has are removed, failed and cancelled jobs' files go, completed jobs'
leftover parts and temporaries go, and a completed job whose output is missing is
marked (its ``error`` says so) and logged. With outputs at a URL
(``LOOKALIKE_OUTPUTS_URL``), the URL is brought in line too, from one listing.

>>> import tempfile
>>> from pathlib import Path
>>> from lookalike.jobs.store import JobStore
>>> home = Path(tempfile.mkdtemp())
>>> store = JobStore(f"sqlite:///{home}/s.db")
>>> claim(store, home / "jobs") == claim(store, home / "jobs")
True
>>> claim(store, Path(tempfile.mkdtemp()) / "jobs")
Traceback (most recent call last):
...
lookalike.jobs.data_dir.DataDirError: ...
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from lookalike.errors import LookalikeError
from lookalike.jobs.remote_outputs import RemoteOutputs
from lookalike.jobs.schema import jobs, store_info
from lookalike.jobs.store import JobStore
from lookalike.sinks.formats import extension_for

log = logging.getLogger("lookalike.jobs")

#: The file in the jobs folder that names the data directory.
MARKER = ".lookalike-data-id"
_RECORD = "data_dir_id"
_JOB_FOLDER = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class DataDirError(LookalikeError, RuntimeError):
    """The data directory does not belong to this store."""


def _recorded(store: JobStore) -> str | None:
    query = sa.select(store_info.c.value).where(store_info.c.name == _RECORD)
    with store.engine.connect() as connection:
        value = connection.execute(query).scalar()
    return None if value is None else str(value)


def _record(store: JobStore, data_id: str) -> str:
    """Record ``data_id`` unless the store has one already; the store's id."""
    with contextlib.suppress(sa.exc.IntegrityError), store.write() as connection:
        connection.execute(store_info.insert().values(name=_RECORD, value=data_id))
    recorded = _recorded(store)
    assert recorded is not None
    return recorded


def _marker_id(jobs_dir: Path) -> str | None:
    """The id the directory's marker holds, if any."""
    marker = jobs_dir / MARKER
    with contextlib.suppress(FileNotFoundError):
        return marker.read_text().strip() or None
    return None


def _new_marker(jobs_dir: Path) -> str:
    """A new id in a new marker, created exclusively (two servers starting on one shared
    directory agree on one id); the marker's id."""
    marker = jobs_dir / MARKER
    data_id = uuid.uuid4().hex
    try:
        descriptor = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return marker.read_text().strip()
    with os.fdopen(descriptor, "w") as out:
        out.write(data_id + "\n")
        out.flush()
        os.fsync(out.fileno())
    return data_id


def claim(store: JobStore, jobs_dir: Path) -> str:
    """Check that ``jobs_dir`` is the data directory of ``store`` (claiming both when
    neither has an id yet); its id, or :class:`DataDirError` saying what to do."""
    jobs_dir.mkdir(parents=True, exist_ok=True)
    recorded, mine = _recorded(store), _marker_id(jobs_dir)
    if recorded is None and mine is None:
        mine = _new_marker(jobs_dir)
        recorded = _record(store, mine)
    if recorded is not None and recorded == mine:
        return recorded
    where = jobs_dir.parent
    if recorded is None:
        raise DataDirError(
            f"the data directory {where} was used with another job store (its id {mine} is "
            f"not recorded in {store.engine.url.render_as_string()}); point "
            f"LOOKALIKE_DATABASE_URL at that store, or, to start afresh with this store, "
            f"delete {jobs_dir / MARKER} (job files this store does not know are then removed)"
        )
    if mine is None:
        raise DataDirError(
            f"this job store's servers keep their files in another data directory (id "
            f"{recorded}), not in {where}: servers sharing a store must share the data "
            "directory (LOOKALIKE_HOME), or their jobs' downloads fail; set LOOKALIKE_HOME to "
            f"it, or, if {where} replaces it, write {recorded} into {jobs_dir / MARKER}"
        )
    raise DataDirError(
        f"the data directory {where} (id {mine}) belongs to another job store than this "
        f"one, whose data directory has id {recorded}: servers sharing a store must share "
        "the data directory (LOOKALIKE_HOME); set LOOKALIKE_HOME or LOOKALIKE_DATABASE_URL "
        "so that they match"
    )


@dataclass
class Reconciled:
    """What :func:`reconcile` found and did."""

    orphans: list[str] = field(default_factory=list)  # folders of jobs the store lacks
    cleared: list[str] = field(default_factory=list)  # failed/cancelled jobs' files removed
    leftovers: int = 0  # parts and temporaries of completed jobs removed
    missing: list[str] = field(default_factory=list)  # completed jobs without their output


def reconcile(store: JobStore, jobs_dir: Path, remote: RemoteOutputs | None = None) -> Reconciled:
    """Bring ``jobs_dir`` (and ``remote``) in line with ``store`` (see the module's docstring)."""
    done = Reconciled()
    with store.engine.connect() as connection:
        statuses = dict(connection.execute(sa.select(jobs.c.id, jobs.c.status)).all())
    kept = _reconcile_remote(store, remote, statuses, done) if remote is not None else {}
    for folder in sorted(jobs_dir.iterdir()) if jobs_dir.is_dir() else []:
        if not folder.is_dir() or not _JOB_FOLDER.match(folder.name):
            continue  # the marker, or anything not made as a job's folder
        status = statuses.get(folder.name)
        if status is None and store.get_job(folder.name) is None:  # asked again: not raced
            shutil.rmtree(folder, ignore_errors=True)
            done.orphans.append(folder.name)
        elif status in ("failed", "cancelled") and any(folder.iterdir()):
            for item in folder.iterdir():
                _remove(item)
            done.cleared.append(folder.name)
        elif status == "completed":
            done.leftovers += _tidy_completed(folder)
    for job_id, status in statuses.items():
        if status == "completed" and _output_missing(store, job_id, jobs_dir, kept):
            done.missing.append(job_id)
            _mark_missing(store, job_id)
    _log(done)
    return done


def _reconcile_remote(
    store: JobStore, remote: RemoteOutputs, statuses: dict[str, str], done: Reconciled
) -> dict[str, set[str]]:
    """Remove remote outputs of jobs the store lacks, or that failed or were cancelled;
    the rest, by job id."""
    kept = remote.kept()
    for job_id in sorted(kept):
        status = statuses.get(job_id)
        if status is None and _JOB_FOLDER.match(job_id) and store.get_job(job_id) is None:
            remote.remove(job_id)
            done.orphans.append(job_id)
            del kept[job_id]
        elif status in ("failed", "cancelled"):
            remote.remove(job_id)
            done.cleared.append(job_id)
            del kept[job_id]
    return kept


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _tidy_completed(folder: Path) -> int:
    """Remove a completed job's parts and half-written temporaries; how many."""
    removed = 0
    parts = folder / "parts"
    if parts.is_dir():
        removed += sum(1 for _ in parts.iterdir())
        shutil.rmtree(parts, ignore_errors=True)
    blocks = folder / "blocks"  # a Celery block made again after its job completed
    if blocks.is_dir():
        removed += sum(1 for _ in blocks.iterdir())
        shutil.rmtree(blocks, ignore_errors=True)
    for sub in (folder / "output", folder / "unzipped"):
        for item in sub.glob(".*") if sub.is_dir() else []:
            _remove(item)
            removed += 1
    return removed


def _output_missing(
    store: JobStore, job_id: str, jobs_dir: Path, kept: dict[str, set[str]] | None = None
) -> bool:
    """Whether a completed job's download is gone, here and among the remote files ``kept``
    (read from its stored spec's table names, without planning it: a start-up may check
    thousands)."""
    job = store.get_job(job_id)
    if job is None or job.status != "completed":
        return False
    try:
        tables = list(json.loads(job.spec)["dataset"]["tables"]) or [""]
    except (ValueError, KeyError, TypeError):
        # A record whose spec cannot be read names no download: report it, never let
        # one bad record stop the server from starting.
        log.warning("job %s: its stored spec cannot be read; its output is reported missing",
                    job_id)  # fmt: skip
        return True
    folder = jobs_dir / job_id / "output"
    several = len(tables) * len(job.formats) > 1
    name = "dataset.zip" if several else f"{tables[0]}{extension_for(job.format, job.compression)}"
    return not (folder / name).is_file() and name not in (kept or {}).get(job_id, set())


def _mark_missing(store: JobStore, job_id: str) -> None:
    message = (
        "the job's output was missing when the server started (lost with the disk, or "
        "removed by hand); run the job again"
    )
    query = (
        jobs.update()
        .where(jobs.c.id == job_id, jobs.c.status == "completed")
        .values(error=message, stored_bytes=0)
    )
    with store.write() as connection:
        connection.execute(query)


def _log(done: Reconciled) -> None:
    if done.orphans:
        log.warning("removed the files of %d jobs the store does not have", len(done.orphans))
    if done.cleared:
        log.info("removed leftover files of %d failed or cancelled jobs", len(done.cleared))
    if done.leftovers:
        log.info("removed %d leftover parts of completed jobs", done.leftovers)
    for job_id in done.missing:
        log.warning("job %s is completed but its output is missing; marked", job_id)
