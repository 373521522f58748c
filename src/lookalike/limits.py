"""Planned limits: how wide a table's cells are, and whether a block fits in memory.

Why one module past 500 lines: every kind's width estimate sits beside the budget
that uses them, so a new kind's cost is added in one place, next to the others.

Every face generates a table one block of rows at a time, so the memory a
request needs is about *bytes per row x rows per block*, and both are known at
plan time: a choice's values, a constant, a pattern's length, a text's word
counts, a Faker call's capped arguments and an expression's inputs give each
column's width before any row exists. :func:`estimate_tables` makes that
estimate (kept on the plan, for the disk-space checks of the faces) and
:func:`check_budget` refuses a plan whose block would not fit the budget, or
whose cells would be absurdly wide, naming the widest field and the fix.

The budget defaults to 256 MiB per block; library callers pass
``memory_budget=`` to :func:`lookalike.plan.build_plan`, and the environment
variable ``LOOKALIKE_BLOCK_MEMORY_BUDGET`` (bytes, or ``512MiB``, ``1GB``...)
sets it for every face, the service included.

>>> from lookalike.plan import build_plan
>>> from lookalike.spec import spec_from_dict
>>> plan = build_plan(spec_from_dict({"seed": 1, "tables": {"t": {"rows": 10, "fields": {
...     "code": {"kind": "pattern", "pattern": "AB-####"},
...     "n": {"kind": "integer"}}}}}))
>>> [(c.name, c.memory, c.text) for c in plan.estimates["t"].columns]
[('code', 11.0, 7.0), ('n', 8.0, 20.0)]
>>> wide = spec_from_dict({"tables": {"t": {"rows": 100_000, "fields": {
...     "note": {"kind": "constant", "value": "x" * 5000}}}}})
>>> try:
...     build_plan(wide)
... except SpecError as error:
...     print(error.path, error.message[:64])
tables.t.fields.note a block of 65,536 rows would take about 313 MiB, over the memory
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.errors import SpecError
from lookalike.kinds.base import Column
from lookalike.kinds.choice import ChoiceColumn, ConstantColumn
from lookalike.kinds.expressions import check_expression, string_width
from lookalike.kinds.grammar import PooledTextColumn
from lookalike.kinds.identifiers import PatternColumn, UuidColumn
from lookalike.kinds.text import SENTENCE_WORDS, WORDS, TextColumn

if TYPE_CHECKING:
    from collections.abc import Callable

    from lookalike.kinds.derived import Derived
    from lookalike.spec import Dataset

    #: The width of a column given its table and name.
    WidthOf = Callable[[str, str], "ColumnWidth"]


class _Reference(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def parent(self) -> str: ...
    @property
    def parent_column(self) -> str: ...


class _Scoped(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def parent(self) -> str: ...
    @property
    def column(self) -> str: ...


class _Aggregate(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def child(self) -> str: ...
    @property
    def column(self) -> str: ...
    @property
    def arrow_type(self) -> pa.DataType: ...


class _Generated(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def column(self) -> Column: ...


class TablePlan(Protocol):
    """What the estimates read of a planned table (:class:`lookalike.plan.TablePlan`;
    a protocol, since the plan imports this module to estimate itself)."""

    @property
    def name(self) -> str: ...
    @property
    def rows(self) -> int: ...
    @property
    def block_rows(self) -> int: ...
    @property
    def columns(self) -> Sequence[_Generated]: ...
    @property
    def references(self) -> Sequence[_Reference]: ...
    @property
    def derived(self) -> Sequence[tuple[Derived, float]]: ...
    @property
    def scoped(self) -> Sequence[_Scoped]: ...
    @property
    def aggregates(self) -> Sequence[_Aggregate]: ...

    def column_plan(self, name: str) -> _Generated | None: ...


#: Memory one block may take, by default: the Arrow arrays of all its columns.
DEFAULT_BLOCK_BUDGET = 256 * 2**20
#: Widest a single cell may be, whatever the budget.
MAX_CELL_BYTES = 2**20
#: Most expression terms across a whole spec (each costs compile time).
MAX_SPEC_EXPRESSION_NODES = 2_000
#: The environment variable that sets the budget for every face.
BUDGET_VARIABLE = "LOOKALIKE_BLOCK_MEMORY_BUDGET"

#: Arrow string and binary arrays keep a 4-byte offset per row besides the bytes.
_OFFSET = 4
#: A realistic string (a name, a town, an email) when nothing more precise is known;
#: the measured means of every built-in attribute are at most this, but for these.
_DEFAULT_STRING = 48.0
_WIDER_ATTRIBUTES = {
    "user_agent": 128.0, "description": 96.0, "full": 96.0, "multiline": 96.0,
    "password_hash": 64.0,
}  # fmt: skip
#: Longest text form of fixed-width values (CSV, JSON), by Arrow type id.
_TEXT_WIDTH = {"bool": 5.0, "date32": 10.0, "time32": 8.0, "time64": 15.0, "timestamp": 32.0}
_UNITS = {"": 1, "b": 1, "k": 2**10, "m": 2**20, "g": 2**30, "t": 2**40}


@dataclass(frozen=True)
class ColumnWidth:
    """One column's estimated size: Arrow bytes and text bytes per row, bytes per block."""

    name: str
    #: Bytes per row in memory (Arrow): values plus offsets for strings.
    memory: float
    #: Bytes per row written as text, unquoted (what CSV holds for the value).
    text: float
    #: Bytes per block whatever its rows (a choice's dictionary).
    fixed: float = 0.0
    #: Widest single value, in bytes.
    widest: float = 0.0
    #: How to make the column narrower, said when it is too wide.
    fix: str = "make its values shorter"
    #: Bytes per row the kind holds only while it makes the block (a pattern's random
    #: digits, a text's word indices), on top of ``memory``.
    working: float = 0.0


@dataclass(frozen=True)
class TableEstimate:
    """A table's estimated widths, per column, and the block they make."""

    columns: tuple[ColumnWidth, ...]
    block_rows: int  # rows in the table's largest block

    @property
    def row_bytes(self) -> float:
        """Arrow bytes per row, all columns (hidden ones too: they are generated)."""
        return sum(c.memory for c in self.columns)

    @property
    def text_row_bytes(self) -> float:
        """Bytes per row of the values as text, without separators or quotes."""
        return sum(c.text for c in self.columns)

    @property
    def block_bytes(self) -> float:
        """Bytes of the table's largest block: its Arrow arrays, and what making them holds."""
        working = sum(c.working for c in self.columns)
        return self.block_rows * (self.row_bytes + working) + sum(c.fixed for c in self.columns)

    def column(self, name: str) -> ColumnWidth | None:
        """The estimate of column ``name``, if the table has it."""
        return next((c for c in self.columns if c.name == name), None)


def block_budget(memory_budget: int | None = None) -> int:
    """The budget in bytes: ``memory_budget`` if given, else the environment's, else 256 MiB.

    >>> block_budget(2**20), block_budget()
    (1048576, 268435456)
    """
    if memory_budget is not None:
        if memory_budget <= 0:
            raise SpecError(
                f"memory_budget must be a positive number of bytes, got {memory_budget}",
                path="memory_budget",
            )
        return memory_budget
    text = os.environ.get(BUDGET_VARIABLE, "").strip()
    return parse_bytes(text, BUDGET_VARIABLE) if text else DEFAULT_BLOCK_BUDGET


def parse_bytes(text: str, path: str) -> int:
    """``"512MiB"``, ``"1GB"``, ``"1048576"``: a size in bytes (units are binary).

    >>> parse_bytes("512MiB", "x"), parse_bytes("2g", "x")
    (536870912, 2147483648)
    """
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*", text.lower())
    if not match or float(match[1]) <= 0:
        raise SpecError(f"{text!r} is not a size; write e.g. 268435456, 256MiB or 1GiB", path=path)
    return int(float(match[1]) * _UNITS[match[2]])


def check_spec(spec: Dataset) -> None:
    """Refuse, before anything is compiled, what no kind should have to handle.

    Text that is not valid Unicode (a lone surrogate from a JSON escape), numbers
    that are not finite, and expressions that would cost too much together: each
    expression is bounded on its own (:func:`check_expression`); this bounds
    their sum, so a spec cannot buy seconds of compile time with many of them.
    """
    from lookalike.spec import DerivedField

    total = 0
    for table_name, table in spec.tables.items():
        for field_name, field in table.fields.items():
            path = f"tables.{table_name}.fields.{field_name}"
            _check_values(field.model_dump(), path)
            if isinstance(field, DerivedField):
                total += check_expression(field.expr, path).nodes
                if total > MAX_SPEC_EXPRESSION_NODES:
                    raise SpecError(
                        f"derived expressions have more than {MAX_SPEC_EXPRESSION_NODES:,} "
                        "terms together; simplify them, or compute the mappings with choice "
                        "or reference fields",
                        path=f"{path}.expr",
                    )


def _check_values(options: dict[str, Any], path: str) -> None:
    """Every string encodes as UTF-8 and every number is finite, however deeply nested."""
    todo: list[tuple[str, Any]] = list(options.items())
    while todo:
        name, value = todo.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise SpecError(
                    f"text holds {value[exc.start]!r} at position {exc.start}, which is not a "
                    "character (a lone UTF-16 surrogate); fix the escape in the spec",
                    path=f"{path}.{name}",
                ) from None
        elif isinstance(value, float | Decimal) and not math.isfinite(value):
            raise SpecError(f"{value} is not a finite number", path=f"{path}.{name}")
        elif isinstance(value, dict):
            todo.extend((f"{name}.{k}", v) for k, v in value.items())
            todo.extend((f"{name}.[key]", k) for k in value)
        elif isinstance(value, list | tuple):
            todo.extend((f"{name}[{i}]", v) for i, v in enumerate(value))


def estimate_tables(tables: Mapping[str, TablePlan]) -> dict[str, TableEstimate]:
    """Every table's estimated widths; references take their parent column's width."""
    widths: dict[tuple[str, str], ColumnWidth] = {}

    def width_of(table: str, column: str) -> ColumnWidth:
        known = widths.get((table, column))
        if known is not None:
            return known
        plan = tables[table]
        widths[table, column] = ColumnWidth(column, _DEFAULT_STRING, _DEFAULT_STRING)  # cycles
        widths[table, column] = _width(plan, column, width_of)
        return widths[table, column]

    estimates = {}
    for name, plan in tables.items():
        names = [c.name for c in plan.columns] + [r.name for r in plan.references]
        names += [a.name for a in plan.aggregates] + [d.name for d, _ in plan.derived]
        estimates[name] = TableEstimate(
            tuple(width_of(name, n) for n in names), max(1, min(plan.rows, plan.block_rows))
        )
    return estimates


def check_budget(estimates: Mapping[str, TableEstimate], memory_budget: int | None = None) -> None:
    """Refuse a plan with a cell wider than 1 MiB, or a block over the memory budget."""
    budget = block_budget(memory_budget)
    for table, estimate in estimates.items():
        for width in estimate.columns:
            if width.widest > MAX_CELL_BYTES:
                raise SpecError(
                    f"a cell would be about {width.widest:,.0f} bytes wide; the limit is "
                    f"{MAX_CELL_BYTES:,} bytes ({_size(MAX_CELL_BYTES)}) per cell: {width.fix}",
                    path=f"tables.{table}.fields.{width.name}",
                )
        if estimate.block_bytes > budget:
            raise SpecError(
                _over_budget(estimate, budget), path=f"tables.{table}.fields.{_widest(estimate)}"
            )


def _widest(estimate: TableEstimate) -> str:
    return max(estimate.columns, key=lambda c: _column_block(c, estimate.block_rows)).name


def _column_block(width: ColumnWidth, rows: int) -> float:
    return (width.memory + width.working) * rows + width.fixed


def _over_budget(estimate: TableEstimate, budget: int) -> str:
    """Why a block is over the budget: one wide field, or many fields together."""
    widest = estimate.column(_widest(estimate))
    assert widest is not None
    share = _column_block(widest, estimate.block_rows) / estimate.block_bytes
    if share >= 0.5:
        per_row = widest.memory + widest.working
        why = f"this field is the widest, about {per_row:,.0f} bytes per row; {widest.fix}"
    else:
        why = (
            f"its {len(estimate.columns):,} fields take about {estimate.row_bytes:,.0f} bytes "
            f"per row together (this one, the widest, {widest.memory + widest.working:,.0f}); "
            "generate fewer "
            "fields"
        )
    return (
        f"a block of {estimate.block_rows:,} rows would take about "
        f"{_size(estimate.block_bytes)}, over the memory budget of {_size(budget)} per block; "
        f"{why}, or raise the budget (memory_budget=, or {BUDGET_VARIABLE})"
    )


def _size(count: float) -> str:
    for unit, scale in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if count >= scale:
            return f"{count / scale:,.0f} {unit}"
    return f"{count:,.0f} bytes"


def _width(plan: TablePlan, name: str, width_of: WidthOf) -> ColumnWidth:
    column = plan.column_plan(name)
    if column is not None:
        return column_width(name, column.column)
    reference = next((r for r in plan.references if r.name == name), None)
    if reference is not None:
        parent = width_of(reference.parent, reference.parent_column)
        fix = f"make {reference.parent}.{reference.parent_column} narrower"
        return ColumnWidth(name, parent.memory, parent.text, 0.0, parent.widest, fix)
    aggregate = next((a for a in plan.aggregates if a.name == name), None)
    if aggregate is not None:
        if _is_string(aggregate.arrow_type):  # the min or max of a child's text
            child = width_of(aggregate.child, aggregate.column)
            return ColumnWidth(name, child.memory, child.text, 0.0, child.widest)
        return _fixed(name, aggregate.arrow_type)
    derived = next(d for d, _ in plan.derived if d.name == name)
    return _derived_width(plan, derived, width_of)


def column_width(name: str, column: Column) -> ColumnWidth:
    """The estimated width of one generated column, from its parameters.

    >>> from lookalike.kinds.choice import ChoiceColumn, scalar_array
    >>> width = column_width("c", ChoiceColumn(scalar_array(["ab", "abcd"]), None))
    >>> width.memory, width.text, width.fixed, width.widest
    (7.0, 3.0, 6.0, 4.0)
    """
    own = getattr(column, "cell_bytes", None)
    if callable(own):  # kinds that know their width (the Faker passthrough)
        text = float(own())
        return ColumnWidth(name, text + _OFFSET, text, 0.0, text, "ask Faker for shorter values")
    if isinstance(column, ChoiceColumn | ConstantColumn):
        values = column.values if isinstance(column, ChoiceColumn) else column.value
        if not _is_string(values.type):
            return _fixed(name, values.type)
        # Zero-copy: the copying path of to_numpy imports pandas (seconds of start-up).
        lengths = _lengths(values)
        weights = _choice_weights(column) if isinstance(column, ChoiceColumn) else None
        text = float(np.average(lengths, weights=weights))
        fixed = float(lengths.sum()) if isinstance(column, ChoiceColumn) else 0.0
        return ColumnWidth(name, text + _OFFSET, text, fixed, float(lengths.max()))
    if isinstance(column, UuidColumn):
        return ColumnWidth(name, 36.0 + _OFFSET, 36.0, 0.0, 36.0)
    if isinstance(column, PatternColumn):
        text = float(len(column.template))
        # Each placeholder takes 32 random bits per row before the text is made (the
        # compiled kernel; the numpy fallback holds float64 digits, twice that).
        digits = 4.0 * len(column.slots)
        return ColumnWidth(name, text + _OFFSET, text, 0.0, text, "shorten its pattern", digits)
    if isinstance(column, TextColumn):
        return _text_width(name, column)
    if isinstance(column, PooledTextColumn):
        mean = (column.low + column.high) / 2
        # Byte indices (int64) are gathered from the pool: eight more bytes per character.
        return ColumnWidth(
            name, mean + _OFFSET, mean, 0.0, float(column.high), "lower its max_count", 9 * mean
        )
    if _is_string(column.arrow_type):
        attribute = getattr(column, "attribute", "")
        text = _WIDER_ATTRIBUTES.get(attribute, _DEFAULT_STRING)
        return ColumnWidth(name, text + _OFFSET, text, 0.0, text)
    return _fixed(name, column.arrow_type)


def _lengths(values: pa.Array) -> np.ndarray:
    """Byte lengths of a string array, read from its buffer: pyarrow's ``to_numpy``
    imports pandas when it is installed (seconds of start-up for every plan).

    >>> _lengths(pa.array(["ab", "", "abcd"])[1:]).tolist()
    [0.0, 4.0]
    """
    lengths = pc.binary_length(values)
    width = np.int64 if pa.types.is_int64(lengths.type) else np.int32
    raw = np.frombuffer(lengths.buffers()[1], dtype=width)
    return raw[lengths.offset : lengths.offset + len(lengths)].astype(np.float64)


def _choice_weights(column: ChoiceColumn) -> np.ndarray | None:
    """The chance of each value, recovered from the alias table (None: all equal)."""
    table = column.table
    if table is None or table.uniform:
        return None
    chance = table.probability.copy()
    np.add.at(chance, table.alias, 1.0 - table.probability)
    return chance


def _text_width(name: str, column: TextColumn) -> ColumnWidth:
    word = _mean_word_bytes() + 1  # a space or a full stop after each word
    count = (column.low + column.high) / 2
    most = float(column.high)
    if column.unit == "sentences":
        per_sentence = sum(SENTENCE_WORDS) / 2
        count, most = count * per_sentence, most * SENTENCE_WORDS[1]
    # Words are picked by int64 index, then taken and joined: about one more copy.
    working = count * (8 + _OFFSET + word)
    return ColumnWidth(
        name, count * word + _OFFSET, count * word, 0.0, most * word * 2, "lower its max_count",
        working,
    )  # fmt: skip


_WORD_BYTES: list[float] = []


def _mean_word_bytes() -> float:
    if not _WORD_BYTES:
        _WORD_BYTES.append(float(pc.mean(pc.binary_length(WORDS)).as_py()))
    return _WORD_BYTES[0]


def _derived_width(plan: TablePlan, derived: Derived, width_of: WidthOf) -> ColumnWidth:
    if not _is_string(derived.arrow_type):
        return _fixed(derived.name, derived.arrow_type)
    scoped = {s.name: s for s in plan.scoped}
    local = {c.name for c in plan.columns} | {r.name for r in plan.references}
    local |= {d.name for d, _ in plan.derived}

    def text_of(column: str) -> float:
        if column in scoped:
            return width_of(scoped[column].parent, scoped[column].column).text
        return width_of(plan.name, column).text if column in local else 32.0

    path = f"tables.{plan.name}.fields.{derived.name}"
    text = string_width(check_expression(derived.expr, path).tree, text_of)
    fix = "join or pad fewer or shorter strings in its expression"
    return ColumnWidth(derived.name, text + _OFFSET, text, 0.0, text, fix)


def _fixed(name: str, arrow_type: pa.DataType) -> ColumnWidth:
    if pa.types.is_dictionary(arrow_type):
        arrow_type = arrow_type.value_type
    if _is_string(arrow_type):
        return ColumnWidth(name, _DEFAULT_STRING + _OFFSET, _DEFAULT_STRING, 0.0, _DEFAULT_STRING)
    try:
        memory = max(1.0, arrow_type.bit_width / 8)
    except ValueError:  # nested or other variable-width types
        memory = _DEFAULT_STRING
    if pa.types.is_decimal(arrow_type):
        text = float(arrow_type.precision + 2)
    elif pa.types.is_floating(arrow_type):
        text = 24.0
    elif pa.types.is_integer(arrow_type):
        text = 20.0
    else:
        text = _TEXT_WIDTH.get(str(arrow_type).split("[")[0], 32.0)
    return ColumnWidth(name, memory, text, 0.0, max(memory, text))


def _is_string(arrow_type: pa.DataType) -> bool:
    return bool(
        pa.types.is_string(arrow_type)
        or pa.types.is_large_string(arrow_type)
        or pa.types.is_binary(arrow_type)
        or pa.types.is_large_binary(arrow_type)
    )
