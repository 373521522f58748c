"""Creating data on the page: from a template, a YAML spec (wrong, then right), the visual editor.

Each way ends in a job whose page reaches ``completed`` without reloading, and
the downloaded file is byte for byte what ``lookalike generate`` writes for the
same spec and seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from lookalike.plan import default_reference_time
from support.server_process import ServerProcess

Page = Any


def _today() -> str:
    return default_reference_time().date().isoformat()


def _wait_completed(page: Page) -> None:
    """The job page shows ``completed`` while the document it loaded is still the same."""
    page.evaluate("() => { window.stillHere = true; }")
    expect(page.locator("#status")).to_have_text("completed", timeout=120_000)
    assert page.evaluate("() => window.stillHere === true"), "the job page reloaded"


def test_template_job_and_stream_match_the_cli(
    sign_in: Callable[..., Page],
    make_key: Callable[[str], str],
    shots: Any,
    cli: Callable[..., bytes],
    tmp_path: Any,
) -> None:
    page = sign_in(make_key("template-maker"))
    page.get_by_role("combobox", name="Template", exact=True).select_option("person")
    page.get_by_label("Rows per table").fill("1500")
    page.get_by_label("Seed", exact=True).fill("7")
    page.get_by_label("Locale").select_option("en_GB")
    # The preview follows the choices: 10 rows of people.
    expect(page.locator("#preview-message")).to_contain_text("(seed 7)")
    expect(page.locator("#preview tbody tr")).to_have_count(10)
    shots(page, "create-template")

    with page.expect_download() as streamed:
        page.get_by_role("button", name="Stream (download now)").click()
    expect(page.locator("#create-message")).to_contain_text("Downloaded 1,500 rows")
    wanted = cli("--template", "person", "--rows", "1500", "--seed", "7", "--locale", "en_GB",
                 "--reference-time", _today())  # fmt: skip
    assert Path(streamed.value.path()).read_bytes() == wanted

    # Named for the Jobs list: the template travels as its spec, and makes the same bytes.
    page.get_by_label("Name", exact=True).fill("nightly people")
    page.get_by_role("button", name="Generate (a job)").click()
    page.wait_for_url(re.compile(r".*/ui/jobs/[0-9a-f-]{36}$"))
    _wait_completed(page)
    expect(page.get_by_role("heading", level=1)).to_contain_text("nightly people")
    expect(page.locator("#rows")).to_have_text("1,500 / 1,500")
    shots(page, "job-completed")
    with page.expect_download() as downloaded:
        page.get_by_role("link", name="csv").click()
    assert Path(downloaded.value.path()).read_bytes() == wanted


BAD_SPEC = """\
name: shop
seed: 11
tables:
  customers:
    rows: 300
    fields:
      id: {kind: sequence}
      age: {kind: integr, min_value: 18, max_value: 90}
"""


def test_yaml_spec_with_an_error_then_fixed(
    sign_in: Callable[..., Page],
    make_key: Callable[[str], str],
    shots: Any,
    cli: Callable[..., bytes],
    tmp_path: Any,
) -> None:
    page = sign_in(make_key("yaml-writer"))
    page.get_by_role("tab", name="Spec (YAML or JSON)").click()
    editor = page.get_by_label("Spec", exact=True)
    editor.fill(BAD_SPEC)
    status = page.locator("#spec-status")
    # The error names its path and line, and the editor is marked invalid.
    expect(status).to_contain_text("Line 8")
    expect(status).to_contain_text("tables.customers.fields.age.kind")
    expect(status).to_contain_text("did you mean 'integer'")
    expect(editor).to_have_attribute("aria-invalid", "true")
    shots(page, "create-yaml-error")
    status.get_by_role("button", name="Go to line 8").click()
    assert "integr" in page.evaluate(
        "() => { const a = document.getElementById('spec-text');"
        " return a.value.slice(a.selectionStart, a.selectionEnd); }"
    )

    # Broken syntax is reported too, with its line.
    editor.fill(BAD_SPEC.replace("rows: 300", "rows: [300"))
    expect(status).to_contain_text("not valid YAML")

    fixed = BAD_SPEC.replace("integr", "integer")
    editor.fill(fixed)
    expect(status).to_contain_text("Valid: customers (300 rows)")
    expect(editor).not_to_have_attribute("aria-invalid", "true")
    expect(page.locator("#preview tbody tr")).to_have_count(10)
    shots(page, "create-yaml-valid")

    page.get_by_role("button", name="Generate (a job)").click()
    page.wait_for_url(re.compile(r".*/ui/jobs/[0-9a-f-]{36}$"))
    _wait_completed(page)
    spec = tmp_path / "shop.yaml"
    spec.write_text(fixed)
    wanted = cli(str(spec), "--reference-time", _today())
    with page.expect_download() as downloaded:
        page.get_by_role("link", name="csv").click()
    assert Path(downloaded.value.path()).read_bytes() == wanted


def test_visual_editor_builds_related_tables(
    sign_in: Callable[..., Page],
    make_key: Callable[[str], str],
    shots: Any,
    server: ServerProcess,
) -> None:
    page = sign_in(make_key("visual-builder"))
    page.get_by_role("combobox", name="Template", exact=True).select_option("person")
    page.get_by_role("tab", name="Visual editor").click()
    expect(page.locator("#visual-status")).to_contain_text("Valid")

    # A second table: orders, three per person on average, each pointing at a person.
    page.get_by_role("button", name="Add a table").click()
    page.get_by_label("Table name").last.fill("orders")
    page.get_by_label("Table name").last.press("Tab")
    orders = page.get_by_role("group", name="Table orders")
    orders.get_by_label("Rows of orders").select_option("per")
    expect(orders.get_by_label("Parent table")).to_have_value("people")
    orders.get_by_role("button", name="Add a field to orders").click()
    field = orders.get_by_role("group", name="Field field_2 of orders")
    field.get_by_label("Kind").select_option("reference")
    field = orders.get_by_role("group", name="Field field_2 of orders")
    expect(field.get_by_label("ref")).to_have_value(re.compile(r"^people\."))
    field.get_by_label("ref").select_option("people.id")
    field.get_by_label("Field name").fill("person_id")
    field.get_by_label("Field name").press("Tab")
    expect(page.locator("#visual-status")).to_contain_text("orders (")
    shots(page, "create-visual")

    # Switching editors keeps the spec, both ways.
    page.get_by_role("tab", name="Spec (YAML or JSON)").click()
    text = page.get_by_label("Spec", exact=True).input_value()
    assert "person_id:" in text
    assert "ref: people.id" in text
    assert "per: people" in text
    page.get_by_role("tab", name="Visual editor").click()
    expect(page.get_by_role("group", name="Field person_id of orders")).to_be_visible()

    page.get_by_label("Seed", exact=True).fill("5")
    page.get_by_role("button", name="Generate (a job)").click()
    page.wait_for_url(re.compile(r".*/ui/jobs/[0-9a-f-]{36}$"))
    _wait_completed(page)
    page.get_by_role("link", name="browse orders").click()
    expect(page.get_by_role("heading", name="Data: orders")).to_be_visible()
    expect(page.locator("svg.histogram").first).to_be_visible()
    shots(page, "data-orders")


def test_a_sentence_becomes_a_spec_in_the_editor(
    sign_in: Callable[..., Page],
    make_key: Callable[[str], str],
    shots: Any,
    server: ServerProcess,
) -> None:
    page = sign_in(make_key("writer"))
    page.wait_for_load_state("networkidle")
    # The server parses sentences (POST /v1/specs/from-text): the tab is offered.
    page.get_by_role("tab", name="Sentence").click()
    page.get_by_label("Describe the data in a sentence").fill(
        "50 customers with full name, unique email and age between 18-80"
    )
    shots(page, "create-sentence")
    page.get_by_role("button", name="Turn it into a spec").click()
    expect(page.get_by_role("tab", name="Spec (YAML or JSON)")).to_have_attribute(
        "aria-selected", "true"
    )
    expect(page.locator("#switch-message")).to_contain_text("Here is the spec from your sentence")
    expect(page.locator("#spec-status")).to_contain_text("Valid: customers (50 rows)")
