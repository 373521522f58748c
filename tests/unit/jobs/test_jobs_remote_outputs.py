"""Job outputs at a URL, on fsspec's local filesystem (``file://``): the rename path of
atomic appearance, the listing reconcile reads, and the refusals. The s3:// path, against
moto's server, is in tests/integration/test_service_outputs_url.py."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from lookalike.errors import OutputError
from lookalike.jobs.remote_outputs import RemoteOutputs, outputs_at

pytest.importorskip("fsspec", reason="the cloud extra is not installed")


def test_files_appear_under_their_job_by_rename_and_go_with_it(tmp_path: Path) -> None:
    root = tmp_path / "outputs"
    root.mkdir()
    outputs = RemoteOutputs(root.as_uri() + "/")
    local = tmp_path / "people.csv"
    local.write_bytes(b"id\n1\n2\n")
    outputs.check()
    outputs.publish("job-a", [local])
    assert sorted(p.name for p in (root / "job-a").iterdir()) == ["people.csv"]  # no temporary
    assert outputs.size("job-a", "people.csv") == 7
    assert b"".join(outputs.chunks("job-a", "people.csv", size=3)) == b"id\n1\n2\n"
    assert b"".join(outputs.chunks("job-a", "people.csv", size=2, start=1, stop=5)) == b"d\n1\n"
    assert outputs.kept() == {"job-a": {"people.csv"}}
    outputs.remove("job-a")
    outputs.remove("job-a")  # nothing there: nothing to do
    assert outputs.kept() == {}
    assert outputs.size("job-a", "people.csv") is None


def test_only_job_files_are_addressed(tmp_path: Path) -> None:
    outputs = RemoteOutputs(tmp_path.as_uri())
    with pytest.raises(ValueError, match="not a job's file"):
        outputs.size("../etc", "passwd")
    with pytest.raises(ValueError, match="not a job's file"):
        outputs.size("job", "a/b")


def test_refusals_name_the_setting(tmp_path: Path) -> None:
    assert outputs_at(None) is None
    with pytest.raises(OutputError, match="LOOKALIKE_OUTPUTS_URL: nosuch://b/x: no filesystem"):
        RemoteOutputs("nosuch://b/x")
    with pytest.raises(OutputError, match="not in the URL") as refused:
        RemoteOutputs("s3://AKIA:hunter2@bucket/x")
    assert "hunter2" not in str(refused.value)
    with pytest.raises(OutputError, match=r"LOOKALIKE_OUTPUTS_URL: .* create it first"):
        RemoteOutputs((tmp_path / "absent").as_uri()).check()


def test_reconcile_clears_the_url_of_what_the_store_does_not_keep(tmp_path: Path) -> None:
    from lookalike.jobs.data_dir import claim, reconcile
    from lookalike.jobs.store import JobStore

    store = JobStore(f"sqlite:///{tmp_path / 's.db'}")
    jobs_dir = tmp_path / "jobs"
    claim(store, jobs_dir)
    (tmp_path / "out").mkdir()
    outputs = RemoteOutputs((tmp_path / "out").as_uri())
    failed = store.create_job(owner="k", spec="{}", format="csv", compression=None,
                              chunk_rows=1, total_rows=0, total_chunks=0)  # fmt: skip
    lease = store.lease("w", lease_seconds=60, max_attempts=3)
    assert lease is not None
    assert store.fail(lease, "broken")
    orphan = str(uuid.uuid4())
    for job_id in (failed.id, orphan):
        (tmp_path / "out" / job_id).mkdir()
        (tmp_path / "out" / job_id / "t.csv").write_bytes(b"n\n")
    done = reconcile(store, jobs_dir, outputs)
    assert done.orphans == [orphan]
    assert done.cleared == [failed.id]
    assert outputs.kept() == {}
    store.close()
