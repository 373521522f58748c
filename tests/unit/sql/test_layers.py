"""The database side imports only downward: sinks and ``sql`` never reach the driver above.

The load driver (:mod:`lookalike.loading`) sits beside the pipeline and uses the
sink and the ``sql`` package; neither may import it back, nor the pipeline,
the server or the CLI, even lazily inside a function (a late import hides a
circle rather than breaking it).
"""

from __future__ import annotations

import ast
from pathlib import Path

import lookalike

PACKAGE = Path(lookalike.__file__).parent
ABOVE = ("lookalike.loading", "lookalike.pipeline", "lookalike.server", "lookalike.cli",
         "lookalike.api", "lookalike.jobs")  # fmt: skip


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_sinks_and_sql_import_nothing_above_them() -> None:
    modules = [*sorted((PACKAGE / "sql").glob("*.py")), PACKAGE / "sinks" / "database.py"]
    upward = {
        str(path.relative_to(PACKAGE)): sorted(
            name for name in _imports(path) if name.startswith(ABOVE)
        )
        for path in modules
    }
    assert {k: v for k, v in upward.items() if v} == {}
    assert len(modules) > 8  # the package was found


def test_the_driver_uses_the_sink() -> None:
    assert "lookalike.sinks.database" in _imports(PACKAGE / "loading.py")
