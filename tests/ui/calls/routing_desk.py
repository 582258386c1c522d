"""A main window over a real cache with routing data, and a fake server behind a real
command client: each command the desk sends is recorded and answered by a handler the
test chooses (like the server would, the test then applies the resulting events)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.models.changes import Changes
from desktop.store import apply
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.sync.commands import CommandClient
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import MainWindow
from protocol.entities import AgentData, ConversationData, EntityBase, QueueData
from protocol.frames import AgentInfo, CommandResult, Event
from protocol.kinds.calls import CallData
from protocol.kinds.routing import OfferData

AGENT = AgentInfo(id=1, username="agent01", display_name="Agent One", role="agent")
Handler = Callable[[str, dict[str, Any]], dict[str, Any]]


class RefusedError(Exception):
    """Raised by a handler: the fake server answers the command with this error."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class FakeActions:
    """What the window asks of the engine for commands: a command client and the agent."""

    commands: CommandClient
    agent: AgentInfo | None = AGENT

    async def send_reply(self, conversation_id: int, body: str, *, internal: bool = False) -> int:
        raise NotImplementedError

    async def set_status(self, conversation_id: int, status: Any) -> int:
        raise NotImplementedError

    async def vote(self, article_id: int, value: Any, comment: str | None = None) -> int:
        raise NotImplementedError

    async def save_canned_reply(
        self,
        shortcut: str,
        title: str,
        variants: dict[str, str],
        reply_id: int | None = None,
    ) -> int:
        raise NotImplementedError

    async def delete_canned_reply(self, reply_id: int) -> int:
        raise NotImplementedError


@dataclass
class FakeServer:
    """Answers commands through the client's live ``send``; ``sent`` records them."""

    client: CommandClient
    handler: Handler = lambda _name, _args: {}
    sent: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    hold: bool = False
    """While true, answers wait until :meth:`release` (a command stays pending)."""
    _held: list[CommandResult] = field(default_factory=list)

    async def send(self, text: str) -> None:
        frame = json.loads(text)
        name, args = str(frame["name"]), dict(frame["args"])
        self.sent.append((name, args))
        try:
            result = CommandResult(
                command_id=frame["command_id"], ok=True, answer=self.handler(name, args)
            )
        except RefusedError as refused:
            result = CommandResult(
                command_id=frame["command_id"],
                ok=False,
                code=refused.code,
                message=refused.message,
            )
        if self.hold:
            self._held.append(result)
        else:
            asyncio.get_running_loop().call_soon(self.client.resolve, result)

    def release(self) -> None:
        held, self._held = self._held, []
        for result in held:
            self.client.resolve(result)

    def names(self) -> list[str]:
        return [name for name, _args in self.sent]


class RoutingDesk:
    """The window, its cache, the fake server; :meth:`apply` writes entities as synced
    events and hands the changes to the window at once."""

    def __init__(self, qtbot: QtBot, cache: Cache, reader: CacheReader) -> None:
        self.cache = cache
        self.reader = reader
        self.seq = 0
        self.bridge = SyncBridge()
        self.window = MainWindow(reader, self.bridge, Ops())
        qtbot.addWidget(self.window)
        self.window.resize(1400, 860)
        self.client = CommandClient()
        self.server = FakeServer(self.client)
        self.client.attach(self.server.send)
        self.actions = FakeActions(self.client)
        self.window.set_actions(self.actions)

    def apply(self, *entities: EntityBase) -> Changes:
        batch = []
        for entity in entities:
            self.seq += 1
            batch.append(Event(seq=self.seq, kind=entity.kind, id=entity.id, data=entity))
        upto = self.seq
        changes: Changes = self.cache.writer.call(lambda c: apply.apply_events(c, batch, upto))
        self.window.on_changes(changes)
        return changes

    def go_offline(self) -> None:
        self.client.detach()


def conversation(
    cid: int,
    *,
    customer: int = 7,
    name: str = "Aino Virtanen",
    channel: str = "phone",
    at: float | None = None,
    subject: str = "",
    assignee: int | None = None,
) -> ConversationData:
    at = time.time() - 60 if at is None else at
    return ConversationData.model_validate(
        {
            "id": cid,
            "queue_id": 1,
            "customer_id": customer,
            "customer_name": name,
            "channel": channel,
            "status": "open",
            "subject": subject or f"Subject {cid}",
            "language": "fi",
            "assignee_id": assignee,
            "created_at": at,
            "updated_at": at,
            "last_message_at": at,
            "last_message_preview": "",
            "message_count": 0,
        }
    )


def basics() -> list[EntityBase]:
    """Two queues, two agents, the ringing customer's conversation and an older one."""
    return [
        QueueData(id=1, name="Support"),
        QueueData(id=2, name="Billing"),
        AgentData(id=1, username="agent01", display_name="Agent One", role="agent"),
        AgentData(id=2, username="agent02", display_name="Li Wei", role="agent"),
        conversation(2, channel="email", at=time.time() - 3 * 86400, subject="Invoice copy"),
        conversation(3),
    ]


def offer(**changes: Any) -> OfferData:
    now = time.time()
    base: dict[str, Any] = {
        "id": 5,
        "agent_id": 1,
        "conversation_id": 3,
        "queue_id": 1,
        "channel": "phone",
        "call_id": 9,
        "state": "ringing",
        "phase": "ringing",
        "why": "longest_idle",
        "why_level": 3,
        "why_candidates": 2,
        "why_waited": 12.0,
        "offered_at": now,
        "expires_at": now + 20,
    }
    return OfferData.model_validate({**base, **changes})


def call(**changes: Any) -> CallData:
    now = time.time()
    base: dict[str, Any] = {
        "id": 9,
        "conversation_id": 3,
        "queue_id": 1,
        "direction": "inbound",
        "caller": "+358401234567",
        "state": "connected",
        "provider": "loopback",
        "provider_call_id": "c9",
        "agent_id": 1,
        "offered_at": now - 5,
        "connected_at": now - 5,
        "state_since": now - 5,
    }
    return CallData.model_validate({**base, **changes})
