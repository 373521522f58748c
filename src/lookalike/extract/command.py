"""What ``lookalike extract`` does for APIs, documents and files: extract, render, write.

The command line parses options; this module turns them into an extraction
and writes the result in the asked format (``yaml``, ``json``, or
``metadata-template``) in one step, so a failure leaves no file behind.
Secrets never reach the output: the token is read from the environment by
name and only sent in request headers.

>>> render(SourceExtraction({"name": "x", "tables": {"t": {"rows": 1, "fields":
...     {"id": {"kind": "sequence"}}}}}), "metadata-template").splitlines()[1]
'  "source": "x",'
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from lookalike.errors import SpecError
from lookalike.extract.rest import Auth
from lookalike.extract.result import SourceExtraction
from lookalike.extract.sources import extract_source, source_kind

FORMATS = ("yaml", "json", "metadata-template")
#: Other names a format is known by (the mock-data generator called its template "seed003").
_ALIASES = {"yml": "yaml", "template": "metadata-template", "seed003": "metadata-template"}


def render(result: SourceExtraction, fmt: str, *, source: str = "") -> str:
    """The extraction as text in ``fmt``."""
    chosen = _ALIASES.get(fmt.lower(), fmt.lower())
    if chosen == "yaml":
        return result.to_yaml()
    if chosen == "json":
        return result.to_json()
    if chosen == "metadata-template":
        from lookalike.extract.template import spec_to_template

        kind = source_kind(source) if source else ""
        source_type = {"http": "rest_api", "sql": "sql", "file": "file"}.get(kind, "unknown")
        base_url = source.split("?")[0] if kind == "http" else None
        database = source.rsplit("/", 1)[-1].split("?")[0] if kind == "sql" else None
        template = spec_to_template(
            result.spec, source_type=source_type, base_url=base_url, database_name=database
        )
        return json.dumps(template, indent=2, ensure_ascii=False, default=str) + "\n"
    raise SpecError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}", path="--format")


def parse_query(pairs: list[str] | None) -> dict[str, str]:
    """``--query limit=50 --query relations=team`` as a dict.

    >>> parse_query(["limit=50", "q=a=b"])
    {'limit': '50', 'q': 'a=b'}
    """
    out = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise SpecError(f"--query {pair!r} needs the form name=value", path="--query")
        out[key] = value
    return out


def run_extract(
    sources: list[str],
    *,
    endpoints: list[str] | None,
    token_env: str | None,
    auth: str,
    query: list[str] | None,
    profile: bool,
    k: int,
    seed: int,
    scale: float,
    schema: str | None,
    tables: list[str] | None,
    sheets: list[str] | None,
    sample: int | None,
) -> SourceExtraction:
    """Extract from the command line's options."""
    credentials = Auth.from_env(token_env, auth) if token_env else None
    return extract_source(
        sources,
        endpoints=endpoints,
        auth=credentials,
        query=parse_query(query),
        profile=profile,
        k=k,
        seed=seed,
        scale=scale,
        schema=schema,
        tables=tables,
        sheets=sheets,
        sample=sample,
    )


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file, so no half file is ever seen.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "spec.yaml"
    >>> write_atomically(target, "tables: {}\\n")
    >>> target.read_text(), [p.name for p in target.parent.iterdir()]
    ('tables: {}\\n', ['spec.yaml'])
    """
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
