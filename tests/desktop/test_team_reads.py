"""The supervisor's team reads: every agent's open offers with their calls (not the
finished or closed ones), and the queues each agent's routing profile has a skill in."""

from __future__ import annotations

from desktop.store.reader import CacheReader
from desktop.store.writer import CacheWriter
from protocol.entities import AgentData, QueueData
from protocol.kinds.routing import RoutingProfileData, Skill
from tests.desktop.test_routing_cache import NOW, Feed, call, offer


def test_team_work_lists_open_offers_with_their_calls(writer: CacheWriter) -> None:
    feed = Feed(writer)
    reader = CacheReader(writer.path)
    try:
        assert reader.team_work() == []
        feed(
            QueueData(id=1, name="Support"),
            AgentData(id=1, username="a1", display_name="A1"),
            AgentData(id=2, username="a2", display_name="A2"),
            AgentData(id=3, username="a3", display_name="A3"),
        )
        feed(
            offer(id=10, agent_id=1, channel="chat", call_id=None),
            offer(
                id=11,
                agent_id=2,
                call_id=9,
                state="accepted",
                phase="working",
                decided_at=NOW + 2,
            ),
            call(id=9, state="held", agent_id=2, connected_at=NOW + 2, state_since=NOW + 50),
            offer(id=12, agent_id=2, channel="email", call_id=None, state="accepted", phase="done"),
            offer(
                id=13,
                agent_id=3,
                channel="chat",
                call_id=None,
                state="accepted",
                phase="acw",
                ended_at=NOW + 60,
                acw_until=NOW + 90,
            ),
            offer(id=14, agent_id=3, call_id=None, state="declined", phase="closed"),
            offer(id=15, agent_id=7, call_id=None),  # an agent not cached: not on the page
        )
        work = reader.team_work()
        assert [(w.agent_id, w.offer_id, w.phase) for w in work] == [
            (1, 10, "ringing"),
            (2, 11, "working"),
            (3, 13, "acw"),
        ]
        assert (work[0].channel, work[0].call_state) == ("chat", None)
        assert (work[1].call_state, work[1].call_connected_at, work[1].call_state_since) == (
            "held",
            NOW + 2,
            NOW + 50,
        )
        assert (work[2].ended_at, work[2].acw_until) == (NOW + 60, NOW + 90)
    finally:
        reader.close()


def test_skill_queues_by_agent(writer: CacheWriter) -> None:
    feed = Feed(writer)
    reader = CacheReader(writer.path)
    try:
        assert reader.skill_queues() == {}
        feed(
            RoutingProfileData(
                id=1, skills=[Skill(queue_id=1, level=3), Skill(queue_id=2, level=1)]
            ),
            RoutingProfileData(id=2, skills=[]),
        )
        assert reader.skill_queues() == {1: frozenset({1, 2}), 2: frozenset()}
    finally:
        reader.close()
