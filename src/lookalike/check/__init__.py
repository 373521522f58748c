"""Verify generated data against its spec: keys unique, foreign keys resolve, cardinalities hold.

The constraints come from the spec (primary keys, unique keys, the foreign
keys its ``ref:`` fields make, NOT NULL, rows per parent, and the values a
field promises: choices such as enums and CHECK IN lists, numeric ranges such
as CHECK bounds, and one column after another such as ``end_date >
start_date``); the data from a
directory of files (read lazily with Polars) or a database (checked by SQL the
database runs itself). Every check is a group-by or a join, never a loop over
rows, and only key columns are read.

>>> import tempfile, pathlib, polars as pl
>>> from lookalike.spec import spec_from_dict
>>> spec = spec_from_dict({"tables": {
...     "a": {"rows": 2, "primary_key": "id", "fields": {"id": {"kind": "sequence"}}},
...     "b": {"rows": 3, "fields": {"a_id": {"ref": "a.id"}}}}})
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> pl.DataFrame({"id": [1, 2]}).write_parquet(folder / "a.parquet")
>>> pl.DataFrame({"a_id": [1, 2, 3]}).write_parquet(folder / "b.parquet")
>>> report = check_files(spec, folder)
>>> report.ok, [(r.constraint, r.violations) for r in report.results if r.violations]
(False, [('foreign key (a_id) -> a (id)', 1)])
"""

from lookalike.check.database import check_database
from lookalike.check.files import check_files
from lookalike.check.rules import CheckReport, Constraint, Result, constraints, integrity_lines

__all__ = [
    "CheckReport",
    "Constraint",
    "Result",
    "check_database",
    "check_files",
    "constraints",
    "integrity_lines",
]
