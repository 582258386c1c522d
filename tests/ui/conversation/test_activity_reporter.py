"""What the desk says about its agent's activity, against a recording engine: ``typing``
at most every few seconds, ``viewing`` again after a pause, not repeated while the window
is minimised, said again when the link comes back."""

from __future__ import annotations

import asyncio

from pytestqt.qtbot import QtBot

from desktop.ui.conversation.activity import ActivityActions, ActivityReporter
from desktop.ui.shell.ops import Ops
from protocol.frames import ActivityState, AgentInfo


class Recorder:
    """Says nothing anywhere; remembers what it was asked to say (False while offline)."""

    def __init__(self) -> None:
        self.agent: AgentInfo | None = AgentInfo(
            id=1, username="agent01", display_name="Emma Wilson", role="agent"
        )
        self.said: list[tuple[int, str]] = []
        self.online = True

    async def say_activity(self, conversation_id: int, state: ActivityState) -> bool:
        if not self.online:
            return False
        self.said.append((conversation_id, state))
        return True


def test_what_the_desk_says(qtbot: QtBot, qloop: asyncio.AbstractEventLoop) -> None:
    del qloop
    minimised = False
    ops = Ops()
    reporter = ActivityReporter(ops, lambda: minimised)
    engine = Recorder()
    assert isinstance(engine, ActivityActions)
    reporter.set_actions(engine)
    reporter.online(True)
    assert reporter.me == 1

    def settled() -> None:
        qtbot.waitUntil(lambda: not ops.busy)

    reporter.opened(7)
    settled()
    assert engine.said == [(7, "viewing")]
    for _key in range(20):  # a burst of keys says "typing" once
        reporter.typed()
    settled()
    assert engine.said[1:] == [(7, "typing")]
    reporter.stopped_typing()  # the pause (or the send)
    reporter.opened(8)
    settled()
    assert engine.said[2:] == [(7, "viewing"), (7, "left"), (8, "viewing")]

    # The repeat says "viewing" again, but not while the window is minimised.
    reporter.repeat.setInterval(10)
    reporter.repeat.start()
    with qtbot.waitSignal(reporter.repeat.timeout):
        pass
    settled()
    assert engine.said[-1] == (8, "viewing")
    minimised = True
    count = len(engine.said)
    with qtbot.waitSignal(reporter.repeat.timeout):
        pass
    settled()
    assert len(engine.said) == count

    # Offline nothing is said (nor queued); back online the current state is said again.
    engine.online = False
    reporter.online(False)
    reporter.typed()
    settled()
    assert len(engine.said) == count
    engine.online = True
    reporter.online(True)
    settled()
    assert engine.said[-1] == (8, "typing")

    reporter.close()
    settled()
    assert engine.said[-1] == (8, "left")
    reporter.repeat.stop()
