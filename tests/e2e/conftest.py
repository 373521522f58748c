"""Fixtures for the web page's end-to-end tests: one real server, one real Chromium.

The server is ``lookalike serve`` as a subprocess on a free loopback port with a
temporary data directory (keys required); the browser is Debian's Chromium
driven by Playwright (never a browser Playwright downloads). Both start once per
session. Each test gets a fresh browser context signed in as its own key, a
``Shots`` helper that saves a screenshot of every page it visits under the
test's ``tmp_path`` and runs axe-core's accessibility check on it.
"""

from __future__ import annotations

import importlib.resources
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from support.server_process import ServerProcess

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
#: Impacts that fail a page (axe also reports "minor" and "moderate").
BLOCKING = ("serious", "critical")


def _chromium_problem() -> str | None:
    if not CHROMIUM.is_file():
        return f"{CHROMIUM} is missing (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Python Playwright is not installed (uv sync)"
    return None


# Package scope, not session: Playwright's sync API keeps an event loop running in the main
# thread while it lives, so every later ``asyncio.run`` (the in-process service tests) would
# fail with "cannot be called from a running event loop". Ending with the e2e package frees it.
@pytest.fixture(scope="package")
def chromium(service_policy: Callable[[str, bool, str], None]) -> Iterator[Any]:
    """A headless Chromium browser (Playwright's ``Browser``), shared by the e2e tests."""
    problem = _chromium_problem()
    service_policy("Chromium", problem is None, problem or "")
    from playwright.sync_api import expect, sync_playwright

    # The machine may be shared and busy: conditions get time, never a fixed sleep.
    expect.set_options(timeout=30_000)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="package")
def server(tmp_path_factory: pytest.TempPathFactory, chromium: Any) -> Iterator[ServerProcess]:
    """``lookalike serve`` with keys required, roomy limits (tests poll), its own data folder."""
    env = {
        "LOOKALIKE_MAX_CONCURRENT_JOBS": "100",
        "LOOKALIKE_REQUESTS_PER_MINUTE": "100000",
        "LOOKALIKE_WORKERS": "2",
    }
    process = ServerProcess(tmp_path_factory.mktemp("serve"), dev=False, env=env)
    with process:
        yield process


@pytest.fixture(scope="package")
def make_key(server: ServerProcess) -> Iterator[Callable[[str], str]]:
    """A new API key of its own for each caller (an owner nobody else's jobs belong to).

    The first is made on the command line, as an operator would; the others through
    ``POST /v1/keys`` with it (a key each, without starting a process each).
    """
    root = server.run_cli("keys", "create", "e2e operator").stdout.strip()
    with server.client(root) as client:

        def make(name: str) -> str:
            answer = client.post("/v1/keys", json={"name": name})
            assert answer.status_code == 201, answer.text
            key: str = answer.json()["key"]
            return key

        yield make


@pytest.fixture(scope="session")
def axe_script() -> str:
    """axe-core's script, from the Python package that carries it (no network)."""
    return (importlib.resources.files("axe_playwright_python") / "axe.min.js").read_text()


@dataclass
class Shots:
    """Screenshots and accessibility checks of every page a test visits."""

    folder: Path
    axe: str
    taken: list[Path] = field(default_factory=list)

    def __call__(self, page: Any, name: str, *, check: bool = True) -> Path:
        """Save a full-page screenshot as ``name.png``; then fail on serious axe violations."""
        path = self.folder / f"{len(self.taken):02d}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        self.taken.append(path)
        if check:
            self.accessible(page, name)
        return path

    def accessible(self, page: Any, name: str) -> None:
        """axe-core on the page as it is now: no serious or critical violation."""
        if not page.evaluate("() => typeof window.axe !== 'undefined'"):
            # Evaluated, not added as a <script>: the pages' CSP refuses inline scripts.
            page.evaluate(self.axe)
        violations = page.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        )
        blocking = [v for v in violations if v.get("impact") in BLOCKING]
        described = [
            f"{v['id']} ({v['impact']}): {v['help']} at "
            + ", ".join(str(n["target"]) for n in v["nodes"][:3])
            for v in blocking
        ]
        assert not blocking, f"accessibility problems on {name}:\n" + "\n".join(described)


@pytest.fixture
def shots(tmp_path: Path, axe_script: str) -> Shots:
    """Screenshots under this test's ``tmp_path/screenshots``, each page checked by axe."""
    folder = tmp_path / "screenshots"
    folder.mkdir()
    return Shots(folder, axe_script)


@pytest.fixture
def sign_in(chromium: Any, server: ServerProcess) -> Iterator[Callable[..., Any]]:
    """``sign_in(key)``: a new page in a fresh context, signed in through the sign-in form."""
    contexts: list[Any] = []

    def open_page(key: str | None, *, width: int = 1280, height: int = 900) -> Any:
        context = chromium.new_context(
            base_url=server.url, viewport={"width": width, "height": height}, accept_downloads=True
        )
        context.set_default_timeout(30_000)
        contexts.append(context)
        page = context.new_page()
        if key is not None:
            page.goto(f"{server.url}/ui/sign-in")
            page.get_by_label("API key").fill(key)
            page.get_by_role("button", name="Sign in").click()
            page.wait_for_url(f"{server.url}/ui/")
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def api(server: ServerProcess) -> Iterator[Callable[[str], httpx.Client]]:
    """``api(key)``: an HTTP client of the same server for setting up and checking."""
    clients: list[httpx.Client] = []

    def client(key: str) -> httpx.Client:
        clients.append(server.client(key))
        return clients[-1]

    yield client
    for c in clients:
        c.close()


@pytest.fixture
def cli(server: ServerProcess, tmp_path: Path) -> Callable[..., bytes]:
    """``cli(*args)``: run ``lookalike generate ARGS -o FILE`` and return the file's bytes."""

    def run(*args: str, suffix: str = ".csv") -> bytes:
        out = tmp_path / f"cli-{len(list(tmp_path.glob('cli-*')))}{suffix}"
        server.run_cli("generate", *args, "-o", str(out))
        data = out.read_bytes()
        return data

    return run
