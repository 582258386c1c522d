"""The measures part of workforce management registering with the house: no synced kind
(figures are computed on request), its REST routes, and the KPI indexes on the metadata."""

from __future__ import annotations

from server.core.registry import Domain
from server.workforce.measures import tables as _tables
from server.workforce.measures.routes import router

DOMAIN = Domain(name="measures", routers=(router,))
_ = _tables  # importing the domain declares the KPI indexes on the shared metadata
