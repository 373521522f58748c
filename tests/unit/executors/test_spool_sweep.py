"""Spool folders left by killed processes are swept; live ones are kept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lookalike.executors.processes import sweep_orphan_spools


def test_orphan_spools_are_swept_and_live_ones_kept(tmp_path: Path) -> None:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)  # fmt: skip
    dead_pid = int(finished.stdout)
    orphan = tmp_path / f"lookalike-spool-{dead_pid}-abc"
    mine = tmp_path / f"lookalike-spool-{os.getpid()}-def"
    unrelated = tmp_path / "something-else"
    for folder in (orphan, mine, unrelated):
        folder.mkdir()
        (folder / "x.block").write_bytes(b"data")
    assert sweep_orphan_spools(str(tmp_path)) == [orphan.name]
    assert not orphan.exists()
    assert mine.exists()
    assert unrelated.exists()
