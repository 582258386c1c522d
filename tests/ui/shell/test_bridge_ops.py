"""The bridge coalesces bursts into one signal; Ops reports back on the UI thread."""

from __future__ import annotations

import asyncio

import pytest
from pytestqt.qtbot import QtBot

from desktop.models.changes import Changes, Notice
from desktop.models.connection import ConnectionState, Link
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops


def test_a_burst_of_changes_is_one_signal(qtbot: QtBot) -> None:
    bridge = SyncBridge()
    received: list[Changes] = []
    bridge.changes.connect(received.append)
    with qtbot.waitSignal(bridge.changes, timeout=2000):
        for i in range(200):
            bridge.on_changes(Changes(conversations=frozenset({i}), messages_of=frozenset({i})))
        bridge.on_changes(Changes())  # nothing: ignored
    assert len(received) == 1
    assert received[0].conversations == frozenset(range(200))


def test_notices_and_states_are_emitted(qtbot: QtBot) -> None:
    bridge = SyncBridge()
    notice = Notice("reply_rejected", "conversation is closed", 7)
    with qtbot.waitSignal(bridge.notice, timeout=2000) as blocker:
        bridge.on_changes(Changes(notices=(notice,)))
    assert blocker.args == [notice]
    state = ConnectionState(Link.ONLINE)
    with qtbot.waitSignal(bridge.stateChanged) as blocker:
        bridge.on_state(state)
    assert blocker.args == [state]
    assert bridge.state is state


def test_ops_delivers_results_and_errors(qtbot: QtBot, qloop: asyncio.AbstractEventLoop) -> None:
    ops = Ops()
    results: list[int] = []
    errors: list[BaseException] = []

    async def answer() -> int:
        await asyncio.sleep(0)
        return 42

    async def broken() -> int:
        raise ValueError("no such conversation")

    with qtbot.waitSignal(ops.busyChanged, check_params_cb=lambda busy: not busy, timeout=3000):
        ops.run(answer(), on_done=results.append)
        ops.run(broken(), on_error=errors.append)
    assert results == [42]
    assert isinstance(errors[0], ValueError)

    with qtbot.waitSignal(ops.failed, timeout=3000) as blocker:
        ops.run(broken(), what="load the conversation")
    assert blocker.args == ["load the conversation", "no such conversation"]
    assert not ops.busy


@pytest.mark.usefixtures("qloop")
def test_ops_cancel_all(qtbot: QtBot) -> None:
    ops = Ops()
    task = ops.run(asyncio.sleep(30))
    done = asyncio.ensure_future(ops.cancel_all())
    qtbot.waitUntil(done.done, timeout=3000)
    assert task.cancelled()
