"""Language-model drafting with the real openai and google-genai SDKs against a fake server
on loopback: normal replies, rejected replies and retries, errors, timeouts, the cache, and
more than 200 hostile replies that must all be refused."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("openai", reason="the llm extra is not installed")
pytest.importorskip("google.genai", reason="the llm extra is not installed")

from fake_llm_server import Answer, FakeLlm
from hostile_replies import hostile_replies

from lookalike.errors import SpecError
from lookalike.nl.llm import (
    LlmError,
    LlmSettings,
    ReplyCache,
    check_reply,
    describe_with_model,
    provider_for,
)
from lookalike.nl.llm.drafting import _accept

GOOD = json.dumps(
    {
        "tables": {
            "customers": {
                "rows": 100,
                "fields": {
                    "full_name": {"kind": "person", "attribute": "full_name"},
                    "email": {"kind": "internet", "attribute": "email", "unique": True},
                    "favourite_dinosaur": {"kind": "choice", "values": ["T. rex", "Diplodocus"]},
                    "signup_date": {"kind": "date", "min_value": "now-1y", "max_value": "now"},
                },
            }
        }
    }
)
TEXT = "100 customers with full name, unique email and a favourite dinosaur"


@pytest.fixture
def fake() -> Iterator[FakeLlm]:
    server = FakeLlm().start()
    yield server
    server.stop()


def _settings(fake: FakeLlm, provider: str, tmp_path: Path, **more: object) -> LlmSettings:
    base = f"{fake.url}/v1" if provider == "openai" else f"{fake.url}/"
    options = {"provider": provider, "api_key": "test-key", "base_url": base,
               "cache_dir": tmp_path / "cache", "timeout": 10.0, **more}  # fmt: skip
    return LlmSettings.model_validate(options)


@pytest.mark.parametrize("provider", ["openai", "gemini"])
def test_a_good_reply_becomes_the_spec_with_contributions(
    fake: FakeLlm, provider: str, tmp_path: Path
) -> None:
    fake.reply(GOOD)
    result = describe_with_model(TEXT, _settings(fake, provider, tmp_path))
    assert result.drafted_by == provider
    fields = result.spec["tables"]["customers"]["fields"]
    assert fields["favourite_dinosaur"]["values"] == ["T. rex", "Diplodocus"]
    assert "model added: customers.signup_date" in result.notes
    assert "model changed: customers.favourite_dinosaur" in result.notes
    assert "offline parser: 2 field(s) kept as drafted" in result.notes
    sent = json.dumps(fake.requests[0]["body"])
    assert "Offline draft" in sent  # the offline parser's draft is the starting point
    assert "did not understand: favourite dinosaur" in sent
    assert result.dataset.tables["customers"].rows == 100


@pytest.mark.parametrize("provider", ["openai", "gemini"])
def test_the_same_sentence_costs_one_call(fake: FakeLlm, provider: str, tmp_path: Path) -> None:
    fake.reply(GOOD)
    settings = _settings(fake, provider, tmp_path)
    first = describe_with_model(TEXT, settings)
    second = describe_with_model(TEXT, settings)
    assert len(fake.requests) == 1
    assert first.spec == second.spec
    assert any("from the cache" in n for n in second.notes)


@pytest.mark.parametrize("provider", ["openai", "gemini"])
def test_a_rejected_reply_is_sent_back_with_the_reason(
    fake: FakeLlm, provider: str, tmp_path: Path
) -> None:
    bad = GOOD.replace('"rows": 100', '"rows": 1000000000000')
    fake.reply("not json at all", bad, GOOD)
    result = describe_with_model(TEXT, _settings(fake, provider, tmp_path))
    assert result.spec["tables"]["customers"]["rows"] == 100
    assert len(fake.requests) == 3
    retry = json.dumps(fake.requests[2]["body"])
    assert "That reply was rejected" in retry
    assert "a model may ask for at most" in retry


@pytest.mark.parametrize("provider", ["openai", "gemini"])
def test_retries_are_bounded(fake: FakeLlm, provider: str, tmp_path: Path) -> None:
    hostile = json.dumps({"tables": {"t": {"rows": 5, "fields": {"x": {
        "kind": "derived", "expr": "read_csv('data.csv')"}}}}})  # fmt: skip
    fake.reply(hostile, hostile, hostile, GOOD)
    with pytest.raises(LlmError, match=r"3 replies were rejected; the last: .*read_csv"):
        describe_with_model(TEXT, _settings(fake, provider, tmp_path, retries=2))
    assert len(fake.requests) == 3


@pytest.mark.parametrize("provider", ["openai", "gemini"])
@pytest.mark.parametrize(
    ("status", "error", "message"),
    [(429, "Rate limit reached", "quota or rate limit"), (401, "bad key", "key was refused"),
     (500, "boom", "HTTP 500")],
)  # fmt: skip
def test_provider_errors_are_clear(
    fake: FakeLlm, provider: str, status: int, error: str, message: str, tmp_path: Path
) -> None:
    fake.answers.append(Answer(status=status, error=error))
    with pytest.raises(LlmError, match=message):
        describe_with_model(TEXT, _settings(fake, provider, tmp_path))


@pytest.mark.parametrize("provider", ["openai", "gemini"])
def test_a_refusal_is_clear(fake: FakeLlm, provider: str, tmp_path: Path) -> None:
    fake.answers.append(Answer(text=None, refusal="I can't help with that"))
    with pytest.raises(LlmError, match=r"refused|no text"):
        describe_with_model(TEXT, _settings(fake, provider, tmp_path))


@pytest.mark.parametrize("provider", ["openai", "gemini"])
def test_a_slow_server_times_out(fake: FakeLlm, provider: str, tmp_path: Path) -> None:
    release = threading.Event()
    fake.answers.append(Answer(text=GOOD, hold=release))
    try:
        with pytest.raises(LlmError, match="no reply within"):
            describe_with_model(TEXT, _settings(fake, provider, tmp_path, timeout=0.3))
    finally:
        release.set()


def test_hostile_replies_through_the_real_sdk_are_refused(fake: FakeLlm, tmp_path: Path) -> None:
    replies = hostile_replies()[::8]
    for start in range(0, len(replies), 6):
        chunk = replies[start : start + 6]
        for reply in chunk:
            fake.reply(reply)
        settings = _settings(fake, "gemini" if start % 12 else "openai", tmp_path,
                             retries=len(chunk) - 1)  # fmt: skip
        with pytest.raises(LlmError, match="replies were rejected"):
            describe_with_model(f"{TEXT} ({start})", settings)
    assert len(fake.requests) == len(replies)


def test_more_than_200_hostile_replies_are_all_refused() -> None:
    replies = hostile_replies()
    assert len(replies) >= 200
    for reply in replies:
        with pytest.raises(SpecError) as info:
            _accept(reply)
        message = str(info.value)
        assert message, reply[:80]
        assert "\n" not in message, reply[:80]
        assert "Traceback" not in message


def test_a_good_reply_passes_every_check() -> None:
    assert check_reply(f"```json\n{GOOD}\n```")["tables"]["customers"]["rows"] == 100
    assert _accept(json.dumps({"spec": json.loads(GOOD)}))["tables"]


def test_offline_is_the_default_and_needs_no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LOOKALIKE_LLM_PROVIDER", raising=False)
    with pytest.raises(LlmError, match="no language model is configured"):
        provider_for(LlmSettings())


def test_a_missing_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "GEMINI_API_KEY", "GOOGLE_API_KEY", "LOOKALIKE_LLM_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(LlmError, match="no API key for gemini"):
        provider_for(LlmSettings(provider="gemini"))


def test_importing_lookalike_imports_no_sdk() -> None:
    code = "import sys, lookalike, lookalike.nl; print('openai' in sys.modules, " \
           "'google.genai' in sys.modules)"  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_the_cache_key_depends_on_provider_model_and_prompt(tmp_path: Path) -> None:
    keys = {ReplyCache.key(p, m, t) for p in ("a", "b") for m in ("x", "y") for t in ("1", "2")}
    assert len(keys) == 8
