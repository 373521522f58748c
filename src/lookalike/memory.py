"""How lookalike's processes hold on to memory.

Generating a block allocates and frees the same few dozen arrays over and over.
By default glibc hands large arrays back to the kernel as soon as they are
freed (``mmap`` above 128 KB, and heap trimming), Arrow's mimalloc pool purges
freed pages after a few milliseconds, and the next block faults in and zeroes
fresh pages all over again. On the 2-vCPU VM of docs/benchmarks.md that was
half the time of a fresh one-worker run (0.34 s of system time in 0.41 s for
1M ``person`` rows); :func:`keep_freed_memory` halves the page faults and the
run takes 0.20-0.22 s. Peak memory is unchanged: what is kept is what the
blocks in flight already used, and it is reused, not added to.

:func:`limit_arenas` is for the server, whose many threads would otherwise
each grow an arena.

>>> keep_freed_memory() in (True, False)
True
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from functools import lru_cache

# From glibc's malloc.h.
_M_TRIM_THRESHOLD = -1
_M_TOP_PAD = -2
_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8

#: Arrays up to this size come from the heap, where freed ones are reused.
MMAP_THRESHOLD = 64 << 20
#: Free memory at the top of the heap kept rather than returned to the kernel.
TRIM_THRESHOLD = 512 << 20
#: Extra heap asked for at a time, so growing it faults less often.
TOP_PAD = 16 << 20


@lru_cache(maxsize=1)
def _libc() -> ctypes.CDLL | None:
    # glibc's own name first: find_library runs ldconfig in a child process.
    for attempt in range(2):
        name = "libc.so.6" if attempt == 0 else ctypes.util.find_library("c")
        if name is None:
            continue
        try:
            libc = ctypes.CDLL(name)
            _ = libc.mallopt
        except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to tune
            continue
        return libc
    return None


def keep_freed_memory() -> bool:
    """Keep freed memory for reuse in this process and the workers it starts.

    Sets glibc's thresholds (here with ``mallopt``, and for child processes in
    their environment, which glibc reads at start) and puts Arrow on the system
    allocator, so both share the one reused heap. A setting the user already
    made in the environment is left alone. False where libc is not glibc.
    """
    for name, value in (
        ("MALLOC_MMAP_THRESHOLD_", MMAP_THRESHOLD),
        ("MALLOC_TRIM_THRESHOLD_", TRIM_THRESHOLD),
        ("MALLOC_TOP_PAD_", TOP_PAD),
    ):
        os.environ.setdefault(name, str(value))
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
    libc = _libc()
    if libc is None:
        return False
    for option, name in (
        (_M_MMAP_THRESHOLD, "MALLOC_MMAP_THRESHOLD_"),
        (_M_TRIM_THRESHOLD, "MALLOC_TRIM_THRESHOLD_"),
        (_M_TOP_PAD, "MALLOC_TOP_PAD_"),
    ):
        try:
            value = int(os.environ[name])
        except ValueError:
            continue  # the user's own value, which glibc has read (or ignored) already
        if 0 <= value < 2**31:  # mallopt takes a C int
            libc.mallopt(option, ctypes.c_int(value))
    if os.environ["ARROW_DEFAULT_MEMORY_POOL"] == "system":
        import pyarrow as pa

        pa.set_memory_pool(pa.system_memory_pool())
    return True


def limit_arenas(arenas: int = 2) -> bool:
    """Cap glibc's malloc arenas (call before starting threads); False where not glibc.

    glibc gives each thread that allocates its own arena (up to eight per core);
    blocks generated on a server's stream and job threads then leave freed
    memory scattered over many arenas, and its resident size grew with every
    large stream (470 MB after 1M rows, 520 MB after 10M, in one benchmark).
    Two arenas keep it where the first stream left it (418 MB both times).
    """
    libc = _libc()
    return libc is not None and bool(libc.mallopt(_M_ARENA_MAX, arenas))
