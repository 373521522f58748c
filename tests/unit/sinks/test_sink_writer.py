"""The background writer keeps order, surfaces write errors, and can be stopped."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pyarrow as pa
import pytest

import lookalike
from lookalike.errors import OutputError
from lookalike.sinks.writer import BackgroundWriter


def test_buffers_are_written_in_order() -> None:
    out = io.BytesIO()
    writer = BackgroundWriter(out)
    for number in range(200):
        writer.put(f"{number}\n".encode())
    writer.put(pa.py_buffer(b"end\n"))
    writer.close()
    assert out.getvalue() == b"".join(f"{n}\n".encode() for n in range(200)) + b"end\n"


class _FullDisk(io.RawIOBase):
    """Accepts two writes, then fails as a full disk does."""

    def __init__(self) -> None:
        self.writes = 0

    def writable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        self.writes += 1
        if self.writes > 2:
            raise OSError(28, "No space left on device")
        return len(data)  # type: ignore[arg-type]


def test_a_failed_write_is_raised_and_nothing_after_it_is_written() -> None:
    disk = _FullDisk()
    before = set(threading.enumerate())
    writer = BackgroundWriter(disk)

    def fill() -> None:
        for _ in range(10):
            writer.put(b"x" * 100)
        writer.close()

    with pytest.raises(OutputError, match="No space left on device"):
        fill()
    assert disk.writes == 3  # the failing one; none after it
    writer.stop()  # as the sink's abort does: the thread ends
    assert set(threading.enumerate()) <= before


def test_stop_ends_the_thread_and_refuses_more() -> None:
    started, release = threading.Event(), threading.Event()

    class Slow(io.BytesIO):
        def write(self, data: object) -> int:
            started.set()
            release.wait(5)
            return super().write(data)  # type: ignore[arg-type]

    out = Slow()
    writer = BackgroundWriter(out)
    writer.put(b"first")
    assert started.wait(5)  # being written, slowly
    threading.Timer(0.1, release.set).start()
    writer.stop()
    assert not writer.alive
    assert out.getvalue() == b"first"
    with pytest.raises(OutputError, match="discarded"):
        writer.put(b"late")


def test_a_new_block_waits_for_the_last_to_be_written() -> None:
    # Two encoded blocks at most: the one being written and the one handed over next.
    started, release = threading.Event(), threading.Event()

    class Slow(io.BytesIO):
        def write(self, data: object) -> int:
            started.set()
            release.wait(5)
            return super().write(data)  # type: ignore[arg-type]

    writer = BackgroundWriter(Slow())
    writer.put(b"one")
    started.wait(5)
    second = threading.Thread(target=writer.put, args=(b"two",))
    second.start()
    second.join(0.2)
    assert second.is_alive()  # still waiting: "one" is not written yet
    release.set()
    second.join(5)
    assert not second.is_alive()
    writer.close()


def test_one_worker_files_match_two_workers_files(tmp_path: Path) -> None:
    # One worker writes through the writer thread; two write in place: same bytes.
    spec = lookalike.load_template("person")
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    lookalike.write(spec, one, rows=150_000, seed=3, workers=1)
    lookalike.write(spec, two, rows=150_000, seed=3, workers=2)
    assert one.read_bytes() == two.read_bytes()
    assert len(one.read_bytes().splitlines()) == 150_001
