"""Where a job's files live, and how its parts become its outputs.

``jobs/<id>/output/<table><ext>`` holds each finished table in each format
(zipped into ``dataset.zip`` when there are several); ``jobs/<id>/parts/``
holds the chunks of a job whose output cannot be appended to as it goes
(Parquet, Arrow, compressed text, several formats at once), each chunk a
durable file of its own, joined into the outputs through the ordinary sinks
when the job completes.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.ipc

from lookalike.jobs.chunks import Chunk, plan_of
from lookalike.jobs.remote_outputs import RemoteOutputs
from lookalike.jobs.store import Job
from lookalike.plan import Plan
from lookalike.sinks import FORMATS, open_sink
from lookalike.sinks.files import atomic_path
from lookalike.sinks.formats import extension_for


def output_files(job: Job, jobs_dir: Path, plan: Plan | None = None) -> dict[tuple[str, str], Path]:
    """Where each (table, format)'s finished file is (they exist once the job completed)."""
    plan = plan or plan_of(job)
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


def appends(job: Job) -> bool:
    """Whether the job's output is appended to as it goes: one uncompressed text format
    (every other job writes parts and joins them at the end)."""
    return len(job.formats) == 1 and FORMATS[job.format].text and job.compression is None


def part_format(job: Job) -> str | None:
    """The text format a job's parts are encoded in, or None for Arrow IPC parts (a
    columnar output, or several formats: any format can be written from them)."""
    return job.format if len(job.formats) == 1 and FORMATS[job.format].text else None


def part_path(folder: Path, chunk: Chunk) -> Path:
    """The part file of ``chunk`` under a job's folder."""
    return folder / "parts" / f"{chunk.index:08d}.part"


def estimate_stored(plan: Plan, formats: Sequence[str], compression: str | None) -> int:
    """About how many bytes a job's outputs will keep: each table in each format, measured
    on its first rows (:func:`lookalike.estimate.estimate_bytes`); a zip of several stores
    them as they are.

    >>> from lookalike.planning import resolve
    >>> plan = resolve({"tables": {"t": {"rows": 1000, "fields": {"n": {"kind": "sequence"}}}}},
    ...                seed=1)
    >>> estimate_stored(plan, ["csv"], None)  # a header and 1,000 numbers of 1 to 4 digits
    3897
    """
    from lookalike.estimate import estimate_bytes, sample_rows

    total = 0
    for table in plan.tables:
        sample = sample_rows(plan, table)
        total += sum(estimate_bytes(plan, table, f, compression, sample=sample) for f in formats)
    return total


def kept_bytes(job_id: str, jobs_dir: Path) -> int:
    """Bytes of the files a job keeps (its outputs), as they are on disk now."""
    folder = jobs_dir / job_id / "output"
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else 0


def free_job_files(job_id: str, jobs_dir: Path, remote: RemoteOutputs | None = None) -> None:
    """Delete a failed job's outputs and parts (its folder stays, empty), and its
    outputs at ``remote`` if any were uploaded."""
    folder = jobs_dir / job_id
    if folder.resolve().parent != jobs_dir.resolve():
        return
    for name in ("output", "parts", "unzipped"):
        shutil.rmtree(folder / name, ignore_errors=True)
    if remote is not None:
        remote.remove(job_id)


def remove_job_files(job_id: str, jobs_dir: Path, remote: RemoteOutputs | None = None) -> None:
    """Delete a job's folder (refusing anything outside ``jobs_dir``) and its outputs at
    ``remote``."""
    folder = (jobs_dir / job_id).resolve()
    if folder.parent != jobs_dir.resolve():
        return
    shutil.rmtree(folder, ignore_errors=True)
    if remote is not None:
        remote.remove(job_id)


def finished_files(job_id: str, jobs_dir: Path) -> list[Path]:
    """The files a completed job keeps (its download: one file, or ``dataset.zip``)."""
    folder = jobs_dir / job_id / "output"
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def assemble(job: Job, plan: Plan, chunks: Sequence[Chunk], jobs_dir: Path) -> None:
    """Join the parts into each output file (durably), then zip them when there are several."""
    folder = jobs_dir / job.id
    files = output_files(job, jobs_dir, plan)
    encoded = part_format(job) is not None
    (folder / "output").mkdir(exist_ok=True)
    for (name, fmt), path in files.items():
        sink = open_sink(fmt, path, compression=job.compression, durable=True)
        try:
            sink.open(plan.tables[name].schema)
            for chunk in (c for c in chunks if c.table == name):
                part = str(part_path(folder, chunk))
                if encoded:
                    write_file = getattr(sink, "write_file", None)
                    if write_file is None or not write_file(part):
                        with pa.memory_map(part) as mapped:
                            sink.write_encoded(mapped.read_buffer())
                else:
                    with pa.memory_map(part) as source:
                        for batch in pa.ipc.open_stream(source):
                            sink.write(batch)
            sink.close()
        except BaseException:
            sink.abort()
            raise
    zip_outputs(job, list(files.values()))


def zip_outputs(job: Job, files: list[Path]) -> None:
    """Several outputs become one ``dataset.zip`` (the download); the loose files go.

    Entries carry the job's reference time, not the clock's, so two runs of the
    same job give the same bytes.
    """
    if len(files) < 2:
        return
    stamp = _reference_time(job).timetuple()[:6]
    target = files[0].parent / "dataset.zip"
    with (
        atomic_path(target, durable=True) as temporary,
        zipfile.ZipFile(temporary, "w", zipfile.ZIP_STORED, allowZip64=True) as archive,
    ):
        for path in files:
            entry = zipfile.ZipInfo.from_file(path, path.name)  # its size picks zip64
            entry.date_time = max(stamp, (1980, 1, 1, 0, 0, 0))
            entry.external_attr = 0o644 << 16
            with archive.open(entry, "w") as out, path.open("rb") as src:
                shutil.copyfileobj(src, out, 1 << 20)
    for path in files:
        path.unlink()


def _reference_time(job: Job) -> dt.datetime:
    return dt.datetime.fromisoformat(json.loads(job.spec)["reference_time"])
