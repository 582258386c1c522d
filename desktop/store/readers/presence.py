"""Presence reads: an agent's synced presence (the shell's presence control shows the
desk's own agent; a supervisor's cache holds every agent's)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Presence:
    """One agent's presence as the cache last heard it (``reason`` is untrusted text)."""

    agent_id: int
    state: str
    reason: str
    since: float
    requested: str | None
    requested_reason: str


class PresenceReads:
    """Presence reads; needs ``self.conn`` (the reader's connection)."""

    conn: sqlite3.Connection

    def presence(self, agent_id: int) -> Presence | None:
        """The agent's presence, or ``None`` before the server has sent it."""
        row = self.conn.execute(
            "SELECT id, state, reason, since, requested, requested_reason FROM presence"
            " WHERE id = ?",
            (agent_id,),
        ).fetchone()
        if row is None:
            return None
        agent, state, reason, since, requested, requested_reason = row
        return Presence(
            int(agent),
            str(state),
            str(reason or ""),
            float(since),
            str(requested) if requested else None,
            str(requested_reason or ""),
        )
