"""Run one leased job, chunk by chunk, so that it can stop and resume anywhere.

A job's rows are cut into chunks of ``chunk_rows`` (across its tables, in plan
order). Each chunk is generated, encoded and written to its own part file under
a temporary name, synced, renamed into place, and only then recorded in the
store; so a recorded chunk is always whole on disk, and a resumed job starts at
the first unrecorded chunk. When every chunk is there, the parts are appended
into each table's final file through the ordinary sink (atomically, as the CLI
writes), so the output is byte-identical to an uninterrupted run: text sinks
never depend on how rows were chunked, and columnar sinks regroup batches.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import queue
import shutil
import threading
import time
import zipfile
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.ipc

from lookalike.engine import generate_block
from lookalike.errors import LookalikeError
from lookalike.executors.base import Spooled
from lookalike.jobs.appending import TEXT_ENCODERS, Piece, TableFile, chunk_text, write_text
from lookalike.jobs.store import Job, JobStore, Lease
from lookalike.plan import Plan, build_plan
from lookalike.sinks import Encoder, extension_for, open_sink
from lookalike.spec import spec_from_dict


@dataclass(frozen=True)
class Chunk:
    """Rows ``[first, stop)`` of ``table``: the unit that is written and recorded."""

    index: int
    table: str
    first: int
    stop: int


def pin(dataset: dict[str, object], *, rows: int | None, seed: int, reference_time: str) -> str:
    """What a job row stores: the spec and every override, so each run plans the same."""
    return json.dumps(
        {"dataset": dataset, "rows": rows, "seed": seed, "reference_time": reference_time}
    )


def plan_of(job: Job) -> Plan:
    """The job's plan, rebuilt from its stored spec (seed and reference time pinned)."""
    stored = json.loads(job.spec)
    return build_plan(
        spec_from_dict(stored["dataset"]),
        rows=stored["rows"],
        seed=stored["seed"],
        reference_time=dt.datetime.fromisoformat(stored["reference_time"]),
    )


def chunks_of(plan: Plan, chunk_rows: int) -> list[Chunk]:
    """Every chunk of the plan's tables, in order.

    >>> from lookalike.spec import parse_spec
    >>> plan = build_plan(parse_spec("tables: {t: {rows: 25, fields: {n: {kind: sequence}}}}"))
    >>> [(c.first, c.stop) for c in chunks_of(plan, 10)]
    [(0, 10), (10, 20), (20, 25)]
    """
    chunks: list[Chunk] = []
    for name, table in plan.tables.items():
        for first in range(0, table.rows, chunk_rows):
            chunks.append(Chunk(len(chunks), name, first, min(first + chunk_rows, table.rows)))
    return chunks


def count_chunks(plan: Plan, chunk_rows: int) -> int:
    """How many chunks :func:`chunks_of` would make, without listing them."""
    return sum(-(-t.rows // chunk_rows) for t in plan.tables.values())


def output_files(job: Job, jobs_dir: Path) -> dict[tuple[str, str], Path]:
    """Where each (table, format)'s finished file is (they exist once the job completed)."""
    plan = plan_of(job)
    folder = jobs_dir / job.id / "output"
    return {
        (name, fmt): folder / f"{name}{extension_for(fmt, job.compression)}"
        for name in plan.tables
        for fmt in job.formats
    }


def download_path(job: Job, jobs_dir: Path) -> Path:
    """The one file to download: the only output file, or a zip of several."""
    files = output_files(job, jobs_dir)
    if len(files) == 1:
        return next(iter(files.values()))
    return jobs_dir / job.id / "output" / "dataset.zip"


def _part_encoder(job: Job) -> Encoder | None:
    """Parts hold encoded text for a single text format, else Arrow IPC (any format reads it)."""
    return TEXT_ENCODERS.get(job.format) if len(job.formats) == 1 else None


def remove_job_files(job_id: str, jobs_dir: Path) -> None:
    """Delete a job's folder; refuses anything outside ``jobs_dir``."""
    folder = (jobs_dir / job_id).resolve()
    if folder.parent != jobs_dir.resolve():
        return
    shutil.rmtree(folder, ignore_errors=True)


class _Blocks:
    """Slices rows out of blocks, keeping the last block: small chunks cost one block each."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.key: tuple[str, int] | None = None
        self.batch: pa.RecordBatch | None = None

    def rows(self, table: str, first: int, stop: int) -> list[pa.RecordBatch]:
        size = self.plan.tables[table].block_rows
        pieces = []
        for block in range(first // size, -(-stop // size)):
            if self.key != (table, block):
                self.key, self.batch = (table, block), generate_block(self.plan, table, block)
            assert self.batch is not None
            lo, hi = max(first - block * size, 0), min(stop - block * size, self.batch.num_rows)
            pieces.append(self.batch.slice(lo, hi - lo))
        return pieces


class _Prefetch:
    """Generates the next chunks on a thread while this one is encoded and written.

    At most ``depth`` chunks wait in memory; leaving the ``with`` block stops the
    thread after the chunk it is making.
    """

    def __init__(self, blocks: _Blocks, chunks: list[Chunk], depth: int = 2) -> None:
        self.blocks = blocks
        self.chunks = chunks
        self.queue: queue.Queue[tuple[Chunk, list[pa.RecordBatch]] | BaseException | None] = (
            queue.Queue(maxsize=depth)
        )
        self.halt = threading.Event()
        self.thread = threading.Thread(target=self._make, name="lookalike-prefetch", daemon=True)

    def _make(self) -> None:
        try:
            for chunk in self.chunks:
                if self.halt.is_set():
                    return
                batches = self.blocks.rows(chunk.table, chunk.first, chunk.stop)
                self._put((chunk, batches))
            self._put(None)
        except BaseException as exc:  # handed to the consuming thread
            self._put(exc)

    def _put(self, item: tuple[Chunk, list[pa.RecordBatch]] | BaseException | None) -> None:
        while not self.halt.is_set():
            try:
                self.queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def __enter__(self) -> Iterator[tuple[Chunk, list[pa.RecordBatch]]]:
        self.thread.start()
        return self._items()

    def _items(self) -> Iterator[tuple[Chunk, list[pa.RecordBatch]]]:
        while True:
            item = self.queue.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item

    def __exit__(self, *exc_info: object) -> None:
        self.halt.set()
        self.thread.join(timeout=60)


def _write_part(path: Path, job: Job, pieces: list[Piece], fence: int) -> None:
    """Write one chunk's part file atomically (temporary name, fsync, rename).

    ``pieces`` are record batches, or text a worker process already encoded.
    The temporary name carries the lease's fencing token, so a stale worker
    still writing the same chunk can never interleave with the current one.
    """
    temporary = path.with_name(f"{path.name}.{fence}.tmp")
    with open(temporary, "wb") as out:
        if _part_encoder(job) is not None:
            out.flush()
            write_text(out.fileno(), chunk_text(job.format, pieces), 0)
        else:
            batches = [p for p in pieces if isinstance(p, pa.RecordBatch)]
            with pa.ipc.new_stream(out, batches[0].schema) as writer:
                for batch in batches:
                    writer.write_batch(batch)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)


def _in_processes(
    plan: Plan, chunks: list[Chunk], encoder: Encoder | None, processes: int
) -> Generator[tuple[Chunk, list[Piece]], None, None]:
    """Chunks made by a pool of worker processes (text encoded there too), in order."""
    from lookalike.executors import ProcessExecutor, tasks_for

    tasks = []
    owners = []
    for chunk in chunks:
        for task in tasks_for(plan, chunk.table, chunk.first, chunk.stop):
            tasks.append(task)
            owners.append(chunk)
    # The server has threads, so its workers must not be fork()ed from it.
    executor = ProcessExecutor(processes or None, start="forkserver")
    try:
        executor.prepare(plan)
        pieces: list[Piece] = []
        for number, (_rows, payload) in enumerate(executor.run(plan, tasks, encoder)):
            # Encoded text stays in its spool file: the kernel copies it into the output.
            keep = isinstance(payload, Spooled) and not payload.arrow
            pieces.append(payload if keep or not isinstance(payload, Spooled) else payload.load())
            last = number + 1 == len(tasks) or owners[number + 1] is not owners[number]
            if last:
                yield owners[number], pieces
                pieces = []
    finally:
        executor.close()


def _part(parts: Path, chunk: Chunk) -> Path:
    return parts / f"{chunk.index:08d}.part"


def _assemble(job: Job, plan: Plan, chunks: list[Chunk], folder: Path, jobs_dir: Path) -> None:
    """Append the parts into each output file, then zip them when there are several."""
    parts = folder / "parts"
    output = folder / "output"
    output.mkdir(exist_ok=True)
    files = output_files(job, jobs_dir)
    encoded = _part_encoder(job) is not None
    for (name, fmt), path in files.items():
        sink = open_sink(fmt, path, compression=job.compression)
        try:
            sink.open(plan.tables[name].schema)
            for chunk in (c for c in chunks if c.table == name):
                part = _part(parts, chunk)
                if encoded:
                    write_file = getattr(sink, "write_file", None)
                    if write_file is None or not write_file(str(part)):
                        with pa.memory_map(str(part)) as mapped:
                            sink.write_encoded(mapped.read_buffer())
                else:
                    with pa.memory_map(str(part)) as source:
                        for batch in pa.ipc.open_stream(source):
                            sink.write(batch)
            sink.close()
        except BaseException:
            sink.abort()
            raise
    _zip(output, list(files.values()))


def _zip(output: Path, files: list[Path]) -> None:
    """Several outputs become one ``dataset.zip`` (the download); the loose files go."""
    if len(files) < 2:
        return
    target = output / "dataset.zip"
    temporary = output / ".dataset.zip.tmp"
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
        for path in files:
            archive.write(path, path.name)
    os.replace(temporary, target)
    for path in files:
        path.unlink()


def _append_mode(job: Job) -> bool:
    """One uncompressed text format: chunks go straight into the output files."""
    return len(job.formats) == 1 and job.format in TEXT_ENCODERS and job.compression is None


class _Parts:
    """Chunks as part files, appended into the outputs through the sinks at the end."""

    def __init__(
        self, job: Job, plan: Plan, chunks: list[Chunk], jobs_dir: Path, fence: int, blocks: _Blocks
    ) -> None:
        self.job, self.plan, self.chunks, self.jobs_dir = job, plan, chunks, jobs_dir
        self.folder = jobs_dir / job.id
        self.parts = self.folder / "parts"
        self.fence, self.blocks = fence, blocks
        self.parts.mkdir(parents=True, exist_ok=True)

    def resume(self, done: int, offset: int | None) -> int:
        """Remake recorded parts that went missing (their bytes can only be these)."""
        del offset
        for chunk in self.chunks[:done]:
            if not _part(self.parts, chunk).exists():
                batches = self.blocks.rows(chunk.table, chunk.first, chunk.stop)
                _write_part(_part(self.parts, chunk), self.job, batches, self.fence)
        return done

    def write(self, chunk: Chunk, pieces: list[Piece]) -> int | None:
        _write_part(_part(self.parts, chunk), self.job, pieces, self.fence)
        return None

    def sync(self) -> None:
        """Nothing to do: each part is synced and renamed when written."""

    def finish(self) -> None:
        _assemble(self.job, self.plan, self.chunks, self.folder, self.jobs_dir)

    def cleanup(self) -> None:
        shutil.rmtree(self.parts, ignore_errors=True)

    def close(self) -> None:
        """Nothing stays open."""


class _Appender:
    """Chunks appended straight into each table's output file (see :mod:`.appending`)."""

    def __init__(self, job: Job, plan: Plan, chunks: list[Chunk], jobs_dir: Path) -> None:
        self.job = job
        self.output = jobs_dir / job.id / "output"
        self.output.mkdir(parents=True, exist_ok=True)
        finals = {table: path for (table, _fmt), path in output_files(job, jobs_dir).items()}
        self.files = {t: TableFile(job.format, plan, t, finals[t]) for t in plan.tables}
        self.lock = threading.Lock()  # the committer syncs while this thread appends
        self.rows = {t: plan.tables[t].rows for t in plan.tables}
        self.spans: dict[str, tuple[int, int]] = {}
        for chunk in chunks:
            first, _last = self.spans.get(chunk.table, (chunk.index, chunk.index))
            self.spans[chunk.table] = (first, chunk.index)

    def resume(self, done: int, offset: int | None) -> int:
        """Where to generate from: ``done``, or earlier when a file must be rebuilt."""
        start = done
        for table, (first, last) in self.spans.items():
            if last < done and not self.files[table].final.exists():
                start = min(start, first)  # a finished file went missing: make it again
            elif first < done <= last and (offset is None or not self.files[table].reopen(offset)):
                start = min(start, first)  # the file is shorter than recorded: rebuild it
        return start

    def write(self, chunk: Chunk, pieces: list[Piece]) -> int:
        data = chunk_text(self.job.format, pieces)
        with self.lock:
            file = self.files[chunk.table]
            if chunk.first == 0:
                file.create()
            file.append(data)
            recorded = file.offset
            if chunk.stop == self.rows[chunk.table]:
                file.finish()
            return recorded

    def sync(self) -> None:
        """Make every appended chunk durable (the committer's thread, before it records)."""
        with self.lock:
            for file in self.files.values():
                file.sync()

    def finish(self) -> None:
        for table, file in self.files.items():
            if table not in self.spans and not file.final.exists():  # no rows: framing only
                file.create()
                file.finish()
        _zip(self.output, [file.final for file in self.files.values()])

    def cleanup(self) -> None:
        """Nothing to remove: the outputs are the files."""

    def close(self) -> None:
        with self.lock:
            for file in self.files.values():
                file.close()


class _Committer:
    """Records a job's progress on its own thread: sync the outputs, then commit.

    Writing never waits for the disk (an fsync per chunk on the writing thread made
    the job disk-bound, 5x slower to write); when chunks finish faster than the disk,
    one sync covers several and only the newest is recorded. A recorded chunk is
    always on disk, so a restart resumes from it and redoes the rest, which gives
    the same bytes.
    """

    def __init__(
        self,
        store: JobStore,
        lease: Lease,
        writer: _Parts | _Appender,
        *,
        lease_seconds: float,
        every: float,
    ) -> None:
        self.store, self.lease, self.writer = store, lease, writer
        self.lease_seconds, self.every = lease_seconds, every
        self.closing = threading.Event()
        self.synced = 0.0  # monotonic time of the last sync
        self.lost = threading.Event()
        self.error: BaseException | None = None
        self.queue: queue.Queue[tuple[int, int, int | None] | None] = queue.Queue()
        self.thread = threading.Thread(target=self._drain, name="lookalike-commit", daemon=True)
        self.thread.start()

    def record(self, chunks: int, rows: int, output_bytes: int | None) -> None:
        """Chunks ``[0, chunks)`` are written: record them once they are on disk."""
        self.queue.put((chunks, rows, output_bytes))

    def _drain(self) -> None:
        finished = False
        while not finished:
            newest = self.queue.get()
            if newest is None:
                return
            # A sync makes the next append wait for the disk (its page is being written),
            # so syncs are spaced out; the job's end does not wait for the spacing.
            self.closing.wait(self.every - (time.monotonic() - self.synced))
            while True:  # several waiting: one sync and one commit for all of them
                try:
                    item = self.queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    finished = True
                    break
                newest = item
            chunks, rows, output_bytes = newest
            try:
                self.writer.sync()
                self.synced = time.monotonic()
                kept = self.store.commit_chunk(
                    self.lease, chunks, rows=rows, lease_seconds=self.lease_seconds,
                    output_bytes=output_bytes,
                )  # fmt: skip
            except BaseException as exc:  # surfaced by close()
                self.error = exc
                kept = False
            if not kept:
                self.lost.set()
                return

    def close(self) -> bool:
        """Wait for what is queued to be recorded; False if the lease was lost."""
        if self.thread.is_alive():
            self.closing.set()
            self.queue.put(None)
            self.thread.join()
        if self.error is not None:
            error, self.error = self.error, None
            raise error
        return not self.lost.is_set()

    def __enter__(self) -> _Committer:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.thread.is_alive():
            self.closing.set()
            self.queue.put(None)
            self.thread.join()


def run_lease(
    store: JobStore,
    lease: Lease,
    jobs_dir: Path,
    *,
    lease_seconds: float,
    stop: threading.Event | None = None,
    processes: int = 1,
    sync_seconds: float = 0.5,
) -> str:
    """Execute ``lease`` until the job completes, fails, or the lease is lost.

    ``processes`` above 1 makes the chunks on that many worker processes (0: all
    cores); 1 makes them on a thread of this process. Progress is synced to disk and
    recorded at most every ``sync_seconds`` (0: after every chunk).

    Returns what happened: ``completed``, ``failed``, ``lost`` (paused, cancelled,
    deleted or taken over) or ``stopped`` (the server is shutting down).
    """
    heartbeat = _Heartbeat(store, lease, lease_seconds)
    heartbeat.start()
    try:
        outcome = _run(
            store, lease, jobs_dir, lease_seconds=lease_seconds, stop=stop, processes=processes,
            sync_seconds=sync_seconds,
        )  # fmt: skip
    finally:
        heartbeat.finish()
    if outcome == "stopped":
        store.release(lease)  # a restarted server takes the job up at once
    return outcome


class _Heartbeat(threading.Thread):
    """Renews a lease while a long chunk is generated, so it is not taken over meanwhile."""

    def __init__(self, store: JobStore, lease: Lease, lease_seconds: float) -> None:
        super().__init__(name=f"lookalike-heartbeat-{lease.job.id[:8]}", daemon=True)
        self.store, self.lease, self.lease_seconds = store, lease, lease_seconds
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(self.lease_seconds / 3):
            try:
                if not self.store.renew(self.lease, lease_seconds=self.lease_seconds):
                    return  # lost: the runner finds out at its next commit
            except Exception:  # the database is briefly away; the next beat retries
                continue

    def finish(self) -> None:
        """Stop beating and wait for the thread."""
        self._done.set()
        self.join(timeout=10)


def _run(
    store: JobStore,
    lease: Lease,
    jobs_dir: Path,
    *,
    lease_seconds: float,
    stop: threading.Event | None,
    processes: int,
    sync_seconds: float,
) -> str:
    job = lease.job
    folder = jobs_dir / job.id
    try:
        plan = plan_of(job)
        chunks = chunks_of(plan, job.chunk_rows)
        blocks = _Blocks(plan)
        writer: _Parts | _Appender
        try:
            if _append_mode(job):
                writer = _Appender(job, plan, chunks, jobs_dir)
            else:
                writer = _Parts(job, plan, chunks, jobs_dir, lease.fence, blocks)
        except OSError as exc:
            raise OSError(
                f"cannot create the job's output folder {folder}: {exc.strerror}"
            ) from exc
        try:
            done = job.chunks_completed
            start = writer.resume(done, job.output_bytes)
            rows_done = sum(c.stop - c.first for c in chunks[:done])
            todo = chunks[start:]
            with contextlib.ExitStack() as scope:
                made: Iterator[tuple[Chunk, list[Piece]]]
                if processes != 1 and todo:
                    made = scope.enter_context(
                        contextlib.closing(_in_processes(plan, todo, _part_encoder(job), processes))
                    )
                else:
                    made = scope.enter_context(_Prefetch(blocks, todo))
                committer = scope.enter_context(
                    _Committer(
                        store, lease, writer, lease_seconds=lease_seconds, every=sync_seconds
                    )
                )
                for chunk, pieces in made:
                    if stop is not None and stop.is_set():
                        return "stopped"
                    if committer.lost.is_set():
                        committer.close()
                        return _lost(store, job, jobs_dir)
                    recorded = writer.write(chunk, pieces)
                    if chunk.index < done:
                        continue  # rebuilt, and recorded long ago
                    rows_done += chunk.stop - chunk.first
                    committer.record(chunk.index + 1, rows_done, recorded)
                if not committer.close():
                    return _lost(store, job, jobs_dir)
            if not store.renew(lease, lease_seconds=lease_seconds):
                return _lost(store, job, jobs_dir)
            writer.finish()
        finally:
            writer.close()
        if not store.complete(lease):
            return _lost(store, job, jobs_dir)
        writer.cleanup()
        return "completed"
    except (LookalikeError, OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) if type(exc) is OSError else None
        message = str(exc) if not reason else f"{reason} ({exc})"
        return _failed(store, lease, job, jobs_dir, message)
    except Exception as exc:  # a bug: fail the job with the reason rather than retry forever
        return _failed(store, lease, job, jobs_dir, f"internal error: {type(exc).__name__}: {exc}")


def _failed(store: JobStore, lease: Lease, job: Job, jobs_dir: Path, message: str) -> str:
    if store.fail(lease, message):
        # No partial download: only the parts (kept for inspection) were removed too.
        with contextlib.suppress(OSError):
            shutil.rmtree(jobs_dir / job.id / "output", ignore_errors=True)
        return "failed"
    return _lost(store, job, jobs_dir)


def _lost(store: JobStore, job: Job, jobs_dir: Path) -> str:
    """The lease is gone: clean up if the job was cancelled or deleted meanwhile."""
    current = store.get_job(job.id)
    if current is None or current.status == "cancelled":
        remove_job_files(job.id, jobs_dir)
    return "lost"
