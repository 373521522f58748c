"""The Python API: generate, write, templates, and the package's public surface."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

import lookalike
from lookalike.api import as_spec, load_template, template_names
from lookalike.errors import OutputError, SpecError
from lookalike.spec import Dataset

Spec = Callable[..., dict[str, Any]]

MULTI: dict[str, Any] = {
    "seed": 6,
    "tables": {
        "customers": {"rows": 20, "fields": {"id": {"kind": "sequence"}}},
        "orders": {
            "rows": 35,
            "fields": {
                "id": {"kind": "sequence", "start": 1000},
                "qty": {"kind": "integer", "max_value": 9},
            },
        },
    },
}


def _python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.strip()


def test_generate_returns_an_arrow_table(base_types: Path) -> None:
    table = lookalike.generate(base_types, rows=50, seed=3)
    assert isinstance(table, pa.Table)
    assert table.num_rows == 50
    assert table.column_names == [
        "customer_id",
        "quantity",
        "unit_price",
        "discount",
        "status",
        "order_date",
        "updated_at",
        "order_id",
        "reference",
        "gift_wrapped",
    ]


def test_generate_converts_to_pandas_and_polars(base_types: Path) -> None:
    table = lookalike.generate(base_types, rows=25, seed=3)
    frame = table.to_pandas()
    assert isinstance(frame, pd.DataFrame)
    assert frame.shape == (25, 10)
    assert frame["quantity"].between(1, 50).all()
    assert isinstance(frame["status"].dtype, pd.CategoricalDtype)
    polars_frame = pl.from_arrow(table)
    assert isinstance(polars_frame, pl.DataFrame)
    assert polars_frame.height == 25
    assert polars_frame["customer_id"].to_list() == table.column("customer_id").to_pylist()


@pytest.mark.parametrize("form", ["path", "str", "dict", "dataset", "template"])
def test_every_spec_form_is_accepted(base_types: Path, form: str) -> None:
    spec: Any = {
        "path": base_types,
        "str": str(base_types),
        "dict": yaml.safe_load(base_types.read_text()),
        "dataset": lookalike.load_spec(base_types),
        "template": "base-types",
    }[form]
    table = lookalike.generate(spec, rows=5, seed=1)
    reference = lookalike.generate(base_types, rows=5, seed=1)
    assert table.equals(reference)


def test_as_spec_unknown_name() -> None:
    with pytest.raises(SpecError, match="no such spec file or template"):
        as_spec("not-a-template-or-file")


def test_templates() -> None:
    names = template_names()
    assert "base-types" in names
    assert isinstance(load_template("base-types"), Dataset)
    with pytest.raises(SpecError, match=r"unknown template 'nope'; available: .*base-types"):
        load_template("nope")


def test_template_matches_the_example(base_types: Path) -> None:
    template = load_template("base-types")
    assert template.model_dump() == lookalike.load_spec(base_types).model_dump()


def test_generate_multi_table_needs_table() -> None:
    with pytest.raises(SpecError, match="this spec has 2 tables; pass table= one of customers"):
        lookalike.generate(MULTI)
    orders = lookalike.generate(MULTI, table="orders")
    assert orders.num_rows == 35
    assert orders.column("id").to_pylist()[:2] == [1000, 1001]
    with pytest.raises(SpecError, match="no table 'nope'; tables: customers, orders"):
        lookalike.generate(MULTI, table="nope")


def test_generate_with_workers(base_types: Path) -> None:
    alone = lookalike.generate(base_types, rows=70_000, seed=2)
    parallel = lookalike.generate(base_types, rows=70_000, seed=2, workers=2)
    assert alone.equals(parallel)


def test_write_a_file(base_types: Path, tmp_path: Path) -> None:
    path = tmp_path / "orders.parquet"
    result = lookalike.write(base_types, path, rows=100, seed=5)
    assert isinstance(result, lookalike.WriteResult)
    assert result.seed == 5
    assert result.files == {"orders": path}
    assert result.rows == {"orders": 100}
    assert result.total_rows == 100
    assert pq.read_table(path).num_rows == 100


def test_write_format_overrides_the_extension(base_types: Path, tmp_path: Path) -> None:
    path = tmp_path / "orders.txt"
    lookalike.write(base_types, path, rows=3, seed=5, format="ndjson")
    lines = path.read_text().splitlines()
    assert len(lines) == 3
    assert json.loads(lines[0])["customer_id"] > 0


def test_write_multi_table_to_a_directory(tmp_path: Path) -> None:
    result = lookalike.write(MULTI, tmp_path)
    assert result.files == {
        "customers": tmp_path / "customers.csv",
        "orders": tmp_path / "orders.csv",
    }
    assert result.rows == {"customers": 20, "orders": 35}
    assert len((tmp_path / "customers.csv").read_text().splitlines()) == 21
    assert sorted(p.name for p in tmp_path.iterdir()) == ["customers.csv", "orders.csv"]


def test_write_multi_table_with_format_and_compression(tmp_path: Path) -> None:
    result = lookalike.write(MULTI, tmp_path, format="parquet")
    assert sorted(p.name for p in result.files.values()) == ["customers.parquet", "orders.parquet"]
    assert pq.read_table(tmp_path / "orders.parquet").num_rows == 35
    (tmp_path / "out").mkdir()
    lookalike.write(MULTI, tmp_path / "out", format="ndjson", compression="gzip")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "customers.ndjson.gz",
        "orders.ndjson.gz",
    ]


def test_write_one_table_of_several(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    result = lookalike.write(MULTI, path, table="orders")
    assert result.rows == {"orders": 35}


def test_write_multi_table_to_stdout_is_refused() -> None:
    with pytest.raises(OutputError, match="several tables cannot share standard output"):
        lookalike.write(MULTI, None)


def test_write_creates_the_directory_for_several_tables(tmp_path: Path) -> None:
    result = lookalike.write(MULTI, tmp_path / "new" / "out")
    assert all(path.parent == tmp_path / "new" / "out" for path in result.files.values())
    assert len(result.files) > 1


def test_several_tables_refuse_a_file_name(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="give a directory name with -o"):
        lookalike.write(MULTI, tmp_path / "all.csv")


# --- the package surface ------------------------------------------------------------

REQUIRED = {
    "generate",
    "write",
    "SpecBuilder",
    "Dataset",
    "Table",
    "load_spec",
    "parse_spec",
    "json_schema",
    "LookalikeError",
    "SpecError",
    "CapacityError",
    "OutputError",
    "WriteResult",
    "__version__",
}


def test_all_lists_the_documented_api() -> None:
    assert set(lookalike.__all__) >= REQUIRED
    assert len(lookalike.__all__) == len(set(lookalike.__all__))
    assert sorted(dir(lookalike)) == sorted(lookalike.__all__)


def test_every_exported_name_is_importable_in_a_fresh_interpreter() -> None:
    """Like httpx's exported-members test: __all__ and reality agree, whatever the
    order names are first touched in (a lazily exported name must not be shadowed
    by a submodule of the same name once that submodule is imported)."""
    code = (
        "import json, types, lookalike\n"
        "lookalike.generate  # first touch imports lookalike.api and its submodules\n"
        "out = {}\n"
        "for name in lookalike.__all__:\n"
        "    value = getattr(lookalike, name)\n"
        "    out[name] = [isinstance(value, types.ModuleType),\n"
        "                 getattr(value, '__module__', 'lookalike') or '']\n"
        "ns = {}\n"
        "exec('from lookalike import *', ns)\n"
        "out['__star__'] = sorted(k for k in ns if not k.startswith('__') or k == '__version__')\n"
        "print(json.dumps(out))\n"
    )
    found = json.loads(_python(code))
    star = found.pop("__star__")
    assert sorted(star) == sorted(lookalike.__all__)
    modules = [name for name, (is_module, _) in found.items() if is_module]
    assert modules == [], f"exported names that resolve to modules: {modules}"
    for name, (_, module) in found.items():
        if name != "__version__":
            assert module.startswith("lookalike"), (name, module)


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        getattr(lookalike, "nope")  # noqa: B009


def test_import_is_light() -> None:
    code = (
        "import sys, lookalike\n"
        "print(','.join(m for m in ('pyarrow', 'polars', 'pandas', 'numpy', 'pydantic')"
        " if m in sys.modules))"
    )
    assert _python(code) == ""


def test_spec_layer_does_not_import_the_engine() -> None:
    code = (
        "import sys, lookalike\n"
        "spec = lookalike.SpecBuilder(seed=1).table('t', rows=1).field('n', 'sequence').build()\n"
        "print(','.join(m for m in ('pyarrow', 'polars', 'pandas') if m in sys.modules))"
    )
    assert _python(code) == ""


def test_version_matches_the_package_metadata() -> None:
    from importlib.metadata import version

    assert lookalike.__version__ == version("lookalike")


@pytest.mark.parametrize(
    ("name", "output"),
    [
        ("out.parquet", ("parquet", None)),
        ("out.arrow", ("arrow", None)),
        ("out.csv", ("csv", None)),
    ],
)
def test_automatic_workers_use_processes_for_big_files_of_every_format(
    name: str, output: tuple[str, None], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Workers encode Parquet row groups and Arrow batches too, so a big file of any of
    # these formats goes to worker processes, and a small one stays in this process.
    import dataclasses

    import lookalike.api as api
    from lookalike.executors import Work, default_workers
    from lookalike.executors import executor_for as real

    asked: list[tuple[Work | None, str, str]] = []

    def spy(
        workers: int | None, blocks: int | None = None, *, processes: bool = True,
        work: Work | None = None,
    ) -> Any:  # fmt: skip
        # What the same call would give a big job (10M rows; nothing started).
        assert work is not None
        big = real(workers, 1000, processes=processes, work=dataclasses.replace(work, rows=10**7))
        chosen = real(workers, blocks, processes=processes, work=work)
        asked.append((work, type(chosen).__name__, type(big).__name__))
        big.close()
        return chosen

    monkeypatch.setattr(api, "executor_for", spy)
    # As in a fresh CLI process (base-types runs no Polars): workers start by fork().
    monkeypatch.setattr("lookalike.executors.start_method", lambda *_: "fork")
    api.write("examples/base-types.yaml", tmp_path / name, rows=1000, seed=1, workers=None)
    [(work, small, big)] = asked
    assert work is not None
    assert (work.rows, work.outputs, work.aligned) == (1000, (output,), True)
    assert work.row_bytes > 50  # the plan's estimate of a base-types row as text
    assert small == "InProcessExecutor"
    assert big == ("ProcessExecutor" if default_workers() > 1 else "InProcessExecutor")
    assert (tmp_path / name).stat().st_size > 0


def test_a_small_row_range_of_a_big_table_stays_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import lookalike.api as api
    from lookalike.executors import executor_for as real
    from lookalike.pipeline import RowRange

    blocks: list[int | None] = []

    def spy(workers: int | None, count: int | None = None, **options: Any) -> Any:
        blocks.append(count)
        return real(workers, count, **options)

    monkeypatch.setattr(api, "executor_for", spy)
    out = tmp_path / "range.csv"
    # 10M rows are 153 blocks; rows 5,000,000-5,001,000 lie in one of them.
    api.write(
        "examples/base-types.yaml", out, rows=10_000_000, seed=1, workers=None,
        row_range=RowRange(5_000_000, 5_001_000),
    )  # fmt: skip
    assert blocks == [1]
    assert len(out.read_text().splitlines()) == 1001  # the header and the thousand rows
