"""The core install works without the extras, and a missing extra is named, not a traceback.

Each case runs in a fresh interpreter where the optional packages cannot be
imported (a finder refuses them), as on a machine with ``pip install lookalike``
and nothing more.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BLOCKED = ["fastapi", "starlette", "uvicorn", "sqlalchemy", "alembic", "psycopg", "pymysql",
           "pandas", "httpx", "pydantic_settings", "multipart"]  # fmt: skip
_PRELUDE = f"""
import importlib.abc, sys
class _NotInstalled(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {BLOCKED!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None
sys.meta_path.insert(0, _NotInstalled())
import importlib.util
_find = importlib.util.find_spec
def _find_installed(name, *rest):
    return None if name.split(".")[0] in {BLOCKED!r} else _find(name, *rest)
importlib.util.find_spec = _find_installed
"""


def _run(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _PRELUDE + code],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip


def _cli(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    code = (
        f"import sys; sys.argv = ['lookalike', *{args!r}]\n"
        "from lookalike.cli.main import run\nrun()"
    )
    return _run(code, tmp_path)


def test_the_core_generates_files_without_any_extra(tmp_path: Path) -> None:
    out = tmp_path / "people.csv"
    done = _cli(["generate", "--template", "person", "-n", "10", "-o", str(out), "-q"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert len(out.read_text().splitlines()) == 11


@pytest.mark.parametrize(
    ("args", "extra"),
    [
        (["serve", "--dev"], "server"),
        (["keys", "list"], "server"),
        (["generate", "--template", "person", "-n", "5", "--to", "sqlite:///x.db"], "databases"),
        (["extract", "sqlite:///x.db"], "databases"),
    ],
)
def test_a_missing_extra_is_named(args: list[str], extra: str, tmp_path: Path) -> None:
    done = _cli(args, tmp_path)
    assert done.returncode == 2, done.stderr
    assert f"pip install 'lookalike[{extra}]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_pandas_output_names_its_extra(tmp_path: Path) -> None:
    done = _run(
        "import lookalike\n"
        "try:\n"
        "    lookalike.generate('person', rows=3, seed=1, as_='pandas')\n"
        "except ImportError as exc:\n"
        "    print(type(exc).__name__, exc)\n",
        tmp_path,
    )
    assert "MissingExtraError" in done.stdout, done.stderr
    assert "lookalike[pandas]" in done.stdout


def test_importing_and_generating_loads_no_extra(tmp_path: Path) -> None:
    # pandas is left out: pyarrow imports it by itself when it is installed.
    service = [m for m in BLOCKED if m != "pandas"]
    done = subprocess.run(
        [sys.executable, "-c", "import sys, lookalike\n"
         "lookalike.generate('person', rows=3, seed=1)\n"
         f"print(sorted(m for m in sys.modules if m.split('.')[0] in {service!r}))"],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=True,
    )  # fmt: skip
    assert done.stdout.strip() == "[]"
