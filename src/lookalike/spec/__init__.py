"""The spec: a declarative, serialisable description of the data to generate.

Pure data (pydantic models). It imports nothing else of lookalike but errors.
"""

from lookalike.spec.builder import SpecBuilder
from lookalike.spec.fields import (
    KIND_NAMES,
    BooleanField,
    ChoiceField,
    ConstantField,
    DateField,
    DatetimeField,
    DecimalField,
    DerivedField,
    FieldBase,
    FieldSpec,
    FloatField,
    IntegerField,
    PatternField,
    SequenceField,
    TextField,
    TimeField,
    UuidField,
)
from lookalike.spec.loading import json_schema, load_spec, parse_spec, spec_from_dict
from lookalike.spec.models import MAX_ROWS, Dataset, Table

__all__ = [
    "KIND_NAMES",
    "MAX_ROWS",
    "BooleanField",
    "ChoiceField",
    "ConstantField",
    "Dataset",
    "DateField",
    "DatetimeField",
    "DecimalField",
    "DerivedField",
    "FieldBase",
    "FieldSpec",
    "FloatField",
    "IntegerField",
    "PatternField",
    "SequenceField",
    "SpecBuilder",
    "Table",
    "TextField",
    "TimeField",
    "UuidField",
    "json_schema",
    "load_spec",
    "parse_spec",
    "spec_from_dict",
]
