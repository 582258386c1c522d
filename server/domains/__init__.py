"""Domains: one package per area of the business, each registering itself with the house
through one :class:`server.core.registry.Domain` value in its ``domain.py``.

A domain owns its tables (``tables.py``), its row→entity mappers (``entities.py``), the
rows of each of its kinds a snapshot sends, its mutation and command handlers and its REST
routers. Domains never import one another (an import-linter contract); what they share
lives in ``server.core``. How to add one: ``server/domains/README.md``.
"""
