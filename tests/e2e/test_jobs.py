"""Watching and steering jobs on the page: pause, resume, cancel, preview, run again, browse."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

import httpx
from playwright.sync_api import expect

from support.server_process import ServerProcess

Page = Any

#: Big enough that a person can press Pause long before it ends, even on a fast machine.
LARGE = {
    "name": "large",
    "tables": {
        "events": {
            "rows": 40_000_000,
            "fields": {
                "id": {"kind": "sequence"},
                "note": {"kind": "text", "min_count": 3, "max_count": 8},
                "amount": {"kind": "decimal", "min_value": 1, "max_value": 500},
            },
        }
    },
}


def _spec(name: str, rows: int = 5) -> dict[str, Any]:
    return {"name": name, "tables": {"t": {"rows": rows, "fields": {"n": {"kind": "sequence"}}}}}


def _until(check: Callable[[], bool], what: str, timeout: float = 120.0) -> None:
    """Wait for a condition (polling the server), failing with ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def test_pause_resume_and_cancel_a_large_job(
    sign_in: Callable[..., Page],
    make_key: Callable[[str], str],
    api: Callable[[str], httpx.Client],
    shots: Any,
) -> None:
    key = make_key("pauser")
    client = api(key)
    job = client.post("/v1/jobs", json={"spec": LARGE, "seed": 3, "chunk_size": 100_000})
    assert job.status_code == 202, job.text
    job_id = job.json()["job_id"]
    page = sign_in(key)
    page.goto(f"/ui/jobs/{job_id}")
    # Live progress: a rate and the time left appear while it runs.
    expect(page.locator("#status")).to_have_text("generating")
    expect(page.locator("#rate")).to_have_text(re.compile(r"\d"))
    expect(page.locator("#left")).to_have_text(re.compile(r"\d+ (s|min|h)|under a second"))

    # Rows so far can be previewed while it runs.
    page.get_by_label("Rows to show").fill("5")
    page.get_by_role("button", name="Show rows").click()
    expect(page.locator("#preview tbody tr")).to_have_count(5)
    expect(page.locator("#preview-message")).to_contain_text("of 40,000,000 rows of events")

    page.get_by_role("button", name="Pause").click()
    expect(page.locator("#status")).to_have_text("paused")
    expect(page.get_by_role("button", name="Resume")).to_be_enabled()
    expect(page.get_by_role("button", name="Pause")).to_be_disabled()
    paused = client.get(f"/v1/jobs/{job_id}").json()
    assert paused["status"] == "paused"
    assert 0 < paused["rows_generated"] < 40_000_000
    shots(page, "job-paused")

    page.get_by_role("button", name="Resume").click()
    expect(page.locator("#control-message")).to_contain_text("Resumed")
    _until(
        lambda: (
            client.get(f"/v1/jobs/{job_id}").json()["rows_generated"] > paused["rows_generated"]
        ),
        "the resumed job to make more rows",
    )
    expect(page.locator("#rows")).not_to_have_text(
        f"{paused['rows_generated']:,} / 40,000,000", timeout=60_000
    )
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Cancel").click()
    expect(page.locator("#status")).to_have_text("cancelled")
    expect(page.get_by_role("button", name="Resume")).to_be_disabled()
    assert client.get(f"/v1/jobs/{job_id}").json()["status"] == "cancelled"


def test_run_again_makes_the_same_data(
    sign_in: Callable[..., Page],
    make_key: Callable[[str], str],
    api: Callable[[str], httpx.Client],
    shots: Any,
) -> None:
    key = make_key("repeater")
    client = api(key)
    first = client.post("/v1/jobs", json={"template": "user", "rows": 200, "seed": 9}).json()
    page = sign_in(key)
    page.goto(f"/ui/jobs/{first['job_id']}")
    expect(page.locator("#status")).to_have_text("completed")
    expect(page.locator("#seed")).to_have_text("9")
    page.get_by_role("button", name="Run again", exact=True).click()
    page.wait_for_url(re.compile(rf".*/ui/jobs/(?!{first['job_id']})[0-9a-f-]{{36}}$"))
    expect(page.locator("#status")).to_have_text("completed")
    second = page.url.rsplit("/", 1)[1]
    one = client.get(f"/v1/jobs/{first['job_id']}/download")
    two = client.get(f"/v1/jobs/{second}/download")
    assert one.status_code == two.status_code == 200
    assert one.content == two.content
    assert one.content.count(b"\n") == 201
    shots(page, "job-run-again")

    # "Edit and run again" carries the spec and seed to the Create screen's text editor.
    page.get_by_role("button", name="Edit and run again").click()
    page.wait_for_url(re.compile(r".*/ui/$"))
    expect(page.get_by_role("tab", name="Spec (YAML or JSON)")).to_have_attribute(
        "aria-selected", "true"
    )
    expect(page.get_by_label("Seed", exact=True)).to_have_value("9")
    assert "users:" in page.get_by_label("Spec", exact=True).input_value()


def test_jobs_are_listed_filtered_searched_and_paged(
    sign_in: Callable[..., Page],
    make_key: Callable[[str], str],
    api: Callable[[str], httpx.Client],
    shots: Any,
) -> None:
    key = make_key("lister")
    client = api(key)
    for i in range(22):
        name = "alpha" if i % 2 else "beta"
        answer = client.post("/v1/jobs", json={"spec": _spec(f"{name}-{i}"), "seed": i})
        assert answer.status_code == 202, answer.text
    _until(
        lambda: client.get("/v1/jobs?status=completed").json()["total"] == 22,
        "22 small jobs to complete",
    )
    last = client.post("/v1/jobs", json={"spec": LARGE, "seed": 1}).json()["job_id"]
    assert client.post(f"/v1/jobs/{last}/cancel").json()["status"] == "cancelled"

    page = sign_in(key)
    page.get_by_role("link", name="Jobs").click()
    expect(page.locator("#jobs-message")).to_have_text("23 jobs.")
    expect(page.locator("#page-label")).to_have_text("Page 1 of 2")
    rows = page.locator("#jobs tbody tr")
    expect(rows).to_have_count(20)
    expect(rows.first).to_contain_text("large")  # newest first
    expect(rows.first).to_contain_text("cancelled")
    shots(page, "jobs")
    page.get_by_role("button", name="Next page").click()
    expect(page.locator("#page-label")).to_have_text("Page 2 of 2")
    expect(rows).to_have_count(3)
    expect(rows.last).to_contain_text("beta-0")  # oldest last

    page.get_by_label("Status").select_option("cancelled")
    expect(page.locator("#jobs-message")).to_have_text("1 jobs.")
    page.get_by_label("Status").select_option("")
    page.get_by_label("Name contains").fill("ALPHA")
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("#jobs-message")).to_have_text("11 jobs.")
    expect(rows).to_have_count(11)
    for text in rows.all_text_contents():
        assert "alpha-" in text
    # The filters live in the address, so a reload (or a shared link) shows the same list.
    page.reload()
    expect(page.get_by_label("Name contains")).to_have_value("ALPHA")
    expect(page.locator("#jobs-message")).to_have_text("11 jobs.")
    rows.first.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("alpha-21")


def test_data_page_pictures_and_pages(
    sign_in: Callable[..., Page],
    make_key: Callable[[str], str],
    api: Callable[[str], httpx.Client],
    server: ServerProcess,
    shots: Any,
) -> None:
    key = make_key("looker")
    client = api(key)
    spec = {
        "name": "looked",
        "tables": {
            "t": {
                "rows": 120,
                "fields": {
                    "n": {"kind": "integer", "min_value": 1, "max_value": 100},
                    "colour": {"kind": "choice", "values": ["red", "green"], "null_rate": 0.5},
                    "day": {"kind": "date", "min_value": "2024-01-01", "max_value": "2024-12-31"},
                },
            }
        },
    }
    job = client.post("/v1/jobs", json={"spec": spec, "seed": 4, "formats": ["csv", "json"]})
    job_id = job.json()["job_id"]
    _until(lambda: client.get(f"/v1/jobs/{job_id}").json()["status"] == "completed", "the job")
    page = sign_in(key)
    page.goto(f"/ui/jobs/{job_id}/data/t")
    cards = page.locator("article.card")
    expect(cards).to_have_count(3)
    colour = cards.filter(has_text="colour")
    nulls = client.get(f"/v1/jobs/{job_id}/preview?rows=120").json()["data"]
    share = sum(r["colour"] is None for r in nulls) / 120
    expect(colour.locator(".nulls")).to_contain_text(f"({share * 100:.1f}%)")
    expect(colour.get_by_role("listitem")).to_have_count(2)
    expect(cards.filter(has_text="day").get_by_role("img")).to_have_attribute(
        "aria-label", re.compile(r"Histogram of day from 2024-01-\d\d to 2024-12-\d\d")
    )
    expect(page.get_by_role("heading", name="Rows 1 to 50")).to_be_visible()
    shots(page, "data")
    page.get_by_role("link", name="Next page").click()
    expect(page.get_by_role("heading", name="Rows 51 to 100")).to_be_visible()
    first_cell = page.locator("table.data tbody tr").first.locator("td").nth(1)
    expect(first_cell).to_have_text(str(nulls[50]["n"]))
    page.get_by_role("link", name="Last").click()
    expect(page.locator("table.data tbody tr")).to_have_count(20)
