"""Replies cached on disk by (provider, model, prompt, lookalike version): one call a sentence.

>>> import tempfile
>>> cache = ReplyCache(Path(tempfile.mkdtemp()))
>>> key = cache.key("openai", "m", "prompt")
>>> cache.get(key) is None
True
>>> cache.put(key, '{"tables": {}}')
>>> cache.get(key)
'{"tables": {}}'
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path


class ReplyCache:
    """A directory of accepted replies, one JSON file per key."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @staticmethod
    def key(provider: str, model: str, prompt: str) -> str:
        """The cache key of a call."""
        from lookalike.version import __version__

        text = json.dumps([provider, model, prompt, __version__])
        return hashlib.sha256(text.encode()).hexdigest()

    def get(self, key: str) -> str | None:
        """The cached reply for ``key``, if any."""
        try:
            data = json.loads((self.root / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        reply = data.get("reply") if isinstance(data, dict) else None
        return reply if isinstance(reply, str) else None

    def put(self, key: str, reply: str) -> None:
        """Store an accepted reply (atomically: a reader never sees half a file)."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=self.root, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"reply": reply}, handle)
        os.replace(temp, self.root / f"{key}.json")
