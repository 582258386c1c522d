"""A canned reply as the desk reads it from its cache (the contract between the store's
``CannedReads`` and the reply box's picker)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

CannedScope = Literal["shared", "personal"]


@dataclass(frozen=True)
class CannedReply:
    """One canned reply with its language variants.

    ``scope`` is ``shared`` (managed by supervisors as files, for one queue or, with
    ``queue_id`` None, for everyone) or ``personal`` (created by ``owner_id`` in the desk,
    seen by nobody else). ``variants`` maps a language tag (``en``, ``fi``, ``zh-Hans``,
    ``zh-Hant``) to the body, a template with ``{customer.first_name}``-style variables and
    ``{{fill:order number}}`` fill-ins.
    """

    id: int
    scope: CannedScope
    shortcut: str
    title: str
    variants: Mapping[str, str] = field(default_factory=dict)
    queue_id: int | None = None
    owner_id: int | None = None
    updated_at: float = 0.0
