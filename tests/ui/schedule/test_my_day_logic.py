"""The My day page's Qt-free logic: local days across DST, what now, live adherence with
its grace, paid hours, and the reminders' plan with an injected clock (never during a
contact, dropped once the moment passed, each given once)."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from desktop.ui.schedule.day import (
    day_span,
    duration_text,
    hour_ticks,
    live_adherence,
    monday_of,
    now_status,
    paid_hours,
    runs,
    week_days,
)
from desktop.ui.schedule.reminders import Reminders, plan
from tests.ui.schedule.build import local, shift_at

HELSINKI = "Europe/Helsinki"
ZONE = ZoneInfo(HELSINKI)
JUNE = date(2026, 6, 2)


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_dst_days_have_23_and_25_hours_and_their_ticks() -> None:
    spring = day_span(date(2026, 3, 29), ZONE)
    autumn = day_span(date(2026, 10, 25), ZONE)
    assert spring[1] - spring[0] == 23 * 3600
    assert autumn[1] - autumn[0] == 25 * 3600
    spring_hours = [h for _, h in hour_ticks(*spring, ZONE)]
    autumn_hours = [h for _, h in hour_ticks(*autumn, ZONE)]
    assert len(spring_hours) == 23
    assert 3 not in spring_hours
    assert len(autumn_hours) == 25
    assert autumn_hours.count(3) == 2
    kolkata = ZoneInfo("Asia/Kolkata")  # a half-hour zone: ticks on its whole hours
    ticks = hour_ticks(*day_span(JUNE, kolkata), kolkata)
    assert [h for _, h in ticks] == list(range(24))
    week = week_days(monday_of(date(2026, 10, 25)), ZONE)
    assert week[0][0] == date(2026, 10, 19)
    assert sum(end - start for _, start, end in week) == (7 * 24 + 1) * 3600


def test_now_status_current_next_break_and_end() -> None:
    shift = shift_at(1, 7, local(HELSINKI, JUNE, 8))
    before = now_status([shift], local(HELSINKI, JUNE, 7))
    assert before.current is None
    assert before.shift == shift
    at_ten = now_status([shift], local(HELSINKI, JUNE, 10, 30))
    assert at_ten.current is not None
    assert at_ten.current.type == "work"
    assert at_ten.current.end == local(HELSINKI, JUNE, 12, 0)
    assert at_ten.next_break is not None
    assert at_ten.next_break.type == "lunch"
    assert at_ten.shift_end == local(HELSINKI, JUNE, 17)
    after = now_status([shift], local(HELSINKI, JUNE, 18))
    assert after.shift is None
    assert duration_text(3725) == "1:02:05"
    assert duration_text(65) == "1:05"
    assert duration_text(-5) == "0:00"


def test_runs_merge_neighbours_of_one_type() -> None:
    shift = shift_at(1, 7, local(HELSINKI, JUNE, 8), [("work", 60), ("work", 60), ("break", 15)])
    assert [(r.type, r.end - r.start) for r in runs(shift.activities)] == [
        ("work", 7200),
        ("break", 900),
    ]


def test_live_adherence_waits_for_the_grace() -> None:
    shift = shift_at(1, 7, local(HELSINKI, JUNE, 8))
    lunch = local(HELSINKI, JUNE, 12)
    early = live_adherence([shift], "available", lunch - 3600, lunch + 60, 180)
    assert early.ok  # within the grace
    late = live_adherence([shift], "available", lunch - 3600, lunch + 600, 180)
    assert not late.ok
    assert late.scheduled is not None
    assert late.scheduled.type == "lunch"
    assert late.scheduled.start == lunch
    assert live_adherence([shift], "lunch", lunch, lunch + 600, 180).ok
    assert live_adherence([shift], "busy", lunch - 600, lunch - 60, 0).ok  # work: on a contact
    # A state changed late counts from the change.
    assert live_adherence([shift], "break", lunch + 500, lunch + 600, 180).ok
    assert live_adherence([], "offline", 0, lunch, 0).ok  # not scheduled


def test_paid_hours_of_a_week() -> None:
    monday = date(2026, 6, 1)
    shifts = [shift_at(i, 7, local(HELSINKI, date(2026, 6, i), 8)) for i in range(1, 6)]
    start, end = day_span(monday, ZONE)[0], day_span(date(2026, 6, 8), ZONE)[0]
    assert paid_hours(shifts, start, end) == 5 * 8.5
    assert paid_hours(shifts, end, end + 86_400) == 0


def test_reminders_before_breaks_and_the_end() -> None:
    shift = shift_at(1, 7, local(HELSINKI, JUNE, 8))
    planned = plan([shift], 5, 10)
    assert [(r.kind, r.activity) for r in planned] == [
        ("break", "break"),
        ("break", "lunch"),
        ("break", "break"),
        ("shift_end", ""),
    ]
    assert planned[0].at == local(HELSINKI, JUNE, 9, 55)
    assert planned[-1].at == local(HELSINKI, JUNE, 16, 50)
    assert plan([shift], 0, 0) == []  # both off


def test_reminders_given_once_and_never_during_a_contact() -> None:
    shift = shift_at(1, 7, local(HELSINKI, JUNE, 8))
    clock = Clock(local(HELSINKI, JUNE, 9))
    reminders = Reminders(clock)
    reminders.set_plan(plan([shift], 5, 10))
    assert reminders.due("available") == []
    assert reminders.next_wake("available") == local(HELSINKI, JUNE, 9, 55)
    clock.now = local(HELSINKI, JUNE, 9, 56)
    assert reminders.next_wake("busy") is None  # on a call: the call's end wakes the page
    assert reminders.due("busy") == []
    assert reminders.due("acw") == []
    clock.now = local(HELSINKI, JUNE, 9, 58)  # the call ended before the break
    given = reminders.due("available")
    assert [(r.kind, r.event_at) for r in given] == [("break", local(HELSINKI, JUNE, 10))]
    assert reminders.due("available") == []  # once
    reminders.set_plan(plan([shift], 5, 10))  # re-planned: not repeated
    assert reminders.due("available") == []
    # A call across the lunch reminder and the lunch's start: dropped, not said late.
    clock.now = local(HELSINKI, JUNE, 11, 56)
    assert reminders.due("busy") == []
    clock.now = local(HELSINKI, JUNE, 12, 5)
    assert reminders.due("available") == []
    assert reminders.next_wake("available") == local(HELSINKI, JUNE, 13, 55)
    clock.now = local(HELSINKI, JUNE, 18)
    assert reminders.due("available") == []
    assert reminders.next_wake("available") is None
