"""Adherence and conformance formulas on hand-written days (the pure core: schedule and
presence history in, figures out). Every expected number is worked out by hand in the
comments, so a change in the formulas shows here first."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from protocol.kinds.workforce import Activity
from server.domains.presence.history import Stretch
from server.workforce.measures.adherence import day_bounds, measure

UTC = ZoneInfo("UTC")
DAY = dt.date(2026, 3, 2)
D0 = dt.datetime(2026, 3, 2, tzinfo=dt.UTC).timestamp()
GRACE = 180.0


def at(hhmm: str) -> float:
    hours, minutes = hhmm.split(":")
    return D0 + int(hours) * 3600 + int(minutes) * 60


def act(kind: str, start: str, end: str) -> Activity:
    return Activity.model_validate({"type": kind, "start": at(start), "end": at(end)})


def st(state: str, start: str, end: str) -> Stretch:
    return Stretch(state, at(start), at(end))


SHIFT = [
    act("work", "08:00", "12:00"),
    act("break", "12:00", "12:15"),
    act("work", "12:15", "13:00"),
    act("lunch", "13:00", "13:30"),
    act("work", "13:30", "16:00"),
]
HISTORY = [
    st("offline", "00:00", "08:02"),  # 2 min late: under the 3 min grace, forgiven
    st("available", "08:02", "10:00"),
    st("busy", "10:00", "10:20"),
    st("acw", "10:20", "10:25"),
    st("available", "10:25", "12:00"),
    st("break", "12:00", "12:25"),  # back 10 min late: 600 s out
    st("available", "12:25", "13:00"),
    st("lunch", "13:00", "13:30"),
    st("available", "13:30", "15:00"),
    st("meeting", "15:00", "15:04"),  # 4 min meeting in on-queue time: 240 s out
    st("available", "15:04", "16:10"),
    st("offline", "16:10", "24:00"),
]


def test_a_worked_day_by_hand() -> None:
    start, end = day_bounds(DAY, UTC)
    figures = measure(SHIFT, HISTORY, start, end, GRACE)
    # scheduled: 08:00-16:00 = 8 h = 28,800 s
    assert figures.scheduled_seconds == 28_800
    # out: 600 (late from break) + 240 (meeting); the 120 s late start is under the grace
    assert figures.out_seconds == 840
    # adherence = 1 - 840 / 28,800 = 0.970833...
    assert figures.adherence == pytest.approx(1 - 840 / 28_800)
    assert figures.adherence == pytest.approx(0.9708333)
    # scheduled on-queue: 4 h + 45 min + 2 h 30 = 14,400 + 2,700 + 9,000 = 26,100 s
    assert figures.onqueue_scheduled_seconds == 26_100
    # worked on-queue (available, busy, acw): 08:02-12:00 = 14,280; 12:25-13:00 = 2,100;
    # 13:30-15:00 = 5,400; 15:04-16:10 = 3,960 (after the shift counts too): 25,740 s
    assert figures.onqueue_worked_seconds == 25_740
    # conformance = 25,740 / 26,100 = 0.98620...
    assert figures.conformance == pytest.approx(25_740 / 26_100)
    assert [(e.start, e.end, e.activity, e.state) for e in figures.exceptions] == [
        (at("12:15"), at("12:25"), "work", "break"),
        (at("15:00"), at("15:04"), "work", "meeting"),
    ]
    assert sum(e.end - e.start for e in figures.exceptions) == figures.out_seconds


def test_grace_forgives_a_stretch_shorter_than_it_and_counts_one_as_long_whole() -> None:
    start, end = day_bounds(DAY, UTC)
    shift = [act("work", "09:00", "10:00")]
    short = [
        st("available", "09:00", "09:30"),
        Stretch("break", at("09:30"), at("09:30") + 179),  # 179 s < 180: forgiven
        Stretch("available", at("09:30") + 179, at("10:00")),
    ]
    assert measure(shift, short, start, end, GRACE).out_seconds == 0
    exact = [
        st("available", "09:00", "09:30"),
        Stretch("break", at("09:30"), at("09:30") + 180),  # 180 s = grace: counts, whole
        Stretch("available", at("09:30") + 180, at("10:00")),
    ]
    figures = measure(shift, exact, start, end, GRACE)
    assert figures.out_seconds == 180
    # adherence = 1 - 180 / 3,600 = 0.95
    assert figures.adherence == pytest.approx(0.95)


def test_a_mismatch_crossing_activities_is_one_stretch_and_two_short_ones_are_not() -> None:
    start, end = day_bounds(DAY, UTC)
    shift = [act("work", "11:00", "12:00"), act("break", "12:00", "12:15")]
    # Lunch from 11:58 to 12:20: work/lunch 120 s + break/lunch 900 s: one stretch of
    # 1,020 s, counted whole (each piece alone is listed, with its own activity).
    crossing = [st("available", "11:00", "11:58"), st("lunch", "11:58", "12:20")]
    figures = measure(shift, crossing, start, end, GRACE)
    assert figures.out_seconds == 1_020
    assert [(e.activity, e.state, e.end - e.start) for e in figures.exceptions] == [
        ("work", "lunch", 120.0),
        ("break", "lunch", 900.0),
    ]
    # Two 2-minute breaks in on-queue time, apart: each under the grace, neither counts.
    apart = [
        st("available", "11:00", "11:10"),
        st("break", "11:10", "11:12"),
        st("available", "11:12", "11:40"),
        st("break", "11:40", "11:42"),
        st("available", "11:42", "12:00"),
        st("break", "12:00", "12:15"),
    ]
    assert measure(shift, apart, start, end, GRACE).out_seconds == 0


def test_nothing_scheduled_is_none_and_unknown_time_reads_offline() -> None:
    start, end = day_bounds(DAY, UTC)
    figures = measure([], [st("available", "09:00", "10:00")], start, end, GRACE)
    assert (figures.adherence, figures.conformance) == (None, None)
    assert figures.onqueue_worked_seconds == 3_600  # worked, though nothing was planned
    # No history at all during a scheduled hour: offline, out for the whole hour.
    lost = measure([act("work", "09:00", "10:00")], [], start, end, GRACE)
    assert (lost.out_seconds, lost.adherence, lost.conformance) == (3_600, 0.0, 0.0)


def test_only_the_day_up_to_now_is_measured() -> None:
    start, _end = day_bounds(DAY, UTC)
    # Now is 10:00: the shift's first two hours count, the rest is still ahead.
    figures = measure(
        [act("work", "08:00", "16:00")],
        [st("available", "08:00", "10:00")],
        start,
        at("10:00"),
        GRACE,
    )
    assert (figures.scheduled_seconds, figures.out_seconds) == (7_200, 0)
    assert figures.adherence == 1.0


@pytest.mark.parametrize(
    ("day", "hours"),
    [(dt.date(2026, 3, 29), 23), (dt.date(2026, 10, 25), 25), (dt.date(2026, 3, 30), 24)],
)
def test_dst_days_have_23_or_25_hours_and_lose_or_double_nothing(day: dt.date, hours: int) -> None:
    helsinki = ZoneInfo("Europe/Helsinki")
    start, end = day_bounds(day, helsinki)
    assert end - start == hours * 3600
    # A night shift from local 00:00 to 06:00 spans the change (03:00 -> 04:00 in March,
    # 04:00 -> 03:00 in October): 5, 7 or 6 real hours, all of them scheduled once.
    six = dt.datetime.combine(day, dt.time(6), tzinfo=helsinki).timestamp()
    shift = [Activity(type="work", start=start, end=six)]
    history = [Stretch("available", start, six)]
    figures = measure(shift, history, start, end, GRACE)
    assert figures.scheduled_seconds == (hours - 18) * 3600
    assert figures.onqueue_worked_seconds == figures.scheduled_seconds
    assert (figures.adherence, figures.conformance) == (1.0, 1.0)
