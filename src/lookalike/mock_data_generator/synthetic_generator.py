"""``SyntheticDataGenerator``: the mock-data generator's generation API on lookalike's engine.

The template becomes a spec (:func:`lookalike.extract.template.template_to_spec`),
is planned once (foreign keys ordered, cycles refused), and every entity is
generated as Arrow columns by the engine; records are made only at the end,
because this API hands back lists of dicts. Errors are the tool's: a
relationship to a missing entity names it, and a cycle without a nullable key
says ``Circular dependency detected`` and names the cycle.
"""

from __future__ import annotations

import json
from typing import Any

from lookalike.errors import SpecError
from lookalike.mock_data_generator.metadata_extractor import MetadataTemplate


class SyntheticDataGenerator:
    """Generate synthetic data for every entity of a template, keys intact."""

    def __init__(self, template: MetadataTemplate, seed: int | None = None) -> None:
        self.template = template
        self.seed = seed
        self._data: dict[str, list[dict[str, Any]]] = {}

    def _plan(self) -> tuple[Any, Any]:
        from lookalike.api import resolve
        from lookalike.extract.template import template_to_spec
        from lookalike.spec import spec_from_dict

        try:
            spec = spec_from_dict(template_to_spec(self.template.to_dict()))
            return spec, resolve(spec, seed=self.seed)
        except SpecError as exc:
            if "cycle" in exc.message:
                raise ValueError(f"Circular dependency detected: {exc.message}") from exc
            raise

    def generate_all(self) -> dict[str, list[dict[str, Any]]]:
        """Generate every entity, parents first; entity name -> records."""
        from lookalike.pipeline import collect_table

        spec, plan = self._plan()
        self.seed = plan.seed
        order = _dependency_order(spec, list(plan.tables))
        data: dict[str, list[dict[str, Any]]] = {}
        for name in order:
            rows = plan.tables[name].rows
            print(f"Generating {rows} records for {name}...")
            data[name] = collect_table(plan, name).to_pylist()
            print(f"  ✓ Generated {len(data[name])} records")
        self._data = data
        return data

    def get_entity_data(self, entity_name: str) -> list[dict[str, Any]]:
        """The records generated for one entity."""
        if entity_name not in self._data:
            known = ", ".join(self._data) or "none yet (call generate_all first)"
            raise KeyError(f"no data for entity {entity_name!r}; generated: {known}")
        return self._data[entity_name]

    def get_summary(self) -> dict[str, int]:
        """Records per entity."""
        return {name: len(rows) for name, rows in self._data.items()}

    def export_to_json(self) -> str:
        """All data as a JSON string (dates and decimals as text)."""
        return json.dumps(self._data, indent=2, default=str)

    def export_to_dict(self) -> dict[str, list[dict[str, Any]]]:
        """All data as a dictionary of record lists."""
        return dict(self._data)


def _dependency_order(spec: Any, names: list[str]) -> list[str]:
    """Tables with their referenced tables first (the plan's order breaks ties)."""
    from lookalike.spec import ReferenceField

    parents: dict[str, set[str]] = {name: set() for name in names}
    for name in names:
        table = spec.tables[name]
        for field in table.fields.values():
            if isinstance(field, ReferenceField) and field.parent_table != name:
                parents[name].add(field.parent_table)
        rows = table.rows
        if not isinstance(rows, int):
            parents[name].add(rows.per)
    order: list[str] = []
    while len(order) < len(names):
        ready = [n for n in names if n not in order and parents[n] <= set(order)]
        if not ready:  # a cycle the plan broke through a nullable key
            ready = [next(n for n in names if n not in order)]
        order.extend(ready[:1])
    return order
