"""The REST service: catalogue, streaming, durable jobs, API keys (``lookalike serve``).

FastAPI and SQLAlchemy are imported only inside this package, so importing
``lookalike`` stays light. :func:`lookalike.server.app.create_app` builds the
application from :class:`lookalike.server.settings.Settings`.
"""

from lookalike.extras import check_installed

check_installed("fastapi", "uvicorn", "sqlalchemy", extra="server")
