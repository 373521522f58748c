"""The web page: server-rendered screens whose scripts drive the public /v1 API.

``install(app)`` adds the pages (``/ui/...``, with ``/`` leading there), their
static files, and :class:`~lookalike.server.pages.session.SessionAuth`, which
lets a signed-in browser call the API with its session cookie. The screens
themselves hold no logic of the service: Create, Job, Jobs, Templates and Keys
call /v1 from the browser; only the Data screen reads a finished file on the
server (to draw each column's distribution).

>>> import tempfile
>>> from lookalike.server.app import create_app
>>> from lookalike.server.settings import Settings
>>> app = create_app(Settings(home=tempfile.mkdtemp(), dev=True))
>>> app.url_path_for("data_page", job_id="j1", table="orders")
'/ui/jobs/j1/data/orders'
>>> app.url_path_for("ui-static", path="site.css")
'/ui/static/site.css'
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from lookalike.server.pages.routes import root, router
from lookalike.server.pages.session import SessionAuth, Signer, load_secret
from lookalike.server.settings import Settings

STATIC = Path(__file__).parent / "static"


def install(app: FastAPI) -> None:
    """Add the pages, their static files and the session middleware to ``app``."""
    settings: Settings = app.state.settings
    signer = Signer(load_secret(settings.home.absolute()))
    app.state.signer = signer
    # Static files first: the pages' catch-all (a 404 page) must not shadow them.
    app.mount("/ui/static", StaticFiles(directory=STATIC), name="ui-static")
    app.include_router(router)
    app.include_router(root)
    app.add_middleware(SessionAuth, signer=signer, dev=settings.dev)
