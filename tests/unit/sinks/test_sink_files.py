"""Atomic files and early checks that an output can be written at all."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import lookalike
from lookalike.errors import LookalikeError, OutputError, UnknownFormatError
from lookalike.sinks import AtomicFile, check_writable, open_sink

Spec = Callable[..., dict[str, Any]]


def test_atomic_file_appears_only_on_commit(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    atomic = AtomicFile(target)
    atomic.stream.write(b"hello")
    assert not target.exists()
    partials = list(tmp_path.iterdir())
    assert len(partials) == 1
    assert partials[0].name.startswith(".out.txt.")
    assert partials[0].name.endswith(".partial")
    atomic.commit()
    assert target.read_bytes() == b"hello"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_atomic_file_discard_keeps_the_older_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")
    atomic = AtomicFile(target)
    atomic.stream.write(b"new but unfinished")
    atomic.discard()
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_atomic_file_with_compression(tmp_path: Path) -> None:
    import gzip

    target = tmp_path / "out.txt.gz"
    atomic = AtomicFile(target, "gzip")
    atomic.stream.write(b"squeeze me" * 100)
    atomic.commit()
    assert gzip.decompress(target.read_bytes()) == b"squeeze me" * 100


def test_check_writable_accepts_a_new_file(tmp_path: Path) -> None:
    check_writable(tmp_path / "new.csv")
    assert list(tmp_path.iterdir()) == []


def test_path_is_a_directory(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a directory; give a file name"):
        open_sink("csv", tmp_path)


def test_missing_directory(tmp_path: Path) -> None:
    target = tmp_path / "nope" / "out.csv"
    with pytest.raises(OutputError, match="does not exist; create it first") as caught:
        open_sink("parquet", target)
    assert str(target) in str(caught.value)
    assert isinstance(caught.value, OSError)
    assert isinstance(caught.value, LookalikeError)


def test_unwritable_directory(unwritable_dir: Path) -> None:
    with pytest.raises(OutputError, match="is not writable; choose another path"):
        open_sink("csv", unwritable_dir / "out.csv")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write read-only files")
def test_read_only_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    target.chmod(0o400)
    with pytest.raises(OutputError, match="read-only"):
        check_writable(target)


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("missing", "does not exist"),
        ("unwritable", "is not writable"),
        ("bad-extension", "cannot tell the format"),
        ("multi-to-file", "several tables go to a directory"),
    ],
)
def test_write_fails_before_generating_anything(
    tmp_path: Path, unwritable_dir: Path, no_generation: None, where: str, message: str
) -> None:
    spec: dict[str, Any] = {
        "seed": 1,
        "tables": {
            "a": {"rows": 10**9, "fields": {"n": {"kind": "sequence"}}},
        },
    }
    target = {
        "missing": tmp_path / "missing" / "out.csv",
        "unwritable": unwritable_dir / "out.csv",
        "bad-extension": tmp_path / "out.xyz",
        "multi-to-file": tmp_path / "out.csv",
    }[where]
    if where == "multi-to-file":
        spec["tables"]["b"] = spec["tables"]["a"]
    with pytest.raises(LookalikeError, match=message):
        lookalike.write(spec, target)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_multi_table_output_checks_every_file_first(tmp_path: Path, no_generation: None) -> None:
    (tmp_path / "b.csv").mkdir()  # the second table's file name is taken by a directory
    spec = {
        "seed": 1,
        "tables": {
            "a": {"rows": 5, "fields": {"n": {"kind": "sequence"}}},
            "b": {"rows": 5, "fields": {"n": {"kind": "sequence"}}},
        },
    }
    with pytest.raises(OutputError, match="is a directory"):
        lookalike.write(spec, tmp_path)
    assert not (tmp_path / "a.csv").exists()


@pytest.mark.parametrize(("name", "compression"), [("out.arrow.gz", None), ("out.arrow", "gzip")])
def test_arrow_with_gzip_is_refused_before_any_work(
    make_spec: Spec, tmp_path: Path, no_generation: None, name: str, compression: str | None
) -> None:
    """Regression: IPC + gzip used to fail inside pyarrow and leave a .partial file."""
    spec = make_spec({"n": {"kind": "sequence"}}, rows=10)
    with pytest.raises(UnknownFormatError, match=r"use \.arrow\.zst or --compression zstd"):
        lookalike.write(spec, tmp_path / name, compression=compression)
    assert list(tmp_path.iterdir()) == []
