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
    customer_until: float = 0.0
    """The web chat customer is typing until then (0: not typing)."""

    def update(self, conversation_id: int) -> ActivityUpdate:
        best: dict[int, str] = {}
        for entry in self.entries.values():
            if best.get(entry.agent_id) != "typing":
                best[entry.agent_id] = entry.state
        agents = [Colleague(agent_id=a, state=s) for a, s in sorted(best.items())]
        return ActivityUpdate(
            conversation_id=conversation_id,
            agents=agents,
            customer_typing=self.customer_until > 0,
        )

    @property
    def empty(self) -> bool:
        return not self.entries and self.customer_until == 0


class ActivityBoard:
    """Conversations with someone in them, and the connections to tell."""

    def __init__(self) -> None:
        self._rooms: dict[int, _Room] = {}
        self._listeners: dict[str, tuple[Viewer, Push]] = {}
        self._observers: dict[str, Push] = {}

    def join(self, key: str, viewer: Viewer, push: Push) -> None:
        """A connection that wants updates for the conversations its viewer sees."""
        self._listeners[key] = (viewer, push)

    def observe(self, key: str, push: Push) -> None:
        """A server-side part that wants every change of every conversation (the web
        chat, which tells a customer's page when the agent types); ``unobserve`` ends it."""
        self._observers[key] = push

    def unobserve(self, key: str) -> None:
        """Stop telling an observer."""
        self._observers.pop(key, None)

    def customer_typing(
        self, conversation_id: int, queue_id: int, typing: bool, *, now: float | None = None
    ) -> None:
        """The customer on the web chat page types (``typing``, repeated by the page like a
        desk's typing, lapsing after :data:`LASTS` ``["typing"]``) or stopped; desks hear it
        as ``ActivityUpdate.customer_typing``."""
        now = time.time() if now is None else now
        room = self._rooms.get(conversation_id)
        if room is None:
            if not typing:
                return
            room = self._rooms.setdefault(conversation_id, _Room(queue_id))
        before = room.customer_until > 0
        room.customer_until = now + LASTS["typing"] if typing else 0.0
        if before != typing:
            self._changed(conversation_id, room)

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
            lapsed = 0 < room.customer_until <= now
            if lapsed:
                room.customer_until = 0.0
            if stale or lapsed:
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
        if room.empty:
            del self._rooms[conversation_id]
        for viewer, push in self._listeners.values():
            if viewer.sees(room.queue_id, None):
                push(update)
        for push in list(self._observers.values()):
            push(update)
