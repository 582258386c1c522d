"""The desk's connection state, shown at all times in the status bar."""

from __future__ import annotations

import enum
from dataclasses import dataclass

CACHE_PROBLEM = "cannot write the local cache"
"""How ``ConnectionState.detail`` starts when the cache refused a write (e.g. disk full)."""


class Link(enum.Enum):
    CONNECTING = "connecting"
    SYNCING = "syncing"
    ONLINE = "online"
    RECONNECTING = "reconnecting"
    OFFLINE = "offline"
    SIGNED_OUT = "signed_out"


@dataclass(frozen=True)
class ConnectionState:
    """``retry_at`` is the monotonic time of the next attempt while reconnecting;
    ``queued`` counts changes waiting in the outbox; ``detail`` says why, for people."""

    link: Link
    queued: int = 0
    retry_at: float | None = None
    detail: str = ""
    cursor: int = 0
