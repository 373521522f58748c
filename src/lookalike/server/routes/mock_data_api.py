"""The mock-data API's ``POST /api/mock-data``: people streamed as a JSON array, UK by default.

Kept for clients of the earlier mock-data service: the same body (``count``,
``locale``, ``seed``, ``email_domain``), answered by the same stream as
``POST /v1/stream`` with the ``person`` template.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from lookalike.locales.drafted import drafted_names
from lookalike.server.deps import Owner, SandboxDep, SettingsDep, StoreDep
from lookalike.server.errors import ApiError
from lookalike.server.models import MAX_ROWS, SpecSource
from lookalike.server.services import dataset_for, pick_table, plan_for, stream_slot
from lookalike.server.streaming import stream_rows
from lookalike.sinks.formats import media_type
from lookalike.spec import Dataset, spec_from_dict

router = APIRouter(tags=["mock-data API"])


def _unique_records(dataset: Dataset, home: Path) -> Dataset:
    """The API's records are unique: every person's own name pair, and emails shaped
    ``firstname.lastname.N@domain`` with N unique (as the API it keeps promised).
    Names drafted for the locale (``lookalike pools draft``) widen its name pools,
    as the API's model-widened pools did."""
    data = dataset.model_dump(mode="json", exclude_none=True)
    drafted = any(drafted_names(data.get("locale") or "en_GB", home=home))
    for table in data["tables"].values():
        for field in table["fields"].values():
            if field.get("kind") == "person":
                field["names"] = "distinct"
                if drafted:
                    field["pools"] = "drafted"
            elif field.get("kind") == "internet" and field.get("attribute", "email") == "email":
                field.update(style="first.last.N", unique=True)
    return spec_from_dict(data)


class MockDataRequest(BaseModel):
    """The mock-data API's body."""

    count: int = Field(1000, ge=0, le=MAX_ROWS)
    locale: str = Field("en_GB", max_length=16)
    seed: int | None = Field(None, ge=0, lt=2**63)
    email_domain: str | None = Field(None, max_length=253)


@router.post("/api/mock-data", response_class=StreamingResponse)
def mock_data(
    request: Request,
    body: MockDataRequest,
    owner: Owner,
    store: StoreDep,
    settings: SettingsDep,
    sandbox: SandboxDep,
) -> StreamingResponse:
    """A stream of people (a JSON array), UK by default."""
    if body.count > settings.max_stream_rows:
        raise ApiError(
            422,
            f"count is more than a stream may send ({settings.max_stream_rows:,})"
            "; use POST /v1/jobs",
            field="count",
        )
    source = SpecSource(
        template="person",
        rows=body.count,
        seed=body.seed,
        locale=body.locale,
        email_domain=body.email_domain,
    )
    dataset = dataset_for(store, owner, source)
    plan = plan_for(
        _unique_records(dataset, settings.home), sandbox, rows=body.count, seed=body.seed
    )
    table = pick_table(plan, None, single=True)
    return StreamingResponse(
        stream_rows(
            plan,
            table,
            "json",
            request.app.state.streams,
            stream_slot(store, settings, owner, request.app.state.pool.name),
            processes=settings.stream_processes,
        ),
        media_type=media_type("json"),
        headers={"X-Lookalike-Seed": str(plan.seed)},
    )
