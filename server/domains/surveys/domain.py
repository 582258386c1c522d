"""The surveys domain's registration: no synced kind (answers travel inside the customer
profile) and no router of its own: customers answer through the intake API
(``server/channels/survey_route.py``), which owns the token check."""

from __future__ import annotations

from server.core.registry import Domain
from server.domains.surveys import tables as _tables

DOMAIN = Domain(name="surveys")
_ = _tables  # importing the domain puts survey_responses on the metadata
