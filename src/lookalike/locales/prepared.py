"""Ready-made locale structures, memory-mapped from Arrow IPC files.

Building a name pool, the places of a country or a street pool from the shipped
Parquet and JSON takes tens to hundreds of milliseconds each (decoding, dictionary
encoding, slugging names, alias tables), paid again by every process. Those
builders are pure functions of the shipped data, so their results are built
once, ahead of time, and shipped in ``data/locales/prepared/`` as uncompressed
Arrow IPC files: loading one maps the file and wraps its buffers (no parsing,
no copy; processes share the pages).

A builder opts in with :func:`prepared`, naming the arguments to prepare it for::

    @cache
    @prepared("name_pool", each=lambda: [("en_GB", "last")])
    def name_pool(locale: str, kind: str) -> Pool: ...

A call finds the file ``name_pool-en_GB-last.arrow`` and loads it, or builds
(arguments without a file, or ``LOOKALIKE_NO_PREPARED=1``). The files are
written by ``python -m lookalike.locales.prepare`` (after the data are rebuilt),
and a test checks that each equals what its builder returns today.

An object is stored as the leaves of its tree (numpy arrays as raw bytes, Arrow
arrays as they are) and a JSON description of the tree in the schema metadata.

>>> import numpy as np, pyarrow as pa
>>> from lookalike.discrete import AliasTable
>>> tree, leaves = encode((pa.array(["a", "b"]), AliasTable.from_weights([1.0, 3.0])))
>>> rebuilt = decode(tree, leaves)
>>> rebuilt[0].to_pylist(), rebuilt[1].alias.tolist()
(['a', 'b'], [1, 1])
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import os
from collections.abc import Callable, Iterable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import pyarrow as pa

PREPARED_DIR = Path(__file__).resolve().parent.parent / "data" / "locales" / "prepared"
_METADATA_KEY = b"lookalike.tree"

T = TypeVar("T")

#: Builders that can be prepared: name -> (builder, arguments to prepare it for).
BUILDERS: dict[str, tuple[Callable[..., Any], Callable[[], Iterable[tuple[Any, ...]]]]] = {}


def file_name(name: str, args: tuple[Any, ...]) -> str:
    """``name_pool-en_GB-last.arrow`` for ``("name_pool", ("en_GB", "last"))``."""
    return "-".join([name, *(str(a) for a in args)]) + ".arrow"


def prepared(
    name: str, each: Callable[[], Iterable[tuple[Any, ...]]]
) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Serve ``builder(*args)`` from its prepared file when there is one."""

    def wrap(builder: Callable[..., T]) -> Callable[..., T]:
        BUILDERS[name] = (builder, each)

        @wraps(builder)
        def load_or_build(*args: Any) -> T:
            path = PREPARED_DIR / file_name(name, args)
            if os.environ.get("LOOKALIKE_NO_PREPARED") != "1" and path.is_file():
                loaded: T = load(path)
                return loaded
            return builder(*args)

        return load_or_build

    return wrap


def load(path: Path) -> Any:
    """The object stored in ``path``, its arrays mapped from the file."""
    # The buffers keep the mapping alive after the file object is gone.
    table = pa.ipc.open_file(pa.memory_map(str(path))).read_all()
    metadata = table.schema.metadata or {}
    leaves = [column.chunk(0).values for column in table.columns]
    return decode(json.loads(metadata[_METADATA_KEY]), leaves)


def save(path: Path, value: Any) -> None:
    """Write ``value`` (a tree of dataclasses, tuples, dicts, arrays, scalars)."""
    tree, leaves = encode(value)
    columns = [
        pa.LargeListArray.from_arrays(pa.array([0, len(leaf)], pa.int64()), leaf) for leaf in leaves
    ]
    table = pa.table({str(i): column for i, column in enumerate(columns)})
    table = table.replace_schema_metadata({_METADATA_KEY: json.dumps(tree).encode()})
    path.parent.mkdir(parents=True, exist_ok=True)
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)


def encode(value: Any) -> tuple[Any, list[pa.Array]]:
    """A JSON-able description of ``value`` and the arrays it refers to by number."""
    leaves: list[pa.Array] = []
    seen: dict[int, Any] = {}  # one leaf for an array shared by several fields

    def walk(item: Any) -> Any:
        if isinstance(item, np.ndarray | pa.Array):
            if id(item) not in seen:
                seen[id(item)] = (
                    _numpy_leaf(item, leaves)
                    if isinstance(item, np.ndarray)
                    else _arrow_leaf(item, leaves)
                )
            return seen[id(item)]
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            kind = type(item)
            fields = {f.name: walk(getattr(item, f.name)) for f in dataclasses.fields(item)}
            return {"dataclass": f"{kind.__module__}:{kind.__qualname__}", "fields": fields}
        if isinstance(item, tuple | list):
            return {"sequence": [walk(x) for x in item], "tuple": isinstance(item, tuple)}
        if isinstance(item, dict):
            return {"dict": [[k, walk(v)] for k, v in item.items()]}
        if item is None or isinstance(item, bool | int | float | str):
            return {"value": item}
        raise TypeError(f"cannot prepare a {type(item).__name__}")

    return walk(value), leaves


def _arrow_leaf(array: pa.Array, leaves: list[pa.Array]) -> Any:
    leaves.append(array)
    return {"arrow": len(leaves) - 1}


def _numpy_leaf(array: np.ndarray, leaves: list[pa.Array]) -> Any:
    """A numpy array as a leaf, in the narrowest type that holds it exactly.

    Counting sequences (identity codes, uniform alias tables) and constant arrays
    are described, not stored; float64 coordinates that came from float32 and
    codes into small dictionaries are stored narrow and widened on load (a copy
    of a few milliseconds at most, against megabytes in the package).
    """
    shape = list(array.shape)
    described: dict[str, Any] = {"dtype": array.dtype.str, "shape": shape}
    flat = np.ascontiguousarray(array).reshape(-1)
    if flat.size and flat.dtype.kind in "iuf":
        if flat.dtype.kind in "iu" and np.array_equal(flat, np.arange(flat.size)):
            return {**described, "arange": True}
        if np.all(flat == flat[0]) and not np.isnan(flat[0]):
            return {**described, "full": flat[0].item()}
    stored = flat
    for narrow in _NARROWER.get(flat.dtype.str, ()):
        candidate = flat.astype(narrow)
        if np.array_equal(candidate.astype(flat.dtype), flat, equal_nan=flat.dtype.kind == "f"):
            stored = candidate
            break
    leaves.append(pa.array(np.frombuffer(stored.tobytes(), np.uint8)))
    return {**described, "numpy": len(leaves) - 1, "stored": stored.dtype.str}


_NARROWER = {
    np.dtype(np.float64).str: (np.float32,),
    np.dtype(np.int64).str: (np.uint8, np.uint16, np.int32),
    np.dtype(np.int32).str: (np.uint8, np.uint16),
}


def _numpy_of(tree: Any, leaves: list[pa.Array]) -> np.ndarray:
    dtype = np.dtype(tree["dtype"])
    shape = tree["shape"]
    count = int(np.prod(shape))
    if tree.get("arange"):
        return np.arange(count, dtype=dtype).reshape(shape)
    if "full" in tree:
        return np.full(count, tree["full"], dtype=dtype).reshape(shape)
    raw = leaves[tree["numpy"]]
    stored = np.dtype(tree["stored"])
    data = np.frombuffer(raw.buffers()[1], stored, count=count, offset=raw.offset)
    return (data if stored == dtype else data.astype(dtype)).reshape(shape)


def decode(tree: Any, leaves: list[pa.Array]) -> Any:
    """The object :func:`encode` described, around ``leaves``."""
    if "dtype" in tree:
        return _numpy_of(tree, leaves)
    if "arrow" in tree:
        return leaves[tree["arrow"]]
    if "dataclass" in tree:
        module, qualname = tree["dataclass"].split(":")
        kind: Any = importlib.import_module(module)
        for part in qualname.split("."):
            kind = getattr(kind, part)
        return kind(**{k: decode(v, leaves) for k, v in tree["fields"].items()})
    if "sequence" in tree:
        items = [decode(x, leaves) for x in tree["sequence"]]
        return tuple(items) if tree["tuple"] else items
    if "dict" in tree:
        return {k: decode(v, leaves) for k, v in tree["dict"]}
    return tree["value"]
