"""Thin routers, one per resource; the work happens in :mod:`lookalike.server.services`."""
