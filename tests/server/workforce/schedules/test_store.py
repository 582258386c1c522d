"""The store the trades and time off build on, on a real migrated SQLite file: which
shifts ``shifts_of`` returns, the scopes of the events ``reassign_shift`` and
``replace_activities`` make, the policy's defaults; and the demo's arranged swap pairs."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import pytest_asyncio
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from protocol.kinds.workforce import DEFAULT_TARGETS, Activity, ShiftData
from protocol.workforce import ScheduleImport
from server.core import tables as house
from server.core.visibility import SUPERVISORS_ONLY, Viewer
from server.db.engine import create_engine, run_migrations
from server.db.metadata import metadata
from server.demo import schedules as demo
from server.workforce.schedules import importer, store
from server.workforce.schedules.domain import visible_shifts
from server.workforce.schedules.tables import shifts

pytestmark = pytest.mark.asyncio
T0 = 2_000_000_000.0
HOUR = 3600.0


@pytest_asyncio.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    import server.app  # noqa: F401 - every domain's tables on the metadata

    url = f"sqlite+aiosqlite:///{tmp_path / 'store.db'}"
    run_migrations(url, metadata)
    engine = create_engine(url)
    async with engine.begin() as conn:
        await conn.execute(
            sa.insert(house.agents),
            [
                {"id": i, "username": f"a{i}", "display_name": f"A{i}", "password_hash": "x"}
                for i in (1, 2)
            ],
        )
    yield engine
    await engine.dispose()


def _shift(shift_id: int, agent_id: int, start: float, *, published: bool = True) -> ShiftData:
    work = Activity(type="work", start=start, end=start + 4 * HOUR)
    rest = Activity(type="break", start=start + 4 * HOUR, end=start + 4.25 * HOUR)
    return ShiftData(
        id=shift_id,
        agent_id=agent_id,
        start=start,
        end=rest.end,
        activities=[work, rest],
        week="2033-05-16",
        published=published,
    )


async def test_shifts_of_overlap_and_drafts(engine: AsyncEngine) -> None:
    rows = [_shift(1, 1, T0), _shift(2, 1, T0 + 10 * HOUR, published=False), _shift(3, 2, T0)]
    async with engine.begin() as conn:
        await conn.execute(sa.insert(shifts), [store.shift_row(s) for s in rows])
        assert [s.id for s in await store.shifts_of(conn, 1, T0 - 1, T0 + 99 * HOUR)] == [1]
        every = await store.shifts_of(conn, 1, T0, T0 + 99 * HOUR, published_only=False)
        assert [s.id for s in every] == [1, 2]
        # [start, end): touching the end is not overlapping; inside is.
        assert await store.shifts_of(conn, 1, T0 + 4.25 * HOUR, T0 + 5 * HOUR) == []
        inside = await store.shifts_of(conn, 1, T0 + 4 * HOUR, T0 + 4.1 * HOUR)
        assert [s.id for s in inside] == [1]
        assert await store.get_shift(conn, 2) == rows[1]
        assert await store.get_shift(conn, 99) is None


async def test_reassign_and_replace_scope_their_events(engine: AsyncEngine) -> None:
    async with engine.begin() as conn:
        rows = [_shift(1, 1, T0), _shift(2, 1, T0 + 24 * HOUR, published=False)]
        await conn.execute(sa.insert(shifts), [store.shift_row(s) for s in rows])
        drafts = await store.reassign_shift(conn, 1, 2)
        scopes = [(d.op, d.agent_id, d.queue_id) for d in drafts]
        assert scopes == [
            ("delete", 1, None),
            ("upsert", 2, None),
            ("upsert", None, SUPERVISORS_ONLY),
        ]
        moved = await store.get_shift(conn, 1)
        assert moved is not None
        assert moved.agent_id == 2
        # A draft is the supervisors' only.
        assert await store.reassign_shift(conn, 2, 1) == []  # already theirs
        drafts = await store.reassign_shift(conn, 2, 2)
        assert [(d.op, d.agent_id, d.queue_id) for d in drafts] == [
            ("upsert", None, SUPERVISORS_ONLY)
        ]
        with pytest.raises(store.ShiftMissingError):
            await store.reassign_shift(conn, 99, 1)

        longer = [
            Activity(type="work", start=T0 - HOUR, end=T0 + 2 * HOUR),
            Activity(type="time_off", start=T0 + 2 * HOUR, end=T0 + 5 * HOUR),
        ]
        drafts = await store.replace_activities(conn, 1, list(reversed(longer)))
        assert [(d.agent_id, d.queue_id) for d in drafts] == [(2, None), (None, SUPERVISORS_ONLY)]
        replaced = await store.get_shift(conn, 1)
        assert replaced is not None
        assert (replaced.start, replaced.end) == (T0 - HOUR, T0 + 5 * HOUR)
        gap = [longer[0], Activity(type="work", start=T0 + 3 * HOUR, end=T0 + 4 * HOUR)]
        with pytest.raises(ValueError, match="gap"):
            await store.replace_activities(conn, 1, gap)
        assert await store.get_shift(conn, 1) == replaced


async def test_policy_defaults_without_a_row(engine: AsyncEngine) -> None:
    async with engine.connect() as conn:
        policy = await store.get_policy(conn)
    assert policy.id == 1
    assert policy.min_rest_hours == 11.0
    assert policy.targets == list(DEFAULT_TARGETS)


def _local(shift: ShiftData) -> tuple[str, str, str]:
    zone = ZoneInfo(demo.ZONE)
    start = dt.datetime.fromtimestamp(shift.start, zone)
    end = dt.datetime.fromtimestamp(shift.end, zone)
    return start.strftime("%a"), start.strftime("%H:%M"), end.strftime("%H:%M")


async def test_demo_pairs_are_as_documented() -> None:
    # A Wednesday afternoon in Helsinki; "next week" starts 2030-01-07.
    now = dt.datetime(2030, 1, 2, 14, 7, tzinfo=ZoneInfo(demo.ZONE)).timestamp()
    agents = [(i, f"agent{i:02d}") for i in range(1, 11)]
    queues = {1: (1, 1), 2: (1, 1), 3: (2, 2), 4: (2, 2), 5: (1, 1), 6: (1, 1), 7: (1, 1)}
    queues |= {8: (1, 1), 9: (3, 1), 10: (2, 2)}
    built = demo.build(now, agents, queues)
    next_week = {(s.agent_id, _local(s)[0]): s for s in built if s.week == "2030-01-07"}

    def at(agent: int, weekday: str) -> tuple[str, str, float]:
        s = next_week[(agent, weekday)]
        return _local(s)[1], _local(s)[2], s.paid_seconds / HOUR

    assert at(1, "Wed") == at(8, "Thu") == ("08:00", "16:30", 8.0)
    assert (1, "Thu") not in next_week
    assert (8, "Wed") not in next_week
    assert at(3, "Tue") == at(4, "Wed") == ("09:00", "17:30", 8.0)
    assert next_week[(9, "Wed")].queue_ids == [3]
    assert next_week[(8, "Thu")].queue_ids == [1]
    assert at(2, "Mon")[:2] == ("12:00", "20:30")
    assert at(6, "Mon")[:2] == ("08:00", "16:30")
    assert next_week[(6, "Wed")].start - next_week[(2, "Tue")].end == 10.5 * HOUR
    assert at(5, "Thu") == ("09:00", "15:00", 6.0)
    assert at(1, "Fri")[2] == 8.0
    today = [s for s in built if _local(s)[0] == "Wed" and s.week == "2029-12-31"]
    assert len(today) == 10
    assert sum(1 for s in today if s.start <= now < s.end) == 9


async def test_demo_today_stays_inside_today_near_midnight() -> None:
    zone = ZoneInfo(demo.ZONE)
    for hour, minute in ((23, 50), (0, 10)):
        now = dt.datetime(2030, 1, 6, hour, minute, tzinfo=zone).timestamp()
        built = demo.build(now, [(1, "agent01"), (5, "agent05")], {})
        today = [s for s in built if dt.datetime.fromtimestamp(s.start, zone).day == 6]
        assert len(today) == 2
        for s in today:
            assert dt.datetime.fromtimestamp(s.end - 1, zone).day == 6
            assert s.start <= now < s.end


async def test_snapshot_rows_are_the_events_scopes(engine: AsyncEngine) -> None:
    rows = [_shift(1, 1, T0), _shift(2, 1, T0 + 24 * HOUR, published=False), _shift(3, 2, T0)]
    async with engine.begin() as conn:
        await conn.execute(sa.insert(shifts), [store.shift_row(s) for s in rows])
        agent = Viewer(agent_id=1, supervisor=False, queue_ids=frozenset({1}))
        chief = Viewer(agent_id=9, supervisor=True, queue_ids=frozenset({1}))
        own = [r.id for r in await conn.execute(visible_shifts(agent))]
        every = [r.id for r in await conn.execute(visible_shifts(chief))]
    assert own == [1]
    assert every == [1, 2, 3]


def _referencing_row(table: sa.Table, **given: object) -> dict[str, object]:
    """A row of another part's table with only its required columns filled (ids 1, the
    rest dummies): this test must not depend on the trades' columns beyond their keys."""
    row: dict[str, object] = {}
    for column in table.columns:
        if column.name in given or column.nullable or column.server_default is not None:
            continue
        if column.primary_key:
            continue
        python = column.type.python_type
        row[column.name] = {int: 1, float: 0.0, str: "x", bool: False}.get(python, "x")
    return row | given


async def test_an_import_lets_go_of_a_shift_a_trade_points_at(engine: AsyncEngine) -> None:
    """Trades point at shifts through nullable keys: replacing the week clears them (the
    trade keeps its copy of the shift and the expiry job voids an open one), so a planner
    can always import the week again."""
    referring = [
        (table, fk.parent)
        for table in metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column is shifts.c.id
    ]
    assert referring, "the trades' tables point at shifts"
    assert all(column.nullable for _table, column in referring)
    table, column = referring[0]
    body = ScheduleImport(
        shifts=[
            {
                "agent": "a1",
                "date": "2033-05-17",
                "activities": [{"type": "work", "start": "09:00", "end": "17:00"}],
            }
        ]
    )
    async with engine.begin() as conn:
        await conn.execute(sa.insert(shifts), [store.shift_row(_shift(1, 1, T0))])
        await conn.execute(sa.insert(table).values(_referencing_row(table, **{column.name: 1})))
        planned = await importer.plan(conn, body, [])
        report, _drafts = await importer.store(conn, planned)
        assert report.problems == []
        assert (report.created, report.replaced) == (1, 1)
        assert await store.get_shift(conn, 1) is None
        left = (await conn.execute(sa.select(column))).scalars().all()
        assert left == [None]
