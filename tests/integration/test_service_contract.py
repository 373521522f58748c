"""The API answers what its OpenAPI description says: schemathesis with every check.

In-process (ASGI, the app's own lifespan), with an API key, so the auth checks run
too: server errors, status codes, content types, response headers and bodies
against their schemas, valid data accepted and invalid data rejected, missing
headers, unsupported methods, use after free, resource availability, ignored
auth and cross-object access. Bounded: three generated requests per operation and
mode (valid, invalid), about a minute on the shared 2-core machine;
``LOOKALIKE_CONTRACT_CASES=25`` fuzzes deeper (about 2,000 requests, 2 minutes; 0 failures
on 2026-12-07).

A spec can be valid JSON of the right shape and still not plan (an unknown
kind's option, more unique values than exist): the service answers those 422
with the field and the fix, which is why 422 counts as an accepted answer to
schema-valid data here.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import FailureGroup
from schemathesis.core.result import Ok
from starlette.testclient import TestClient

from lookalike.server.app import create_app
from lookalike.server.settings import Settings

KEY = "contract-test-key"
CASES_PER_OPERATION = int(os.environ.get("LOOKALIKE_CONTRACT_CASES", "3"))
CONFIG = {
    "checks": {
        "positive_data_acceptance": {
            "expected-statuses": ["2xx", "3xx", "401", "403", "404", "409", "410", "422", "429"]
        }
    }
}


@pytest.fixture(scope="module")
def schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The app's OpenAPI schema, loaded from the running app (in-process)."""
    home = tmp_path_factory.mktemp("contract")
    app = create_app(
        Settings(
            home=home,
            api_key=KEY,
            workers=1,
            max_stream_rows=2000,
            max_rows_per_job=2000,
            max_preview_rows=50,
            requests_per_minute=1_000_000,
            auth_failures_per_minute=1_000_000,
            planning_processes=1,
        )
    )
    with TestClient(app):  # the lifespan: store, workers, sandbox
        config = SchemathesisConfig.from_dict(CONFIG)
        yield schemathesis.openapi.from_asgi(
            "/openapi.json", app, config=config, headers={"X-API-Key": KEY}
        )


def _probe(operation: Any, mode: GenerationMode, checks: list[Any], failures: list[str]) -> None:
    @settings(
        max_examples=CASES_PER_OPERATION, database=None, deadline=None, derandomize=True,
        suppress_health_check=list(HealthCheck), phases=[Phase.generate],
    )  # fmt: skip
    @given(data=st.data())
    def probe(data: st.DataObject) -> None:
        case = data.draw(operation.as_strategy(generation_mode=mode))
        try:
            case.call_and_validate(checks=checks, headers={"X-API-Key": KEY})
        except (Exception, FailureGroup) as failure:  # a failure, or a group of them
            for each in getattr(failure, "exceptions", [failure]):
                failures.append(f"{operation.label}: {type(each).__name__}: {str(each)[:1200]}")

    try:
        probe()
    except Unsatisfiable:  # nothing in the operation can be made invalid (no parameters)
        assert mode is GenerationMode.NEGATIVE


def test_every_answer_matches_the_description(schema: Any) -> None:
    load_all_checks()
    checks = CHECKS.get_all()
    assert len(checks) >= 14
    operations = [r.ok() for r in schema.get_all_operations() if isinstance(r, Ok)]
    assert len(operations) > 30
    failures: list[str] = []
    for operation in operations:
        for mode in GenerationMode:  # valid requests, then invalid ones
            _probe(operation, mode, checks, failures)
    assert failures == [], f"{len(failures)} failures:\n" + "\n\n".join(failures[:20])


def test_the_description_is_readable(schema: Any, tmp_path: Path) -> None:
    assert schema.raw_schema["openapi"].startswith("3.")
