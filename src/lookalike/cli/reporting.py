"""What a finished run tells its user: one summary line on stderr, and an optional report file.

On a terminal or not, a run ends with one line saying what was written (or
loaded), how fast, and how to repeat it; ``-q`` silences it, and ``--report
FILE`` writes the same facts as JSON for scripts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lookalike.cli.errors import stderr


@dataclass
class RunReport:
    """The facts of one run."""

    seed: int
    reference_time: str
    seconds: float
    rows: dict[str, int]
    files: dict[str, list[str]] = field(default_factory=dict)
    estimated_bytes: int | None = None
    repeat: str | None = None  # the options that repeat the run, when it was not pinned

    @property
    def total_rows(self) -> int:
        """Rows across every table."""
        return sum(self.rows.values())

    def as_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return {
            "seed": self.seed,
            "reference_time": self.reference_time,
            "seconds": round(self.seconds, 3),
            "rows": self.rows,
            "total_rows": self.total_rows,
            "files": self.files,
            "estimated_bytes": self.estimated_bytes,
            "repeat": self.repeat,
        }


def tell(report: RunReport, *, verb: str, where: str, quiet: bool, to: Path | None) -> None:
    """Print the summary (unless ``quiet``) and write the report file (when asked)."""
    if to is not None:
        to.write_text(json.dumps(report.as_dict(), indent=2) + "\n")
    if quiet:
        return
    if report.repeat:
        stderr.print(f"seed {report.seed}, reference time {report.reference_time[:10]} "
                     f"(pass {report.repeat} to repeat this run)")  # fmt: skip
    speed = report.total_rows / report.seconds if report.seconds > 0 else 0
    stderr.print(
        f"[green]{verb}[/] {report.total_rows:,} rows {where} in {report.seconds:.2f} s "
        f"({speed:,.0f} rows/s), seed {report.seed}"
    )
