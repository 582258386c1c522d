"""The fan-out wakes only the connections that may see a published event (the same rule
as ``Viewer.sees``), and every viewer-less waiter (routing)."""

from __future__ import annotations

import asyncio

import pytest

from server.core.fanout import Hub, HubEvent
from server.core.visibility import SUPERVISORS_ONLY, Viewer

pytestmark = pytest.mark.asyncio

ALICE = Viewer(agent_id=1, supervisor=False, queue_ids=frozenset({1}))
BOB = Viewer(agent_id=2, supervisor=False, queue_ids=frozenset({2}))
BOSS = Viewer(agent_id=9, supervisor=True, queue_ids=frozenset({1, 2}))
VIEWERS = (ALICE, BOB, BOSS)


def woken(hub: Hub, waiters: dict[str, asyncio.Event], event: HubEvent) -> set[str]:
    for waiter in waiters.values():
        waiter.clear()
    hub.publish([event])
    return {name for name, waiter in waiters.items() if waiter.is_set()}


async def test_each_publish_wakes_exactly_the_viewers_who_see_it() -> None:
    hub = Hub(latest_seq=0, first_retained_seq=1)
    waiters = {"alice": hub.subscribe(ALICE), "bob": hub.subscribe(BOB)}
    waiters["boss"] = hub.subscribe(BOSS)
    waiters["routing"] = hub.subscribe()
    cases = [
        ((None, 1), {"alice"}),  # agent-scoped: that agent only
        ((SUPERVISORS_ONLY, None), {"boss"}),
        ((2, None), {"bob", "boss"}),  # a queue: its members and supervisors
        ((None, None), {"alice", "bob", "boss"}),  # unscoped: everyone
        ((7, None), {"boss"}),  # a queue nobody here belongs to
    ]
    for seq, ((queue_id, agent_id), expected) in enumerate(cases, 1):
        event = HubEvent(seq, queue_id, agent_id, "{}", "conversation")
        assert woken(hub, waiters, event) == expected | {"routing"}, (queue_id, agent_id)
        for viewer, name in zip(VIEWERS, ("alice", "bob", "boss"), strict=True):
            assert viewer.sees(queue_id, agent_id) == (name in expected)


async def test_a_forgotten_waiter_is_never_woken_again() -> None:
    hub = Hub(latest_seq=0, first_retained_seq=1)
    gone = hub.subscribe(ALICE)
    stays = hub.subscribe(ALICE)
    hub.unsubscribe(gone)
    hub.publish([HubEvent(1, 1, None, "{}", "message")])
    assert stays.is_set()
    assert not gone.is_set()
