"""Which language model drafts specs, if any: ``LOOKALIKE_LLM_*`` settings.

The default is ``offline``: no model, no key, no network. ``gemini`` uses the
official ``google-genai`` SDK; ``openai`` the official ``openai`` SDK, which
also reaches any OpenAI-compatible server (Ollama, vLLM, llama.cpp server,
LM Studio) through ``LOOKALIKE_LLM_BASE_URL``.

>>> LlmSettings(provider="openai", api_key="k").model_name
'gpt-4o-mini'
>>> LlmSettings(_env_file=None).provider
'offline'
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODELS = {"gemini": "gemini-2.5-flash", "openai": "gpt-4o-mini"}
#: Environment variables the SDKs themselves read, used when no lookalike key is set.
KEY_VARIABLES = {"gemini": ("GEMINI_API_KEY", "GOOGLE_API_KEY"), "openai": ("OPENAI_API_KEY",)}


class LlmSettings(BaseSettings):
    """Provider, model, key and limits of the language model that drafts specs."""

    model_config = SettingsConfigDict(env_prefix="LOOKALIKE_LLM_", extra="ignore")

    provider: Literal["offline", "gemini", "openai"] = "offline"
    model: str | None = Field(None, description="Default: gemini-2.5-flash or gpt-4o-mini.")
    api_key: SecretStr | None = None
    base_url: str | None = Field(None, description="An OpenAI-compatible server, or a proxy.")
    timeout: float = Field(60.0, gt=0, le=600, description="Seconds per call.")
    retries: int = Field(2, ge=0, le=5, description="New tries after a rejected reply.")
    cache_dir: Path | None = Field(None, description="Default: $LOOKALIKE_HOME/llm-cache.")

    @property
    def model_name(self) -> str:
        """The model to ask."""
        return self.model or DEFAULT_MODELS.get(self.provider, "")

    def key(self) -> str | None:
        """The API key: the lookalike setting, else the SDK's own variable."""
        if self.api_key is not None:
            return self.api_key.get_secret_value()
        for name in KEY_VARIABLES.get(self.provider, ()):
            if os.environ.get(name):
                return os.environ[name]
        return None

    @property
    def cache_path(self) -> Path:
        """Where replies are cached."""
        if self.cache_dir is not None:
            return self.cache_dir
        home = os.environ.get("LOOKALIKE_HOME")
        base = Path(home) if home else Path.home() / ".cache" / "lookalike"
        return base / "llm-cache"
