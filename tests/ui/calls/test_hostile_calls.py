"""The work strip shows hostile data as plain text: a customer, queue, agent and wrap-up
label made of markup, bidi overrides and control characters, in the ringing banner, the
call panel, after-call work, the transfer picker and the timeline (the window walk of
``tests/ui/test_hostile_text.py``)."""

from __future__ import annotations

import asyncio

from pytestqt.qtbot import QtBot

from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from protocol.entities import AgentData, QueueData
from protocol.kinds.routing import QueueRoutingData, WrapupChoice
from tests.ui.calls.routing_desk import RoutingDesk, call, conversation, offer
from tests.ui.hostile_fill import C0, FAKE_NOTE, LOCAL_IMAGE, RLO_FILE
from tests.ui.test_hostile_text import walk


def test_the_work_strip_shows_hostile_text_plainly(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, cache: Cache, reader: CacheReader
) -> None:
    del qloop
    desk = RoutingDesk(qtbot, cache, reader)
    desk.apply(
        QueueData.model_construct(id=1, name="<i>Support</i>" + LOCAL_IMAGE),
        AgentData.model_construct(
            id=2, username="x", display_name="<u>Agent</u> " + RLO_FILE, role="agent"
        ),
        conversation(2, name=FAKE_NOTE + C0, channel="email", subject=LOCAL_IMAGE),
        conversation(3, name=FAKE_NOTE + RLO_FILE),
        QueueRoutingData.model_construct(
            id=1,
            priority=0,
            sla_seconds=60,
            widen_after_seconds=30,
            min_level=1,
            acw_seconds=30,
            wrapup_required=True,
            wrapup_codes=[WrapupChoice.model_construct(code="x", label="<b>Refund</b>" + C0)],
            offer_seconds=20.0,
        ),
    )
    with qtbot.waitSignal(desk.window.inboxPainted, timeout=5000):
        desk.window.show()
    desk.apply(offer(), call(caller="<b>+358</b>" + RLO_FILE, transfer_target=FAKE_NOTE))
    assert desk.window.work.banner.customer.full_text().startswith(FAKE_NOTE)
    assert desk.window.inbox.select_id(3)
    desk.window.work.call.open_transfer(consult=False)
    problems = walk(desk.window)
    desk.apply(
        offer(id=6, state="accepted", phase="acw", wrapup_required=True),
        call(state="transferring", transfer_target=FAKE_NOTE + C0),
    )
    assert desk.window.work.wrapup.isVisible()
    problems += walk(desk.window)
    assert not problems, "\n".join(problems)
    desk.window.close()
