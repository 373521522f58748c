"""The PII mock-data generator's Python API, kept working on lookalike's engine.

Scripts written for that tool run unchanged but for their imports
(``from lookalike.mock_data_generator import ...``): :class:`RestApiExtractor`
samples an endpoint, :class:`MetadataTemplate` holds entities and relationships
and saves the same JSON, and :class:`SyntheticDataGenerator` generates every
entity with its keys intact, through lookalike's vectorised engine rather than
row by row.

>>> from lookalike.mock_data_generator import (
...     EntityMetadata, FieldMetadata, MetadataTemplate, SyntheticDataGenerator)
>>> template = MetadataTemplate(source="shop", source_type="sql")
>>> template.add_entity(EntityMetadata("customers", row_count=3, fields=[
...     FieldMetadata("id", "integer", primary_key=True),
...     FieldMetadata("email", "string", pii=True, faker_method="email")]))
>>> generator = SyntheticDataGenerator(template, seed=42)
>>> data = generator.generate_all()
Generating 3 records for customers...
  ✓ Generated 3 records
>>> generator.get_summary(), [row["id"] for row in generator.get_entity_data("customers")]
({'customers': 3}, [1, 2, 3])
"""

from lookalike.mock_data_generator.metadata_extractor import (
    EntityMetadata,
    FieldMetadata,
    MetadataTemplate,
    Relationship,
    RestApiExtractor,
)
from lookalike.mock_data_generator.synthetic_generator import SyntheticDataGenerator

__all__ = [
    "EntityMetadata",
    "FieldMetadata",
    "MetadataTemplate",
    "Relationship",
    "RestApiExtractor",
    "SyntheticDataGenerator",
]
