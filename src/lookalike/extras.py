"""Optional parts of lookalike and the extras that install them.

The core install generates data into files, standard output and DataFrames
(Polars and Arrow). The rest are extras: ``server`` (the REST service and its
job store), ``databases`` (loading, extracting and checking live databases),
``pandas``, ``delta`` (Delta tables), ``spark`` (Spark DataFrames). A feature
whose extra is missing says which one to add, instead of failing on an import.

>>> try:
...     require("no_such_module_here", "pandas")
... except MissingExtraError as exc:
...     print(str(exc).split("; ")[1])
install lookalike with the extra: pip install 'lookalike[pandas]'
"""

from __future__ import annotations

import importlib
from types import ModuleType

from lookalike.errors import LookalikeError

#: Which extra installs each optional top-level module.
EXTRA_OF = {
    "sqlalchemy": "databases",
    "psycopg": "databases",
    "pymysql": "databases",
    "fastapi": "server",
    "starlette": "server",
    "uvicorn": "server",
    "alembic": "server",
    "pydantic_settings": "server",
    "multipart": "server",
    "httpx": "server",
    "pandas": "pandas",
    "xlsxwriter": "excel",
    "fastexcel": "excel",
    "google": "llm",
    "openai": "llm",
    "deltalake": "delta",
    "pyspark": "spark",
    "py4j": "spark",
    "celery": "celery",
    "redis": "celery",
    "kombu": "celery",
    "fsspec": "cloud",
    "s3fs": "cloud",
}


class MissingExtraError(LookalikeError, ImportError):
    """An optional dependency is not installed; the message names the extra to add."""


def missing_extra(exc: ImportError) -> MissingExtraError | None:
    """The extra to name for a failed import of an optional module, if it is one.

    >>> missing_extra(ModuleNotFoundError(name="fastapi")).args[0].endswith("[server]'")
    True
    >>> missing_extra(ModuleNotFoundError(name="numpy")) is None
    True
    """
    if isinstance(exc, MissingExtraError):
        return exc
    top = (exc.name or "").split(".")[0]
    extra = EXTRA_OF.get(top)
    if extra is None:
        return None
    return MissingExtraError(
        f"this needs {top}, which is not installed; install lookalike with the extra: "
        f"pip install 'lookalike[{extra}]'"
    )


def check_installed(*modules: str, extra: str) -> None:
    """Say which extra to add when any of ``modules`` is missing (without importing them:
    a package of lookalike checks its dependencies this way when it is imported)."""
    import importlib.util

    for module in modules:
        if importlib.util.find_spec(module) is None:
            raise MissingExtraError(
                f"this needs {module}, which is not installed; install lookalike with the "
                f"extra: pip install 'lookalike[{extra}]'"
            )


def require(module: str, extra: str) -> ModuleType:
    """Import ``module``, or say which extra of lookalike installs it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(
            f"this needs {module}, which is not installed; install lookalike with the "
            f"extra: pip install 'lookalike[{extra}]'"
        ) from None
