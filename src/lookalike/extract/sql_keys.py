"""Keys of an extracted database: NOT NULL cycles, links, composite keys.

The part of :mod:`lookalike.extract.sql` that decides how references and keys
are generated so that every key holds by construction: one reference of each
NOT NULL cycle is loaded in a second pass, two references to one parent get
links of their own, a junction table's other side is distinct per parent, and
a composite key gets a field unique on its own where nothing else makes it so.
"""

from __future__ import annotations

import re
from typing import Any

from lookalike.extract.naming import words_of
from lookalike.extract.reflect import Reflected
from lookalike.extract.sql_columns import BuilderBase, TableState, left_to_database
from lookalike.extract.types import family, string_length

#: Tables many others point at for a value (not an owner a child shares with its parent).
_ATTRIBUTES = ("address", "city", "country", "language", "location", "region", "categor",
               "currency", "genre", "type", "status", "lookup")  # fmt: skip
#: Days between one parent's consecutive dates in a history key.
HISTORY_STEP_DAYS = 90


class KeyRules(BuilderBase):
    """Cycle breaking, links and composite keys."""

    def _break_cycles(self, fks: dict[str, list[dict[str, Any]]]) -> None:
        """Mark one NOT NULL reference of each cycle of them as filled in a second pass.

        A store's manager is one of its staff, and every staff member works at a
        store: neither table can be loaded first. The reference chosen (from the
        smaller table) is written ``nullable: true`` with no nulls, so the plan
        breaks the cycle there and the load fills it once both tables are in,
        suspending that one foreign key where the column is NOT NULL.
        """
        nullable = {
            name: {c["name"] for c in t.source.columns if c.get("nullable", True)}
            for name, t in self.tables.items()
        }
        edges = [
            (name, str(fk["referred_table"]), tuple(fk["constrained_columns"]))
            for name, kept in fks.items()
            for fk in kept
            if fk["referred_table"] != name and not set(fk["constrained_columns"]) & nullable[name]
        ]
        while (cycle := _cycle(edges)) is not None:
            child, parent, cols = min(
                cycle, key=lambda e: (self.tables[e[0]].source.rows, e[0], e[2])
            )
            self.tables[child].second_pass.add(cols)
            edges.remove((child, parent, cols))
            others = ", ".join(f"{c}.{','.join(k)} -> {p}" for c, p, k in cycle)
            self.note(
                child,
                ", ".join(cols),
                f"NOT NULL references form a cycle ({others})",
                "written nullable with no nulls: loaded in a second pass, its foreign key "
                "suspended while the rows go in",
            )

    def _plan_keys(self, table: TableState, fks: list[dict[str, Any]]) -> None:
        """Decide links: the per-parent FK reads the parent row; other FKs get their own."""
        by_parent: dict[str, int] = {}
        for fk in fks:
            by_parent[fk["referred_table"]] = by_parent.get(fk["referred_table"], 0) + 1
        for fk in fks:
            cols = tuple(fk["constrained_columns"])
            parent = fk["referred_table"]
            if cols == table.per_columns:
                table.links[cols] = None
            elif by_parent[parent] > 1 or parent == table.per:
                table.links[cols] = "_".join(cols)
            else:
                table.links[cols] = None
        # A key made of the per-parent FK and another FK: that other side is distinct.
        if table.per is not None:
            for key in [table.source.primary_key, *table.source.unique]:
                if not key or not set(table.per_columns) <= set(key):
                    continue
                rest = set(key) - set(table.per_columns)
                for cols in list(table.links):
                    if cols != table.per_columns and set(cols) <= rest:
                        table.links[cols] = "distinct"

    def _composite_keys(
        self, table: TableState, fields: dict[str, dict[str, Any]], fk_of: dict[str, Any]
    ) -> None:
        """Make every composite key unique by construction."""
        source = table.source
        for key in [source.primary_key, *source.unique]:
            if len(key) < 2 or not all(c in fields for c in key):
                continue
            if any(
                fields[c].get("unique")
                or (fields[c].get("kind") == "sequence" and "per" not in fields[c])
                for c in key
            ):
                continue
            uuids = [c for c in key if fields[c].get("kind") == "uuid" and c not in fk_of]
            if uuids:
                fields[uuids[0]]["unique"] = True  # random UUIDs are unique by construction
                continue
            covered = table.per is not None and set(table.per_columns) <= set(key)
            rest = [c for c in key if c not in table.per_columns] if covered else list(key)
            if covered and any(fields[c].get("distinct") for c in rest):
                continue
            if covered:
                target = next((c for c in rest if c not in fk_of), None)
                if target is not None and family(self._type(source, target)) == "integer":
                    fields[target] = {"kind": "sequence", "per": table.per, "nullable": False}
                    continue
                dated = [c for c in rest if family(self._type(source, c)) in ("date", "datetime")]
                if dated and dated[0] not in fk_of:
                    self._history_key(table, fields, dated[0], key)
                    continue
            self._unique_member(table, fields, fk_of, key, rest)

    def _unique_member(
        self,
        table: TableState,
        fields: dict[str, dict[str, Any]],
        fk_of: dict[str, Any],
        key: list[str],
        rest: list[str],
    ) -> None:
        """Make one integer or text member of ``key`` unique on its own."""
        source = table.source
        target = next(
            (c for c in reversed(rest)
             if c not in fk_of and family(self._type(source, c)) in ("integer", "string")),
            None,
        )  # fmt: skip
        if target is None:
            self.note(
                source.name,
                None,
                f"composite key ({', '.join(key)}) of references only",
                "not guaranteed unique; give the table rows per parent",
            )
            return
        kind = family(self._type(source, target))
        if kind == "integer":
            fields[target] = {"kind": "sequence", "nullable": False}
        else:  # text: the candidates are integers or strings
            length = string_length(self._type(source, target)) or 12
            fields[target] = {
                "kind": "pattern",
                "pattern": "*" * min(length, 12),
                "unique": True,
                "nullable": False,
            }
        self.note(
            source.name,
            target,
            f"composite key ({', '.join(key)})",
            f"{target} made unique on its own so the combination never repeats",
        )

    def _diamonds(self, table: TableState, fks: dict[str, list[dict[str, Any]]]) -> None:
        """Two paths to one table (payment -> rental -> customer and payment ->
        customer): the direct reference is read through the other parent, so both
        reach the same row by construction."""
        source = table.source
        nullable = {c["name"] for c in source.columns if c.get("nullable", True)}
        keyed = {c for k in [source.primary_key, *source.unique] for c in k}
        single = [fk for fk in fks[source.name] if len(fk["constrained_columns"]) == 1]
        for via in single:
            (a,) = via["constrained_columns"]
            parent = str(via["referred_table"])
            if parent == source.name or a in nullable or parent not in fks:
                continue
            parent_nullable = {
                c["name"] for c in self.tables[parent].source.columns if c.get("nullable", True)
            }
            for up in fks[parent]:
                if len(up["constrained_columns"]) != 1 or up["referred_table"] == parent:
                    continue
                if not self._owns(parent, str(up["referred_table"])):
                    continue
                (p,) = up["constrained_columns"]
                if p in parent_nullable or (p,) in self.tables[parent].second_pass:
                    continue
                for direct in single:
                    (b,) = direct["constrained_columns"]
                    same = (direct["referred_table"], list(direct["referred_columns"])) == (
                        up["referred_table"], list(up["referred_columns"]),
                    )  # fmt: skip
                    free = b != a and b not in keyed and (b,) not in table.second_pass
                    if same and free and b not in table.per_columns and b not in table.through:
                        link = table.links.get((a,))
                        table.through[b] = (parent, p, link if link != "distinct" else None)
                        self.note(source.name, b, f"reaches {up['referred_table']} directly and "
                                  f"through {parent}", f"read through {parent}.{p}, so both "
                                  "paths agree")  # fmt: skip

    def _owns(self, parent: str, grandparent: str) -> bool:
        """Whether ``parent`` rows belong to one ``grandparent`` row each in a way a
        child shares (a rental's customer), not an attribute many tables point at
        (an address, a country), nor a coarser table read through a finer one."""
        if any(w.startswith(_ATTRIBUTES) for w in words_of(grandparent).split()):
            return False
        rows = self.tables[parent].source.rows, self.tables[grandparent].source.rows
        return not (rows[0] > 0 and rows[1] > 0 and rows[0] < rows[1])

    def _history_key(
        self, table: TableState, fields: dict[str, dict[str, Any]], column: str, key: list[str]
    ) -> None:
        """A key of a parent and a date (``(emp_no, from_date)``): each parent's dates
        step from one of its own dates by a per-parent number, so they never repeat."""
        assert table.per is not None
        kind = family(self._type(table.source, column))
        number = f"{column}_step"
        while number in fields:
            number += "_"
        parent = self.tables[table.per].source
        anchors = [
            c["name"] for c in parent.columns
            if not c.get("nullable", True) and family(c["type"]) in ("date", "datetime")
            and not left_to_database(parent, c)
        ]  # fmt: skip
        preferred = [a for a in anchors if re.search(r"(?i)hire|start|creat|join|open|sign", a)]
        if preferred or anchors:
            anchor = f"{table.per}.{(preferred or anchors)[0]}"
        else:
            anchor = "DATE '2015-01-01'" if kind == "date" else "TIMESTAMP '2015-01-01 00:00:00'"
        fields[number] = {"kind": "sequence", "per": table.per, "hidden": True}
        fields[column] = {
            "kind": "derived",
            "expr": f"{anchor} + {number} * INTERVAL '{HISTORY_STEP_DAYS} days'",
            "type": "date" if kind == "date" else "datetime",
            "nullable": False,
        }
        self.note(
            table.source.name,
            column,
            f"history key ({', '.join(key)})",
            f"each {table.per} row's dates step {HISTORY_STEP_DAYS} days from {anchor}, so they "
            "never repeat",
        )

    @staticmethod
    def _type(source: Reflected, name: str) -> Any:
        return next(c["type"] for c in source.columns if c["name"] == name)


def _cycle(
    edges: list[tuple[str, str, tuple[str, ...]]],
) -> list[tuple[str, str, tuple[str, ...]]] | None:
    """One cycle of (child, parent, columns) edges, or None.

    >>> _cycle([("store", "staff", ("m",)), ("staff", "store", ("s",)), ("a", "store", ("x",))])
    [('staff', 'store', ('s',)), ('store', 'staff', ('m',))]
    """
    outgoing: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
    for edge in edges:
        outgoing.setdefault(edge[0], []).append(edge)
    for start in sorted(outgoing):
        # Depth-first from ``start`` with an explicit stack of (path, next edges).
        stack = [([edge], edge[1]) for edge in reversed(outgoing[start])]
        seen: set[str] = set()
        while stack:
            path, table = stack.pop()
            if table == start:
                return path
            if table in seen:
                continue
            seen.add(table)
            stack += [([*path, edge], edge[1]) for edge in reversed(outgoing.get(table, []))]
    return None
