"""A main window over a real cache with routing data (``tests/ui/calls/routing_desk.py``)
and an alert service on it with a recording player, a fake clock and a desk.ini of its own.
:meth:`AlertDesk.apply` writes entities as synced events and delivers the changes through
the bridge's ``changes`` signal, the path the running desk uses."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop.models.changes import Changes
from desktop.store import apply
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.ui.alerts.service import AlertService
from desktop.ui.alerts.tray import AlertTray
from protocol.entities import ConversationData, EntityBase, MessageData
from protocol.frames import Event
from tests.ui.calls.routing_desk import AGENT, RoutingDesk, basics
from tests.ui.calls.routing_desk import conversation as routed_conversation

MINE = 4
"""A chat assigned to the test's agent (agent01)."""
THEIRS = 6
"""A chat assigned to Li Wei (agent02)."""
MS_PER_SECOND = 10
"""The service's clock for its repeat timer: a 2 s repeat is 20 ms in tests."""


class FakePlayer:
    """Records what the service asks of the sound output."""

    def __init__(self) -> None:
        self.played: list[tuple[str, int]] = []
        self.stops = 0

    def play(self, tone: str, volume: int) -> None:
        self.played.append((tone, volume))

    def stop(self) -> None:
        self.stops += 1

    def tones(self) -> list[str]:
        return [tone for tone, _volume in self.played]


class FakeClock:
    """The service's wall clock, moved by the test."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def chat(cid: int, *, assignee: int | None, name: str = "Mei Chen") -> ConversationData:
    return routed_conversation(cid, customer=cid, name=name, channel="chat", assignee=assignee)


def message(
    mid: int,
    cid: int,
    at: float,
    *,
    body: str = "Hello, is anyone there?",
    direction: str = "in",
    author: str = "Mei Chen",
) -> MessageData:
    return MessageData.model_validate(
        {
            "id": mid,
            "conversation_id": cid,
            "direction": direction,
            "author_name": author,
            "body": body,
            "created_at": at,
        }
    )


@dataclass
class AlertDesk:
    desk: RoutingDesk
    service: AlertService
    player: FakePlayer
    clock: FakeClock
    settings: QSettings

    def apply(self, *entities: EntityBase, reset: bool = False) -> Changes:
        """Apply as one synced batch and deliver it as the bridge would (``reset``: as a
        snapshot replacing the replica does)."""
        desk = self.desk
        batch = []
        for entity in entities:
            desk.seq += 1
            batch.append(Event(seq=desk.seq, kind=entity.kind, id=entity.id, data=entity))
        upto = desk.seq
        changes: Changes = desk.cache.writer.call(lambda c: apply.apply_events(c, batch, upto))
        if reset:
            changes = changes.merge(Changes(reset=True))
        desk.bridge.changes.emit(changes)
        return changes


def make_alert_desk(
    qtbot: QtBot,
    cache: Cache,
    reader: CacheReader,
    folder: Path,
    *,
    tray: AlertTray | None = None,
    settings: dict[str, object] | None = None,
) -> AlertDesk:
    """The window with the routing basics, my chat (#4) and a colleague's (#6), shown;
    the alert service started now (the fake clock's now is the real time, as the routing
    factories' offers are)."""
    desk = RoutingDesk(qtbot, cache, reader)
    desk.apply(*basics(), chat(MINE, assignee=AGENT.id), chat(THEIRS, assignee=2, name="Olli"))
    store = QSettings(str(folder / "desk.ini"), QSettings.Format.IniFormat)
    for key, value in (settings or {}).items():
        store.setValue(f"alerts/{key}", value)
    store.sync()
    desk.window.settings = store
    clock = FakeClock(time.time())
    player = FakePlayer()
    service = AlertService(
        desk.window,
        reader,
        player,
        agent=lambda: AGENT,
        settings=store,
        clock=clock,
        tray=tray,
        ms_per_second=MS_PER_SECOND,
    )
    desk.window.show()
    return AlertDesk(desk, service, player, clock, store)
