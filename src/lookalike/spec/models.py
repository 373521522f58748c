"""Dataset and Table: the top of a spec.

>>> spec = Dataset.model_validate(
...     {"seed": 1, "tables": {"t": {"rows": 3, "fields": {"id": {"kind": "sequence"}}}}}
... )
>>> spec.tables["t"].rows
3
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, StringConstraints

from lookalike.spec.fields import FieldSpec

#: Above this a row count is a typo, not a plan.
MAX_ROWS = 10**12

Name = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$", max_length=63)]


class Table(BaseModel):
    """One table: how many rows, and its fields in output order."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rows: int = Field(1000, ge=0, le=MAX_ROWS, description="Number of rows to generate.")
    fields: dict[Name, FieldSpec] = Field(min_length=1)
    description: str | None = None


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
