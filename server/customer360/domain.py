"""The customer 360's registration: its routers (profile, merge, export, erase) and the
desk's customer ops (``customer.note``, ``customer.update``: they build the conversations
domain's customer entity and keep the customers domain's identities and search terms).
It registers like a domain but lives above the domains, because it composes them."""

from __future__ import annotations

from server.core.registry import Domain
from server.customer360 import customer_ops, merge_route, privacy_route, profile_route

DOMAIN = Domain(
    name="customer360",
    mutations={"customer.note": customer_ops.note, "customer.update": customer_ops.update},
    routers=(profile_route.router, merge_route.router, privacy_route.router),
)
