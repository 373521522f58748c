"""Every YAML example in docs/ is a spec that plans, generates, and keeps its promises.

Beyond row counts, each generated column is checked against what its field says:
bounds of numbers, values of choices, uniqueness, nulls only where allowed,
sequences counting as asked, and references that resolve in their parent.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pytest

import lookalike
from lookalike.spec import (
    ChoiceField,
    DecimalField,
    FloatField,
    IntegerField,
    ReferenceField,
    SequenceField,
)

DOCS = Path(__file__).resolve().parents[2] / "docs"
_BLOCK = re.compile(r"```yaml\n(.*?)```", re.DOTALL)


def _examples() -> list[tuple[str, str]]:
    found = []
    for page in sorted(DOCS.glob("*.md")):
        for number, block in enumerate(_BLOCK.findall(page.read_text()), 1):
            found.append((f"{page.name}#{number}", block))
    return found


def _check_field(
    where: str, field: Any, column: pa.ChunkedArray, tables: dict[str, Any], not_null: bool
) -> None:
    """The promises ``field`` makes about ``column`` (``not_null``: the plan declares the
    column NOT NULL, as a database would be told)."""
    values = column.drop_null()
    if not_null:
        assert column.null_count == 0, f"{where}: nulls in a column declared NOT NULL"
    if field.unique:
        assert len(pc.unique(values)) == len(values), f"{where}: duplicates in a unique field"
    if not len(values):
        return
    if isinstance(field, IntegerField | FloatField | DecimalField):
        low, high = pc.min(values).as_py(), pc.max(values).as_py()
        kind = Decimal if isinstance(field, DecimalField) else float
        assert kind(field.min_value) <= kind(low), f"{where}: {low} below min_value"
        assert kind(high) <= kind(field.max_value), f"{where}: {high} above max_value"
    elif isinstance(field, ChoiceField):
        allowed = {str(v) for v in field.values}
        assert {str(v) for v in pc.unique(values).to_pylist()} <= allowed, where
    elif isinstance(field, SequenceField) and field.per is None and column.null_count == 0:
        seen = column.to_pylist()
        assert seen == list(range(field.start, field.start + field.step * len(seen), field.step))
    elif isinstance(field, ReferenceField):
        parent, _, key = field.ref.partition(".")
        if parent in tables and key in tables[parent].column_names:
            keys = set(tables[parent].column(key).to_pylist())
            assert set(values.to_pylist()) <= keys, f"{where}: a reference does not resolve"


@pytest.fixture
def drafted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pools as `lookalike pools draft` would have left them, for examples that use them."""
    import json

    pools = {"companies": ["Brightwater Trading Ltd", "Corran & Sons"], "names": ["Ann Halden"]}
    for domain, values in pools.items():
        path = tmp_path / "pools" / "en_GB" / f"{domain}-s.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"values": values}))
    monkeypatch.setenv("LOOKALIKE_HOME", str(tmp_path))


@pytest.mark.parametrize(("where", "text"), _examples(), ids=[w for w, _ in _examples()])
@pytest.mark.usefixtures("drafted")
def test_doc_example_generates_what_it_says(where: str, text: str) -> None:
    spec = lookalike.parse_spec(text)
    plan = lookalike.resolve(spec, rows=200)  # tables given per parent keep their ratios
    tables = {name: lookalike.generate(spec, table=name, rows=200) for name in spec.tables}
    for name, table_spec in spec.tables.items():
        table = tables[name]
        assert table.num_rows == plan.tables[name].rows, where
        for field_name, field in table_spec.fields.items():
            if field_name in table.column_names and not getattr(field, "hidden", False):
                not_null = field_name in plan.tables[name].not_null
                _check_field(f"{where} {name}.{field_name}", field, table.column(field_name),
                             tables, not_null)  # fmt: skip
