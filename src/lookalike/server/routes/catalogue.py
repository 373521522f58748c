"""Kinds, templates, spec validation and previews."""

from __future__ import annotations

import functools
from typing import Any

from fastapi import APIRouter, Response

from lookalike.planning import load_template, template_names
from lookalike.server.deps import Owner, SandboxDep, SettingsDep, StoreDep
from lookalike.server.errors import ApiError, not_found
from lookalike.server.models import (
    KindInfo,
    PreviewRequest,
    PreviewResponse,
    TemplateInfo,
    TemplateRequest,
    ValidateRequest,
    ValidateResponse,
)
from lookalike.server.services import dataset_for, json_rows, pick_table, plan_for
from lookalike.spec import Dataset, json_schema, spec_from_dict

router = APIRouter(prefix="/v1", tags=["catalogue"])


@functools.cache
def _kinds() -> list[KindInfo]:
    from lookalike.spec import fields

    found: list[KindInfo] = []
    for model in vars(fields).values():
        if not (isinstance(model, type) and issubclass(model, fields.FieldBase)):
            continue
        tag = model.model_fields.get("kind")
        if tag is None or not isinstance(tag.default, str):
            continue
        schema = model.model_json_schema()
        parameters = {k: v for k, v in schema.get("properties", {}).items() if k != "kind"}
        doc = (model.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
        found.append(KindInfo(kind=tag.default, description=doc, parameters=parameters))
    return sorted(found, key=lambda k: k.kind)


@router.get("/kinds")
def kinds(_owner: Owner) -> list[KindInfo]:
    """Every field kind with its parameters (as JSON Schema properties)."""
    return _kinds()


@router.get("/specs/schema")
def spec_schema(_owner: Owner) -> dict[str, Any]:
    """The JSON Schema of a spec."""
    return json_schema()


def _info(name: str, dataset: Dataset, builtin: bool, description: str | None) -> TemplateInfo:
    tables = {t: list(table.fields) for t, table in dataset.tables.items()}
    return TemplateInfo(
        name=name, description=description or dataset.description, builtin=builtin, tables=tables
    )


@router.get("/templates")
def templates(owner: Owner, store: StoreDep) -> list[TemplateInfo]:
    """Shipped templates, then this key's own."""
    shipped = [_info(n, load_template(n), True, None) for n in template_names()]
    own = []
    for name, description in store.list_templates(owner):
        saved = store.get_template(owner, name)
        if saved is not None:
            own.append(_info(name, spec_from_dict(saved[1]), False, description))
    return shipped + own


@router.get("/templates/{name}")
def template(name: str, owner: Owner, store: StoreDep) -> dict[str, Any]:
    """A template's spec (this key's own first, then the shipped one)."""
    saved = store.get_template(owner, name)
    if saved is not None:
        return {"name": name, "builtin": False, "description": saved[0], "spec": saved[1]}
    if name in template_names():
        spec = load_template(name).model_dump(mode="json", exclude_none=True)
        return {"name": name, "builtin": True, "description": spec.get("description"), "spec": spec}
    raise not_found("template", name)


@router.post("/templates", status_code=201)
def save_template(body: TemplateRequest, owner: Owner, store: StoreDep) -> TemplateInfo:
    """Save a spec as a template for this key (validated first)."""
    dataset = spec_from_dict(body.spec)
    if body.name in template_names():
        raise ApiError(
            409, f"{body.name!r} is a shipped template; choose another name", field="name"
        )
    if not store.save_template(
        owner, body.name, body.description, dataset.model_dump(mode="json", exclude_none=True)
    ):
        raise ApiError(409, f"template {body.name!r} exists; delete it first", field="name")
    return _info(body.name, dataset, False, body.description)


@router.delete("/templates/{name}", status_code=204)
def delete_template(name: str, owner: Owner, store: StoreDep) -> Response:
    """Delete one of this key's templates."""
    if name in template_names() and store.get_template(owner, name) is None:
        raise ApiError(403, f"{name!r} is a shipped template and cannot be deleted", field="name")
    if not store.delete_template(owner, name):
        raise not_found("template", name)
    return Response(status_code=204)


@router.post("/specs/validate")
def validate(body: ValidateRequest, _owner: Owner, sandbox: SandboxDep) -> ValidateResponse:
    """Check a spec completely (as planning does), without generating a row."""
    plan = plan_for(spec_from_dict(body.spec), sandbox, rows=body.rows, seed=body.seed)
    return ValidateResponse(
        valid=True,
        tables={n: t.rows for n, t in plan.tables.items()},
        total_rows=plan.total_rows,
        seed=plan.seed,
    )


@router.post("/preview")
def preview(
    body: PreviewRequest,
    owner: Owner,
    store: StoreDep,
    settings: SettingsDep,
    sandbox: SandboxDep,
) -> PreviewResponse:
    """The first rows of a spec or template, as JSON objects."""
    rows = 10 if body.rows is None else body.rows
    if rows > settings.max_preview_rows:
        raise ApiError(
            422,
            f"preview shows at most {settings.max_preview_rows} rows; use /v1/stream "
            "or a job for more",
            field="rows",
        )
    dataset = dataset_for(store, owner, body)
    plan = plan_for(dataset, sandbox, rows=rows, seed=body.seed)
    table = pick_table(plan, body.table, single=False)
    data = json_rows(plan, table, min(rows, plan.tables[table].rows))
    return PreviewResponse(table=table, seed=plan.seed, rows=len(data), data=data)
