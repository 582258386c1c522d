"""The fan-out ring after an event-log rewrite: ``drop_ring`` empties it at once and
again after the next publish, so events group-committed with an erase (which the erase
may have deleted from the database) are never served from memory; readers go to the
database until later publishes refill the ring."""

from __future__ import annotations

from server.core.fanout import Hub, HubEvent


def event(seq: int) -> HubEvent:
    return HubEvent(seq, None, None, f'{{"seq":{seq}}}', "message")


def test_drop_ring_empties_now_and_after_the_next_publish() -> None:
    hub = Hub(latest_seq=0, first_retained_seq=1)
    hub.publish([event(1), event(2)])
    assert [e.seq for e in hub.ring_after(0, 10) or []] == [1, 2]

    hub.drop_ring()
    assert hub.ring_after(0, 10) is None  # to the database
    hub.publish([event(3), event(4)])  # the batch the erase was committed in
    assert hub.latest_seq == 4
    assert hub.ring_after(2, 10) is None
    assert hub.ring_after(4, 10) == []

    hub.publish([event(5)])  # later writes refill the ring
    assert [e.seq for e in hub.ring_after(4, 10) or []] == [5]
    assert hub.ring_after(3, 10) is None
