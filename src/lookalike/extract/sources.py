"""One entry point for every source ``lookalike extract`` reads, chosen by its form.

* a database URL (``postgresql://``, ``mysql://``, ``sqlite:///``...): the schema
  by reflection (:mod:`~lookalike.extract.sql`);
* an ``http(s)`` URL with endpoints: REST sampling (:mod:`~lookalike.extract.rest`);
  without endpoints, the URL is fetched once: an OpenAPI, Swagger or JSON Schema
  document is read as one, anything else is sampled as a single endpoint;
* a ``.json``/``.yaml`` file: a document (OpenAPI, Swagger, JSON Schema), an
  earlier metadata template, or JSON sample records;
* other files and folders: sample files (:mod:`~lookalike.extract.files`).

``profile=True`` adds statistics of the non-personal columns to the spec
(:mod:`~lookalike.extract.profile`).

>>> source_kind("postgresql://u@h/db"), source_kind("https://api.x.io/v1"), source_kind("a.csv")
('sql', 'http', 'file')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lookalike.errors import SpecError
from lookalike.extract.egress import LOCAL, EgressPolicy
from lookalike.extract.rest import Auth
from lookalike.extract.result import Problem, SourceExtraction

_SQL_SCHEMES = ("postgresql", "postgres", "mysql", "mariadb", "sqlite", "mssql", "oracle")


def source_kind(source: str) -> str:
    """``sql``, ``http`` or ``file``."""
    scheme = source.split("://", 1)[0].split("+", 1)[0].lower() if "://" in source else ""
    if scheme in ("http", "https"):
        return "http"
    if scheme in _SQL_SCHEMES:
        return "sql"
    return "file"


def extract_source(
    sources: list[str],
    *,
    endpoints: list[str] | None = None,
    auth: Auth | None = None,
    query: dict[str, str] | None = None,
    policy: EgressPolicy = LOCAL,
    profile: bool = False,
    k: int = 10,
    seed: int | None = 1,
    scale: float = 1.0,
    schema: str | None = None,
    tables: list[str] | None = None,
    sheets: list[str] | None = None,
    sample: int | None = None,
) -> SourceExtraction:
    """Extract a spec from ``sources``; see the module docstring."""
    if not sources:
        raise SpecError("give a source: a database URL, an API URL, a document or files")
    kinds = {source_kind(s) for s in sources}
    if len(kinds) > 1 or (kinds != {"file"} and len(sources) > 1):
        raise SpecError("give one database or API URL, or any number of files", path="source")
    kind = kinds.pop()
    if kind == "sql":
        result = _sql(sources[0], schema, tables, scale, seed)
        if profile:
            from lookalike.extract.profile import profile_database

            result = profile_database(result, sources[0], schema=schema, k=k, sample=sample)
        return result
    profile_k = k if profile else None
    if kind == "http":
        return _http(
            sources[0], endpoints or [], auth, query, policy, seed, scale, sample, profile_k
        )
    return _files([Path(s) for s in sources], sheets, seed, scale, profile_k)


def _sql(
    url: str, schema: str | None, tables: list[str] | None, scale: float, seed: int | None
) -> SourceExtraction:
    from lookalike.extract.sql import extract_database

    extracted = extract_database(url, schema=schema, tables=tables, scale=scale, seed=seed)
    problems = tuple(
        Problem(f"{i.table}.{i.column}" if i.column else i.table, f"{i.problem}; {i.action}")
        for i in extracted.issues
    )
    return SourceExtraction(extracted.spec, problems)


def _http(
    url: str,
    endpoints: list[str],
    auth: Auth | None,
    query: dict[str, str] | None,
    policy: EgressPolicy,
    seed: int | None,
    scale: float,
    sample: int | None,
    profile_k: int | None,
) -> SourceExtraction:
    from lookalike.extract.documents import (
        check_planned,
        document_kind,
        extract_document,
        parse_document,
    )
    from lookalike.extract.rest import SAMPLE_CAP, extract_rest

    cap = sample or SAMPLE_CAP
    if not endpoints:
        headers = {"Accept": "application/json, application/yaml", **(auth or Auth()).headers()}
        fetched = policy.get(url, headers)
        if fetched.status < 400:
            try:
                document = parse_document(fetched.body, url.split("?")[0])
            except SpecError:
                document = None
            if document_kind(document) is not None:
                return check_planned(extract_document(document, url.split("?")[0], seed=seed))
    return extract_rest(
        url,
        endpoints,
        auth=auth,
        query=query,
        policy=policy,
        cap=cap,
        seed=seed,
        scale=scale,
        profile_k=profile_k,
    )


def _files(
    paths: list[Path],
    sheets: list[str] | None,
    seed: int | None,
    scale: float,
    profile_k: int | None,
) -> SourceExtraction:
    from lookalike.extract.documents import (
        check_planned,
        document_kind,
        extract_document,
        read_document,
    )
    from lookalike.extract.files import extract_files

    if len(paths) == 1 and paths[0].suffix.lower() in (".json", ".yaml", ".yml"):
        document: Any = read_document(str(paths[0]))
        if document_kind(document) is not None:
            return check_planned(extract_document(document, str(paths[0]), seed=seed))
        from lookalike.extract.template import is_metadata_template, template_to_spec

        if is_metadata_template(document):
            return SourceExtraction(template_to_spec(document))
        if paths[0].suffix.lower() != ".json":
            raise SpecError(
                "not an OpenAPI, Swagger, JSON Schema document or metadata template",
                source=str(paths[0]),
            )
    return extract_files(paths, sheets=sheets, seed=seed, scale=scale, profile_k=profile_k)
