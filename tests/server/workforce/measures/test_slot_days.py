"""The day of a 15-minute slot, as the KPI sums compute it in SQL, against the local
calendar: across both DST changes of a zone and in a zone with a 45-minute offset."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import sqlite3
from zoneinfo import ZoneInfo

import pytest

from server.workforce.measures.adherence import day_bounds
from server.workforce.measures.slots import SLOT, day_of_slot_sql


@pytest.mark.parametrize(
    ("zone", "first"),
    [
        ("Europe/Helsinki", dt.date(2026, 2, 1)),  # 92 days over the March change
        ("Europe/Helsinki", dt.date(2026, 9, 1)),  # and over the October one
        ("America/St_Johns", dt.date(2026, 2, 1)),  # -3:30, DST too
        ("Asia/Kathmandu", dt.date(2026, 2, 1)),  # +5:45
    ],
)
def test_every_slot_falls_in_its_local_day(zone: str, first: dt.date) -> None:
    tz = ZoneInfo(zone)
    days = [first + dt.timedelta(days=n) for n in range(92)]
    bounds = [day_bounds(day, tz)[0] for day in days] + [day_bounds(days[-1], tz)[1]]
    assert all(edge % SLOT == 0 for edge in bounds)  # every local midnight is a whole slot
    lengths = {int((b - a) // SLOT) for a, b in itertools.pairwise(bounds)}
    assert lengths >= {96}
    slots = range(int(bounds[0] // SLOT), int(bounds[-1] // SLOT))
    with sqlite3.connect(":memory:") as conn:
        conn.execute("CREATE TABLE s (slot INTEGER)")
        conn.executemany("INSERT INTO s VALUES (?)", [(n,) for n in slots])
        found = conn.execute(f"SELECT slot, {day_of_slot_sql(bounds)} FROM s").fetchall()
    expected = {n: bisect.bisect_right(bounds, n * SLOT) - 1 for n in slots}
    assert dict(found) == expected
