"""The customer 360's registration: its routers (profile, export, erase). It registers
like a domain but lives above the domains, because it composes them."""

from __future__ import annotations

from server.core.registry import Domain

DOMAIN = Domain(name="customer360", routers=())
