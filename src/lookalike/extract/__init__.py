"""Extraction: read the shape of an existing source and write a spec that imitates it.

:mod:`~lookalike.extract.sql` reflects a SQL database; :mod:`~lookalike.extract.naming`
maps column names and types to realistic kinds; :mod:`~lookalike.extract.pii`
flags personal data; :mod:`~lookalike.extract.checks` reads simple CHECK
constraints. Only the schema is read: no value of any column reaches the spec.

Other sources, all through :func:`~lookalike.extract.sources.extract_source`:
:mod:`~lookalike.extract.rest` samples REST APIs (through the
:mod:`~lookalike.extract.egress` policy), :mod:`~lookalike.extract.documents` reads
OpenAPI, Swagger and JSON Schema documents, :mod:`~lookalike.extract.files` reads
sample files; :mod:`~lookalike.extract.values` and :mod:`~lookalike.extract.infer`
turn sampled values into kinds, keys and references; :mod:`~lookalike.extract.profile`
adds statistics of non-personal columns (``--profile``), and
:mod:`~lookalike.extract.template` reads and writes the PII mock-data generator's
metadata templates.
"""
