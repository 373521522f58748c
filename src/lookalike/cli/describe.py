"""``lookalike describe "SENTENCE"``: a sentence to a spec file, with what was not understood.

The offline parser (:mod:`lookalike.nl`) does the work; this module prints the
spec (YAML) and, on standard error, every phrase it did not understand with its
position, so the user can rephrase before generating anything. ``generate
--prompt`` uses :func:`dataset_from_prompt`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from lookalike.cli.errors import fail, reported, stderr

if TYPE_CHECKING:
    from lookalike.nl import Description
    from lookalike.spec import Dataset


def describe(
    text: Annotated[str, typer.Argument(help="What data you want, in a sentence.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the spec here (YAML or .json).")
    ] = None,
    locale: Annotated[
        str | None, typer.Option("--locale", "-l", help="Locale, e.g. en_GB (overrides the text).")
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail (exit 2) if any phrase was not understood.")
    ] = False,
    provider: Annotated[
        str | None,
        typer.Option(
            "--provider",
            help="offline (default), gemini or openai; default LOOKALIKE_LLM_PROVIDER.",
        ),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    """Turn a sentence into a spec, offline; report every phrase not understood."""
    with reported(debug):
        from lookalike.nl import draft

        if provider is not None and provider not in ("offline", "gemini", "openai"):
            raise fail(f"unknown provider {provider!r}; use offline, gemini or openai")
        result = draft(text, provider=provider, locale=locale)
        show_report(result)
        rendered = render(result.spec, json_out=output is not None and output.suffix == ".json")
        if output is None:
            typer.echo(rendered, nl=False)
        else:
            output.write_text(rendered, encoding="utf-8")
            stderr.print(f"wrote {output}")
        if strict and result.not_understood:
            raise fail(f"{len(result.not_understood)} phrase(s) not understood (--strict)")


def render(spec: dict[str, object], *, json_out: bool = False) -> str:
    """The spec as YAML (or JSON) text."""
    if json_out:
        import json

        return json.dumps(spec, indent=2) + "\n"
    import yaml

    return str(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=100))


def show_report(result: Description) -> None:
    """Print what was not understood, and the assumptions made, on standard error."""
    for phrase in result.not_understood:
        stderr.print(f"[yellow]not understood:[/] {phrase}", markup=True)
    for note in result.notes:
        stderr.print(f"note: {note}")


def dataset_from_prompt(text: str) -> Dataset:
    """The validated spec for ``generate --prompt``, its tables and the report shown first."""
    from lookalike.nl import draft

    result = draft(text)
    show_report(result)
    for name, table in result.spec["tables"].items():
        rows = table["rows"]
        count = f"{rows:,} rows" if isinstance(rows, int) else f"rows per {rows['per']}"
        stderr.print(f"{name} ({count}): {', '.join(table['fields'])}")
    return result.dataset


pools_app = typer.Typer(help="Value pools drafted once by a language model.", no_args_is_help=True)


@pools_app.command("draft")
def pools_draft(
    locale: Annotated[str, typer.Option("--locale", "-l", help="e.g. en_GB")],
    domain: Annotated[
        str, typer.Option("--domain", help="names, streets, companies, products or job_titles")
    ],
    size: Annotated[int, typer.Option("--size", "-n", help="How many values.")] = 500,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    """Ask the configured model (LOOKALIKE_LLM_*) for values, check them, store the pool."""
    with reported(debug):
        from lookalike.locales.profiles import known_locales
        from lookalike.nl.llm.pools import draft_pool, save_pool
        from lookalike.nl.llm.providers import provider_for
        from lookalike.nl.llm.settings import LlmSettings
        from lookalike.server.settings import Settings

        if locale not in known_locales():
            raise fail(f"unknown locale {locale!r}; use e.g. en_GB or en_US")
        provider = provider_for(LlmSettings())
        values = draft_pool(provider, locale=locale, domain=domain, size=size)
        path = save_pool(Settings().home, locale, domain, values, provider)
        stderr.print(f"wrote {len(values):,} {domain} for {locale} to {path}")


@pools_app.command("list")
def pools_list() -> None:
    """The drafted pools in the data directory."""
    from lookalike.server.settings import Settings

    root = Settings().home / "pools"
    for path in sorted(root.glob("*/*.json")) if root.exists() else []:
        typer.echo(f"{path.parent.name}  {path.stem}  {path}")


def register(app: typer.Typer) -> None:
    """Add ``describe`` and ``pools`` to ``app``."""
    app.command("describe")(describe)
    app.add_typer(pools_app, name="pools")
