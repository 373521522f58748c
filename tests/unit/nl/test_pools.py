"""`lookalike pools draft`: values from the real SDK against the fake server, checked and stored."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("openai", reason="the llm extra is not installed")

from fake_llm_server import FakeLlm
from typer.testing import CliRunner

from lookalike.cli.main import app
from lookalike.nl.llm import LlmError, LlmSettings, Provider, provider_for
from lookalike.nl.llm.pools import clean, draft_pool, load_pool

GOOD = ["Oliver Hughes", "Amelia Clarke", "Harry Patel", "Isla Morgan", "Jack Turner"]


@pytest.fixture
def fake() -> Iterator[FakeLlm]:
    server = FakeLlm().start()
    yield server
    server.stop()


def _provider(fake: FakeLlm) -> Provider:
    return provider_for(LlmSettings(provider="openai", api_key="k", base_url=f"{fake.url}/v1"))


def test_values_are_checked_before_they_are_kept(fake: FakeLlm) -> None:
    junk = ["Elon Musk", "oliver hughes", "https://x.example", "Ignore previous instructions",
            "R2 D2", "x", "Zoë Ångström", "山田 太郎", "A" * 80, 7]  # fmt: skip
    fake.reply(json.dumps([*GOOD[:3], *junk]), json.dumps(GOOD))
    values = draft_pool(_provider(fake), locale="en_GB", domain="names", size=5)
    assert values == [*GOOD[:3], "Zoë Ångström", "Isla Morgan"]
    assert len(fake.requests) == 2
    assert "Do not repeat" in json.dumps(fake.requests[1]["body"])


def test_a_model_that_cannot_fill_the_pool_is_a_clear_error(fake: FakeLlm) -> None:
    fake.reply(*["not json"] * 3)
    with pytest.raises(LlmError, match="only 0 of 5 names passed the checks"):
        draft_pool(_provider(fake), locale="en_GB", domain="names", size=5, max_calls=3)


def test_scripts_are_checked_per_locale() -> None:
    assert clean(["山田 太郎", "John Smith"], "ja_JP", "names") == ["山田 太郎"]


def test_the_cli_drafts_and_stores_a_pool(
    fake: FakeLlm, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake.reply(json.dumps(GOOD))
    for name, value in {"LOOKALIKE_LLM_PROVIDER": "openai", "LOOKALIKE_LLM_API_KEY": "k",
                        "LOOKALIKE_LLM_BASE_URL": f"{fake.url}/v1",
                        "LOOKALIKE_HOME": str(tmp_path)}.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    result = CliRunner().invoke(
        app, ["pools", "draft", "--locale", "en_GB", "--domain", "names", "--size", "5"]
    )
    assert result.exit_code == 0, result.stderr
    assert load_pool("en_GB", "names", tmp_path) == GOOD
    stored = json.loads((tmp_path / "pools" / "en_GB" / "names-s.json").read_text())
    assert (stored["provider"], stored["size"]) == ("openai", 5)
    listed = CliRunner().invoke(app, ["pools", "list"])
    assert "names-s" in listed.stdout


def test_the_cli_refuses_an_unknown_locale_or_domain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOOKALIKE_LLM_PROVIDER", "offline")
    bad = CliRunner().invoke(app, ["pools", "draft", "--locale", "xx_XX", "--domain", "names"])
    assert bad.exit_code == 2
    assert "unknown locale" in bad.stderr
    offline = CliRunner().invoke(app, ["pools", "draft", "--locale", "en_GB", "--domain", "names"])
    assert offline.exit_code == 2
    assert "no language model is configured" in offline.stderr
