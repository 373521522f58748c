"""Field kinds: the registry of vectorised column generators.

A kind is a function ``compile(field_spec, env) -> Column`` chosen by the field's
``kind`` tag. Each kind's module registers it when imported; the planner imports
the modules a spec's kinds need, and nothing more (:func:`compiler_for`).
"""

from lookalike.kinds.base import (
    KIND_MODULES,
    REGISTRY,
    BlockContext,
    Column,
    Env,
    compiler_for,
    load_all_kinds,
    register,
)
from lookalike.kinds.derived import Derived, compile_derived

__all__ = [
    "KIND_MODULES",
    "REGISTRY",
    "BlockContext",
    "Column",
    "Derived",
    "Env",
    "compile_derived",
    "compiler_for",
    "load_all_kinds",
    "register",
]
