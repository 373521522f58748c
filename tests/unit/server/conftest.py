"""Fixtures of the in-process server tests: the app, called over ASGI with its lifespan."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from lookalike.server.app import create_app
from lookalike.server.settings import Settings

#: (method, path, **httpx options) -> httpx.Response
Call = Callable[..., httpx.Response]


def app_client(settings: Settings) -> Call:
    """Send each request to a fresh app of ``settings`` in-process, lifespan included."""
    app = create_app(settings)

    async def send(method: str, path: str, **options: Any) -> httpx.Response:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
                return await http.request(method, path, **options)

    def call(method: str, path: str, **options: Any) -> httpx.Response:
        return asyncio.run(send(method, path, **options))

    call.app = app  # type: ignore[attr-defined]
    return call


@pytest.fixture
def client(tmp_path: Path) -> Call:
    """The app in dev mode with a small body limit."""
    return app_client(Settings(home=tmp_path, dev=True, max_body_bytes=2048, workers=1))


@pytest.fixture
def make_client() -> Callable[[Settings], Call]:
    """``make_client(Settings(...))``: the app of other settings."""
    return app_client
