"""Relational generation: rows per parent, links to parent rows, table order and cycles."""
