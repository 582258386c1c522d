"""The desk's registry of store declarations: one :class:`StoreKind` per replicated kind.

Each domain declares its kinds in its own module here (``conversations``, ``knowledge``);
:data:`STORE_KINDS` lists them all and ``desktop/store/apply.py`` is driven by it, so a new
kind of synced data is one declaration in its domain's module plus a line in the tuple
below. ``tests/desktop/test_kinds_declared.py`` fails when a kind of
:data:`protocol.entities.ENTITY_KINDS` has no declaration, or a declaration names a kind
the protocol does not know.
"""

from __future__ import annotations

from desktop.store.kinds import (
    calls,
    canned,
    complaints,
    conversations,
    knowledge,
    presence,
    routing,
    workforce,
)
from desktop.store.kinds.base import StoreKind

STORE_KINDS: tuple[StoreKind, ...] = (
    *conversations.KINDS,
    *knowledge.KINDS,
    *presence.KINDS,
    *calls.KINDS,
    *routing.KINDS,
    *canned.KINDS,
    *complaints.KINDS,
    *workforce.KINDS,
)
"""Every declaration, in the order a batch writes them (parents before children)."""
STORE_KIND_BY_NAME: dict[str, StoreKind] = {k.kind: k for k in STORE_KINDS}

__all__ = ["STORE_KINDS", "STORE_KIND_BY_NAME", "StoreKind"]
