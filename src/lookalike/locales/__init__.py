"""Locales: per-country facts and the shipped data behind the realistic kinds."""

from lookalike.locales.profiles import (
    FLAGSHIP,
    SAFE_EMAIL_DOMAINS,
    SUPPORTED,
    LocaleProfile,
    known_locales,
    profile_for,
)

__all__ = [
    "FLAGSHIP",
    "SAFE_EMAIL_DOMAINS",
    "SUPPORTED",
    "LocaleProfile",
    "known_locales",
    "profile_for",
]
