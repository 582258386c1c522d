"""Who is viewing or typing in which conversation: ephemeral, in memory, never logged.

Collision avoidance (two agents answering one customer) needs to know *now* who else is
in a conversation, not a history of it, so this lives beside the websockets rather than in
the event log. A desk says ``activity`` when it opens a conversation, while its agent
types, and when it leaves; it repeats a state before it lapses (:data:`LASTS`), so a desk
that vanishes without a word drops out by itself. Every change is pushed, as the whole
list for that conversation, to the connections whose viewer sees the conversation's queue.

One board per server process (``ServerContext.activity``); a multi-process server would
share it through its database or a pub/sub channel (issue 13).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from protocol.frames import ActivityUpdate, Colleague
from server.core.visibility import Viewer

LASTS = {"viewing": 45.0, "typing": 8.0}
"""Seconds a state lasts unless repeated (desks repeat viewing every 20 s, typing every 4 s)."""
SWEEP_EVERY = 2.0
MAX_PER_CONVERSATION = 100

Push = Callable[[ActivityUpdate], None]


@dataclass
class _Entry:
    agent_id: int
    state: str
    until: float


@dataclass
class _Room:
    queue_id: int
    entries: dict[str, _Entry] = field(default_factory=dict)
    """By connection key (one agent may have two desks)."""

    def update(self, conversation_id: int) -> ActivityUpdate:
        best: dict[int, str] = {}
        for entry in self.entries.values():
            if best.get(entry.agent_id) != "typing":
                best[entry.agent_id] = entry.state
        agents = [Colleague(agent_id=a, state=s) for a, s in sorted(best.items())]
        return ActivityUpdate(conversation_id=conversation_id, agents=agents)


class ActivityBoard:
    """Conversations with someone in them, and the connections to tell."""

    def __init__(self) -> None:
        self._rooms: dict[int, _Room] = {}
        self._listeners: dict[str, tuple[Viewer, Push]] = {}

    def join(self, key: str, viewer: Viewer, push: Push) -> None:
        """A connection that wants updates for the conversations its viewer sees."""
        self._listeners[key] = (viewer, push)

    def leave(self, key: str) -> None:
        """The connection closed: forget it and whatever its agent was doing."""
        self._listeners.pop(key, None)
        for conversation_id, room in list(self._rooms.items()):
            if room.entries.pop(key, None) is not None:
                self._changed(conversation_id, room)

    def say(
        self,
        key: str,
        agent_id: int,
        conversation_id: int,
        queue_id: int,
        state: str,
        *,
        now: float | None = None,
    ) -> None:
        """Record what ``key``'s agent does in a conversation; tell others if it changed.
        A connection is in one conversation at a time: saying anything leaves the others."""
        now = time.time() if now is None else now
        for other_id, other in list(self._rooms.items()):
            if other_id != conversation_id and other.entries.pop(key, None) is not None:
                self._changed(other_id, other)
        room = self._rooms.setdefault(conversation_id, _Room(queue_id))
        before = room.entries.get(key)
        if state == "left":
            if room.entries.pop(key, None) is not None:
                self._changed(conversation_id, room)
            return
        if before is None and len(room.entries) >= MAX_PER_CONVERSATION:
            return
        room.entries[key] = _Entry(agent_id, state, now + LASTS[state])
        if before is None or before.state != state:
            self._changed(conversation_id, room)

    def sweep(self, now: float | None = None) -> None:
        """Drop states nobody repeated in time."""
        now = time.time() if now is None else now
        for conversation_id, room in list(self._rooms.items()):
            stale = [k for k, e in room.entries.items() if e.until <= now]
            for k in stale:
                del room.entries[k]
            if stale:
                self._changed(conversation_id, room)

    def who(self, conversation_id: int) -> ActivityUpdate:
        """The current list of a conversation (empty when nobody is in it)."""
        room = self._rooms.get(conversation_id)
        if room is None:
            return ActivityUpdate(conversation_id=conversation_id)
        return room.update(conversation_id)

    async def sweep_forever(self) -> None:
        """The sweeper task the composition root runs."""
        while True:
            await asyncio.sleep(SWEEP_EVERY)
            self.sweep()

    def _changed(self, conversation_id: int, room: _Room) -> None:
        update = room.update(conversation_id)
        if not room.entries:
            del self._rooms[conversation_id]
        for viewer, push in self._listeners.values():
            if viewer.sees(room.queue_id, None):
                push(update)
