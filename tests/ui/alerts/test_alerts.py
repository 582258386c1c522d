"""Alerts on a whole window over a real cache: what raises one (an offer for me, a new
message on my conversation, a mention in a note), what does not (the conversation I am
looking at, a colleague's conversation, the catch-up after starting or reconnecting),
sound only when allowed (not during a call, not in quiet hours, not muted), the tone
repeating until the alert is seen, and a notification opening its conversation."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from desktop.models.connection import ConnectionState, Link
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.ui.alerts.service import alert_text
from desktop.ui.alerts.tray import AlertTray
from desktop.ui.pages import INBOX_PAGE, KNOWLEDGE_PAGE
from desktop.ui.shell import style
from tests.ui.alerts.alert_desk import (
    MINE,
    THEIRS,
    AlertDesk,
    chat,
    make_alert_desk,
    message,
)
from tests.ui.calls.routing_desk import call, offer

OFFSCREEN_RAISE = "This plugin does not support raise"
OFFSCREEN_HINTS = "This plugin does not support propagateSizeHints"
OFFSCREEN_TRAY = "No such signal QPlatformNativeInterface::systemTrayWindowChanged"
"""The offscreen platform of tests has no window stacking and no tray."""


@pytest.fixture
def alerts(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    cache: Cache,
    reader: CacheReader,
    tmp_path: Path,
) -> Iterator[AlertDesk]:
    del qloop
    made = make_alert_desk(qtbot, cache, reader, tmp_path)
    yield made
    made.desk.window.close()


def activate(qtbot: QtBot, alerts: AlertDesk) -> None:
    window = alerts.desk.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def test_an_offer_for_me_raises_a_notification_a_sound_and_the_count(
    qtbot: QtBot, alerts: AlertDesk
) -> None:
    window = alerts.desk.window
    with qtbot.waitSignal(alerts.service.alerted, timeout=2000) as raised:
        alerts.apply(offer())
    assert raised.args is not None
    assert raised.args[0].kind == "offer"
    assert alerts.player.played == [("ring", 70)]
    title, body = alert_text(raised.args[0])
    assert "Incoming call" in title
    assert "Aino Virtanen" in body
    # no tray here: the work strip's banner is the visual, never a toast over Send
    assert not window.toast.isVisible()
    assert window.windowTitle() == "(1) Frontline"
    assert alerts.service.repeat.isActive()


def test_an_offer_for_a_colleague_raises_nothing(qtbot: QtBot, alerts: AlertDesk) -> None:
    with qtbot.assertNotEmitted(alerts.service.alerted):
        alerts.apply(offer(agent_id=2))
    assert alerts.player.played == []
    assert alerts.desk.window.windowTitle() == "Frontline"


def test_a_new_message_on_my_conversation_raises_an_alert(qtbot: QtBot, alerts: AlertDesk) -> None:
    now = alerts.clock.now
    with qtbot.waitSignal(alerts.service.alerted, timeout=2000) as raised:
        alerts.apply(message(101, MINE, now + 1, body="My order never came"))
    assert raised.args is not None
    alert = raised.args[0]
    assert (alert.kind, alert.conversation_id) == ("message", MINE)
    assert alert.text == "My order never came"
    assert alerts.player.tones() == ["pop"]
    assert "New message from Mei Chen" in alerts.desk.window.toast.text.text()
    assert alerts.desk.window.windowTitle() == "(1) Frontline"


def test_messages_that_are_not_news_for_me_raise_nothing(qtbot: QtBot, alerts: AlertDesk) -> None:
    now = alerts.clock.now
    with qtbot.assertNotEmitted(alerts.service.alerted):
        alerts.apply(message(102, THEIRS, now + 1))  # a colleague's customer
        alerts.apply(message(103, MINE, now + 2, direction="out", author="Agent One"))  # mine
        alerts.apply(message(104, MINE, now + 3, direction="note", author="Li Wei"))  # no @
    assert alerts.service.book.count == 0


def test_the_conversation_open_in_the_active_window_raises_no_alert(
    qtbot: QtBot, alerts: AlertDesk
) -> None:
    window = alerts.desk.window
    activate(qtbot, alerts)
    window.links.conversationRequested.emit(MINE)
    assert alerts.service.looking_at() == MINE
    with qtbot.assertNotEmitted(alerts.service.alerted):
        alerts.apply(message(105, MINE, alerts.clock.now + 1))
    assert alerts.player.played == []
    # The same conversation open while the agent works in another application does alert.
    window.showMinimized()
    qtbot.waitUntil(lambda: alerts.service.looking_at() is None, timeout=5000)
    with qtbot.waitSignal(alerts.service.alerted, timeout=2000):
        alerts.apply(message(106, MINE, alerts.clock.now + 2))


def test_a_mention_in_a_note_raises_an_alert_with_its_own_tone(
    qtbot: QtBot, alerts: AlertDesk
) -> None:
    with qtbot.waitSignal(alerts.service.alerted, timeout=2000) as raised:
        alerts.apply(
            message(
                107,
                THEIRS,
                alerts.clock.now + 1,
                direction="note",
                author="Li Wei",
                body="@agent01 can you take the refund part?",
            )
        )
    assert raised.args is not None
    assert (raised.args[0].kind, raised.args[0].conversation_id) == ("mention", THEIRS)
    assert alerts.player.tones() == ["bell"]
    assert "Li Wei mentioned you" in alerts.desk.window.toast.text.text()


def test_during_a_call_alerts_are_visual_only(qtbot: QtBot, alerts: AlertDesk) -> None:
    # On the phone: the call is connected and my offer for it is being worked.
    alerts.apply(call(), offer(state="accepted", phase="working"))
    assert alerts.service.talking()
    assert alerts.player.played == []
    with qtbot.waitSignal(alerts.service.alerted, timeout=2000):
        alerts.apply(message(108, MINE, alerts.clock.now + 1))
    assert alerts.desk.window.windowTitle() == "(1) Frontline"  # seen: title, badge, toast
    assert alerts.desk.window.toast.isVisible()
    assert alerts.player.played == []  # heard: nothing
    alerts.apply(call(state="held"))
    with qtbot.waitSignal(alerts.service.alerted, timeout=2000):
        alerts.apply(message(109, MINE, alerts.clock.now + 2))
    assert alerts.player.played == []
    # Hung up: sound again.
    alerts.apply(call(state="ended", ended_at=time.time()))
    assert not alerts.service.talking()
    with qtbot.waitSignal(alerts.service.alerted, timeout=2000):
        alerts.apply(message(110, MINE, alerts.clock.now + 3))
    assert alerts.player.tones() == ["pop"]


def test_sounds_during_calls_when_the_agent_asks_for_them(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    cache: Cache,
    reader: CacheReader,
    tmp_path: Path,
) -> None:
    del qloop
    alerts = make_alert_desk(
        qtbot, cache, reader, tmp_path, settings={"visual_only_on_call": "false"}
    )
    alerts.apply(call(), offer(state="accepted", phase="working"))
    with qtbot.waitSignal(alerts.service.alerted, timeout=2000):
        alerts.apply(message(111, MINE, alerts.clock.now + 1))
    assert alerts.player.tones() == ["pop"]
    alerts.desk.window.close()


def test_quiet_hours_keep_the_alert_but_not_the_sound(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    cache: Cache,
    reader: CacheReader,
    tmp_path: Path,
) -> None:
    del qloop
    moment = time.localtime()
    minute = moment.tm_hour * 60 + moment.tm_min
    quiet = {
        "quiet_hours": True,
        "quiet_from": f"{(minute - 30) % 1440 // 60:02d}:{(minute - 30) % 60:02d}",
        "quiet_to": f"{(minute + 30) % 1440 // 60:02d}:{(minute + 30) % 60:02d}",
    }
    alerts = make_alert_desk(qtbot, cache, reader, tmp_path, settings=quiet)
    with qtbot.waitSignal(alerts.service.alerted, timeout=2000):
        alerts.apply(offer())
    assert alerts.player.played == []
    assert alerts.desk.window.windowTitle() == "(1) Frontline"
    # Quiet hours switched off in the settings: applied at once, the next repeat rings.
    alerts.settings.setValue("alerts/quiet_hours", False)
    alerts.desk.window.settingsApplied.emit()
    qtbot.waitUntil(lambda: alerts.player.tones() == ["ring"], timeout=2000)
    alerts.desk.window.close()


def test_the_tone_repeats_until_the_offer_is_answered(qtbot: QtBot, alerts: AlertDesk) -> None:
    alerts.apply(offer())
    qtbot.waitUntil(lambda: len(alerts.player.played) >= 3, timeout=5000)
    assert set(alerts.player.tones()) == {"ring"}
    with qtbot.waitSignal(alerts.service.countChanged, timeout=2000) as counted:
        alerts.apply(offer(state="accepted", phase="working"))
    assert counted.args == [0]
    assert not alerts.service.repeat.isActive()
    assert alerts.player.stops >= 1
    assert alerts.desk.window.windowTitle() == "Frontline"


def test_a_withdrawn_or_expired_offer_stops_ringing(qtbot: QtBot, alerts: AlertDesk) -> None:
    alerts.apply(offer())
    alerts.apply(offer(state="withdrawn", phase="closed"))
    assert alerts.service.book.count == 0
    assert not alerts.service.repeat.isActive()
    alerts.apply(offer(id=6, expires_at=alerts.clock.now + 20))
    assert alerts.service.book.count == 1
    alerts.clock.now += 21  # nobody answered: the next repeat finds it over
    qtbot.waitUntil(lambda: alerts.service.book.count == 0, timeout=2000)
    assert not alerts.service.repeat.isActive()


def test_the_tone_repeats_until_the_conversation_is_opened_in_the_active_window(
    qtbot: QtBot, alerts: AlertDesk
) -> None:
    window = alerts.desk.window
    activate(qtbot, alerts)
    alerts.apply(message(112, MINE, alerts.clock.now + 1))
    qtbot.waitUntil(lambda: len(alerts.player.played) >= 3, timeout=5000)
    assert set(alerts.player.tones()) == {"pop"}
    with qtbot.waitSignal(alerts.service.countChanged, timeout=2000) as counted:
        window.links.conversationRequested.emit(MINE)
    assert counted.args == [0]
    assert not alerts.service.repeat.isActive()
    assert window.windowTitle() == "Frontline"


def test_opening_it_in_a_window_that_is_not_active_is_not_seeing_it(
    qtbot: QtBot, alerts: AlertDesk
) -> None:
    window = alerts.desk.window
    alerts.apply(message(113, MINE, alerts.clock.now + 1))
    window.showMinimized()
    window.links.conversationRequested.emit(MINE)
    assert alerts.service.book.count == 1
    # Coming back to the window with it open is seeing it.
    with qtbot.waitSignal(alerts.service.countChanged, timeout=5000):
        window.showNormal()
        window.activateWindow()
    assert alerts.service.book.count == 0


@pytest.mark.qt_log_ignore(OFFSCREEN_RAISE, OFFSCREEN_HINTS)
def test_clicking_the_notification_opens_its_conversation(qtbot: QtBot, alerts: AlertDesk) -> None:
    window = alerts.desk.window
    alerts.apply(message(114, MINE, alerts.clock.now + 1))
    window.showMinimized()
    alerts.service.open_last()
    qtbot.waitUntil(lambda: alerts.service.book.count == 0, timeout=5000)
    row = window.conversation.current.row
    assert row is not None
    assert row.id == MINE
    assert not window.isMinimized()


def test_nothing_is_raised_by_the_initial_sync_or_a_reconnect(
    qtbot: QtBot, alerts: AlertDesk
) -> None:
    start = alerts.clock.now
    with qtbot.assertNotEmitted(alerts.service.alerted):
        # The catch-up after starting: older messages on my conversation, an old mention,
        # an offer whose time ran out while the desk was away, and a snapshot.
        alerts.apply(
            *[message(200 + i, MINE, start - 600 + i) for i in range(50)],
            message(260, THEIRS, start - 30, direction="note", body="@agent01 look"),
            offer(id=7, offered_at=start - 60, expires_at=start - 40),
        )
        alerts.apply(message(261, MINE, start - 10), reset=True)
        # Offline for a while, then reconnected: what was written meanwhile is catch-up.
        alerts.service.on_state(ConnectionState(Link.RECONNECTING))
        alerts.clock.now = start + 300
        alerts.service.on_state(ConnectionState(Link.SYNCING))
        alerts.apply(*[message(300 + i, MINE, start + 100 + i) for i in range(20)])
        alerts.service.on_state(ConnectionState(Link.ONLINE))
    assert alerts.player.played == []
    assert alerts.service.book.count == 0
    assert alerts.desk.window.windowTitle() == "Frontline"
    # What arrives after the reconnect is news.
    with qtbot.waitSignal(alerts.service.alerted, timeout=2000):
        alerts.apply(message(400, MINE, alerts.clock.now + 1))


def test_an_offer_still_ringing_after_a_reconnect_is_announced(
    qtbot: QtBot, alerts: AlertDesk
) -> None:
    start = alerts.clock.now
    alerts.service.on_state(ConnectionState(Link.RECONNECTING))
    alerts.clock.now = start + 5
    alerts.service.on_state(ConnectionState(Link.ONLINE))
    with qtbot.waitSignal(alerts.service.alerted, timeout=2000):
        alerts.apply(offer(offered_at=start + 1, expires_at=start + 25), reset=True)
    assert alerts.player.tones() == ["ring"]


@pytest.mark.qt_log_ignore(OFFSCREEN_TRAY, OFFSCREEN_HINTS)
def test_the_tray_menu_mutes_for_an_hour_and_quits(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    cache: Cache,
    reader: CacheReader,
    tmp_path: Path,
) -> None:
    del qloop
    tray = AlertTray(alerts_icon())
    alerts = make_alert_desk(qtbot, cache, reader, tmp_path, tray=tray)
    tray.mute_action.trigger()
    with qtbot.waitSignal(alerts.service.alerted, timeout=2000):
        alerts.apply(message(115, MINE, alerts.clock.now + 1))
    assert alerts.player.played == []
    assert "1 unread" in tray.icon.toolTip()
    # The hour is over: the next repeat sounds, and the menu is unchecked.
    alerts.clock.now += 3601
    qtbot.waitUntil(lambda: alerts.player.tones() == ["pop"], timeout=2000)
    assert not tray.mute_action.isChecked()
    with qtbot.waitSignal(alerts.desk.window.closed, timeout=2000):
        tray.quit_action.trigger()
    assert not tray.icon.isVisible()


def alerts_icon() -> QIcon:
    return QIcon(str(style.ICONS / "frontline.svg"))


def test_back_to_the_inbox_page_with_the_conversation_open_is_seeing_it(
    qtbot: QtBot, alerts: AlertDesk
) -> None:
    window = alerts.desk.window
    activate(qtbot, alerts)
    window.links.conversationRequested.emit(MINE)
    window.show_page(KNOWLEDGE_PAGE)
    alerts.apply(message(116, MINE, alerts.clock.now + 1))
    assert alerts.service.book.count == 1  # not looking at it: on the Knowledge page
    with qtbot.waitSignal(alerts.service.countChanged, timeout=2000) as counted:
        window.mode_buttons.button(INBOX_PAGE).click()
    assert counted.args == [0]


@pytest.mark.qt_log_ignore(OFFSCREEN_TRAY, OFFSCREEN_HINTS)
def test_the_tray_notification_escapes_customer_text(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tray = AlertTray(alerts_icon())
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(tray.icon, "supportsMessages", lambda: True)
    monkeypatch.setattr(tray.icon, "isVisible", lambda: True)
    monkeypatch.setattr(
        tray.icon, "showMessage", lambda title, body, *_rest: shown.append((title, body))
    )
    assert tray.notify("New message from Mei", '<a href="http://x">win</a><img src=x>')
    escaped = "&lt;a href=&quot;http://x&quot;&gt;win&lt;/a&gt;" + "&lt;img src=x&gt;"
    assert shown == [("New message from Mei", escaped)]


def test_a_message_alert_ends_when_the_conversation_is_no_longer_mine(
    qtbot: QtBot, alerts: AlertDesk
) -> None:
    alerts.apply(message(117, MINE, alerts.clock.now + 1))
    assert alerts.service.book.count == 1
    with qtbot.waitSignal(alerts.service.countChanged, timeout=2000) as counted:
        alerts.apply(chat(MINE, assignee=2))  # handed to Li Wei
    assert counted.args == [0]
    assert not alerts.service.repeat.isActive()
