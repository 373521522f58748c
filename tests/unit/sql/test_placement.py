"""Each table's schema: the spec's ``schema:``, or ``--schema`` when that is unambiguous."""

from __future__ import annotations

from typing import Any

import pytest

from lookalike.api import resolve
from lookalike.sql.ddl import create_script
from lookalike.sql.errors import DatabaseError
from lookalike.sql.placement import placements

SPEC: dict[str, Any] = {
    "seed": 1,
    "tables": {
        "customers": {"schema": "crm", "rows": 2, "primary_key": "id",
                      "fields": {"id": {"kind": "sequence"}}},
        "invoices": {"schema": "billing", "rows": 4, "primary_key": "id", "fields": {
            "id": {"kind": "sequence"}, "customer_id": {"ref": "customers.id"}}},
    },
}  # fmt: skip


def test_tables_keep_their_own_schema() -> None:
    plan = resolve(SPEC)
    assert placements(plan, None) == {"customers": "crm", "invoices": "billing"}
    script = create_script(plan, "postgresql")
    assert "CREATE TABLE crm.customers" in script
    assert "REFERENCES crm.customers (id)" in script


def test_schema_option_moves_one_schema_but_never_folds_several() -> None:
    one = {**SPEC, "tables": {"customers": SPEC["tables"]["customers"]}}
    assert placements(resolve(one), "staging") == {"customers": "staging"}
    with pytest.raises(DatabaseError, match="schemas billing, crm"):
        placements(resolve(SPEC), "staging")


def test_sqlite_has_one_namespace(tmp_path: Any) -> None:
    from lookalike.check import check_database
    from lookalike.loading import load_database
    from lookalike.spec import spec_from_dict

    url = f"sqlite:///{tmp_path}/one.db"
    assert load_database(resolve(SPEC), url, workers=1).rows == {"customers": 2, "invoices": 4}
    assert check_database(spec_from_dict(SPEC), url).ok
