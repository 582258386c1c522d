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


@dataclass(frozen=True)
class TeamMember:
    """An agent as a supervisor's team view shows them: ``state`` is "offline" and
    ``since`` ``None`` when the agent has never chosen a state (no presence row).
    ``name`` and ``reason`` are untrusted text."""

    agent_id: int
    name: str
    role: str
    state: str
    reason: str
    since: float | None
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

    def team(self) -> list[TeamMember]:
        """Every agent in the cache with their presence (Offline when they have none), in
        id order: the desk sorts for people. Only a supervisor's cache holds colleagues'
        presence; an agent's holds its own."""
        rows = self.conn.execute(
            "SELECT a.id, a.display_name, a.username, a.role, p.state, p.reason, p.since,"
            " p.requested, p.requested_reason"
            " FROM agents a LEFT JOIN presence p ON p.id = a.id ORDER BY a.id"
        ).fetchall()
        return [
            TeamMember(
                int(agent),
                str(display_name or username or ""),
                str(role or "agent"),
                str(state) if state else "offline",
                str(reason or ""),
                float(since) if since is not None else None,
                str(requested) if requested else None,
                str(requested_reason or ""),
            )
            for (
                agent,
                display_name,
                username,
                role,
                state,
                reason,
                since,
                requested,
                requested_reason,
            ) in rows
        ]
