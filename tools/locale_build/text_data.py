"""The hand-written word lists and prose of the build, kept as files in ``data/``.

Text files hold one record per line; lines starting with ``#`` are comments. TOML files hold
the lists that carry weights (street types, legal forms of companies).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


def read_text(name: str) -> str:
    """The lines of ``data/<name>`` without comment lines."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("#")) + "\n"


def read_words(name: str) -> list[str]:
    """The whitespace-separated words of ``data/<name>``, in file order."""
    return read_text(name).split()


def read_toml(name: str) -> dict[str, Any]:
    """``data/<name>`` parsed as TOML."""
    with (DATA / name).open("rb") as fp:
        return tomllib.load(fp)


def read_template(name: str) -> str:
    """``data/<name>`` exactly as written (a template filled with ``str.format``)."""
    return (DATA / name).read_text(encoding="utf-8")
