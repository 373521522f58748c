"""Extraction: read the shape of an existing source and write a spec that imitates it.

:mod:`~lookalike.extract.sql` reflects a SQL database; :mod:`~lookalike.extract.naming`
maps column names and types to realistic kinds; :mod:`~lookalike.extract.pii`
flags personal data; :mod:`~lookalike.extract.checks` reads simple CHECK
constraints. Only the schema is read: no value of any column reaches the spec.
"""
