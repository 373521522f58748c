"""What an extraction from an API, a document or files returns: the spec and its report.

Problems are collected, never raised one at a time: each names its path in the
source (``GET /employee.salary``, ``components.schemas.Pet.properties.tags``)
and what was done instead. References found by value overlap carry the share of
sampled values that resolved.

>>> result = SourceExtraction({"tables": {}}, (Problem("a.b", "odd"),),
...                           (FoundReference("e.teamId", "teams.id", 0.98, 50),))
>>> print(result.report_lines()[0])
reference e.teamId -> teams.id: 98% of 50 sampled values resolve
>>> str(result.problems[0])
'a.b: odd'
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Problem:
    """Something a source held that extraction could not carry over, and what it did."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class FoundReference:
    """A reference found between two tables, with the share of values that resolved."""

    child: str  # table.column
    parent: str  # table.column
    resolved: float
    checked: int
    by: str = "values"  # "values" (overlap), "name", "schema" ($ref), "nesting"

    def __str__(self) -> str:
        if self.by == "values":
            how = f"{self.resolved:.0%} of {self.checked:,} sampled values resolve"
        else:
            how = {"name": "by name", "schema": "by $ref", "nesting": "nested in the parent"}[
                self.by
            ]
        return f"reference {self.child} -> {self.parent}: {how}"


@dataclass(frozen=True)
class SourceExtraction:
    """The extracted spec (plain data) with its problems and the references found."""

    spec: dict[str, Any]
    problems: tuple[Problem, ...] = ()
    references: tuple[FoundReference, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def report_lines(self) -> list[str]:
        """Every reference, note and problem, one line each."""
        return (
            [str(r) for r in self.references]
            + list(self.notes)
            + [f"problem: {p}" for p in self.problems]
        )

    def report(self) -> dict[str, Any]:
        """The report as JSON-ready data (the service returns this)."""
        return {
            "tables": len(self.spec.get("tables", {})),
            "references": [
                {
                    "from": r.child,
                    "to": r.parent,
                    "resolved": round(r.resolved, 4),
                    "checked": r.checked,
                    "by": r.by,
                }
                for r in self.references
            ],
            "notes": list(self.notes),
            "problems": [{"path": p.path, "message": p.message} for p in self.problems],
        }

    def to_yaml(self) -> str:
        """The spec as YAML, the report as comments at the top."""
        import yaml

        lines = self.report_lines()
        head = "".join(f"# {line}\n" for line in lines)
        if head:
            head = "# Extraction report:\n" + head
        return head + yaml.safe_dump(self.spec, sort_keys=False, allow_unicode=True, width=100)

    def to_json(self) -> str:
        """The spec as JSON (no report: JSON has no comments)."""
        return json.dumps(self.spec, indent=2, ensure_ascii=False, default=str) + "\n"
