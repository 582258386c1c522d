"""The measures part of workforce management registering with the house (filled by issue 11)."""

from __future__ import annotations

from server.core.registry import Domain

DOMAIN = Domain(name="measures")
