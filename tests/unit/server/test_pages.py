"""The web page's server side in-process: sign-in, the session cookie, CSRF, keys, per-file data.

The browser-driven tests are in tests/e2e; these check the HTTP answers directly.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from lookalike.jobs.store import JobStore
from lookalike.server.app import create_app
from lookalike.server.pages.session import COOKIE, Session, Signer, load_secret
from lookalike.server.settings import Settings

Scenario = Callable[[httpx.AsyncClient, Any], Awaitable[None]]
SPEC = {"name": "tiny", "tables": {"t": {"rows": 3, "fields": {"n": {"kind": "sequence"}}}}}


def run(tmp_path: Path, scenario: Scenario, *, dev: bool, **settings: Any) -> None:
    """Run ``scenario(http, app)`` against a fresh app (lifespan included)."""
    app = create_app(Settings(home=tmp_path, dev=dev, workers=1, **settings))

    async def main() -> None:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
                await scenario(http, app)

    asyncio.run(main())


async def _signed_in(http: httpx.AsyncClient, key: str) -> None:
    answer = await http.post(
        "/ui/sign-in", data={"api_key": key, "next": "/ui/jobs"},
        headers={"Origin": "http://127.0.0.1"},
    )  # fmt: skip
    assert answer.status_code == 303
    assert answer.headers["location"] == "/ui/jobs"


def _csrf(html: str) -> str:
    match = re.search(r'name="csrf-token" content="([0-9a-f]+)"', html)
    assert match is not None
    return match.group(1)


def test_dev_mode_needs_no_sign_in(tmp_path: Path) -> None:
    async def scenario(http: httpx.AsyncClient, app: Any) -> None:
        home = await http.get("/")
        assert (home.status_code, home.headers["location"]) == (307, "/ui/")
        for path in ("/ui/", "/ui/jobs", "/ui/templates", "/ui/keys"):
            page = await http.get(path)
            assert page.status_code == 200, path
            assert "Development mode" in page.text
        assert (await http.get("/ui/sign-in")).headers["location"] == "/ui/"
        assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
        assert page.headers["x-frame-options"] == "DENY"
        css = await http.get("/ui/static/site.css")
        assert css.status_code == 200
        assert "text/css" in css.headers["content-type"]
        # A browser's change from another origin is refused even without keys.
        foreign = await http.post("/v1/keys", json={"name": "x"}, headers={"Origin": "http://x.y"})
        assert foreign.status_code == 403
        made = await http.post("/v1/keys", json={"name": "ci"})
        assert made.status_code == 201
        assert made.json()["key"].startswith(f"lk_{made.json()['id']}_")

    run(tmp_path, scenario, dev=True)


def test_sign_in_sets_a_guarded_cookie_and_pages_need_it(tmp_path: Path) -> None:
    key = JobStore(f"sqlite:///{tmp_path / 'lookalike.db'}").create_key("me")

    async def scenario(http: httpx.AsyncClient, app: Any) -> None:
        away = await http.get("/ui/jobs?status=failed")
        assert away.status_code == 303
        assert away.headers["location"] == "/ui/sign-in?next=/ui/jobs%3Fstatus%3Dfailed"
        assert (await http.get("/v1/jobs")).status_code == 401
        refused = await http.post(
            "/ui/sign-in", data={"api_key": "lk_x_y"}, headers={"Origin": "http://127.0.0.1"}
        )
        assert refused.status_code == 401
        assert "not valid" in refused.text
        cross = await http.post(
            "/ui/sign-in", data={"api_key": key}, headers={"Origin": "http://evil"}
        )
        assert cross.status_code == 403
        # Only this site's pages may follow a sign-in.
        sneaky = await http.post(
            "/ui/sign-in", data={"api_key": key, "next": "//evil/ui/"},
            headers={"Origin": "http://127.0.0.1"},
        )  # fmt: skip
        assert sneaky.headers["location"] == "/ui/"
        cookie = sneaky.headers["set-cookie"]
        assert "HttpOnly" in cookie
        assert "SameSite=strict" in cookie
        assert "Max-Age=604800" in cookie
        page = await http.get("/ui/jobs")
        assert page.status_code == 200
        token = _csrf(page.text)
        assert (await http.get("/v1/jobs")).status_code == 200
        no_token = await http.post("/v1/jobs", json={"spec": SPEC})
        assert no_token.status_code == 403
        made = await http.post("/v1/jobs", json={"spec": SPEC}, headers={"X-CSRF-Token": token})
        assert made.status_code == 202
        # A request that brings its own key is the API's business, cookie or not.
        other = app.state.store.create_key("other")
        assert (await http.get("/v1/jobs", headers={"X-API-Key": other})).json()["total"] == 0
        out = await http.post("/ui/sign-out", headers={"X-CSRF-Token": token})
        assert out.status_code == 204
        http.cookies.clear()
        assert (await http.get("/ui/keys")).status_code == 303

    run(tmp_path, scenario, dev=False)


def test_forged_or_stale_cookies_are_no_session(tmp_path: Path) -> None:
    key = JobStore(f"sqlite:///{tmp_path / 'lookalike.db'}").create_key("me")
    signer = Signer(load_secret(tmp_path))
    stale = signer.sign(Session(key=key, nonce="n", issued=time.time() - 8 * 86400))
    forged = Signer(b"x" * 32).sign(Session(key=key, nonce="n", issued=time.time()))

    async def scenario(http: httpx.AsyncClient, app: Any) -> None:
        for value in (stale, forged, "garbage"):
            http.cookies.set(COOKIE, value)
            assert (await http.get("/ui/jobs")).status_code == 303
            assert (await http.get("/v1/jobs")).status_code == 401

    run(tmp_path, scenario, dev=False)


def test_keys_see_and_revoke_only_their_own(tmp_path: Path) -> None:
    store = JobStore(f"sqlite:///{tmp_path / 'lookalike.db'}")
    root, bystander = store.create_key("root"), store.create_key("bystander")
    bystander_id = bystander.split("_")[1]

    async def scenario(http: httpx.AsyncClient, app: Any) -> None:
        as_root = {"X-API-Key": root}
        child = (await http.post("/v1/keys", json={"name": "child"}, headers=as_root)).json()
        listed = (await http.get("/v1/keys", headers=as_root)).json()
        assert [(k["name"], k["current"]) for k in listed] == [("root", True), ("child", False)]
        as_child = {"X-API-Key": child["key"]}
        assert [k["name"] for k in (await http.get("/v1/keys", headers=as_child)).json()] == [
            "child"
        ]
        gone = await http.delete(f"/v1/keys/{bystander_id}", headers=as_root)
        assert gone.status_code == 404
        assert (await http.delete(f"/v1/keys/{child['id']}", headers=as_root)).status_code == 204
        assert (await http.get("/v1/keys", headers=as_child)).status_code == 401
        assert (await http.post("/v1/keys", json={"name": ""}, headers=as_root)).status_code == 422

    run(tmp_path, scenario, dev=False)


@pytest.mark.parametrize("formats", [["csv"], ["csv", "parquet"]])
def test_one_file_per_table_and_format_and_its_data_page(
    tmp_path: Path, formats: list[str]
) -> None:
    spec = {
        "name": "pair",
        "tables": {
            "a": {"rows": 60, "fields": {"id": {"kind": "sequence"}}},
            "b": {"rows": 5, "fields": {"a_id": {"ref": "a.id"}, "x": {"kind": "float"}}},
        },
    }

    async def scenario(http: httpx.AsyncClient, app: Any) -> None:
        job = (await http.post("/v1/jobs", json={"spec": spec, "formats": formats})).json()
        url = f"/v1/jobs/{job['job_id']}"
        for _ in range(600):
            if (await http.get(url)).json()["status"] == "completed":
                break
            await asyncio.sleep(0.05)
        one = await http.get(f"{url}/download?table=a&format=csv")
        assert one.status_code == 200
        assert one.text.splitlines()[:3] == ['"id"', "1", "2"]
        assert one.text.count("\n") == 61
        assert (await http.get(f"{url}/download?table=c")).status_code == 404
        assert (await http.get(f"{url}/download?format=json")).status_code == 404
        page = await http.get(f"/ui/jobs/{job['job_id']}/data/a?page=2")
        assert page.status_code == 200
        assert "Rows 51 to 60" in page.text
        assert "Histogram of id from 1 to 60" in page.text
        missing = await http.get(f"/ui/jobs/{job['job_id']}/data/zzz")
        assert missing.status_code == 404
        assert "no table" in missing.text

    run(tmp_path, scenario, dev=True)


def test_unknown_pages_and_jobs_answer_in_words(tmp_path: Path) -> None:
    async def scenario(http: httpx.AsyncClient, app: Any) -> None:
        page = await http.get("/ui/nowhere/at/all")
        assert page.status_code == 404
        assert "There is no page /ui/nowhere/at/all here." in page.text
        job = await http.get("/ui/jobs/not-a-job")
        assert job.status_code == 404
        assert "There is no such job for this API key." in job.text
        assert "Traceback" not in job.text

    run(tmp_path, scenario, dev=True)


def test_pages_follow_the_apis_limits(tmp_path: Path) -> None:
    key = JobStore(f"sqlite:///{tmp_path / 'lookalike.db'}").create_key("busy")

    async def scenario(http: httpx.AsyncClient, app: Any) -> None:
        await _signed_in(http, key)  # one request of the key's three this minute
        assert (await http.get("/ui/jobs")).status_code == 200
        assert (await http.get("/v1/jobs")).status_code == 200
        page = await http.get("/ui/jobs")
        assert page.status_code == 429
        assert "more than 3 requests in a minute" in page.text

    run(tmp_path, scenario, dev=False, requests_per_minute=3)
