"""The workforce cache tables (issue 11): shifts, swaps, time off, the centre's policy,
and the KPI reports and adherence days fetched over REST (kept for offline use).

Every replicated row keeps the entity's ``model_dump_json()`` in ``json`` beside the few
columns the reads filter and sort on: a shift's activities, a swap's history and
violations are read whole, never queried, so a column each would only be more to migrate.
``kpi_reports`` and ``adherence_days`` are desk-only (filled by the REST client, never by
a snapshot): the My day and My KPIs pages paint from them offline.
"""

from __future__ import annotations

import sqlite_utils


def create(db: sqlite_utils.Database) -> None:
    """Create the tables (``if_not_exists``: a cache set back and migrated again)."""
    db.table("shifts").create(
        {
            "id": int,
            "agent_id": int,
            "start": float,
            "end": float,
            "week": str,
            "published": int,
            "json": str,
        },
        pk="id",
        not_null={"agent_id", "start", "end", "json"},
        if_not_exists=True,
    )
    # My day reads one agent's shifts over a span; a supervisor's every agent's by time.
    db.table("shifts").create_index(
        ["agent_id", "start"], index_name="shift_by_agent_start", if_not_exists=True
    )
    db.table("shifts").create_index(["start"], index_name="shift_by_start", if_not_exists=True)
    db.table("swaps").create(
        {
            "id": int,
            "state": str,
            "type": str,
            "initiator_id": int,
            "target_agent_id": int,
            "accepter_id": int,
            "shift_start": float,
            "updated_at": float,
            "expires_at": float,
            "json": str,
        },
        pk="id",
        not_null={"state", "type", "initiator_id", "json"},
        if_not_exists=True,
    )
    db.table("swaps").create_index(
        ["state", "updated_at"], index_name="swap_by_state", if_not_exists=True
    )
    db.table("time_off").create(
        {
            "id": int,
            "agent_id": int,
            "state": str,
            "start": float,
            "end": float,
            "updated_at": float,
            "json": str,
        },
        pk="id",
        not_null={"agent_id", "state", "start", "end", "json"},
        if_not_exists=True,
    )
    db.table("time_off").create_index(
        ["agent_id", "start"], index_name="time_off_by_agent", if_not_exists=True
    )
    db.table("workforce_policy").create(
        {"id": int, "json": str}, pk="id", not_null={"json"}, if_not_exists=True
    )
    db.table("kpi_reports").create(
        {"agent_id": int, "fetched_at": float, "json": str},
        pk="agent_id",
        not_null={"fetched_at", "json"},
        if_not_exists=True,
    )
    db.table("adherence_days").create(
        {"agent_id": int, "day": str, "fetched_at": float, "json": str},
        pk=("agent_id", "day"),
        not_null={"fetched_at", "json"},
        if_not_exists=True,
    )
