"""Dataset and Table: the top of a spec.

>>> spec = Dataset.model_validate(
...     {"seed": 1, "tables": {"t": {"rows": 3, "fields": {"id": {"kind": "sequence"}}}}}
... )
>>> spec.tables["t"].rows
3
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    field_validator,
    model_validator,
)

from lookalike.spec.fields import FieldSpec
from lookalike.spec.series import SeriesGrid, expand_series

#: Above this a row count is a typo, not a plan.
MAX_ROWS = 10**12

Name = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$", max_length=63)]


class PerParent(BaseModel):
    """Rows given per row of a parent table: ``{per: customers, distribution: poisson, mean: 3}``.

    Each parent row gets its own count; the children of one parent are
    consecutive rows, and a field ``{ref: customers.id}`` points at that parent.

    >>> PerParent(per="customers", mean=3).expected_per_parent()
    3.0
    >>> PerParent(per="orders", distribution="uniform", min=1, max=5).expected_per_parent()
    3.0
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    per: Name = Field(description="The parent table.")
    distribution: Literal["fixed", "uniform", "poisson", "geometric", "zipf"] = "poisson"
    count: int | None = Field(None, ge=0, le=10**6, description="fixed: children per parent.")
    min: int = Field(0, ge=0, le=10**6, description="Fewest children (1 = at least one).")
    max: int | None = Field(None, ge=0, le=10**6, description="Most children.")
    mean: float | None = Field(None, gt=0, le=10**6, description="poisson/geometric: average.")
    exponent: float = Field(2.0, gt=1, description="zipf: skew (larger = more parents with few).")

    @model_validator(mode="after")
    def _check(self) -> PerParent:
        if self.distribution == "fixed" and self.count is None:
            raise ValueError("distribution fixed needs count: N")
        if self.distribution == "uniform" and self.max is None:
            raise ValueError("distribution uniform needs max: N (and optionally min)")
        if self.distribution in ("poisson", "geometric") and self.mean is None:
            raise ValueError(f"distribution {self.distribution} needs mean: X")
        if self.max is not None and self.max < self.min:
            raise ValueError(f"max ({self.max}) is below min ({self.min}); swap them")
        return self

    def expected_per_parent(self) -> float:
        """The average number of children per parent (before clipping to min/max)."""
        if self.distribution == "fixed":
            return float(self.count or 0)
        if self.distribution == "uniform":
            return (self.min + (self.max or self.min)) / 2
        if self.distribution == "zipf":
            return float(self.min + 1)
        return max(float(self.mean or 0), float(self.min))


def _key_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


class Table(BaseModel):
    """One table: how many rows, its keys, and its fields in output order."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, populate_by_name=True, serialize_by_alias=True
    )

    rows: Annotated[int, Field(ge=0, le=MAX_ROWS)] | PerParent = Field(
        1000,
        description="Number of rows to generate, or a count per row of a parent table.",
    )
    primary_key: list[Name] | None = Field(
        None, description="The primary key: a field name or a list of them (composite)."
    )
    unique: list[list[Name]] = Field(
        default_factory=list, description="Unique constraints over several fields."
    )
    fields: dict[Name, FieldSpec] = Field(min_length=1)
    scaled: bool = Field(
        True,
        description="Whether --rows and --scale change this table's fixed row count; false "
        "for lookup tables of a fixed size (TPC-H's 5 regions and 25 nations).",
    )
    description: str | None = None
    #: ``schema:`` in a spec (``schema`` itself is taken by pydantic's BaseModel).
    db_schema: Name | None = Field(
        None,
        alias="schema",
        description="The database schema the table lives in (PostgreSQL): loads and checks "
        "write and read it there; extraction records it.",
    )
    series: SeriesGrid | None = Field(
        None, description="A time grid: {start, end, interval, entities}; adds its fields."
    )

    @model_validator(mode="before")
    @classmethod
    def _series(cls, data: Any) -> Any:
        return expand_series(data)

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        # `customer_id: {ref: customers.id}` needs no `kind: reference`.
        if isinstance(data, dict) and isinstance(data.get("fields"), dict):
            fields = {
                name: {"kind": "reference", **spec}
                if isinstance(spec, dict) and "ref" in spec and "kind" not in spec
                else spec
                for name, spec in data["fields"].items()
            }
            data = {**data, "fields": fields}
        return data

    _primary = field_validator("primary_key", mode="before")(_key_list)

    @field_validator("rows", mode="before")
    @classmethod
    def _rows_in_range(cls, value: Any) -> Any:
        # Checked before the union so a bad count gives one clear message.
        if isinstance(value, int) and not isinstance(value, bool):
            if not 0 <= value <= MAX_ROWS:
                raise ValueError(f"rows must be between 0 and 10^12, got {value:,}")
        elif not isinstance(value, dict | PerParent):
            raise ValueError(
                "rows must be a count (rows: 1000) or per parent (rows: {per: customers, mean: 3})"
            )
        return value

    @field_validator("unique", mode="before")
    @classmethod
    def _unique_lists(cls, value: Any) -> Any:
        return [_key_list(v) for v in value] if isinstance(value, list) else value

    @model_validator(mode="after")
    def _keys_name_fields(self) -> Table:
        for key in [*([self.primary_key] if self.primary_key is not None else []), *self.unique]:
            if not key:
                raise ValueError("a key needs at least one field")
            for name in key:
                if name not in self.fields:
                    raise ValueError(
                        f"key field {name!r} is not a field of this table; "
                        f"fields: {', '.join(self.fields)}"
                    )
        return self

    @property
    def fixed_rows(self) -> int | None:
        """The row count when given directly, None when given per parent."""
        return self.rows if isinstance(self.rows, int) else None


class Dataset(BaseModel):
    """A whole spec: one or more tables, a seed and a locale."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = "dataset"
    seed: int | None = Field(None, ge=0, lt=2**63, description="Omit for a fresh seed.")
    locale: str = "en_US"
    reference_time: dt.datetime | None = Field(
        None, description="What `now` means in relative times; defaults to today, 00:00 UTC."
    )
    tables: dict[Name, Table] = Field(min_length=1)
    description: str | None = None
    #: The file this spec was read from, if any (named in later errors).
    _source: str = PrivateAttr(default="")

    @property
    def source(self) -> str:
        """The file the spec was loaded from, or an empty string."""
        return self._source
