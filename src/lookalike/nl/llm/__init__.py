"""Language models as optional drafters of specs (``pip install 'lookalike[llm]'``).

Off by default: the offline parser needs no key and no network. With
``LOOKALIKE_LLM_PROVIDER=gemini`` or ``openai`` (and a key, or an
OpenAI-compatible ``LOOKALIKE_LLM_BASE_URL``), :func:`describe_with_model` asks
the model to improve the offline draft; its reply is data, checked and
validated like any spec, never executed.
"""

from lookalike.nl.llm.cache import ReplyCache
from lookalike.nl.llm.drafting import describe_with_model
from lookalike.nl.llm.providers import LlmError, Message, Provider, provider_for
from lookalike.nl.llm.reply import ReplyError, check_expression, check_reply
from lookalike.nl.llm.settings import LlmSettings

__all__ = [
    "LlmError",
    "LlmSettings",
    "Message",
    "Provider",
    "ReplyCache",
    "ReplyError",
    "check_expression",
    "check_reply",
    "describe_with_model",
    "provider_for",
]
