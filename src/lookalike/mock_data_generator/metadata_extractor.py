"""Metadata classes of the PII mock-data generator: fields, entities, relationships, templates.

The JSON a :class:`MetadataTemplate` saves is the tool's own format; lookalike
reads it anywhere a spec is expected (:mod:`lookalike.extract.template`).

>>> template = MetadataTemplate(source="hr", source_type="rest_api")
>>> template.add_relationship(Relationship("employees.teamId", "teams.id"))
>>> template.to_dict()["relationships"]
[{'from_field': 'employees.teamId', 'to_field': 'teams.id'}]
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class FieldMetadata:
    """One field of an entity."""

    name: str
    type: str
    pii: bool = False
    primary_key: bool = False
    foreign_key: str | None = None
    faker_method: str | None = None
    faker_args: dict[str, Any] | None = None


@dataclass
class EntityMetadata:
    """One entity (an endpoint or a table) and how many rows to generate for it."""

    name: str
    api_endpoint: str | None = None
    table_name: str | None = None
    bronze_table: str | None = None
    row_count: int = 100
    fields: list[FieldMetadata] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.fields is None:  # the tool's own default was None
            self.fields = []


@dataclass
class Relationship:
    """A foreign key: ``from_field`` (``employees.teamId``) holds ``to_field`` (``teams.id``)."""

    from_field: str
    to_field: str


class MetadataTemplate:
    """Container for a source's metadata: entities and the relationships between them."""

    def __init__(
        self,
        source: str,
        source_type: str,
        base_url: str | None = None,
        database_name: str | None = None,
    ) -> None:
        self.source = source
        self.source_type = source_type
        self.base_url = base_url
        self.database_name = database_name
        self.entities: list[EntityMetadata] = []
        self.relationships: list[Relationship] = []

    def add_entity(self, entity: EntityMetadata) -> None:
        """Add an entity to the template."""
        self.entities.append(entity)

    def add_relationship(self, relationship: Relationship) -> None:
        """Add a foreign-key relationship."""
        self.relationships.append(relationship)

    def to_dict(self) -> dict[str, Any]:
        """The template as JSON-ready data."""
        return {
            "source": self.source,
            "source_type": self.source_type,
            "base_url": self.base_url,
            "database_name": self.database_name,
            "entities": [asdict(e) for e in self.entities],
            "relationships": [asdict(r) for r in self.relationships],
        }

    def save(self, file_path: str | Path) -> None:
        """Save the template to a JSON file."""
        Path(file_path).write_text(json.dumps(self.to_dict(), indent=2) + "\n", encoding="utf-8")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MetadataTemplate:
        """A template from its JSON data."""
        template = cls(
            str(data.get("source", "")),
            str(data.get("source_type", "")),
            data.get("base_url"),
            data.get("database_name"),
        )
        for entity in data.get("entities") or []:
            fields = [FieldMetadata(**f) for f in entity.get("fields") or []]
            template.add_entity(EntityMetadata(**{**entity, "fields": fields}))
        for rel in data.get("relationships") or []:
            template.add_relationship(Relationship(rel["from_field"], rel["to_field"]))
        return template

    @classmethod
    def load(cls, file_path: str | Path) -> MetadataTemplate:
        """Load a template from a JSON file."""
        return cls.from_dict(json.loads(Path(file_path).read_text(encoding="utf-8")))


class RestApiExtractor:
    """Extract entity metadata from a REST API by sampling its responses."""

    def __init__(self, base_url: str, api_token: str) -> None:
        self.base_url = base_url
        self._token = api_token

    def __repr__(self) -> str:  # never the token
        return f"RestApiExtractor(base_url={self.base_url!r}, api_token=***)"

    def extract_entity(
        self,
        endpoint: str,
        entity_name: str,
        bronze_table: str,
        row_count: int = 100,
        query_params: dict[str, Any] | None = None,
    ) -> EntityMetadata:
        """Sample ``endpoint`` and describe its records as an entity."""
        from lookalike.extract.records import clean_name
        from lookalike.extract.rest import Auth, extract_rest
        from lookalike.extract.template import spec_to_template

        query = {k: str(v) for k, v in (query_params or {}).items()}
        result = extract_rest(
            self.base_url,
            [f"{endpoint}={entity_name}"],
            auth=Auth.from_secret(self._token),
            query=query,
        )
        template = spec_to_template(result.spec, source_type="rest_api", base_url=self.base_url)
        entity = next(e for e in template["entities"] if e["name"] == clean_name(entity_name))
        fields = [FieldMetadata(**f) for f in entity["fields"]]
        return EntityMetadata(
            name=entity_name,
            api_endpoint=endpoint,
            bronze_table=bronze_table,
            row_count=row_count,
            fields=fields,
        )
