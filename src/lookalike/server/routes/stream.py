"""``POST /v1/stream``: rows streamed as they are generated (csv, ndjson or json)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from lookalike.server.deps import Owner, SandboxDep, SettingsDep, StoreDep
from lookalike.server.errors import ApiError
from lookalike.server.models import StreamRequest
from lookalike.server.services import dataset_for, pick_table, plan_for, stream_slot
from lookalike.server.streaming import stream_rows
from lookalike.sinks.formats import TEXT, media_type

router = APIRouter(prefix="/v1", tags=["stream"])

_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {
        "content": {media_type(f).split(";")[0]: {} for f in TEXT},
        "description": "The rows, in the chosen format.",
    },
}


@router.post("/stream", response_class=StreamingResponse, responses=_RESPONSES)
def stream(
    request: Request,
    body: StreamRequest,
    owner: Owner,
    store: StoreDep,
    settings: SettingsDep,
    sandbox: SandboxDep,
) -> StreamingResponse:
    """Generate and send rows at once; the whole spec is checked before the first byte."""
    if body.rows is not None and body.rows > settings.max_stream_rows:
        raise ApiError(
            422,
            f"{body.rows:,} rows is more than a stream may send "
            f"({settings.max_stream_rows:,}); use a job (POST /v1/jobs)",
            field="rows",
        )
    plan = plan_for(dataset_for(store, owner, body), sandbox, rows=body.rows, seed=body.seed)
    table = pick_table(plan, body.table, single=True)
    if plan.tables[table].rows > settings.max_stream_rows:
        raise ApiError(
            422,
            f"the table has more rows than a stream may send "
            f"({settings.max_stream_rows:,}); use a job",
            field="rows",
        )
    headers = {"X-Lookalike-Seed": str(plan.seed), "X-Lookalike-Rows": str(plan.tables[table].rows)}
    return StreamingResponse(
        stream_rows(
            plan,
            table,
            body.format,
            request.app.state.streams,
            stream_slot(store, settings, owner, request.app.state.pool.name),
            processes=settings.stream_processes,
        ),
        media_type=media_type(body.format),
        headers=headers,
    )
