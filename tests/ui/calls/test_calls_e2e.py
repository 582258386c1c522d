"""Phone calls on a whole desk against a real server that routes.

A call is offered through the CTI API (``POST /api/cti/events``, as a telephony adapter
would), the banner rings with the caller's name and history (the screen pop), Accept
answers it, the call panel shows a running talk timer, Hold and Resume change it on the
server's word, keypad tones reach the server, a blind transfer to a queue ends the
agent's part into after-call work whose required wrap-up code gates Done, and presence
returns to Available. A consult (warm) transfer waits for a colleague (a raw socket
here) to accept before Complete hands the customer over. A desk whose server stopped
refuses Accept at once and says why.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, TypeVar

import httpx
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.shell.window import MainWindow
from protocol.kinds.routing import OfferData
from tests.support.desk_socket import Desk as DeskSocket
from tests.support.routing import (
    AGENT01,
    AGENT02,
    accept,
    cti,
    quiet,
    ringing_offer,
    shared_queue,
)
from tests.support.server_proc import ServerFactory, ServerProcess
from tests.ui.desk_runs import DeskRun, start_signed_in_desk

NUMBER = "+358401234567"
SHOWN_NUMBER = "+358 40 123 4567"  # how a provider may send it: one customer in E.164
BILLING = 2  # agent01 has no skill there (shared_queue): a transfer to it leaves the desk
T = TypeVar("T")


def earlier_chat(server: ServerProcess, body: str) -> None:
    """A chat the caller had before (resolved by :func:`quiet`): the screen pop's history.
    The caller's number is their handle, so the call finds the same customer."""
    payload = {
        "channel": "chat",
        "customer": {"ref": NUMBER, "name": "Aino Virtanen", "language": "fi"},
        "body": body,
        "queue": "General",
    }
    httpx.post(f"{server.url}/api/intake/messages", json=payload, timeout=10).raise_for_status()


def run(qtbot: QtBot, qloop: asyncio.AbstractEventLoop, work: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine (a raw desk socket's steps) on the desk's loop and wait for it."""
    task = qloop.create_task(work)
    qtbot.waitUntil(task.done, timeout=40_000)
    return task.result()


def call_desk(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server: ServerProcess,
    tmp_path: Path,
) -> DeskRun:
    """agent01's desk, online and Available (chosen through the presence control)."""
    started = start_signed_in_desk(qtbot, qapp, qloop, server.url, tmp_path)
    presence = started.window.presence
    with qtbot.waitSignal(presence.presenceSent, timeout=10_000):
        presence.state_actions["available"].trigger()
    qtbot.waitUntil(lambda: presence.shown is not None and presence.shown.state == "available")
    return started


def answer_ringing_call(qtbot: QtBot, window: MainWindow) -> int:
    """Wait for the call's offer to ring, accept it from the banner; the call's id."""
    banner, panel = window.work.banner, window.work.call
    qtbot.waitUntil(banner.isVisible, timeout=15_000)
    offer = banner.offer
    assert offer is not None
    assert offer.channel == "phone"
    assert offer.call_id is not None
    with qtbot.waitSignal(banner.conversationRequested, timeout=10_000):
        banner.accept_button.click()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    qtbot.waitUntil(panel.isVisible, timeout=10_000)
    assert panel.call is not None
    assert panel.call.id == offer.call_id
    return offer.call_id


def server_call(server: ServerProcess, call_id: int) -> tuple[str, str, str]:
    """The call's state, tones and transfer target as the server stored them."""
    with sqlite3.connect(server.db_path) as conn:
        row = conn.execute(
            "SELECT state, dtmf, transfer_target FROM calls WHERE id = ?", (call_id,)
        ).fetchone()
    return str(row[0]), str(row[1]), str(row[2])


def close(qtbot: QtBot, started: DeskRun) -> None:
    started.window.close()
    qtbot.waitUntil(started.task.done, timeout=15_000)
    assert started.task.result() == 0


def test_a_call_rings_with_the_screen_pop_is_held_given_tones_and_transferred_into_wrapup(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    earlier_chat(server, "My invoice is wrong")
    quiet(server.db_path)
    queue = shared_queue(server.db_path, AGENT01)
    started = call_desk(qtbot, qapp, qloop, server, tmp_path)
    window = started.window
    banner, panel, wrapup = window.work.banner, window.work.call, window.work.wrapup

    # The call rings with who is calling and what they contacted us about before.
    cti(server, "c1", "offered", caller=SHOWN_NUMBER, queue=queue)
    qtbot.waitUntil(banner.isVisible, timeout=15_000)
    assert banner.title.text() == "Incoming call"
    assert banner.customer.full_text() == "Aino Virtanen"
    assert "Phone" in banner.facts.full_text()
    assert queue in banner.facts.full_text()
    history = banner.history.full_text()
    assert history.startswith("Recently:")
    assert "My invoice is wrong" in history
    assert 0 < banner.remaining() <= 21  # 20 s, read through the estimated server clock

    # Accept answers it: connected, the talk timer runs.
    call_id = answer_ringing_call(qtbot, window)
    qtbot.waitUntil(lambda: panel.state.full_text() == "Connected", timeout=10_000)
    assert panel.caller.full_text() == "Aino Virtanen"
    assert NUMBER in panel.number.full_text()
    assert panel.hold_time.isHidden()
    conversation = window.conversation.conversation
    assert conversation is not None
    assert banner.offer is None
    first = panel.talk.text()
    qtbot.waitUntil(lambda: panel.talk.text() != first, timeout=5_000)
    assert re.fullmatch(r"\d+:\d\d", panel.talk.text())

    # Hold: the server's call is held, the hold timer runs; Resume brings it back.
    with qtbot.waitSignal(panel.controlSent, timeout=10_000):
        panel.hold_button.click()
    qtbot.waitUntil(lambda: panel.state.full_text() == "On hold", timeout=10_000)
    assert panel.hold_button.text() == "Resume"
    assert server_call(server, call_id)[0] == "held"
    talked = panel.talk.text()
    qtbot.waitUntil(panel.hold_time.isVisible, timeout=5_000)
    assert panel.hold_time.text().startswith("On hold 0:0")
    assert panel.talk.text() == talked  # talk time stands still while held
    assert panel.property("state") == "held"
    with qtbot.waitSignal(panel.controlSent, timeout=10_000):
        panel.hold_button.click()
    qtbot.waitUntil(lambda: panel.state.full_text() == "Connected", timeout=10_000)
    assert panel.hold_button.text() == "Hold"
    assert panel.hold_time.isVisible()  # the call's hold total stays in sight

    # Keypad: each tone goes to the server (call.dtmf), also typed quickly in a row.
    panel.keypad_button.click()
    keypad = panel.keypad
    assert keypad is not None
    assert keypad.isVisible()
    for key in "12#":
        keypad.press(key)
    qtbot.waitUntil(lambda: panel.call is not None and panel.call.dtmf == "12#", timeout=10_000)
    assert server_call(server, call_id)[1] == "12#"
    assert keypad.sent.text() == "12#"
    keypad.close()

    # Blind transfer to a queue: the call leaves the desk, after-call work begins.
    panel.transfer_button.click()
    dialog = panel.transfer_dialog
    assert dialog is not None
    assert dialog.choose("queue", BILLING)
    with qtbot.waitSignal(panel.controlSent, timeout=10_000) as sent:
        dialog.ok.click()
    assert sent.args == ["transfer"]
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=10_000)
    qtbot.waitUntil(wrapup.isVisible, timeout=10_000)
    state, _dtmf, target = server_call(server, call_id)
    assert state == "transferring"
    assert target.startswith("queue ")
    qtbot.waitUntil(
        lambda: window.presence.shown is not None and window.presence.shown.state == "acw"
    )

    # A required wrap-up code gates Done; the countdown runs against the queue's limit.
    assert wrapup.required
    assert not wrapup.done.isEnabled()
    assert wrapup.required_mark.isVisible()
    left = wrapup.remaining()
    assert left is not None
    assert 0 < left <= 61  # the queue's 60 s, give or take the desk's clock offset estimate
    assert re.fullmatch(r"\d+:\d\d", wrapup.countdown.text())
    assert "Aino Virtanen" in wrapup.contact.full_text()
    wrapup.finish()  # refused by the desk itself: nothing is sent without a code
    assert not window.work.runner.pending
    assert wrapup.choose("resolved")
    assert wrapup.done.isEnabled()
    wrapup.note.setText("Invoice corrected")
    with qtbot.waitSignal(wrapup.wrappedUp, timeout=10_000):
        wrapup.done.click()
    qtbot.waitUntil(lambda: not wrapup.isVisible(), timeout=10_000)
    qtbot.waitUntil(
        lambda: window.presence.shown is not None and window.presence.shown.state == "available",
        timeout=10_000,
    )
    with sqlite3.connect(server.db_path) as conn:
        code, note = conn.execute(
            "SELECT wrapup_code, wrapup_note FROM offers WHERE call_id = ? AND agent_id = 1",
            (call_id,),
        ).fetchone()
    assert (code, note) == ("resolved", "Invoice corrected")
    close(qtbot, started)


def test_a_consult_transfer_waits_for_the_colleague_then_completes(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    quiet(server.db_path)
    queue = shared_queue(server.db_path, AGENT01, AGENT02)
    started = call_desk(qtbot, qapp, qloop, server, tmp_path)
    window = started.window
    panel, wrapup = window.work.call, window.work.wrapup
    cti(server, "c2", "offered", caller=NUMBER, queue=queue)
    call_id = answer_ringing_call(qtbot, window)
    qtbot.waitUntil(lambda: panel.state.full_text() == "Connected", timeout=10_000)

    colleague = run(qtbot, qloop, DeskSocket.open(server, "agent02"))
    run(qtbot, qloop, colleague.set_presence("available"))

    # Consult agent02: the customer waits on hold while agent01 is still on the call.
    panel.consult_button.click()
    dialog = panel.transfer_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Consult before transferring"
    assert dialog.choose("agent", AGENT02)
    with qtbot.waitSignal(panel.controlSent, timeout=10_000) as sent:
        dialog.ok.click()
    assert sent.args == ["consult"]
    qtbot.waitUntil(lambda: panel.state.full_text().startswith("Consulting"), timeout=10_000)
    assert panel.complete_button.isVisible()
    assert panel.cancel_button.isVisible()
    assert not panel.hold_button.isVisible()
    assert not panel.transfer_button.isVisible()
    qtbot.waitUntil(lambda: panel.hold_seconds() >= 1, timeout=5_000)

    # Completing before the colleague answered is refused, in words.
    toasts: list[tuple[str, str]] = []
    window.work.toastRequested.connect(lambda text, level: toasts.append((text, level)))
    panel.complete_button.click()
    qtbot.waitUntil(lambda: bool(toasts), timeout=10_000)
    assert toasts[0][0].startswith("The transfer was not completed: ")
    assert toasts[0][1] == "error"

    async def take_leg() -> OfferData:
        leg = await ringing_offer(colleague, call_id=call_id)
        await accept(colleague, leg.id)
        return leg

    leg = run(qtbot, qloop, take_leg())
    assert leg.why == "reserved"
    qtbot.waitUntil(lambda: not window.work.runner.pending)
    with qtbot.waitSignal(panel.controlSent, timeout=10_000) as sent:
        panel.complete_button.click()
    assert sent.args == ["complete_transfer"]
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=10_000)
    qtbot.waitUntil(wrapup.isVisible, timeout=10_000)
    state, _dtmf, _target = server_call(server, call_id)
    assert state == "connected"
    with sqlite3.connect(server.db_path) as conn:
        (agent,) = conn.execute("SELECT agent_id FROM calls WHERE id = ?", (call_id,)).fetchone()
    assert agent == AGENT02
    run(qtbot, qloop, colleague.ws.close())
    close(qtbot, started)


def test_a_desk_whose_server_stopped_refuses_accept_at_once(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    quiet(server.db_path)
    queue = shared_queue(server.db_path, AGENT01)
    started = call_desk(qtbot, qapp, qloop, server, tmp_path)
    window = started.window
    banner = window.work.banner
    cti(server, "c3", "offered", caller=NUMBER, queue=queue)
    qtbot.waitUntil(banner.isVisible, timeout=15_000)

    server.stop()
    qtbot.waitUntil(lambda: window.status.link_text() != "Online", timeout=30_000)
    toasts: list[tuple[str, str]] = []
    window.work.toastRequested.connect(lambda text, level: toasts.append((text, level)))
    banner.accept_button.click()
    # At once: no waiting for a timeout, nothing queued for later.
    assert toasts == [("Not connected: The offer was not accepted", "error")]
    assert not window.work.runner.pending
    qtbot.waitUntil(lambda: window.toast.text.text() == toasts[0][0], timeout=5_000)
    close(qtbot, started)
