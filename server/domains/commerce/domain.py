"""The commerce domain's registration: no synced kind yet (the desk reads orders over
REST until a later session syncs them), only the import and read routes."""

from __future__ import annotations

from server.core.registry import Domain
from server.domains.commerce import router

DOMAIN = Domain(name="commerce", routers=(router.router,))
