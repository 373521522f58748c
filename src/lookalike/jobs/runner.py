"""Run one leased job through the ordinary loop, so that it can stop and resume anywhere.

A job is the same :func:`~lookalike.pipeline.run_table` loop as every other
face, table by table, with a chunked, resumable sink
(:mod:`lookalike.jobs.targets`) and the lease around it: each chunk that is
whole on disk is recorded in the store by the committer
(:mod:`lookalike.jobs.commits`), and a resumed job starts at the first
unrecorded chunk. When every chunk is there, the outputs are finished
(:mod:`lookalike.jobs.outputs`), byte-identical to what ``lookalike generate``
writes: text never depends on how rows were chunked, and columnar sinks
regroup batches.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lookalike.errors import LookalikeError
from lookalike.executors import Executor, InProcessExecutor, ProcessExecutor
from lookalike.jobs.chunks import Chunk, chunks_of, plan_of
from lookalike.jobs.commits import Committer, Heartbeat
from lookalike.jobs.outputs import (
    appends,
    assemble,
    finished_files,
    free_job_files,
    kept_bytes,
    output_files,
    part_format,
    part_path,
    remove_job_files,
    zip_outputs,
)
from lookalike.jobs.remote_outputs import RemoteOutputs
from lookalike.jobs.reserve import DiskReserve, disk_full, reserve_for
from lookalike.jobs.store import Job, JobStore, Lease
from lookalike.jobs.targets import AppendingSink, ChunkDone, PartsSink
from lookalike.pipeline import RowRange, run_table
from lookalike.plan import Plan
from lookalike.sinks.base import Sink
from lookalike.sinks.files import ResumableFile


class _StoppedEarlyError(Exception):
    """Raised in the loop's generating thread to stop a job between two blocks."""

    def __init__(self, outcome: str) -> None:
        super().__init__(outcome)
        self.outcome = outcome


@dataclass(frozen=True)
class _Work:
    """One table still to (re)write: its sink and the rows it starts at."""

    table: str
    first: int
    sink: AppendingSink | PartsSink


class _JobOutput:
    """The job's tables as sinks of the loop, each starting where the record says."""

    def __init__(self, job: Job, plan: Plan, chunks: list[Chunk], jobs_dir: Path) -> None:
        self.job, self.plan, self.chunks, self.jobs_dir = job, plan, chunks, jobs_dir
        self.folder = jobs_dir / job.id
        self.appends = appends(job)
        self.current: AppendingSink | PartsSink | None = None
        try:
            (self.folder / "output").mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OSError(
                f"cannot create the job's output folder {self.folder}: {exc.strerror}"
            ) from exc
        self.finals = {t: p for (t, _f), p in output_files(job, jobs_dir, plan).items()}

    def _table_chunks(self, table: str) -> list[Chunk]:
        return [c for c in self.chunks if c.table == table]

    def work(self, done: int, offset: int | None, on_chunk: ChunkDone) -> Iterator[_Work]:
        """Each table that is not finished yet, with the chunk it resumes at."""
        for table in self.plan.tables:
            chunks = self._table_chunks(table)
            start = self._resume_point(table, chunks, done, offset)
            if start is None:
                continue
            todo = [c for c in chunks if c.index >= start]
            first = todo[0].first if todo else 0
            sink: AppendingSink | PartsSink
            if self.appends:
                file = ResumableFile(self.finals[table])
                resume_at = offset if todo and todo[0].index == done and first else None
                if resume_at is None or not file.open(resume_at):
                    file.open()
                    todo, first = chunks, 0
                sink = AppendingSink(file, self.job.format, todo, on_chunk)
            else:
                sink = PartsSink(self.folder, part_format(self.job), todo, on_chunk)
            self.current = sink
            yield _Work(table, first, sink)

    def _resume_point(
        self, table: str, chunks: list[Chunk], done: int, offset: int | None
    ) -> int | None:
        """The index of the table's first chunk to write, or None when it is finished."""
        if self.appends:
            if not chunks:
                return None if self.finals[table].exists() else 0
            first, last = chunks[0].index, chunks[-1].index
            if last < done:  # recorded whole: only a lost file is made again
                return None if self.finals[table].exists() else first
            return max(first, done) if offset is not None else first
        # Parts: from the first chunk that is unrecorded, or recorded but lost.
        for chunk in chunks:
            if chunk.index >= done or not part_path(self.folder, chunk).exists():
                return chunk.index
        return None  # recorded whole (a table without rows has no parts: framing only)

    def sync(self) -> None:
        """Make what the current table's sink wrote durable."""
        current = self.current
        if current is not None:
            current.sync()

    def finish(self) -> None:
        """Join the parts into the outputs, or zip the appended files when several."""
        if self.appends:
            zip_outputs(self.job, list(self.finals.values()))
        else:
            assemble(self.job, self.plan, self.chunks, self.jobs_dir)

    def cleanup(self, *, uploaded: bool = False) -> None:
        """The parts are in the outputs now (and blocks Celery workers made twice go);
        ``uploaded`` outputs go from here too."""
        shutil.rmtree(self.folder / "parts", ignore_errors=True)
        shutil.rmtree(self.folder / "blocks", ignore_errors=True)
        if uploaded:
            shutil.rmtree(self.folder / "output", ignore_errors=True)


def _executor(processes: int, store: JobStore, lease: Lease) -> Executor:
    """Celery workers when the service is set up for them (``LOOKALIKE_EXECUTOR=celery``);
    else worker processes (``0``: all cores) or, for one, this process on two threads
    (generating; encoding and writing)."""
    if os.environ.get("LOOKALIKE_EXECUTOR", "local").lower() == "celery":
        from lookalike.executors.celery import celery_executor_for

        return celery_executor_for(lease, store)
    if processes == 1:
        return InProcessExecutor(2)
    # The server has threads, so its workers must not be fork()ed from it.
    return ProcessExecutor(processes or None, start="forkserver")


def run_lease(
    store: JobStore,
    lease: Lease,
    jobs_dir: Path,
    *,
    lease_seconds: float,
    stop: threading.Event | None = None,
    processes: int = 1,
    sync_seconds: float = 0.5,
    remote: RemoteOutputs | None = None,
) -> str:
    """Execute ``lease`` until the job completes, fails, or the lease is lost.

    ``processes`` above 1 makes the blocks on that many worker processes (0: all
    cores); 1 makes them on a thread of this process. Progress is synced to disk and
    recorded at most every ``sync_seconds`` (0: after every chunk). With ``remote``,
    the finished outputs are uploaded there before the job is recorded completed.

    Returns what happened: ``completed``, ``failed``, ``lost`` (paused, cancelled,
    deleted or taken over) or ``stopped`` (the server is shutting down).
    """
    heartbeat = Heartbeat(store, lease, lease_seconds)
    heartbeat.start()
    try:
        outcome = _run(
            store, lease, jobs_dir, lease_seconds=lease_seconds, stop=stop, processes=processes,
            sync_seconds=sync_seconds, remote=remote,
        )  # fmt: skip
    finally:
        heartbeat.finish()
    if outcome == "stopped":
        store.release(lease)  # a restarted server takes the job up at once
    return outcome


def _run(
    store: JobStore,
    lease: Lease,
    jobs_dir: Path,
    *,
    lease_seconds: float,
    stop: threading.Event | None,
    processes: int,
    sync_seconds: float,
    remote: RemoteOutputs | None = None,
) -> str:
    job = lease.job
    try:
        plan = plan_of(job)
        chunks = chunks_of(plan, job.chunk_rows)
        output = _JobOutput(job, plan, chunks, jobs_dir)
        outcome = _generate(
            store, lease, plan, output, lease_seconds, stop, processes, sync_seconds
        )
        if outcome is not None:
            return outcome
        if not store.renew(lease, lease_seconds=lease_seconds):
            return _lost(store, job, jobs_dir, remote)
        output.finish()
        kept = kept_bytes(job.id, jobs_dir)
        if remote is not None:  # there before the store says completed: downloads find it
            remote.publish(job.id, finished_files(job.id, jobs_dir))
        if not store.complete(lease, kept):
            return _lost(store, job, jobs_dir, remote)
        output.cleanup(uploaded=remote is not None)
        return "completed"
    except (LookalikeError, OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) if type(exc) is OSError else None
        message = str(exc) if not reason else f"{reason} ({exc})"
        return _failed(store, lease, job, jobs_dir, message, full=disk_full(exc), remote=remote)
    except Exception as exc:  # a bug: fail the job with the reason rather than retry forever
        message = f"internal error: {type(exc).__name__}: {exc}"
        return _failed(store, lease, job, jobs_dir, message, full=disk_full(exc), remote=remote)


def _generate(
    store: JobStore,
    lease: Lease,
    plan: Plan,
    output: _JobOutput,
    lease_seconds: float,
    stop: threading.Event | None,
    processes: int,
    sync_seconds: float,
) -> str | None:
    """Run every unfinished table through the loop; an outcome when it ended early."""
    job = lease.job
    done = job.chunks_completed
    rows_done = sum(c.rows for c in output.chunks[:done])
    committer = Committer(
        store, lease, output.sync, lease_seconds=lease_seconds, every=sync_seconds
    )

    def on_chunk(chunk: Chunk, offset: int | None) -> None:
        nonlocal rows_done
        if chunk.index < done:
            return  # rebuilt, and recorded long ago
        rows_done += chunk.rows
        committer.record(chunk.index + 1, rows_done, offset)

    def between_blocks(_rows: int) -> None:
        if stop is not None and stop.is_set():
            raise _StoppedEarlyError("stopped")
        if committer.lost.is_set():
            raise _StoppedEarlyError("lost")

    executor = _executor(processes, store, lease)
    try:
        with committer:
            for work in output.work(done, job.output_bytes, on_chunk):
                sink: Sink = work.sink
                run_table(
                    plan, work.table, sink, executor=executor,
                    row_range=RowRange(work.first, plan.tables[work.table].rows),
                    cut=job.chunk_rows, progress=between_blocks, sink_thread=True,
                )  # fmt: skip
            if not committer.close():
                return _lost(store, job, output.jobs_dir)
    except _StoppedEarlyError as interrupted:
        if interrupted.outcome == "stopped":
            return "stopped"
        committer.close()
        return _lost(store, job, output.jobs_dir)
    finally:
        executor.close()
    return None


def _failed(
    store: JobStore,
    lease: Lease,
    job: Job,
    jobs_dir: Path,
    message: str,
    *,
    full: bool = False,
    remote: RemoteOutputs | None = None,
) -> str:
    if full:  # the store may need a little room to record this: the reserve is for that
        DiskReserve(reserve_for(jobs_dir), 0).release()
    if store.fail(lease, message):
        # No partial download, no parts filling the disk.
        free_job_files(job.id, jobs_dir, remote)
        return "failed"
    return _lost(store, job, jobs_dir, remote)


def _lost(store: JobStore, job: Job, jobs_dir: Path, remote: RemoteOutputs | None = None) -> str:
    """The lease is gone: clean up if the job was cancelled or deleted meanwhile."""
    current = store.get_job(job.id)
    if current is None or current.status == "cancelled":
        remove_job_files(job.id, jobs_dir, remote)
    return "lost"
