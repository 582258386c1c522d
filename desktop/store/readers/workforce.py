"""Workforce reads (issue 11): shifts, swaps, time off, the centre's policy, and the KPI
report and adherence days the desk last fetched.

Rows keep each entity's JSON whole; the reads validate it back into the protocol model
(the cache was written from those very models, so this only rebuilds them). The models
are imported inside the methods, as the customer reads do, so building the reader (and
the desk's first paint) never waits for them.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from pydantic import BaseModel

    from protocol.kinds.workforce import ShiftData, SwapData, TimeOffData, WorkforcePolicyData

log = logging.getLogger(__name__)
M = TypeVar("M", bound="BaseModel")


def _parsed(model: type[M], rows: Iterable[tuple[object, ...]]) -> list[M]:
    """Each row's JSON as ``model``; a row this desk cannot read (written by another
    version, or damaged) is skipped and logged, so one bad row never blanks the page."""
    from pydantic import ValidationError

    found: list[M] = []
    for row in rows:
        try:
            found.append(model.model_validate_json(str(row[0])))
        except ValidationError:
            log.warning("skipped an unreadable cached workforce row")
    return found


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
        return _parsed(ShiftData, rows)

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
        return _parsed(ShiftData, rows)

    def shift(self, shift_id: int) -> ShiftData | None:
        """One shift by id, or ``None`` when the cache does not hold it."""
        from protocol.kinds.workforce import ShiftData

        rows = self.conn.execute("SELECT json FROM shifts WHERE id = ?", (shift_id,)).fetchall()
        found = _parsed(ShiftData, rows)
        return found[0] if found else None

    def swaps(self, states: Collection[str] | None = None) -> list[SwapData]:
        """The swaps the desk may see (in ``states`` when given), newest change first."""
        from protocol.kinds.workforce import SwapData

        sql = "SELECT json FROM swaps"
        params: tuple[object, ...] = ()
        if states is not None:
            marks, params = _marks(states)
            sql += f" WHERE state IN ({marks})"
        rows = self.conn.execute(sql + " ORDER BY updated_at DESC, id DESC", params).fetchall()
        return _parsed(SwapData, rows)

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
        return _parsed(TimeOffData, rows)

    def workforce_policy(self) -> WorkforcePolicyData:
        """The centre's rules; the defaults until the server has sent them (or when the
        cached row does not read)."""
        from protocol.kinds.workforce import WorkforcePolicyData

        rows = self.conn.execute("SELECT json FROM workforce_policy ORDER BY id LIMIT 1").fetchall()
        found = _parsed(WorkforcePolicyData, rows)
        return found[0] if found else WorkforcePolicyData()

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
