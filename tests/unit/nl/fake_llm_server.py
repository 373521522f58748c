"""A fake language-model server on loopback that speaks the OpenAI and Gemini HTTP APIs.

Tests point the real ``openai`` and ``google-genai`` SDKs at it. Each request
takes the next scripted answer: a reply text, an HTTP error, a refusal, or a
reply held back until the test releases it (a slow server).
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Answer:
    """One scripted answer."""

    text: str | None = None
    status: int = 200
    error: str = ""
    refusal: str | None = None
    hold: threading.Event | None = None


@dataclass
class FakeLlm:
    """The server's script and what it received."""

    answers: deque[Answer] = field(default_factory=deque)
    requests: list[dict[str, Any]] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def reply(self, *texts: str) -> None:
        self.answers.extend(Answer(text=t) for t in texts)

    def start(self) -> FakeLlm:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                fake.requests.append({"path": self.path, "body": body})
                answer = fake.answers.popleft() if fake.answers else Answer(status=500, error="x")
                if answer.hold is not None:
                    answer.hold.wait(30)
                gemini = ":generateContent" in self.path
                if answer.status != 200:
                    payload = _error(answer, gemini)
                else:
                    payload = _gemini(answer) if gemini else _openai(answer, body)
                data = json.dumps(payload).encode()
                try:
                    self.send_response(answer.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def log_message(self, *_args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        for answer in self.answers:
            if answer.hold is not None:
                answer.hold.set()
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


def _openai(answer: Answer, body: dict[str, Any]) -> dict[str, Any]:
    message = {"role": "assistant", "content": answer.text, "refusal": answer.refusal}
    return {
        "id": "chatcmpl-fake", "object": "chat.completion", "created": 0,
        "model": body.get("model", "fake"),
        "choices": [{"index": 0, "message": message, "finish_reason": "stop", "logprobs": None}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }  # fmt: skip


def _gemini(answer: Answer) -> dict[str, Any]:
    parts = [{"text": answer.text}] if answer.text is not None else []
    reason = "SAFETY" if answer.refusal else "STOP"
    return {
        "candidates": [{"content": {"parts": parts, "role": "model"}, "finishReason": reason,
                        "index": 0}],
        "usageMetadata": {"promptTokenCount": 1, "candidatesTokenCount": 1, "totalTokenCount": 2},
    }  # fmt: skip


def _error(answer: Answer, gemini: bool) -> dict[str, Any]:
    if gemini:
        status = {429: "RESOURCE_EXHAUSTED", 401: "UNAUTHENTICATED"}.get(answer.status, "ERROR")
        return {"error": {"code": answer.status, "message": answer.error, "status": status}}
    return {"error": {"message": answer.error, "type": "error", "code": str(answer.status)}}
