"""Read a local Delta table without deltalake: its log's JSON actions and pyarrow.dataset.

Tests check lookalike's Delta output with readers other than the one that wrote
it. This one follows the protocol by hand (``_delta_log/NNN.json``: ``add`` and
``remove`` actions, in version order) and reads the live Parquet files with
``pyarrow.dataset``, so it shares no code with deltalake.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote

import pyarrow as pa
import pyarrow.dataset as ds


def live_files(table: Path) -> list[Path]:
    """The Parquet files of the table's latest version, in the order they were added."""
    live: dict[str, None] = {}
    for entry in sorted((table / "_delta_log").glob("*.json")):
        for line in entry.read_text().splitlines():
            action = json.loads(line)
            if "add" in action:
                live[unquote(action["add"]["path"])] = None
            elif "remove" in action:
                live.pop(unquote(action["remove"]["path"]), None)
    return [table / name for name in live]


def commit_infos(table: Path) -> list[dict[str, object]]:
    """Each version's ``commitInfo`` action, oldest first."""
    infos = []
    for entry in sorted((table / "_delta_log").glob("*.json")):
        for line in entry.read_text().splitlines():
            action = json.loads(line)
            if "commitInfo" in action:
                infos.append(action["commitInfo"])
    return infos


def read_with_dataset(table: Path) -> pa.Table:
    """The table's latest version, read by pyarrow.dataset from the files the log names."""
    files = [str(p) for p in live_files(table)]
    return ds.dataset(files, format="parquet").to_table()
