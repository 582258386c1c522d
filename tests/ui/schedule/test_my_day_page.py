"""The My day page over a real cache file, offscreen, with an injected clock and zone: the
timeline and status say what now and count down to the next break, a day without a shift
says so, DST days render with 23 and 25 hours, the weeks move back and forth with their
paid hours, the break button is disabled offline, reminders come at their time and wait
for the end of a call, and today's adherence figures come from the cache."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from desktop.models.changes import Changes
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.sync.workforce import put_adherence_day
from desktop.ui.schedule.names import fill_colour
from desktop.ui.schedule.page import MAX_REMINDER_WAIT_MS, SchedulePage
from desktop.ui.shell import style
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.pages import PageLinks
from desktop.ui.shell.palettes import DARK, LIGHT, Palette, contrast
from protocol.kinds.presence import PresenceData
from protocol.kinds.workforce import ACTIVITY_TYPES, WorkforcePolicyData
from protocol.workforce import AdherenceDay
from tests.ui.schedule.build import Writer, local, shift_at
from tests.ui.test_accessibility import unnamed

HELSINKI = "Europe/Helsinki"
AGENT = 7
JUNE = date(2026, 6, 2)  # a Tuesday


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@dataclass
class Env:
    """A real cache file, its reader and a writer of events, the links a page talks
    through and what it said on them."""

    cache: Cache
    reader: CacheReader
    writer: Writer
    links: PageLinks
    notices: list[tuple[str, str]] = field(default_factory=list)


@pytest.fixture
def env(qloop: asyncio.AbstractEventLoop, cache: Cache, reader: CacheReader) -> Env:
    del qloop  # the page's Ops run on it
    found = Env(cache, reader, Writer(cache), PageLinks())
    found.links.noticeRequested.connect(lambda text, level: found.notices.append((text, level)))
    return found


def make_page(
    qtbot: QtBot, reader: CacheReader, links: PageLinks, clock: Clock, zone: str = HELSINKI
) -> SchedulePage:
    page = SchedulePage(reader, links, Ops(), zone=ZoneInfo(zone), clock=clock)
    qtbot.addWidget(page)
    page.restore_state(QByteArray(f"agent={AGENT}".encode()))  # as after an earlier run
    page.resize(1100, 600)
    return page


def test_today_shows_the_activity_now_and_counts_down(qtbot: QtBot, env: Env) -> None:
    reader, writer, links = env.reader, env.writer, env.links
    writer.apply(
        shift_at(1, AGENT, local(HELSINKI, JUNE, 8)), shift_at(2, 8, local(HELSINKI, JUNE, 8))
    )
    clock = Clock(local(HELSINKI, JUNE, 10, 30))
    page = make_page(qtbot, reader, links, clock)
    today = page.today
    assert today.current_label.text() == "Work until 12:00"
    assert today.next_break_label.text() == "Next: Lunch at 12:00, in 1:30:00"
    assert today.shift_end_label.text() == "Shift ends at 17:00"
    assert [b.type for b in today.timeline.blocks] == [
        "work",
        "break",
        "work",
        "lunch",
        "work",
        "break",
        "work",
    ]  # only the agent's own shift
    assert "Break 10:00 to 10:15" in today.timeline.accessibleDescription()
    assert not page.tick.isActive()  # no tick while hidden
    with qtbot.waitExposed(page):
        page.show()
    assert page.tick.isActive()
    clock.now += 5
    qtbot.waitUntil(lambda: today.next_break_label.text().endswith("in 1:29:55"), timeout=5000)
    assert today.timeline.now == clock.now
    image = today.timeline.grab().toImage()
    x = int(today.timeline.x_of(local(HELSINKI, JUNE, 11)))
    y = today.timeline.height() // 2 + 8
    assert image.pixelColor(x, y) != image.pixelColor(
        int(today.timeline.x_of(local(HELSINKI, JUNE, 7, 30))), y
    )
    page.hide()
    assert not page.tick.isActive()


def test_a_day_without_a_shift_says_so(qtbot: QtBot, env: Env) -> None:
    reader, writer, links = env.reader, env.writer, env.links
    writer.apply(shift_at(1, AGENT, local(HELSINKI, date(2026, 6, 3), 8)))
    page = make_page(qtbot, reader, links, Clock(local(HELSINKI, JUNE, 10)))
    assert page.today.current_label.text() == "No shift today. Enjoy your day!"
    assert page.today.timeline.blocks == []
    assert page.today.adherence_label.text() == "On schedule"
    # The next day at 18:00 the shift is over.
    page.clock = page.reminders.clock = Clock(local(HELSINKI, date(2026, 6, 3), 18))
    page.refresh()
    assert page.today.current_label.text() == "Your shift is over for today. Have a good rest!"


SPRING, AUTUMN = date(2026, 3, 29), date(2026, 10, 25)


@pytest.mark.parametrize(
    "case",
    [
        (SPRING, 23, [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11], "10:00"),
        (AUTUMN, 25, [0, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9], "08:00"),
        (JUNE, 24, list(range(11)), "09:00"),
    ],
)
def test_dst_days_render_with_their_hours(
    qtbot: QtBot, env: Env, case: tuple[date, int, list[int], str]
) -> None:
    """Eight real hours of night work from 01:00 across the clock change: the timeline
    shows them as eight hours, the missing hour absent and the repeated one twice."""
    day, hours, labels, ends = case
    reader, writer, links = env.reader, env.writer, env.links
    start = local(HELSINKI, day, 1)
    writer.apply(shift_at(1, AGENT, start, [("work", 240), ("break", 30), ("work", 210)]))
    page = make_page(qtbot, reader, links, Clock(start + 3 * 3600))
    timeline = page.today.timeline
    assert timeline.day_end - timeline.day_start == hours * 3600
    assert [hour for _, hour in timeline.ticks] == labels
    assert timeline.end - timeline.start == 10 * 3600  # an hour either side of 8 h
    assert page.today.shift_end_label.text() == f"Shift ends at {ends}"
    assert page.today.current_label.text() == "Work until " + clock_text(start + 4 * 3600)
    with qtbot.waitExposed(page):
        page.show()
    left, right = timeline.x_of(timeline.start), timeline.x_of(timeline.end)
    assert timeline.x_of(timeline.blocks[0].start) == pytest.approx(left + (right - left) / 10)
    assert timeline.x_of(timeline.blocks[-1].end) == pytest.approx(left + (right - left) * 0.9)
    assert not timeline.grab().toImage().isNull()


def clock_text(at: float) -> str:
    return datetime.fromtimestamp(at, ZoneInfo(HELSINKI)).strftime("%H:%M")


def test_weeks_move_and_count_paid_hours(qtbot: QtBot, env: Env) -> None:
    reader, writer, links = env.reader, env.writer, env.links
    this_week = [shift_at(i, AGENT, local(HELSINKI, date(2026, 6, i), 8)) for i in range(1, 6)]
    next_week = [
        shift_at(10 + i, AGENT, local(HELSINKI, date(2026, 6, 7 + i), 8)) for i in range(1, 4)
    ]
    writer.apply(*this_week, *next_week)
    page = make_page(qtbot, reader, links, Clock(local(HELSINKI, JUNE, 10)))
    weeks = page.weeks
    assert weeks.title.text().startswith("This week")
    assert weeks.paid.text() == "Paid hours this week: 42.5"
    assert weeks.headers[1].text().endswith("(today)")
    assert weeks.days[0].text().startswith("08:00–17:00")
    assert "12:00 Lunch" in weeks.days[0].text()
    assert weeks.days[5].text() == "Day off"
    weeks.next_button.click()
    assert weeks.offset == 1
    assert weeks.title.text().startswith("Week from")
    assert weeks.paid.text() == "Paid hours this week: 25.5"
    assert weeks.days[3].text() == "Day off"
    weeks.previous_button.click()
    weeks.previous_button.click()
    assert weeks.offset == -1
    assert weeks.paid.text() == "Paid hours this week: 0.0"
    for _ in range(20):
        weeks.next_button.click()
    assert weeks.offset == 8
    assert not weeks.next_button.isEnabled()


def test_break_button_is_disabled_offline(qtbot: QtBot, env: Env) -> None:
    reader, writer, links = env.reader, env.writer, env.links
    notices = env.notices
    writer.apply(PresenceData(id=AGENT, state="break", since=local(HELSINKI, JUNE, 9)))
    page = make_page(qtbot, reader, links, Clock(local(HELSINKI, JUNE, 10)))
    button = page.today.break_button
    assert button.text() == "Back from break"  # the cached presence says break
    assert not button.isEnabled()
    assert page.today.break_note.text() == "Not connected: breaks start when you are online"
    page.request_presence("available")
    assert notices == [("Not connected: breaks start when you are online", "error")]


def test_reminders_at_their_time_and_after_a_call(qtbot: QtBot, env: Env) -> None:
    reader, writer, links = env.reader, env.writer, env.links
    notices = env.notices
    writer.apply(
        WorkforcePolicyData(break_reminder_minutes=5, shift_end_reminder_minutes=10),
        shift_at(1, AGENT, local(HELSINKI, JUNE, 8)),
        PresenceData(id=AGENT, state="available", since=local(HELSINKI, JUNE, 8)),
    )
    clock = Clock(local(HELSINKI, JUNE, 9, 54))
    page = make_page(qtbot, reader, links, clock)
    assert notices == []
    assert page.reminder_timer.isActive()
    assert page.reminder_timer.interval() == 60_000  # one minute to 09:55 on this clock
    clock.now = local(HELSINKI, JUNE, 9, 55)
    page.give_reminders()  # what the timer does when it fires
    assert notices == [("Break at 10:00: in 5 minute(s)", "info")]
    assert page.reminder_timer.interval() == MAX_REMINDER_WAIT_MS  # 2 h away: capped
    # On a call when the lunch reminder is due: nothing until the call ends.
    changes = writer.apply(
        PresenceData(id=AGENT, state="busy", since=local(HELSINKI, JUNE, 11, 50))
    )
    page.on_changes(changes)
    clock.now = local(HELSINKI, JUNE, 11, 56)
    page.give_reminders()
    assert len(notices) == 1
    assert not page.reminder_timer.isActive()  # the call's end wakes the page
    changes = writer.apply(PresenceData(id=AGENT, state="available", since=clock.now))
    page.on_changes(changes)
    assert notices[-1] == ("Lunch at 12:00: in 4 minute(s)", "info")


def test_adherence_figures_from_the_cache_and_the_client(qtbot: QtBot, env: Env) -> None:
    reader, writer, links = env.reader, env.writer, env.links
    cache = env.cache
    writer.apply(shift_at(1, AGENT, local(HELSINKI, JUNE, 8)))
    clock = Clock(local(HELSINKI, JUNE, 12, 15))
    page = make_page(qtbot, reader, links, clock)
    assert page.today.day_figures_label.text() == ""
    # Lunch scheduled, the agent still offline (no presence) past the grace.
    assert page.today.adherence_label.text() == "Your schedule says Lunch (since 12:00)"

    def measured(adherence: float) -> AdherenceDay:
        return AdherenceDay(
            agent_id=AGENT,
            day="2026-06-02",
            scheduled_seconds=16_200,
            out_seconds=16_200 * (1 - adherence),
            adherence=adherence,
            onqueue_scheduled_seconds=12_600,
            onqueue_worked_seconds=12_600,
            conformance=1.0,
        )

    cache.writer.call(lambda c: put_adherence_day(c, measured(0.94)))
    page.refresh()
    assert page.today.day_figures_label.text().startswith(
        "Today: adherence 94 %, conformance 100 % (as of "
    )

    class Client:
        """Stands in for the workforce client: records the ask, caches a new day."""

        def __init__(self) -> None:
            self.asked: list[tuple[int, str]] = []

        async def adherence(self, agent_id: int, day: str) -> AdherenceDay:
            self.asked.append((agent_id, day))
            found = measured(0.5)
            await cache.writer.run(lambda c: put_adherence_day(c, found))
            page.on_changes(Changes(adherence_days=[AGENT]))
            return found

    client = Client()
    page.set_workforce(client)
    assert client.asked == []  # hidden and offline: nothing asked
    page.set_online(True)
    with qtbot.waitExposed(page):
        page.show()
    qtbot.waitUntil(lambda: "adherence 50 %" in page.today.day_figures_label.text(), timeout=5000)
    assert client.asked == [(AGENT, "2026-06-02")]
    page.set_online(True)
    assert len(client.asked) == 1  # not asked again within five minutes
    page.set_workforce(None)
    assert page.workforce is None


def test_trades_panel_is_built_when_wanted(qtbot: QtBot, env: Env) -> None:
    page = make_page(qtbot, env.reader, env.links, Clock(local(HELSINKI, JUNE, 10)))
    assert page._trades is None  # not before the first paint
    page.on_changes(Changes(shifts=[1]))
    assert page._trades is None
    page.tabs.setCurrentWidget(page.trades_tab)
    panel = page._trades
    assert panel is not None
    assert panel.parent() is page.trades_tab
    assert page.trades is panel  # once


def test_only_the_agents_own_presence_repaints(
    qtbot: QtBot, env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, env.reader, env.links, Clock(local(HELSINKI, JUNE, 10)))
    refreshed: list[int] = []
    monkeypatch.setattr(page, "refresh", lambda: refreshed.append(1))
    page.on_changes(env.writer.apply(PresenceData(id=AGENT + 1, state="busy", since=1e9)))
    page.on_changes(Changes(adherence_days=[AGENT + 1]))
    assert refreshed == []  # a colleague's (a supervisor's cache hears everyone)
    page.on_changes(env.writer.apply(PresenceData(id=AGENT, state="busy", since=1e9)))
    assert refreshed == [1]


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_blocks_read_in_both_themes(palette: Palette) -> None:
    """The theme's text on every activity's block passes WCAG AA (4.5:1)."""
    try:
        style.use_palette(palette)
        for kind in ACTIVITY_TYPES:
            fill = fill_colour(kind).name()
            assert contrast(style.TEXT.name(), fill) >= 4.5, (kind, fill)
            assert fill_colour(kind) != fill_colour("work") or kind == "work"
    finally:
        style.use_palette(LIGHT)


def test_every_control_has_a_name(qtbot: QtBot, env: Env) -> None:
    page = make_page(qtbot, env.reader, env.links, Clock(local(HELSINKI, JUNE, 10)))
    with qtbot.waitExposed(page):
        page.show()
    problems: list[str] = []
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        problems += [f"{page.tabs.tabText(index)}: {p}" for p in unnamed(page)]
    assert not problems
    assert page.today.timeline.accessibleName() == "Today's schedule"


def test_a_narrow_break_names_itself_in_a_tooltip(qtbot: QtBot, env: Env) -> None:
    env.writer.apply(shift_at(1, AGENT, local(HELSINKI, JUNE, 8)))
    page = make_page(qtbot, env.reader, env.links, Clock(local(HELSINKI, JUNE, 9)))
    with qtbot.waitExposed(page):
        page.show()
    timeline = page.today.timeline
    x = timeline.x_of(local(HELSINKI, JUNE, 10, 7))
    block = timeline.block_at(x)
    assert block is not None
    assert timeline.block_text(block) == "Break 10:00 to 10:15"
    assert timeline.block_at(timeline.x_of(local(HELSINKI, JUNE, 7, 30))) is None
