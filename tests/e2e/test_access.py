"""Who sees what: sign-in, the session cookie, cross-site protection, other keys' jobs."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import httpx
from playwright.sync_api import expect

from support.server_process import ServerProcess

Page = Any

SMALL = {"name": "private", "tables": {"t": {"rows": 3, "fields": {"n": {"kind": "sequence"}}}}}


def test_sign_in_is_required_and_the_cookie_is_guarded(
    sign_in: Callable[..., Page],
    make_key: Callable[[str], str],
    server: ServerProcess,
    shots: Any,
) -> None:
    key = make_key("signer")
    page = sign_in(None)
    response = page.goto("/ui/jobs")
    assert response is not None
    expect(page).to_have_url(re.compile(r"/ui/sign-in\?next=/ui/jobs$"))
    shots(page, "sign-in")
    # Without a session the API answers 401, in words.
    assert page.evaluate("async () => (await fetch('/v1/jobs')).status") == 401

    page.get_by_label("API key").fill("lk_nothing_here")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_have_text("This API key is not valid (or was revoked).")
    expect(page.get_by_label("API key")).to_have_attribute("aria-invalid", "true")
    shots(page, "sign-in-refused")

    page.get_by_label("API key").fill(key)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/ui/jobs(\?page=1)?$"))
    (cookie,) = page.context.cookies()
    assert cookie["httpOnly"] is True
    assert cookie["sameSite"] == "Strict"
    assert "lookalike_session" not in page.evaluate("() => document.cookie")

    # A change through the cookie needs the page's CSRF token; the page's own calls send it.
    post = """async (token) => {
        const headers = {"Content-Type": "application/json"};
        if (token) headers["X-CSRF-Token"] = token;
        const r = await fetch('/v1/templates', {method: 'POST', headers,
            body: JSON.stringify({name: 'mine', spec: SPEC})});
        return [r.status, (await r.json()).detail];
    }""".replace("SPEC", json.dumps(SMALL))
    status, detail = page.evaluate(post, None)
    assert status == 403
    assert "CSRF" in detail
    token = page.locator('meta[name="csrf-token"]').get_attribute("content")
    assert page.evaluate(post, token)[0] == 201
    # ... and it must come from this origin, even with the token (a forged cross-site request).
    forged = httpx.post(
        f"{server.url}/v1/templates",
        json={"name": "forged", "spec": SMALL},
        headers={"X-CSRF-Token": token or "", "Origin": "http://evil.example"},
        cookies={"lookalike_session": cookie["value"]},
    )
    assert forged.status_code == 403

    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/ui/sign-in$"))
    page.goto("/ui/keys")
    expect(page).to_have_url(re.compile(r"/ui/sign-in\?next=/ui/keys$"))


def test_another_keys_job_is_not_shown(
    sign_in: Callable[..., Page],
    make_key: Callable[[str], str],
    api: Callable[[str], httpx.Client],
    shots: Any,
) -> None:
    alice, bob = make_key("alice"), make_key("bob")
    bobs = api(bob).post("/v1/jobs", json={"spec": SMALL, "seed": 1}).json()["job_id"]
    api(alice).post("/v1/jobs", json={"spec": {**SMALL, "name": "alices"}, "seed": 1})
    page = sign_in(alice)
    for path in (f"/ui/jobs/{bobs}", f"/ui/jobs/{bobs}/data/t"):
        response = page.goto(path)
        assert response is not None
        assert response.status == 404
        expect(page.get_by_role("alert")).to_have_text("There is no such job for this API key.")
    shots(page, "job-not-found")
    assert page.evaluate(f"async () => (await fetch('/v1/jobs/{bobs}')).status") == 404
    page.goto("/ui/jobs")
    expect(page.locator("#jobs-message")).to_have_text("1 jobs.")
    expect(page.locator("#jobs tbody")).not_to_contain_text("private")
    # A job that does not exist reads the same as another key's.
    response = page.goto("/ui/jobs/00000000-0000-0000-0000-000000000000")
    assert response is not None
    assert response.status == 404


def test_keys_are_made_shown_once_and_revoked(
    sign_in: Callable[..., Page],
    make_key: Callable[[str], str],
    shots: Any,
) -> None:
    page = sign_in(make_key("keeper"))
    page.on("dialog", lambda dialog: dialog.accept())
    page.get_by_role("link", name="Keys").click()
    expect(page.locator("#keys tbody tr")).to_have_count(1)
    expect(page.locator("#keys tbody")).to_contain_text("keeper (this one)")
    page.get_by_label("Name").fill("ci pipeline")
    page.get_by_role("button", name="Create key").click()
    secret = page.get_by_label("The new key")
    expect(secret).to_have_value(re.compile(r"^lk_[0-9a-f]{12}_"))
    expect(secret).to_be_focused()
    new_key = secret.input_value()
    expect(page.locator("#keys tbody tr")).to_have_count(2)
    shots(page, "keys-created")

    # The new key works on its own, and sees only itself.
    other = sign_in(new_key)
    other.goto("/ui/keys")
    expect(other.locator("#keys tbody tr")).to_have_count(1)
    expect(other.locator("#keys tbody")).to_contain_text("ci pipeline (this one)")

    # Shown once: a reload lists the key but never its secret again.
    page.reload()
    expect(page.get_by_label("The new key")).to_be_hidden()
    assert new_key not in page.content()
    page.get_by_role("button", name="Revoke ci pipeline").click()
    expect(page.locator("#keys-message")).to_have_text("Revoked ci pipeline.")
    expect(page.locator("#keys tbody tr").filter(has_text="ci pipeline")).to_contain_text("revoked")
    other.goto("/ui/jobs")
    expect(other).to_have_url(re.compile(r"/ui/sign-in"))


def test_templates_are_saved_used_and_deleted(
    sign_in: Callable[..., Page],
    make_key: Callable[[str], str],
    api: Callable[[str], httpx.Client],
    shots: Any,
) -> None:
    key = make_key("templater")
    page = sign_in(key)
    page.on("dialog", lambda dialog: dialog.accept())
    # Saved from the Create screen's spec editor ...
    page.get_by_role("tab", name="Spec (YAML or JSON)").click()
    page.get_by_label("Spec", exact=True).fill(
        "tables:\n  counters:\n    rows: 7\n    fields:\n      n: {kind: sequence, start: 100}\n"
    )
    expect(page.locator("#spec-status")).to_contain_text("Valid")
    page.get_by_text("Save this spec as a template").click()
    page.get_by_label("Template name").fill("counter")
    page.get_by_label("Description").fill("Counts from 100")
    page.get_by_role("button", name="Save template").click()
    expect(page.locator("#save-message")).to_have_text("Saved as template counter.")

    page.get_by_role("link", name="Templates").click()
    card = page.locator("article.card").filter(has_text="counter (yours)")
    expect(card).to_contain_text("Counts from 100")
    shots(page, "templates")
    assert "counter" not in str(api(make_key("stranger")).get("/v1/templates").json())

    card.get_by_role("link", name="Use counter").click()
    expect(page.get_by_role("combobox", name="Template", exact=True)).to_have_value("counter")
    expect(page.locator("#preview tbody tr").first).to_contain_text("100")

    page.get_by_role("link", name="Templates").click()
    page.get_by_role("button", name="Delete counter").click()
    expect(page.locator("#templates-message")).to_have_text("Deleted counter.")
    expect(page.locator("article.card").filter(has_text="counter (yours)")).to_have_count(0)


def test_narrow_window_and_keyboard(
    sign_in: Callable[..., Page],
    make_key: Callable[[str], str],
    api: Callable[[str], httpx.Client],
    shots: Any,
) -> None:
    key = make_key("phone")
    job = api(key).post("/v1/jobs", json={"template": "ecommerce", "rows": 60, "seed": 2})
    job_id = job.json()["job_id"]
    page = sign_in(key, width=375, height=740)
    page.goto(f"/ui/jobs/{job_id}")
    expect(page.locator("#status")).to_have_text("completed")
    for path, name in (("/ui/", "create"), ("/ui/jobs", "jobs"), ("/ui/keys", "keys"),
                       ("/ui/templates", "templates"), (f"/ui/jobs/{job_id}", "job"),
                       (f"/ui/jobs/{job_id}/data/orders", "data")):  # fmt: skip
        page.goto(path)
        page.wait_for_load_state("networkidle")
        shots(page, f"mobile-{name}")
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} is wider than a phone by {overflow}px"

    # The Create screen's tabs follow the keyboard (arrows move, the panel follows).
    page.goto("/ui/")
    page.get_by_role("tab", name="Template").focus()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("tab", name="Spec (YAML or JSON)")).to_be_focused()
    expect(page.get_by_role("tabpanel", name="Spec (YAML or JSON)")).to_be_visible()
    page.keyboard.press("End")
    expect(page.get_by_role("tab", name="Visual editor")).to_have_attribute("aria-selected", "true")
    # The skip link is the first stop and leads to the content.
    page.goto("/ui/jobs")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
