"""Table order for loading: parents before children, cycles broken through nullable keys.

Generating files needs no order at all (any parent value is recomputed from
the plan), but a database with enforced foreign keys does. A cycle such as
``stores.manager_id -> staff`` and ``staff.store_id -> stores`` is broken by
deferring one nullable key: its table is loaded with that column empty and the
column is filled once every table is in. A cycle without a nullable key is
refused, naming it.

>>> edges = [Edge("stores", "staff", "stores.manager_id", True),
...          Edge("staff", "stores", "staff.store_id", False)]
>>> order, deferred = load_order(["stores", "staff"], edges)
>>> order, [e.label for e in deferred]
(('stores', 'staff'), ['stores.manager_id'])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lookalike.errors import SpecError


@dataclass(frozen=True)
class Edge:
    """``child`` needs rows of ``parent`` first (a foreign key or rows per parent)."""

    child: str
    parent: str
    label: str  # e.g. "orders.customer_id", named in errors
    breakable: bool  # the key may be null, so it can be filled in a second pass


def _find_cycle(tables: Sequence[str], edges: Sequence[Edge]) -> list[Edge] | None:
    """One cycle among ``edges`` (self-references excluded), or None."""
    outgoing: dict[str, list[Edge]] = {t: [] for t in tables}
    for edge in edges:
        if edge.child != edge.parent:
            outgoing[edge.child].append(edge)
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[Edge] = []

    def visit(table: str) -> list[Edge] | None:
        state[table] = 1
        for edge in outgoing[table]:
            if state.get(edge.parent) == 1:
                start = next((i for i, e in enumerate(path) if e.child == edge.parent), len(path))
                return [*path[start:], edge]
            if edge.parent not in state:
                path.append(edge)
                found = visit(edge.parent)
                if found:
                    return found
                path.pop()
        state[table] = 2
        return None

    for table in tables:
        if table not in state:
            found = visit(table)
            if found:
                return found
    return None


def load_order(tables: Sequence[str], edges: Sequence[Edge]) -> tuple[tuple[str, ...], list[Edge]]:
    """Tables parents-first, and the edges deferred to break cycles."""
    active = list(edges)
    deferred: list[Edge] = []
    while (cycle := _find_cycle(tables, active)) is not None:
        breakable = [edge for edge in cycle if edge.breakable]
        if not breakable:
            names = ", ".join(f"{e.label} -> {e.parent}" for e in cycle)
            raise SpecError(
                f"tables reference each other in a cycle ({names}) and no key in it may be "
                "null; make one of these references nullable (nullable: true) so it can be "
                "filled in a second pass",
                path="tables",
            )
        deferred.append(breakable[0])
        active.remove(breakable[0])
    # Kahn's algorithm, keeping the spec's order among tables that are ready together.
    parents = {t: {e.parent for e in active if e.child == t and e.parent != t} for t in tables}
    order: list[str] = []
    while len(order) < len(tables):
        ready = [t for t in tables if t not in order and not parents[t] - set(order)]
        order.extend(ready)
    return tuple(order), deferred
