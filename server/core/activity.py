"""Who is viewing or typing in which conversation: ephemeral, in memory, never logged.

Collision avoidance (two agents answering one customer) needs to know *now* who else is
in a conversation, not a history of it, so this lives beside the websockets rather than in
the event log. A desk says ``activity`` when it opens a conversation, while its agent
types, and when it leaves; it repeats a state before it lapses (:data:`LASTS`), so a desk
that vanishes without a word drops out by itself. Every change is pushed, as the whole
list for that conversation, to the connections whose viewer sees the conversation's queue.

One board per server process (``ServerContext.activity``). Several processes on one
PostgreSQL database share theirs (:meth:`ActivityBoard.share`, ``server.core.pg_shared``):
each writes its own connections' states to a table and wakes the others, which re-read
it and merge those states as *remote* entries, so an agent on one process sees a
colleague on another typing in the same conversation.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from protocol.frames import ActivityUpdate, Colleague
from server.core.visibility import Viewer

LASTS = {"viewing": 45.0, "typing": 8.0}
"""Seconds a state lasts unless repeated (desks repeat viewing every 20 s, typing every 4 s)."""
SWEEP_EVERY = 2.0
MAX_PER_CONVERSATION = 100

REMOTE_MARGIN = 10.0
"""Seconds past its lapse a remote state is dropped even if its table could not be re-read
(its process repeats it in the table, not to us, so a lapse first means: re-read)."""
CUSTOMER = 0
"""The agent id of the web chat customer's typing in a shared row."""

Push = Callable[[ActivityUpdate], None]


@dataclass(frozen=True)
class SharedRow:
    """One connection's state as the other processes read it."""

    conversation_id: int
    queue_id: int
    agent_id: int
    """:data:`CUSTOMER` for the web chat customer typing."""
    state: str
    until: float


class Sink(Protocol):
    """Where a shared board writes its own states (``server.core.pg_shared_activity``)."""

    def put(self, key: str, row: SharedRow | None, changed: set[int]) -> None:
        """``key``'s state is now ``row`` (None: nothing); ``changed`` are the
        conversations whose list changed (the other processes are woken for them)."""
        ...

    def refresh(self, conversation_ids: set[int]) -> None:
        """Re-read the others' states of these conversations (some looked lapsed)."""
        ...


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
    remote: dict[str, _Entry] = field(default_factory=dict)
    """Other processes' connections (shared board only), by ``process/key``."""
    remote_customer_until: float = 0.0
    last: ActivityUpdate | None = None
    """What was last pushed (a re-read that changes nothing pushes nothing)."""

    def update(self, conversation_id: int) -> ActivityUpdate:
        best: dict[int, str] = {}
        for entry in [*self.entries.values(), *self.remote.values()]:
            if best.get(entry.agent_id) != "typing":
                best[entry.agent_id] = entry.state
        agents = [Colleague(agent_id=a, state=s) for a, s in sorted(best.items())]
        return ActivityUpdate(
            conversation_id=conversation_id,
            agents=agents,
            customer_typing=self.customer_until > 0 or self.remote_customer_until > 0,
        )

    @property
    def empty(self) -> bool:
        return (
            not self.entries
            and self.customer_until == 0
            and not self.remote
            and self.remote_customer_until == 0
        )


class ActivityBoard:
    """Conversations with someone in them, and the connections to tell."""

    def __init__(self) -> None:
        self._rooms: dict[int, _Room] = {}
        self._listeners: dict[str, tuple[Viewer, Push]] = {}
        self._observers: dict[str, Push] = {}
        self._sink: Sink | None = None

    def share(self, sink: Sink | None) -> None:
        """Write this board's states to ``sink`` from now on (None: stop; in memory only)."""
        self._sink = sink

    def _put(self, key: str, row: SharedRow | None, changed: set[int]) -> None:
        if self._sink is not None:
            self._sink.put(key, row, changed)

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
        row = SharedRow(conversation_id, queue_id, CUSTOMER, "typing", room.customer_until)
        if before != typing:
            self._changed(conversation_id, room)
        if typing or before:
            self._put(
                _customer_key(conversation_id),
                row if typing else None,
                ({conversation_id} if before != typing else set()),
            )

    def leave(self, key: str) -> None:
        """The connection closed: forget it and whatever its agent was doing."""
        self._listeners.pop(key, None)
        left: set[int] = set()
        for conversation_id, room in list(self._rooms.items()):
            if room.entries.pop(key, None) is not None:
                left.add(conversation_id)
                self._changed(conversation_id, room)
        if left:
            self._put(key, None, left)

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
        moved: set[int] = set()
        for other_id, other in list(self._rooms.items()):
            if other_id != conversation_id and other.entries.pop(key, None) is not None:
                moved.add(other_id)
                self._changed(other_id, other)
        if state == "left":
            room = self._rooms.get(conversation_id)
            if room is not None and room.entries.pop(key, None) is not None:
                moved.add(conversation_id)
                self._changed(conversation_id, room)
            if moved:
                self._put(key, None, moved)
            return
        room = self._rooms.setdefault(conversation_id, _Room(queue_id))
        before = room.entries.get(key)
        if before is None and len(room.entries) + len(room.remote) >= MAX_PER_CONVERSATION:
            if moved:
                self._put(key, None, moved)
            if room.empty:
                del self._rooms[conversation_id]
            return
        entry = _Entry(agent_id, state, now + LASTS[state])
        room.entries[key] = entry
        if before is None or before.state != state:
            moved.add(conversation_id)
            self._changed(conversation_id, room)
        self._put(
            key, SharedRow(conversation_id, room.queue_id, agent_id, state, entry.until), moved
        )

    def sweep(self, now: float | None = None) -> None:
        """Drop states nobody repeated in time."""
        now = time.time() if now is None else now
        reread: set[int] = set()
        for conversation_id, room in list(self._rooms.items()):
            stale = [k for k, e in room.entries.items() if e.until <= now]
            for k in stale:
                del room.entries[k]
                self._put(k, None, {conversation_id})
            lapsed = 0 < room.customer_until <= now
            if lapsed:
                room.customer_until = 0.0
                self._put(_customer_key(conversation_id), None, {conversation_id})
            gone = [k for k, e in room.remote.items() if e.until + REMOTE_MARGIN <= now]
            for k in gone:
                del room.remote[k]
            if 0 < room.remote_customer_until <= now - REMOTE_MARGIN:
                room.remote_customer_until = 0.0
                gone.append("customer")
            if any(e.until <= now for e in room.remote.values()) or (
                0 < room.remote_customer_until <= now
            ):
                reread.add(conversation_id)
            if stale or lapsed or gone:
                self._changed(conversation_id, room)
        if reread and self._sink is not None:
            self._sink.refresh(reread)

    def apply_remote(self, conversation_id: int, rows: list[tuple[str, SharedRow]]) -> None:
        """The other processes' states of a conversation as just read (``(key, row)``,
        keys unique across processes); pushed when the list shown changes."""
        room = self._rooms.get(conversation_id)
        if room is None:
            if not rows:
                return
            room = self._rooms.setdefault(conversation_id, _Room(rows[0][1].queue_id))
        room.remote = {
            k: _Entry(r.agent_id, r.state, r.until) for k, r in rows if r.agent_id != CUSTOMER
        }
        customer = [r.until for _k, r in rows if r.agent_id == CUSTOMER]
        room.remote_customer_until = max(customer, default=0.0)
        if room.update(conversation_id) != room.last:
            self._changed(conversation_id, room)
        elif room.empty:
            del self._rooms[conversation_id]

    def remote_conversations(self) -> set[int]:
        """Conversations showing some other process's state."""
        return {cid for cid, r in self._rooms.items() if r.remote or r.remote_customer_until > 0}

    def local_rows(self) -> list[tuple[str, SharedRow]]:
        """This process's own states, to write again (the table lost them)."""
        out: list[tuple[str, SharedRow]] = []
        for cid, room in self._rooms.items():
            for key, e in room.entries.items():
                out.append((key, SharedRow(cid, room.queue_id, e.agent_id, e.state, e.until)))
            if room.customer_until > 0:
                row = SharedRow(cid, room.queue_id, CUSTOMER, "typing", room.customer_until)
                out.append((_customer_key(cid), row))
        return out

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
        room.last = update
        if room.empty:
            del self._rooms[conversation_id]
        for viewer, push in self._listeners.values():
            if viewer.sees(room.queue_id, None):
                push(update)
        for push in list(self._observers.values()):
            push(update)


def _customer_key(conversation_id: int) -> str:
    """The shared row key of the web chat customer typing in a conversation."""
    return f"customer:{conversation_id}"
