"""Workforce reads (issue 11): shifts, swaps, time off, the centre's policy, and the KPI
report and adherence days the desk last fetched.

Rows keep each entity's JSON whole; the reads validate it back into the protocol model
(the cache was written from those very models, so this only rebuilds them). The models
are imported inside the methods, as the customer reads do, so building the reader (and
the desk's first paint) never waits for them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from protocol.kinds.workforce import ShiftData, SwapData, TimeOffData, WorkforcePolicyData

_MAX_SHIFTS = 20_000
"""At most this many shifts per read: a supervisor's month of 500 agents; a wider span
is a caller's mistake, cut rather than loading the whole cache into the page."""


def _marks(values: Collection[str]) -> tuple[str, tuple[str, ...]]:
    items = tuple(values)
    return ", ".join("?" for _ in items), items


class WorkforceReads:
    """Workforce reads; needs ``self.conn`` (the reader's connection)."""

    conn: sqlite3.Connection

    def shifts(self, agent_id: int, start: float, end: float) -> list[ShiftData]:
        """The agent's shifts overlapping ``[start, end)``, by start time."""
        from protocol.kinds.workforce import ShiftData

        rows = self.conn.execute(
            'SELECT json FROM shifts WHERE agent_id = ? AND start < ? AND "end" > ?'
            " ORDER BY start, id LIMIT ?",
            (agent_id, end, start, _MAX_SHIFTS),
        ).fetchall()
        return [ShiftData.model_validate_json(row[0]) for row in rows]

    def all_shifts(self, start: float, end: float) -> list[ShiftData]:
        """Every cached shift overlapping ``[start, end)`` (a supervisor's cache holds the
        whole centre's), by start time then agent."""
        from protocol.kinds.workforce import ShiftData

        # A shift lasts at most 16 hours: bounding start on both sides keeps the index.
        rows = self.conn.execute(
            'SELECT json FROM shifts WHERE start < ? AND start > ? AND "end" > ?'
            " ORDER BY start, agent_id, id LIMIT ?",
            (end, start - 86_400.0, start, _MAX_SHIFTS),
        ).fetchall()
        return [ShiftData.model_validate_json(row[0]) for row in rows]

    def shift(self, shift_id: int) -> ShiftData | None:
        """One shift by id, or ``None`` when the cache does not hold it."""
        from protocol.kinds.workforce import ShiftData

        row = self.conn.execute("SELECT json FROM shifts WHERE id = ?", (shift_id,)).fetchone()
        return None if row is None else ShiftData.model_validate_json(row[0])

    def swaps(self, states: Collection[str] | None = None) -> list[SwapData]:
        """The swaps the desk may see (in ``states`` when given), newest change first."""
        from protocol.kinds.workforce import SwapData

        sql = "SELECT json FROM swaps"
        params: tuple[object, ...] = ()
        if states is not None:
            marks, params = _marks(states)
            sql += f" WHERE state IN ({marks})"
        rows = self.conn.execute(sql + " ORDER BY updated_at DESC, id DESC", params).fetchall()
        return [SwapData.model_validate_json(row[0]) for row in rows]

    def time_offs(
        self, agent_id: int | None = None, states: Collection[str] | None = None
    ) -> list[TimeOffData]:
        """Time-off requests (of ``agent_id``, in ``states`` when given), by start time."""
        from protocol.kinds.workforce import TimeOffData

        where: list[str] = []
        params: list[object] = []
        if agent_id is not None:
            where.append("agent_id = ?")
            params.append(agent_id)
        if states is not None:
            marks, values = _marks(states)
            where.append(f"state IN ({marks})")
            params.extend(values)
        sql = "SELECT json FROM time_off"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self.conn.execute(sql + " ORDER BY start, id", params).fetchall()
        return [TimeOffData.model_validate_json(row[0]) for row in rows]

    def workforce_policy(self) -> WorkforcePolicyData:
        """The centre's rules; the defaults until the server has sent them."""
        from protocol.kinds.workforce import WorkforcePolicyData

        row = self.conn.execute("SELECT json FROM workforce_policy ORDER BY id LIMIT 1").fetchone()
        if row is None:
            return WorkforcePolicyData()
        return WorkforcePolicyData.model_validate_json(row[0])

    def kpi_report_json(self, agent_id: int) -> tuple[float, str] | None:
        """The agent's last fetched KPI report: (fetched_at, its JSON), or ``None``."""
        row = self.conn.execute(
            "SELECT fetched_at, json FROM kpi_reports WHERE agent_id = ?", (agent_id,)
        ).fetchone()
        return None if row is None else (float(row[0]), str(row[1]))

    def adherence_day_json(self, agent_id: int, day: str) -> tuple[float, str] | None:
        """The agent's last fetched adherence for ``day`` (ISO date): (fetched_at, its
        JSON), or ``None``."""
        row = self.conn.execute(
            "SELECT fetched_at, json FROM adherence_days WHERE agent_id = ? AND day = ?",
            (agent_id, day),
        ).fetchone()
        return None if row is None else (float(row[0]), str(row[1]))
