"""What every field has: the shared options, and the base of the locale-aware kinds.

>>> FieldBase(null_rate=0.1).null_rate
0.1
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Scalar = str | int | float | bool
Distribution = Literal["uniform", "normal", "lognormal", "exponential", "poisson", "zipf"]
ContinuousDistribution = Literal["uniform", "normal", "lognormal", "exponential"]
#: A point in time: an ISO date/datetime, ``now``/``today``, or ``now-2y``, ``now+30d``...
TimePoint = str | dt.date | dt.datetime


class FieldBase(BaseModel):
    """Options every field has, whatever its kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    null_rate: float = Field(0.0, ge=0.0, le=1.0, description="Share of rows left null.")
    unique: bool = Field(False, description="No two non-null values are equal.")
    hidden: bool = Field(
        False, description="Generated for other fields' expressions but not written out."
    )
    nullable: bool | None = Field(
        None,
        description="May the column hold nulls (a database NOT NULL constraint when false)? "
        "Defaults to true when null_rate is above 0.",
    )
    description: str | None = None
    pii: bool = Field(
        False,
        description="The column a spec was extracted from holds personal data; its values are "
        "never copied, only generated.",
    )
    pii_reason: str | None = Field(None, description="Why the column counts as personal data.")

    @property
    def allows_nulls(self) -> bool:
        """Whether the column may hold nulls (``nullable``, else ``null_rate > 0``)."""
        return self.nullable if self.nullable is not None else self.null_rate > 0

    def __repr_args__(self) -> Any:
        # Show only what was set, so a repr reads like the call that built it.
        kind = getattr(self, "kind", None)
        if kind is not None:
            yield "kind", kind
        for name in type(self).model_fields:
            if name != "kind" and name in self.model_fields_set:
                yield name, getattr(self, name)


class LocaleFieldBase(FieldBase):
    """Options shared by the realistic, locale-aware kinds."""

    locale: str | None = Field(None, description="Overrides the dataset's locale.")
