"""The open conversation's header counts down to its response target with a fake clock:
grey while on time, amber in the last quarter, red once overdue; it moves when the cache
says so (a reply stops it, a pending status hides it)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.models.changes import Changes
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.ui.conversation.sla_badge import SlaBadge
from desktop.ui.shell import style
from tests.ui.inbox.test_search_ui import conv, msg, put


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_the_header_countdown_changes_colour_and_follows_the_cache(
    qtbot: QtBot, cache: Cache, reader: CacheReader
) -> None:
    put(cache, conv(1), msg(11, 1, "Hello, anyone there?"))  # at 1011, first response 60 s
    clock = FakeClock(1011.0)
    badge = SlaBadge(reader, clock=clock)
    qtbot.addWidget(badge)
    badge.show_for(1)
    assert badge.isVisibleTo(badge.parentWidget() or badge)
    assert badge.text() == "Reply due in 1:00"
    assert badge.level == "ok"
    assert style.MUTED.name() in badge.styleSheet()

    clock.now = 1060.0
    badge.repaint_countdown()
    assert badge.text() == "Reply due in 0:11"
    assert badge.level == "at_risk"
    assert style.PENDING.name() in badge.styleSheet()

    clock.now = 1075.0
    badge.repaint_countdown()
    assert badge.text() == "Reply overdue by 0:04"
    assert badge.level == "overdue"
    assert style.FAILED.name() in badge.styleSheet()
    assert "First response overdue" in badge.toolTip()

    # our reply: nothing owed, the badge goes
    reply = msg(12, 1, "Yes, here I am").model_copy(
        update={"direction": "out", "author_name": "Agent"}
    )
    put(cache, reply)
    badge.on_changes(Changes.of_topics({"messages_of": {1}}))
    assert badge.timer is None
    assert badge.isHidden()

    # the customer writes again: the next-response target (300 s) runs
    put(cache, msg(13, 1, "Thanks, one more thing"))
    badge.on_changes(Changes.of_topics({"messages_of": {1}}))
    clock.now = 1013.0
    badge.repaint_countdown()
    assert badge.text() == "Reply due in 5:00"

    # waiting on the customer: pending stops the clock
    put(cache, conv(1).model_copy(update={"status": "pending"}))
    badge.on_changes(Changes.of_topics({"conversations": {1}}))
    assert badge.isHidden()
