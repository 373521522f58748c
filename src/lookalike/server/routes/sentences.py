"""Sentences to specs over HTTP: ``POST /v1/specs/from-text``, and seed 002's field-list shape.

The offline parser (:mod:`lookalike.nl`) answers; the reply holds the spec
(already checked by the planner), every phrase that was not understood with its
position, and the assumptions made. ``POST /schema/extract`` (the
compatibility route of the Gemini-based generator) answers from the same parse
in that generator's own shape: a list of fields with name, type, description
and constraints, which ``POST /jobs/create`` accepts back.
"""

from __future__ import annotations

import os
import threading
import time
from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from lookalike.server.deps import Owner
from lookalike.server.errors import ApiError

router = APIRouter(prefix="/v1", tags=["sentences"])

MAX_TEXT = 20_000
#: Model calls each API key may start per day (``LOOKALIKE_LLM_CALLS_PER_KEY_PER_DAY``).
DEFAULT_BUDGET = 100


class ModelBudget:
    """Model-drafted specs per API key per day; the offline parser is never counted.

    >>> budget = ModelBudget(per_day=1)
    >>> budget.spend("key", now=0.0), budget.spend("key", now=1.0), budget.spend("key", now=86_401)
    (True, False, True)
    """

    def __init__(self, per_day: int) -> None:
        self.per_day = per_day
        self._spent: dict[str, tuple[int, int]] = {}
        self._lock = threading.Lock()

    def spend(self, owner: str, *, now: float | None = None) -> bool:
        """Count one call for ``owner``; False when today's budget is used up."""
        day = int((time.time() if now is None else now) // 86_400)
        with self._lock:
            spent_day, count = self._spent.get(owner, (day, 0))
            count = count if spent_day == day else 0
            if count >= self.per_day:
                return False
            self._spent[owner] = (day, count + 1)
            return True


_BUDGET = ModelBudget(int(os.environ.get("LOOKALIKE_LLM_CALLS_PER_KEY_PER_DAY", DEFAULT_BUDGET)))


class FromTextRequest(BaseModel):
    """A sentence describing the data."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT, description="What data, in words.")
    locale: str | None = Field(None, max_length=16, description="Overrides the text's locale.")
    provider: Literal["offline", "gemini", "openai"] = Field(
        "offline",
        description="Who drafts the spec: the offline parser (no key), or the language model "
        "the server is configured for (LOOKALIKE_LLM_*).",
    )


class Unclear(BaseModel):
    """A phrase the parser did not understand."""

    text: str
    start: int
    end: int
    reason: str


class FromTextResponse(BaseModel):
    """The spec a sentence describes, and what was not understood."""

    spec: dict[str, Any]
    understood: bool = Field(description="True when every phrase was understood.")
    not_understood: list[Unclear]
    notes: list[str] = Field(description="Assumptions made: default counts, fields.")
    provider: str


@router.post("/specs/from-text")
def from_text(body: FromTextRequest, owner: Owner) -> FromTextResponse:
    """Turn a sentence into a spec, offline; the planner has checked the spec."""
    from lookalike.nl import draft

    if body.provider != "offline" and not _BUDGET.spend(owner):
        raise ApiError(
            429,
            f"this API key has used its {_BUDGET.per_day} model-drafted specs for today; use "
            '"provider": "offline" or try again tomorrow',
            field="provider",
        )
    result = draft(body.text, provider=body.provider, locale=body.locale)
    report = result.report()
    return FromTextResponse(
        spec=result.spec,
        understood=result.understood,
        not_understood=[Unclear(**p) for p in report["not_understood"]],
        notes=report["notes"],
        provider=result.drafted_by,
    )


def seed_schema(text: str) -> dict[str, Any]:
    """Seed 002's ``/schema/extract`` answer for ``text``: ``{"schema": {"fields": [...]}}``.

    The first table's fields, each with a type that ``/jobs/create`` maps back to
    the same field, plus what was not understood.
    """
    from lookalike.nl import draft

    result = draft(text)  # offline, or the model LOOKALIKE_LLM_PROVIDER names
    name, table = next(iter(result.spec["tables"].items()))
    fields = [_seed_field(column, spec) for column, spec in table["fields"].items()]
    report = result.report()
    return {
        "schema": {"fields": fields},
        "table": name,
        "rows": table["rows"] if isinstance(table["rows"], int) else None,
        "not_understood": report["not_understood"],
        "notes": report["notes"],
    }


_TYPES = {
    ("uuid", None): "uuid", ("sequence", None): "id", ("integer", None): "integer",
    ("float", None): "float", ("decimal", None): "decimal", ("boolean", None): "boolean",
    ("date", None): "date", ("datetime", None): "datetime", ("time", None): "time",
    ("choice", None): "choice", ("text", None): "text", ("phone", None): "phone",
    ("internet", "email"): "email", ("internet", "username"): "username",
    ("internet", "url"): "url", ("internet", "ipv4"): "ipv4",
    ("person", "full_name"): "full_name", ("person", "first_name"): "first_name",
    ("person", "last_name"): "last_name", ("person", "gender"): "gender",
    ("person", "age"): "age", ("person", "date_of_birth"): "date_of_birth",
    ("address", "full"): "address", ("address", "street_address"): "street_address",
    ("address", "country"): "country", ("address", "postcode"): "postcode",
    ("company", "name"): "company", ("company", "job_title"): "job_title",
    ("finance", "iban"): "iban", ("finance", "currency"): "currency",
}  # fmt: skip


def _seed_field(column: str, spec: dict[str, Any]) -> dict[str, Any]:
    kind, attribute = str(spec.get("kind")), spec.get("attribute")
    seed_type = _TYPES.get((kind, attribute)) or _TYPES.get((kind, None)) or "string"
    constraints: dict[str, Any] = {}
    for ours, theirs in (("min_value", "min_value"), ("max_value", "max_value"),
                         ("min_age", "min_value"), ("max_age", "max_value"),
                         ("values", "values"), ("weights", "weights"),
                         ("unique", "unique"), ("null_rate", "null_rate")):  # fmt: skip
        if ours in spec:
            constraints[theirs] = spec[ours]
    words = " ".join(str(v) for v in (kind, attribute or spec.get("expr")) if v)
    field: dict[str, Any] = {"name": column, "type": seed_type, "description": words}
    if constraints:
        field["constraints"] = constraints
    return field
