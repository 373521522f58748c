"""Every module of the package imports on its own, whatever was imported before.

A module that only works when another was imported first (an import cycle the
usual order hides) breaks tools and scripts that import it directly, such as
``from lookalike.locales.places import places_for``.
"""

from __future__ import annotations

import json
import subprocess
import sys

# Each module is imported after every lookalike module is forgotten, in one
# interpreter: third-party packages stay loaded, so this takes seconds, not minutes.
_SCRIPT = """
import importlib, json, pkgutil, sys
import lookalike
failed = {}
for info in pkgutil.walk_packages(lookalike.__path__, "lookalike."):
    for name in [n for n in sys.modules if n == "lookalike" or n.startswith("lookalike.")]:
        del sys.modules[name]
    try:
        importlib.import_module(info.name)
    except Exception as exc:
        failed[info.name] = repr(exc)
print(json.dumps(failed))
"""


def test_every_module_imports_first() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, check=True, timeout=300
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {}
