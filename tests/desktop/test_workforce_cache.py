"""The workforce cache (v15): shifts, swaps, time off and the policy applied from events
and snapshots, a shift moved to another agent leaving the old agent's cache, the REST
caches (KPI report, adherence days) read back, and the migration from a v14 cache."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.store.apply import apply_events, apply_snapshot
from desktop.store.reader import CacheReader
from desktop.store.writer import CacheWriter
from protocol.frames import Event
from protocol.kinds.workforce import (
    Activity,
    ShiftData,
    ShiftSummary,
    SwapData,
    TimeOffData,
    WorkforcePolicyData,
)

DAY = 1_775_000_000.0  # a Tuesday in 2026 (UTC)


def shift(shift_id: int, agent_id: int, start: float, hours: float = 8.0) -> ShiftData:
    """A shift: work, a 15 min break after 2 h, lunch after 4 h, work to the end."""
    end = start + hours * 3600
    cuts = [start, start + 7200, start + 8100, start + 14400, start + 16200, end]
    types = ["work", "break", "work", "lunch", "work"]
    activities = [
        Activity(type=t, start=a, end=b) for t, a, b in zip(types, cuts[:-1], cuts[1:], strict=True)
    ]
    return ShiftData(
        id=shift_id,
        agent_id=agent_id,
        start=start,
        end=end,
        activities=activities,
        week="2026-03-30",
    )


def swap(swap_id: int, state: str, updated_at: float) -> SwapData:
    s = shift(1, 7, DAY)
    return SwapData(
        id=swap_id,
        type="giveaway",
        initiator_id=7,
        shift=ShiftSummary(
            shift_id=s.id, agent_id=7, start=s.start, end=s.end, paid_seconds=s.paid_seconds
        ),
        state=state,
        created_at=DAY - 90_000,
        updated_at=updated_at,
        expires_at=DAY - 86_400,
    )


def time_off(request_id: int, agent_id: int, state: str, start: float) -> TimeOffData:
    return TimeOffData(
        id=request_id,
        agent_id=agent_id,
        type="vacation",
        start=start,
        end=start + 86_400,
        state=state,
        created_at=DAY - 200_000,
        updated_at=DAY - 200_000,
    )


def events(*entities: object, start: int = 1) -> list[Event]:
    return [
        Event(seq=start + i, kind=e.kind, id=e.id, data=e)  # type: ignore[attr-defined]
        for i, e in enumerate(entities)
    ]


def test_shifts_applied_and_read_by_agent_and_span(
    writer: CacheWriter, reader: CacheReader
) -> None:
    first, second, other = shift(1, 7, DAY), shift(2, 7, DAY + 86_400), shift(3, 8, DAY)
    changes = writer.call(lambda c: apply_events(c, events(second, first, other), 3))
    assert changes.shifts == {1, 2, 3}
    assert [s.id for s in reader.shifts(7, DAY - 86_400, DAY + 2 * 86_400)] == [1, 2]
    assert [s.id for s in reader.shifts(7, DAY + 3600, DAY + 7200)] == [1]  # overlaps
    assert reader.shifts(7, DAY + 9 * 3600, DAY + 86_000) == []
    assert [s.id for s in reader.all_shifts(DAY, DAY + 3600)] == [1, 3]
    assert reader.shift(1) == first
    assert reader.shift(99) is None


def test_shift_moved_to_another_agent_leaves_the_old_agents_cache(
    writer: CacheWriter, reader: CacheReader
) -> None:
    writer.call(lambda c: apply_events(c, events(shift(1, 7, DAY)), 1))
    assert [s.id for s in reader.shifts(7, DAY, DAY + 86_400)] == [1]
    gone = Event(seq=2, op="delete", kind="shift", id=1, data=None)
    changes = writer.call(lambda c: apply_events(c, [gone], 2))
    assert changes.shifts == {1}
    assert reader.shifts(7, DAY, DAY + 86_400) == []
    assert reader.shift(1) is None
    # A supervisor's cache gets the shift again under its new agent.
    writer.call(lambda c: apply_events(c, events(shift(1, 8, DAY), start=3), 3))
    assert reader.shifts(7, DAY, DAY + 86_400) == []
    assert [s.agent_id for s in reader.all_shifts(DAY, DAY + 86_400)] == [8]


def test_swaps_newest_first_and_by_state(writer: CacheWriter, reader: CacheReader) -> None:
    old, new, done = (
        swap(1, "posted", DAY - 5000),
        swap(2, "matched", DAY - 1000),
        swap(3, "approved", DAY - 3000),
    )
    changes = writer.call(lambda c: apply_events(c, events(old, new, done), 3))
    assert changes.swaps == {1, 2, 3}
    assert [s.id for s in reader.swaps()] == [2, 3, 1]
    assert [s.id for s in reader.swaps({"posted", "matched"})] == [2, 1]
    assert reader.swaps(()) == []
    assert reader.swaps()[0] == new


def test_time_off_by_agent_and_state(writer: CacheWriter, reader: CacheReader) -> None:
    rows = (
        time_off(1, 7, "requested", DAY + 86_400),
        time_off(2, 7, "approved", DAY),
        time_off(3, 8, "approved", DAY),
    )
    changes = writer.call(lambda c: apply_events(c, events(*rows), 3))
    assert changes.time_off == {1, 2, 3}
    assert [t.id for t in reader.time_offs(7)] == [2, 1]
    assert [t.id for t in reader.time_offs(states={"approved"})] == [2, 3]
    assert [t.id for t in reader.time_offs(8, {"requested"})] == []


def test_policy_defaults_then_the_servers(writer: CacheWriter, reader: CacheReader) -> None:
    assert reader.workforce_policy() == WorkforcePolicyData()
    policy = WorkforcePolicyData(grace_seconds=60.0, break_reminder_minutes=2.0)
    changes = writer.call(lambda c: apply_events(c, events(policy), 1))
    assert changes.workforce_policy == {1}
    assert reader.workforce_policy().grace_seconds == 60.0


def test_snapshot_replaces_workforce_rows_but_keeps_the_rest_caches(
    writer: CacheWriter, reader: CacheReader
) -> None:
    writer.call(lambda c: apply_events(c, events(shift(1, 7, DAY), swap(5, "posted", DAY)), 2))

    def fetched(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO kpi_reports VALUES (7, 1000.0, '{\"k\": 1}')")
        conn.execute("INSERT INTO adherence_days VALUES (7, '2026-04-01', 1001.0, '{}')")

    writer.call(fetched)
    writer.call(lambda c: apply_snapshot(c, [shift(2, 7, DAY)], 10, "e"))
    assert [s.id for s in reader.shifts(7, DAY, DAY + 86_400)] == [2]
    assert reader.swaps() == []
    assert reader.kpi_report_json(7) == (1000.0, '{"k": 1}')
    assert reader.kpi_report_json(8) is None
    assert reader.adherence_day_json(7, "2026-04-01") == (1001.0, "{}")
    assert reader.adherence_day_json(7, "2026-04-02") is None


def test_v15_from_a_v14_cache(tmp_path: Path) -> None:
    """A cache written before issue 11 gains the tables and keeps what it had."""
    path = tmp_path / "old.sqlite3"
    writer = CacheWriter(path)
    writer.start()
    writer.call(lambda c: apply_events(c, events(time_off(1, 7, "approved", DAY)), 1))

    def back_to_v14(conn: sqlite3.Connection) -> None:
        for table in ("shifts", "swaps", "workforce_policy", "kpi_reports", "adherence_days"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("PRAGMA user_version = 14")

    writer.call(back_to_v14)
    writer.stop()
    writer = CacheWriter(path)
    writer.start()
    try:
        version = writer.call(lambda c: c.execute("PRAGMA user_version").fetchone()[0])
        assert version >= 15
        writer.call(lambda c: apply_events(c, events(shift(1, 7, DAY), start=2), 2))
        reader = CacheReader(path)
        try:
            assert [s.id for s in reader.shifts(7, DAY, DAY + 86_400)] == [1]
            assert [t.id for t in reader.time_offs(7)] == [1]  # time_off kept (if_not_exists)
        finally:
            reader.close()
    finally:
        writer.stop()


def test_an_unreadable_row_is_skipped_not_fatal(writer: CacheWriter, reader: CacheReader) -> None:
    """A row another desk version wrote (or damage) is left out; the rest still reads."""
    writer.call(lambda c: apply_events(c, events(shift(1, 7, DAY), shift(2, 7, DAY + 86_400)), 2))

    def damage(conn: sqlite3.Connection) -> None:
        conn.execute('UPDATE shifts SET json = \'{"kind": "shift", "id": 2}\' WHERE id = 2')
        conn.execute("INSERT INTO workforce_policy VALUES (1, 'not json')")

    writer.call(damage)
    assert [s.id for s in reader.shifts(7, DAY - 86_400, DAY + 3 * 86_400)] == [1]
    assert reader.shift(2) is None
    assert reader.workforce_policy() == WorkforcePolicyData()
