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


def register(app: typer.Typer) -> None:
    """Add ``describe`` to ``app``."""
    app.command("describe")(describe)
