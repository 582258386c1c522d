"""Presence events land in the cache, raise the ``presence`` topic, and read back; the
reason is kept as sent (the control shows it through ``desktop/widgets/plain.py``)."""

from __future__ import annotations

from desktop.store import apply
from desktop.store.reader import CacheReader
from desktop.store.readers.presence import Presence
from desktop.store.writer import CacheWriter
from protocol.frames import Event
from protocol.kinds.presence import PresenceData


def _event(seq: int, presence: PresenceData) -> Event:
    return Event(seq=seq, kind="presence", id=presence.id, data=presence)


def test_presence_is_applied_and_read_back(writer: CacheWriter) -> None:
    reader = CacheReader(writer.path)
    assert reader.presence(7) is None
    first = PresenceData(id=7, state="break", reason="Coffee", since=100.0)
    changes = writer.call(lambda c: apply.apply_events(c, [_event(1, first)], upto=1))
    assert changes.presence == {7}
    assert reader.presence(7) == Presence(7, "break", "Coffee", 100.0, None, "")
    busy = PresenceData(id=7, state="busy", since=200.0, requested="lunch", requested_reason="x")
    writer.call(lambda c: apply.apply_events(c, [_event(2, busy), _event(2, busy)], upto=2))
    assert reader.presence(7) == Presence(7, "busy", "", 200.0, "lunch", "x")
    reader.close()
