"""Compiled helpers (optional: everything works without them, only slower)."""
