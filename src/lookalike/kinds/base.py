"""What every column generator is: a small object built once at plan time.

A :class:`Column` turns a :class:`BlockContext` into one Arrow array for one
block, vectorised. Columns that can enumerate their value space (``capacity``
and :meth:`Column.at`) can also be unique: the engine feeds them a keyed
permutation of the row numbers instead of random draws.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

import numpy as np
import pyarrow as pa

from lookalike.randomness import block_raw, block_rng, block_uniform


@dataclass(frozen=True)
class BlockContext:
    """Where a column is being generated: enough to rebuild its random stream.

    ``shared`` is one dict per block, the same for every column of the block:
    latent records (a person, an address) that several columns describe are
    computed there once and read by each of them.
    """

    seed: int
    table: str
    column: str
    block: int
    start: int
    rows: int
    shared: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def rng(self, purpose: str = "values") -> np.random.Generator:
        """This column's random stream for this block and purpose."""
        return block_rng(self.seed, self.table, self.column, self.block, purpose)

    def uniform(self, purpose: str = "values") -> np.ndarray:
        """``rng(purpose).random(rows)``, the same doubles, made faster when compiled."""
        return block_uniform(self.seed, self.table, self.column, self.block, purpose, self.rows)

    def raw(self, n: int, purpose: str = "values") -> np.ndarray:
        """``rng(purpose).bit_generator.random_raw(n)``: the same words, compiled when built."""
        return block_raw(self.seed, self.table, self.column, self.block, purpose, n)

    def group_uniform(self, group: str, purpose: str) -> np.ndarray:
        """``group_rng(group, purpose).random(rows)``, as :meth:`uniform` makes it."""
        return block_uniform(self.seed, self.table, f"@{group}", self.block, purpose, self.rows)

    def group_rng(self, group: str, purpose: str = "values") -> np.random.Generator:
        """The stream of a latent group (``@person``...), shared by its columns.

        Group names live in their own namespace (``@``-prefixed), so a group
        never shares a stream with a column of the same name.
        """
        return block_rng(self.seed, self.table, f"@{group}", self.block, purpose)

    def in_locale(self, locale: str | None) -> BlockContext:
        """This context with every stream of the column keyed by ``locale`` too.

        Two locales with the same seed then never share draws: a dataset merged
        from several countries does not repeat its card numbers or IP addresses.
        """
        if not locale:
            return self
        return dataclasses.replace(self, column=by_locale(self.column, locale))

    def latent(self, key: str, build: Callable[[], Any]) -> Any:
        """The value ``build()`` returns for ``key``, computed once per block."""
        if key not in self.shared:
            self.shared[key] = build()
        return self.shared[key]

    def row_numbers(self) -> np.ndarray:
        """The absolute row numbers of this block, as uint64."""
        return np.arange(self.start, self.start + self.rows, dtype=np.uint64)


def by_locale(name: str, locale: str | None) -> str:
    """A stream name (a column, a purpose) keyed by ``locale`` too, when there is one.

    >>> by_locale("birthday", "en_GB"), by_locale("birthday", None)
    ('birthday|en_GB', 'birthday')
    """
    return f"{name}|{locale}" if locale else name


class Groups:
    """The latent models (a person, an address...) of one table, by kind and group name.

    The first field of a group defines its model; later fields must agree with
    it, and fields of other kinds (an email, a landline) look it up. Planning
    fills this before any row exists.
    """

    def __init__(self) -> None:
        self._models: dict[tuple[str, str], tuple[Any, str]] = {}

    def define(self, kind: str, group: str, model: Any, path: str) -> Any:
        """Register ``model`` for the group, or return the equal one already there."""
        from lookalike.errors import SpecError

        key = (kind, group)
        if key in self._models:
            existing, where = self._models[key]
            if existing != model:
                raise SpecError(
                    f"fields of {kind} group {group!r} disagree on their options with {where}; "
                    "give them the same locale/gender/ages, or a different group",
                    path=path,
                )
            return existing
        self._models[key] = (model, path)
        return model

    def get(self, kind: str, group: str) -> Any | None:
        """The model of a group, or None when no field defines it."""
        found = self._models.get((kind, group))
        return found[0] if found else None


@dataclass(frozen=True)
class Env:
    """Facts a kind may need at plan time besides its own options."""

    path: str
    reference_time: dt.datetime
    locale: str = "en_US"
    groups: Groups = field(default_factory=Groups, compare=False)


class GroupLatent:
    """Base of one block's latent records (people, addresses, companies).

    Each part is drawn from the group's own stream for that part, only when a
    column asks for it, so adding or removing a field never changes another.
    Streams are keyed by the model's ``locale`` too: the same seed gives other
    people and places in another locale.
    """

    def __init__(self, model: Any, ctx: BlockContext, group: str) -> None:
        self.model = model
        self.ctx = ctx
        self.group = group
        self.rows = ctx.rows

    def _rng(self, part: str) -> np.random.Generator:
        return self.ctx.group_rng(self.group, by_locale(part, getattr(self.model, "locale", None)))

    def _uniform(self, part: str) -> np.ndarray:
        locale = getattr(self.model, "locale", None)
        return self.ctx.group_uniform(self.group, by_locale(part, locale))


class Column:
    """Base class of column generators.

    Subclasses set ``arrow_type`` and implement :meth:`sample`; enumerable ones
    also set ``capacity`` and implement :meth:`at`; row-number ones set
    ``positional`` and implement :meth:`at_rows`.
    """

    arrow_type: pa.DataType
    #: Size of the value space :meth:`at` enumerates, or None when it cannot.
    capacity: int | None = None
    #: Values depend on the row number only, and are distinct by construction.
    positional: bool = False
    #: Few distinct values: sinks may dictionary-encode this column.
    low_cardinality: bool = False
    #: Some values are null even at null_rate 0 (a middle name, an unknown place's
    #: coordinates), so a database column must not be NOT NULL.
    may_be_null: bool = False
    #: How to widen the value space, said when a unique field is too small.
    widen_hint: ClassVar[str] = "widen its range"
    #: Unique values enumerate ``[0, rows)`` of the table rather than ``capacity``
    #: (an email's number suffix stays as short as the table allows).
    row_sized: bool = False

    def index_only(self) -> bool:
        """Whether :meth:`at` reads nothing of its context but the seed, table and column,
        so the value of any row is computed directly (keys other tables reference)."""
        return False

    def at_row_numbers(self, rows: np.ndarray) -> pa.Array | None:
        """Values of a positional column at any row numbers, or None if it cannot."""
        return None

    def check_rows(self, rows: int, path: str) -> None:
        """Refuse, at plan time, a row count this column cannot serve."""

    def warm(self) -> None:
        """Load any lazily read data now (before worker processes fork, so they share it)."""

    def sample(self, ctx: BlockContext) -> pa.Array:
        """Random values for the block."""
        raise NotImplementedError

    def at(self, ctx: BlockContext, index: np.ndarray) -> pa.Array:
        """The values numbered ``index`` (uint64 in ``[0, capacity)``); injective."""
        raise NotImplementedError

    def at_rows(self, ctx: BlockContext) -> pa.Array:
        """Values computed from the row numbers alone."""
        raise NotImplementedError


Compiler = Callable[[Any, Env], Column]
#: Compilers of the kinds whose modules are imported (see :func:`compiler_for`).
REGISTRY: dict[str, Compiler] = {}
#: The module that registers each kind: imported the first time a spec uses the kind,
#: so a run imports what its spec needs (a person spec never loads ledgers or geography:
#: a tenth of a second of every command's start-up).
KIND_MODULES: dict[str, str] = {
    "address": "lookalike.kinds.address",
    "boolean": "lookalike.kinds.choice",
    "choice": "lookalike.kinds.choice",
    "company": "lookalike.kinds.company",
    "constant": "lookalike.kinds.choice",
    "date": "lookalike.kinds.temporal",
    "datetime": "lookalike.kinds.temporal",
    "decimal": "lookalike.kinds.numeric",
    "empirical": "lookalike.kinds.empirical",
    "event_time": "lookalike.kinds.events",
    "faker": "lookalike.kinds.faker_kind",
    "finance": "lookalike.kinds.finance",
    "float": "lookalike.kinds.numeric",
    "gbm": "lookalike.kinds.series",
    "identifier": "lookalike.kinds.national_ids",
    "integer": "lookalike.kinds.numeric",
    "internet": "lookalike.kinds.internet",
    "ledger": "lookalike.kinds.ledger",
    "mean_reverting": "lookalike.kinds.series",
    "pattern": "lookalike.kinds.identifiers",
    "person": "lookalike.kinds.person",
    "phone": "lookalike.kinds.phone",
    "poi": "lookalike.kinds.geo",
    "pool": "lookalike.kinds.drafted_pool",
    "random_walk": "lookalike.kinds.series",
    "sequence": "lookalike.kinds.identifiers",
    "series_entity": "lookalike.kinds.series",
    "series_time": "lookalike.kinds.series",
    "text": "lookalike.kinds.text",
    "time": "lookalike.kinds.temporal",
    "trip": "lookalike.kinds.geo",
    "uuid": "lookalike.kinds.identifiers",
}


def compiler_for(kind: str) -> Compiler | None:
    """The compiler of ``kind``, importing the module that registers it if need be.

    >>> compiler_for("integer").__name__
    'compile_integer'
    >>> compiler_for("no such kind") is None
    True
    """
    if kind not in REGISTRY and kind in KIND_MODULES:
        import importlib

        importlib.import_module(KIND_MODULES[kind])
    return REGISTRY.get(kind)


def load_all_kinds() -> dict[str, Compiler]:
    """Every kind's compiler (importing every kind module): for listings and warm-ups."""
    for kind in KIND_MODULES:
        compiler_for(kind)
    return REGISTRY


def register(kind: str) -> Callable[[Compiler], Compiler]:
    """Register the function that compiles a field spec of ``kind`` into a Column."""

    def decorate(compiler: Compiler) -> Compiler:
        REGISTRY[kind] = compiler
        return compiler

    return decorate


def int64_array(values: np.ndarray) -> pa.Array:
    """Zero-copy Arrow int64 array from a numpy array."""
    return typed_array(values.astype(np.int64, copy=False), pa.int64())


def float64_array(values: np.ndarray) -> pa.Array:
    """Zero-copy Arrow float64 array from a numpy array."""
    return typed_array(values.astype(np.float64, copy=False), pa.float64())


def bool_array(values: np.ndarray) -> pa.Array:
    """Arrow booleans from a numpy bool array (bit-packed, no pandas import)."""
    bits = np.packbits(values.astype(np.bool_, copy=False), bitorder="little")
    return pa.Array.from_buffers(pa.bool_(), len(values), [None, pa.py_buffer(bits)])


def with_nulls(values: pa.Array, null_mask: np.ndarray) -> pa.Array:
    """``values`` with the rows where ``null_mask`` is true set to null."""
    validity = pa.py_buffer(np.packbits(~null_mask, bitorder="little"))
    if isinstance(values, pa.DictionaryArray):
        return pa.DictionaryArray.from_arrays(with_nulls(values.indices, null_mask),
                                              values.dictionary)  # fmt: skip
    if values.null_count == 0 and values.offset == 0 and values.type.num_fields == 0:
        return pa.Array.from_buffers(values.type, len(values), [validity, *values.buffers()[1:]])
    import pyarrow.compute as pc

    mask = pa.Array.from_buffers(pa.bool_(), len(values), [None, validity])
    return pc.if_else(mask, values, pa.nulls(1, values.type)[0])


def typed_array(values: np.ndarray, arrow_type: pa.DataType, rows: int | None = None) -> pa.Array:
    """Wrap a numpy buffer as an Arrow array of a fixed-width type without copying."""
    values = np.ascontiguousarray(values)
    count = len(values) if rows is None else rows
    return pa.Array.from_buffers(arrow_type, count, [None, pa.py_buffer(values)])
