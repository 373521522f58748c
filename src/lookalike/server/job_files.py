"""One output file of a finished job, whether it lies loose or inside the job's zip.

A job with several output files (tables or formats) keeps only ``dataset.zip``;
its members are stored uncompressed, so taking one out is a plain copy. The copy
goes into the job's own folder (``unzipped/``), is made once, atomically, and is
deleted with the job. With outputs at a URL (``LOOKALIKE_OUTPUTS_URL``) the member
is read out of the remote zip (ranged reads, not the whole archive).

>>> import tempfile, zipfile
>>> folder = Path(tempfile.mkdtemp())
>>> (folder / "t.csv").write_text("a\\n1\\n")
4
>>> with zipfile.ZipFile(folder / "dataset.zip", "w") as z:
...     z.write(folder / "t.csv", "t.csv")
>>> (folder / "t.csv").unlink()
>>> member_file(folder / "t.csv", folder / "dataset.zip", folder / "unzipped").read_text()
'a\\n1\\n'
"""

from __future__ import annotations

import os
import re
import shutil
import uuid
import zipfile
from pathlib import Path

from fastapi import Response
from fastapi.responses import StreamingResponse

from lookalike.jobs.outputs import download_path, output_files
from lookalike.jobs.remote_outputs import RemoteOutputs
from lookalike.jobs.store import Job
from lookalike.server.errors import ApiError


def member_file(path: Path, archive: Path, cache: Path) -> Path | None:
    """``path`` if it exists, else its copy out of ``archive`` (made in ``cache``), else None."""
    if path.is_file():
        return path
    copy = cache / path.name
    if copy.is_file():
        return copy
    if not archive.is_file():
        return None
    with zipfile.ZipFile(archive) as zipped:
        return _copy_member(zipped, path.name, copy)


def _copy_member(zipped: zipfile.ZipFile, name: str, copy: Path) -> Path | None:
    """``copy`` made from the member ``name`` of ``zipped`` (None when it has none)."""
    if name not in zipped.namelist():
        return None
    copy.parent.mkdir(parents=True, exist_ok=True)
    temporary = copy.parent / f".{name}.{uuid.uuid4().hex}.tmp"
    try:
        with zipped.open(name) as source, open(temporary, "wb") as target:
            shutil.copyfileobj(source, target, 1 << 20)
        os.replace(temporary, copy)
    finally:
        temporary.unlink(missing_ok=True)
    return copy


def remote_member(
    remote: RemoteOutputs, job_id: str, name: str, archive: str, cache: Path, *, loose: bool
) -> Path | None:
    """A copy in ``cache`` of the job's remote file ``name``: out of its zip ``archive``,
    or (when ``loose``) the file itself; None when it is not there."""
    copy = cache / name
    if copy.is_file():
        return copy
    if name == archive:
        if not loose or remote.size(job_id, name) is None:
            return None
        remote.fetch(job_id, name, copy)
        return copy
    if remote.size(job_id, archive) is None:
        return None
    with remote.open(job_id, archive) as handle, zipfile.ZipFile(handle) as zipped:
        return _copy_member(zipped, name, copy)


def byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """``[start, stop)`` of one ``Range: bytes=...`` header over ``size`` bytes; None for
    no header, or one that is not a single satisfiable range (the whole file is sent then,
    as HTTP allows).

    >>> byte_range("bytes=10-19", 100), byte_range("bytes=-5", 100), byte_range("bytes=90-", 100)
    ((10, 20), (95, 100), (90, 100))
    >>> byte_range("bytes=0-1,5-6", 100), byte_range("bytes=200-", 100), byte_range(None, 100)
    (None, None, None)
    """
    found = re.fullmatch(r"\s*bytes=(\d*)-(\d*)\s*", header or "")
    if found is None or not any(found.groups()):
        return None
    first, last = found.groups()
    if first:
        start, stop = int(first), min(int(last) + 1, size) if last else size
    else:
        start, stop = max(0, size - int(last)), size
    return (start, stop) if start < stop else None


def remote_download(
    remote: RemoteOutputs, job_id: str, name: str, media: str, range_header: str | None
) -> Response | None:
    """The job's file ``name`` streamed from ``remote`` (a ``206`` part for a Range), or
    None when it is not there."""
    size = remote.size(job_id, name)
    if size is None:
        return None
    start, stop = byte_range(range_header, size) or (0, size)
    headers = {"content-length": str(stop - start), "accept-ranges": "bytes",
               "content-disposition": f'attachment; filename="{name}"'}  # fmt: skip
    status = 200
    if (start, stop) != (0, size):
        headers["content-range"] = f"bytes {start}-{stop - 1}/{size}"
        status = 206
    pieces = remote.chunks(job_id, name, start=start, stop=stop)
    return StreamingResponse(pieces, status_code=status, media_type=media, headers=headers)


def job_file(
    job: Job,
    jobs_dir: Path,
    table: str,
    fmt: str,
    remote: RemoteOutputs | None = None,
    *,
    loose: bool = True,
) -> Path | None:
    """The finished file of ``table`` in ``fmt`` (None when the job has no such file); a
    local copy when it is at ``remote`` (of a job's only file too, unless not ``loose``)."""
    files = output_files(job, jobs_dir)
    if (table, fmt) not in files:
        return None
    archive = download_path(job, jobs_dir)
    cache = jobs_dir / job.id / "unzipped"
    found = member_file(files[(table, fmt)], archive, cache)
    if found is None and remote is not None:
        name = files[(table, fmt)].name
        found = remote_member(remote, job.id, name, archive.name, cache, loose=loose)
    return found


def one_file(
    job: Job,
    jobs_dir: Path,
    table: str | None,
    fmt: str | None,
    remote: RemoteOutputs | None = None,
) -> tuple[Path, str]:
    """(path, format) of one table's file in one format (defaults: the first of each).

    A table or format the job does not have is a 404 naming the ones it has.
    """
    files = output_files(job, jobs_dir)
    tables = list(dict.fromkeys(t for t, _ in files))
    name = table if table is not None else tables[0]
    chosen = fmt or job.formats[0]
    if (name, chosen) not in files:
        raise ApiError(
            404,
            f"no file for table {name!r} in {chosen}; tables: {', '.join(tables)}; "
            f"formats: {', '.join(job.formats)}",
            field="table" if name not in tables else "format",
        )
    found = job_file(job, jobs_dir, name, chosen, remote, loose=False)
    return found or files[(name, chosen)], chosen
