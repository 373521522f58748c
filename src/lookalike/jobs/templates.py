"""Custom templates in the store: a key's own specs, saved under names of its choosing.

>>> import tempfile
>>> from lookalike.jobs.store import JobStore
>>> store = JobStore(f"sqlite:///{tempfile.mkdtemp()}/s.db")
>>> store.save_template("k", "mine", None, {"tables": {}}), store.list_templates("k")
(True, [('mine', None)])
"""

from __future__ import annotations

import json
import time
from typing import Any

import sqlalchemy as sa

from lookalike.jobs.database import Database
from lookalike.jobs.schema import templates


class SavedTemplates(Database):
    """Saving, reading, listing and deleting a key's templates."""

    def save_template(
        self, owner: str, name: str, description: str | None, spec: dict[str, Any]
    ) -> bool:
        """Store a template; False when ``owner`` already has one of that name."""
        try:
            with self.write() as connection:
                connection.execute(
                    templates.insert().values(
                        owner=owner,
                        name=name,
                        description=description,
                        spec=json.dumps(spec),
                        created_at=time.time(),
                    )
                )
        except sa.exc.IntegrityError:
            return False
        return True

    def get_template(self, owner: str, name: str) -> tuple[str | None, dict[str, Any]] | None:
        """(description, spec dict) of ``owner``'s template, or None."""
        query = templates.select().where(templates.c.owner == owner, templates.c.name == name)
        with self.engine.connect() as connection:
            row = connection.execute(query).first()
        return (row.description, json.loads(row.spec)) if row is not None else None

    def list_templates(self, owner: str) -> list[tuple[str, str | None]]:
        """(name, description) of ``owner``'s templates."""
        query = (
            sa.select(templates.c.name, templates.c.description)
            .where(templates.c.owner == owner)
            .order_by(templates.c.name)
        )
        with self.engine.connect() as connection:
            return [(r.name, r.description) for r in connection.execute(query)]

    def delete_template(self, owner: str, name: str) -> bool:
        """Delete ``owner``'s template; False when there was none."""
        query = templates.delete().where(templates.c.owner == owner, templates.c.name == name)
        with self.write() as connection:
            return connection.execute(query).rowcount == 1
