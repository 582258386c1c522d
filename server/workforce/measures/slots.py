"""KPI sums per agent and 15-minute slot (``kpi_slots``), kept up to date incrementally.

Why: recomputing the contact facts (:mod:`.facts`) is one indexed pass over the period's
contacts, fine for one agent's month (~750 contacts) but about 40 s for a centre's month
(1,000 agents, 750,000 contacts) on a 2-core machine, because every contact costs a few
random B-tree lookups (its conversation, the customer's earlier conversations, its
surveys, other handlings). So the sums are stored per agent and slot and only the slots
whose inputs changed are recomputed, with the very same facts SQL (one definition).

**Slots** are 15 minutes of UTC (``slot = floor(t / 900)``): every time zone's offset and
DST change falls on a quarter hour, so any local day (23, 24 or 25 hours) is exactly a run
of whole slots, in every zone a request may name.

**Dirty marks** (``kpi_dirty``: agent, first and last slot) are written by SQLite
triggers (revision 0016) in the same transaction as the change they follow, so no writer
anywhere (ACD, intake, surveys, merges, tests' direct SQL) can forget one: an offer done
or changed, another handling of its conversation accepted, the conversation's status or
customer changed, a survey answered, a presence stretch closed. :func:`refresh` (run
before every read, under the write gate) recomputes the marked ranges and deletes the
marks. The agent's stretch still open (``end`` NULL) is never stored: readers add it
live.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from server.domains.presence.tables import presence, presence_log
from server.workforce.measures.facts import Totals, facts_sql
from server.workforce.measures.tables import kpi_dirty, kpi_slots

SLOT = 900.0
OCCUPIED_STATES = ("available", "busy", "acw")
"""Occupancy's denominator: time available plus time on contacts (busy, after-call work)."""
SUM_COLUMNS = tuple(Totals.__dataclass_fields__)

_BY_SLOT = """
SELECT {slot} AS slot, COUNT(*) AS handled,
  SUM(f.handle) AS handle, SUM({transferred}) AS transferred, SUM({fcr}) AS fcr,
  SUM({repeat}) AS repeats,
  COUNT(f.csat) AS csat_n, SUM({csat_good}) AS csat_good,
  COUNT(f.nps) AS nps_n, SUM({promoter}) - SUM({detractor}) AS nps_net,
  COUNT(f.ces) AS ces_n, SUM(f.ces) AS ces_sum
FROM f
GROUP BY 1
"""


def _one_if(condition: str) -> str:
    """1 where ``condition`` holds, else 0: SQLite sums comparisons as 0/1, PostgreSQL
    has booleans that do not sum (a NULL operand counts 0, as SQLite's SUM skips it)."""
    return f"CASE WHEN {condition} THEN 1 ELSE 0 END"


def slot_sql(column: str, dialect: str) -> str:
    """The slot of time ``column`` in SQL: truncated like :func:`slot_of` (SQLite's CAST
    truncates, PostgreSQL's rounds to nearest, so it truncates first)."""
    if dialect == "postgresql":
        return f"CAST(trunc({column} / 900) AS INTEGER)"
    return f"CAST({column} / 900 AS INTEGER)"


def _by_slot(dialect: str) -> str:
    return _BY_SLOT.format(
        slot=slot_sql("f.ended_at", dialect),
        transferred=_one_if("f.transferred"),
        fcr=_one_if("f.fcr"),
        repeat=_one_if("f.repeat"),
        csat_good=_one_if("f.csat >= 4"),
        promoter=_one_if("f.nps >= 9"),
        detractor=_one_if("f.nps <= 6"),
    )


def slot_of(at: float) -> int:
    return int(at // SLOT)


async def _occupied(conn: AsyncConnection, agent_id: int, low: int, high: int) -> dict[int, float]:
    """Seconds of closed occupied stretches in each slot of ``[low, high]``."""
    log = presence_log.c
    start, end = low * SLOT, (high + 1) * SLOT
    rows = await conn.execute(
        sa.select(log.start, log.end).where(
            log.agent_id == agent_id,
            log.state.in_(OCCUPIED_STATES),
            log.end.is_not(None),
            log.start < end,
            log.end > start,
        )
    )
    out: dict[int, float] = defaultdict(float)
    for r in rows:
        begin, finish = max(float(r.start), start), min(float(r.end), end)
        slot = slot_of(begin)
        while begin < finish:
            edge = min(finish, (slot + 1) * SLOT)
            out[slot] += edge - begin
            begin, slot = edge, slot + 1
    return out


async def _recompute(conn: AsyncConnection, agent_id: int, low: int, high: int) -> None:
    sql, params = facts_sql(low * SLOT, (high + 1) * SLOT, agent_id)
    query = sa.text(sql + _by_slot(conn.dialect.name))
    sums = {int(r.slot): r for r in await conn.execute(query, params)}
    busy = await _occupied(conn, agent_id, low, high)
    s = kpi_slots.c
    await conn.execute(
        kpi_slots.delete().where(s.agent_id == agent_id, s.slot >= low, s.slot <= high)
    )
    rows: list[dict[str, Any]] = []
    for slot in sorted(set(sums) | set(busy)):
        r = sums.get(slot)
        row: dict[str, Any] = {"agent_id": agent_id, "slot": slot, "occupied": busy.get(slot, 0.0)}
        for name in SUM_COLUMNS:
            row[name] = 0 if r is None else (getattr(r, name) or 0)
        rows.append(row)
    if rows:
        await conn.execute(sa.insert(kpi_slots), rows)


async def refresh(conn: AsyncConnection, agent_id: int | None = None) -> int:
    """Recompute the marked ranges (merged per agent; only ``agent_id``'s when given, so
    a request holds the write gate for one agent's work, not the centre's) and clear
    those marks; how many agents were refreshed. Run inside a write transaction."""
    d = kpi_dirty.c
    mine = sa.true() if agent_id is None else d.agent_id == agent_id
    top = (await conn.execute(sa.select(sa.func.max(d.id)).where(mine))).scalar()
    if top is None:
        return 0
    ranges = await conn.execute(
        sa.select(d.agent_id, sa.func.min(d.first_slot), sa.func.max(d.last_slot))
        .where(d.id <= top, mine)
        .group_by(d.agent_id)
    )
    marked = [(int(a), int(lo), int(hi)) for a, lo, hi in ranges]
    for agent, low, high in marked:
        await _recompute(conn, agent, low, high)
    await conn.execute(kpi_dirty.delete().where(d.id <= top, mine))
    return len(marked)


def day_of_slot_sql(bounds: Sequence[float]) -> str:
    """SQL numbering the day of ``s.slot`` for day edges ``bounds`` (whole slots): runs
    of days of one length (96 slots; 92 or 100 on a DST day) as integer arithmetic, so a
    month is one or a few ``WHEN`` instead of thirty comparisons per row."""
    edges = [slot_of(edge) for edge in bounds]
    lengths = [after - before for before, after in itertools.pairwise(edges)]
    whens: list[str] = []
    first = 0
    for day, length in enumerate(lengths):
        if day == len(lengths) - 1 or lengths[day + 1] != length:
            offset = f"(s.slot - {edges[first]}) / {length}"
            whens.append(f"WHEN s.slot < {edges[day + 1]} THEN {first} + {offset}")
            first = day + 1
    return f"(CASE {' '.join(whens)} ELSE -1 END)"


def _open_stretches(agent_id: int | None) -> sa.Select[Any]:
    """Each agent's current stretch if it is an occupied one: the latest row of each
    agent with a presence (an index seek each, never a scan of the history)."""
    log, inner = presence_log.c, presence_log.alias("q")
    agents = sa.select(presence.c.agent_id)
    if agent_id is not None:
        agents = agents.where(presence.c.agent_id == agent_id)
    latest = (
        sa.select(inner.c.id)
        .where(inner.c.agent_id == presence.c.agent_id)
        .order_by(inner.c.start.desc(), inner.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    current = sa.select(latest).select_from(presence).where(presence.c.agent_id.in_(agents))
    return sa.select(log.agent_id, log.start).where(
        log.id.in_(current), log.end.is_(None), log.state.in_(OCCUPIED_STATES)
    )


async def sums(
    conn: AsyncConnection, bounds: Sequence[float], now: float, agent_id: int | None = None
) -> tuple[dict[tuple[int, int], Totals], dict[tuple[int, int], float]]:
    """Contact sums and occupied seconds per (agent, window between ``bounds``), from
    the stored slots plus each agent's stretch still open (clipped to ``now``)."""
    bucket = day_of_slot_sql(bounds)
    where = "s.slot >= :low AND s.slot < :high"
    params: dict[str, Any] = {"low": slot_of(bounds[0]), "high": slot_of(bounds[-1])}
    if agent_id is not None:
        where += " AND s.agent_id = :agent_id"
        params["agent_id"] = agent_id
    columns = ", ".join(f"SUM(s.{name}) AS {name}" for name in (*SUM_COLUMNS, "occupied"))
    query = (
        f"SELECT s.agent_id AS agent_id, {bucket} AS day, {columns}"
        f" FROM {kpi_slots.name} s WHERE {where} GROUP BY 1, 2"
    )
    totals: dict[tuple[int, int], Totals] = {}
    busy: dict[tuple[int, int], float] = defaultdict(float)
    kinds = [type(getattr(Totals(), name)) for name in SUM_COLUMNS]
    result = await conn.execute(sa.text(query), params)
    for agent, day, *numbers, occupied in result.tuples():
        key = (int(agent), int(day))
        totals[key] = Totals(*(kind(n or 0) for kind, n in zip(kinds, numbers, strict=True)))
        busy[key] += float(occupied or 0.0)
    open_query = _open_stretches(agent_id)
    for r in await conn.execute(open_query):
        begin, finish = max(float(r.start), bounds[0]), min(now, bounds[-1])
        for index in range(len(bounds) - 1):
            part = min(finish, bounds[index + 1]) - max(begin, bounds[index])
            if part > 0:
                busy[(int(r.agent_id), index)] += part
    return totals, dict(busy)
