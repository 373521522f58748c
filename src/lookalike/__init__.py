"""lookalike: realistic, safe synthetic data at any scale, deterministically.

Every cell is a pure function of (seed, table, column, row block), so the same
spec and seed give the same bytes on any number of workers.

>>> import lookalike
>>> spec = (
...     lookalike.SpecBuilder(seed=42)
...     .table("dice", rows=4)
...     .field("roll", "integer", min_value=1, max_value=6)
...     .build()
... )
>>> lookalike.generate(spec).column("roll").to_pylist() == lookalike.generate(spec).column(
...     "roll").to_pylist()
True
"""

from typing import TYPE_CHECKING, Any

from lookalike.version import __version__

# Names are imported on first use, so `import lookalike` stays quick (pyarrow and
# pydantic load only when something is generated or validated).
_EXPORTS = {
    "WriteResult": "lookalike.api",
    "as_spec": "lookalike.api",
    "customise": "lookalike.api",
    "describe": "lookalike.nl",
    "generate": "lookalike.api",
    "load_template": "lookalike.api",
    "resolve": "lookalike.api",
    "template_names": "lookalike.api",
    "write": "lookalike.api",
    "create_batch": "lookalike.datasets",
    "create_dataset": "lookalike.datasets",
    "CapacityError": "lookalike.errors",
    "LookalikeError": "lookalike.errors",
    "OutputError": "lookalike.errors",
    "SpecError": "lookalike.errors",
    "Dataset": "lookalike.spec",
    "SpecBuilder": "lookalike.spec",
    "Table": "lookalike.spec",
    "json_schema": "lookalike.spec",
    "load_spec": "lookalike.spec",
    "parse_spec": "lookalike.spec",
}

__all__ = [
    "CapacityError",
    "Dataset",
    "LookalikeError",
    "OutputError",
    "SpecBuilder",
    "SpecError",
    "Table",
    "WriteResult",
    "__version__",
    "as_spec",
    "create_batch",
    "create_dataset",
    "customise",
    "describe",
    "generate",
    "json_schema",
    "load_spec",
    "load_template",
    "parse_spec",
    "resolve",
    "template_names",
    "write",
]

if TYPE_CHECKING:
    from lookalike import geo as geo
    from lookalike.api import (
        WriteResult,
        as_spec,
        customise,
        generate,
        load_template,
        resolve,
        template_names,
        write,
    )
    from lookalike.datasets import create_batch, create_dataset
    from lookalike.errors import CapacityError, LookalikeError, OutputError, SpecError
    from lookalike.nl import describe
    from lookalike.spec import (
        Dataset,
        SpecBuilder,
        Table,
        json_schema,
        load_spec,
        parse_spec,
    )


def __getattr__(name: str) -> Any:
    # lookalike.geo is a module of helpers (not in __all__, which lists no modules), reachable
    # as lookalike.geo.addresses(...) after a plain `import lookalike`.
    if name == "geo":
        import importlib

        module = importlib.import_module("lookalike.geo")
        globals()[name] = module
        return module
    if name in _EXPORTS:
        import importlib

        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'lookalike' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
