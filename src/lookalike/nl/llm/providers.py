"""Language-model providers behind one narrow call: messages in, reply text out.

``GeminiProvider`` uses the official ``google-genai`` SDK and ``OpenAIProvider``
the official ``openai`` SDK (any OpenAI-compatible server). Both ask for JSON
shaped by the spec's JSON Schema (structured output), and turn timeouts, quota
and key errors and refusals into :class:`LlmError` with a clear message. The
SDKs are imported only here, on first use, with an install hint when missing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Protocol

from lookalike.errors import LookalikeError
from lookalike.nl.llm.settings import LlmSettings


class LlmError(LookalikeError, RuntimeError):
    """A provider could not give a usable reply (timeout, quota, key, refusal, rejections)."""


@dataclass(frozen=True)
class Message:
    """One turn of the conversation: ``user`` or ``assistant``."""

    role: str
    text: str


class Provider(Protocol):
    """Anything that turns a system text and messages into a reply text."""

    name: str
    model: str

    def complete(self, system: str, messages: list[Message], schema: dict[str, Any]) -> str:
        """The model's reply to the conversation."""


def provider_for(settings: LlmSettings) -> Provider:
    """The provider the settings choose."""
    if settings.provider == "gemini":
        return GeminiProvider(settings)
    if settings.provider == "openai":
        return OpenAIProvider(settings)
    raise LlmError("no language model is configured; set LOOKALIKE_LLM_PROVIDER=gemini or openai")


def _need(module: str, package: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise LlmError(
            f"the {package} package is not installed; install lookalike[llm] "
            f"(pip install 'lookalike[llm]' or uv add 'lookalike[llm]')"
        ) from exc


class OpenAIProvider:
    """OpenAI or any OpenAI-compatible server, through the ``openai`` SDK."""

    name = "openai"

    def __init__(self, settings: LlmSettings) -> None:
        openai = _need("openai", "openai")
        key = settings.key()
        if key is None and settings.base_url is None:
            raise LlmError("no API key for openai; set LOOKALIKE_LLM_API_KEY or OPENAI_API_KEY")
        self.model = settings.model_name
        self.timeout = settings.timeout
        self._errors = openai
        self._client = openai.OpenAI(
            api_key=key or "not-needed", base_url=settings.base_url, timeout=settings.timeout,
            max_retries=0,
        )  # fmt: skip

    def complete(self, system: str, messages: list[Message], schema: dict[str, Any]) -> str:
        """Ask for a JSON object shaped by ``schema``."""
        errors = self._errors
        chat = [{"role": "system", "content": system}]
        chat += [{"role": m.role, "content": m.text} for m in messages]
        try:
            response = self._client.chat.completions.create(
                model=self.model,
                messages=chat,
                response_format={
                    "type": "json_schema",
                    "json_schema": {"name": "lookalike_spec", "schema": schema, "strict": False},
                },
            )
        except errors.APITimeoutError as exc:
            raise LlmError(f"openai: no reply within {self.timeout:g} s; try again") from exc
        except errors.RateLimitError as exc:
            raise LlmError(f"openai: quota or rate limit reached: {_said(exc)}") from exc
        except errors.AuthenticationError as exc:
            raise LlmError(f"openai: the API key was refused: {_said(exc)}") from exc
        except errors.APIStatusError as exc:
            raise LlmError(f"openai: HTTP {exc.status_code}: {_said(exc)}") from exc
        except errors.APIConnectionError as exc:
            raise LlmError(f"openai: cannot reach the server: {exc}") from exc
        choice = response.choices[0] if response.choices else None
        if choice is None:
            raise LlmError("openai: the reply had no choices")
        refusal = getattr(choice.message, "refusal", None)
        if refusal:
            raise LlmError(f"openai: the model refused: {refusal}")
        return str(choice.message.content or "")


class GeminiProvider:
    """Gemini through the ``google-genai`` SDK."""

    name = "gemini"

    def __init__(self, settings: LlmSettings) -> None:
        genai = _need("google.genai", "google-genai")
        self._types = _need("google.genai.types", "google-genai")
        self._errors = _need("google.genai.errors", "google-genai")
        key = settings.key()
        if key is None:
            raise LlmError("no API key for gemini; set LOOKALIKE_LLM_API_KEY or GEMINI_API_KEY")
        self.model = settings.model_name
        self.timeout = settings.timeout
        options = self._types.HttpOptions(
            base_url=settings.base_url, timeout=int(settings.timeout * 1000),
            retry_options=self._types.HttpRetryOptions(attempts=1),
        )  # fmt: skip
        self._client = genai.Client(api_key=key, http_options=options)

    def complete(self, system: str, messages: list[Message], schema: dict[str, Any]) -> str:
        """Ask for JSON with the schema as the response schema."""
        types = self._types
        contents = [
            types.Content(
                role="model" if m.role == "assistant" else "user", parts=[types.Part(text=m.text)]
            )
            for m in messages
        ]
        config = types.GenerateContentConfig(
            system_instruction=system, response_mime_type="application/json",
            response_json_schema=schema,
        )  # fmt: skip
        try:
            response = self._client.models.generate_content(
                model=self.model, contents=contents, config=config
            )
        except self._errors.APIError as exc:
            code = getattr(exc, "code", None)
            if code == 429:
                raise LlmError(f"gemini: quota or rate limit reached: {exc.message}") from exc
            if code in (401, 403):
                raise LlmError(f"gemini: the API key was refused: {exc.message}") from exc
            raise LlmError(f"gemini: HTTP {code}: {exc.message}") from exc
        except Exception as exc:
            if "timeout" in type(exc).__name__.lower() or "timed out" in str(exc).lower():
                raise LlmError(f"gemini: no reply within {self.timeout:g} s; try again") from exc
            raise LlmError(f"gemini: the call failed: {type(exc).__name__}: {exc}") from exc
        candidates = response.candidates or []
        reason = str(candidates[0].finish_reason) if candidates else "no candidates"
        text = response.text
        if not text:
            raise LlmError(f"gemini: the model gave no text (finish reason {reason})")
        if "SAFETY" in reason or "PROHIBITED" in reason:
            raise LlmError(f"gemini: the model refused (finish reason {reason})")
        return str(text)


def _said(exc: Any) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict) and error.get("message"):
            return str(error["message"])
    return json.dumps(str(exc))[1:-1][:300]
