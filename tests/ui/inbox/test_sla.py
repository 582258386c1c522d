"""SLA countdowns on inbox rows, driven by a fake clock (never a sleep): first response
against next response, paused while pending, neutral then amber then red on the painted
row, repainted on the tick without moving rows, and the "SLA at risk" filter."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desktop.models.changes import Changes
from desktop.store import apply
from desktop.store.reader import CacheReader
from desktop.ui.inbox import sla
from desktop.ui.inbox.model import SLA_ROLE, InboxModel
from desktop.ui.inbox.view import SLA_AT_RISK, InboxPanel
from protocol.entities import EntityBase
from protocol.frames import Event
from protocol.kinds.routing import QueueRoutingData
from tests.ui import fill
from tests.ui.fill import Filler
from tests.ui.inbox.order import ids_in

T0 = 1_700_000_000.0


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def feed(filler: Filler, *entities: EntityBase) -> Changes:
    """Any entities through the engine's apply path (the filler's sequence)."""
    batch = []
    for entity in entities:
        filler.seq += 1
        batch.append(Event(seq=filler.seq, kind=entity.kind, id=entity.id, data=entity))
    upto = filler.seq
    return filler.cache.writer.call(lambda c: apply.apply_events(c, batch, upto))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def targets(filler: Filler) -> None:
    """Queue 1 answers first within 60 s and then within 300 s."""
    feed(filler, fill.queue(1), QueueRoutingData(id=1, sla_seconds=60, next_response_seconds=300))


@pytest.fixture
def panel(qtbot: QtBot, reader: CacheReader, clock: FakeClock, targets: None) -> InboxPanel:
    del targets
    model = InboxModel(reader, clock=clock)
    shown = InboxPanel(model)
    qtbot.addWidget(shown)
    shown.resize(420, 600)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _shown(panel: InboxPanel, cid: int) -> sla.SlaShown | None:
    row = panel.model.row_of(cid)
    assert row is not None
    value = panel.model.index(row).data(SLA_ROLE)
    assert value is None or isinstance(value, sla.SlaShown)
    return value


def _row_image(panel: InboxPanel, cid: int) -> QImage:
    row = panel.model.row_of(cid)
    assert row is not None
    rect = panel.view.visualRect(panel.model.index(row))
    return panel.view.viewport().grab(rect).toImage()


def _has(image: QImage, colour: QColor | None) -> bool:
    assert colour is not None
    wanted = colour.rgb()
    return any(
        image.pixel(x, y) == wanted for y in range(image.height()) for x in range(image.width())
    )


def test_first_response_counts_down_neutral_then_amber_then_red(
    qtbot: QtBot, filler: Filler, panel: InboxPanel, clock: FakeClock
) -> None:
    model = panel.model
    model.on_changes(
        filler.apply(fill.conversation(1, at=T0), fill.message(1, 1, direction="in", at=T0))
    )
    clock.now = T0 + 10
    shown = _shown(panel, 1)
    assert shown == sla.SlaShown(50.0, "ok", first=True)
    assert sla.countdown(shown.left) == "0:50"
    assert model.index(0).data() == "Customer 1"
    assert sla.tooltip(shown) == "First response due in 0:50"
    image = _row_image(panel, 1)
    assert not _has(image, sla.tint("at_risk"))
    assert not _has(image, sla.tint("overdue"))

    # Ticks repaint the countdown; the rows neither move nor are re-read.
    moves: list[object] = []
    model.rowsMoved.connect(lambda *a: moves.append(a))
    model.layoutChanged.connect(lambda *a: moves.append(a))
    loaded = model.blocks_loaded
    assert panel._sla_clock.isActive()
    clock.now = T0 + 50  # the last quarter of 60 s: amber
    panel.tick()
    assert _shown(panel, 1) == sla.SlaShown(10.0, "at_risk", first=True)
    qtbot.waitUntil(lambda: _has(_row_image(panel, 1), sla.tint("at_risk")))
    assert not _has(_row_image(panel, 1), sla.tint("overdue"))

    clock.now = T0 + 63  # past due: red, counting up
    panel.tick()
    shown = _shown(panel, 1)
    assert shown is not None
    assert shown.level == "overdue"
    assert sla.countdown(shown.left) == "-0:03"
    assert sla.tooltip(shown) == "First response overdue by 0:03"
    qtbot.waitUntil(lambda: _has(_row_image(panel, 1), sla.tint("overdue")))
    assert not _has(_row_image(panel, 1), sla.tint("at_risk"))
    assert moves == []
    assert model.blocks_loaded == loaded

    panel.hide()  # out of sight: no ticking
    assert not panel._sla_clock.isActive()


def test_next_response_after_a_reply_and_paused_while_pending(
    filler: Filler, panel: InboxPanel, clock: FakeClock
) -> None:
    model = panel.model
    model.on_changes(
        filler.apply(fill.conversation(1, at=T0), fill.message(1, 1, direction="in", at=T0))
    )
    # Our reply: nothing is due (a message alone, without a header change, refreshes it).
    model.on_changes(filler.apply(fill.message(2, 1, direction="out", at=T0 + 30)))
    assert _shown(panel, 1) is None
    # The customer writes twice: the older message starts the next-response clock (300 s).
    model.on_changes(
        filler.apply(
            fill.conversation(1, at=T0 + 120),
            fill.message(3, 1, direction="in", at=T0 + 100),
            fill.message(4, 1, direction="in", at=T0 + 120),
        )
    )
    clock.now = T0 + 130
    shown = _shown(panel, 1)
    assert shown == sla.SlaShown(270.0, "ok", first=False)
    assert sla.countdown(shown.left) == "4:30"
    assert sla.tooltip(shown) == "Next response due in 4:30"

    # Waiting on the customer: no timer while pending or snoozed, back when reopened.
    model.on_changes(filler.apply(fill.conversation(1, at=T0 + 120, status="pending")))
    assert _shown(panel, 1) is None
    model.on_changes(filler.apply(fill.conversation(1, at=T0 + 120, status="snoozed")))
    assert _shown(panel, 1) is None
    model.on_changes(filler.apply(fill.conversation(1, at=T0 + 120, status="resolved")))
    assert _shown(panel, 1) is None
    model.on_changes(filler.apply(fill.conversation(1, at=T0 + 120, status="open")))
    assert _shown(panel, 1) == sla.SlaShown(270.0, "ok", first=False)

    # A supervisor changes the queue's targets: every timer follows.
    model.on_changes(
        feed(filler, QueueRoutingData(id=1, sla_seconds=60, next_response_seconds=600))
    )
    assert _shown(panel, 1) == sla.SlaShown(570.0, "ok", first=False)


def test_the_at_risk_filter_lists_amber_and_red_and_follows_the_clock(
    qtbot: QtBot, filler: Filler, panel: InboxPanel, clock: FakeClock
) -> None:
    model = panel.model
    model.on_changes(
        filler.apply(
            fill.conversation(1, at=T0 - 10),  # 10 s of 60 gone: on time
            fill.message(1, 1, direction="in", at=T0 - 10),
            fill.conversation(2, at=T0 - 90),  # overdue
            fill.message(2, 2, direction="in", at=T0 - 90),
            fill.conversation(3, at=T0 - 50),  # amber
            fill.message(3, 3, direction="in", at=T0 - 50),
            fill.conversation(4, at=T0 - 500, status="pending"),  # paused
            fill.message(4, 4, direction="in", at=T0 - 500),
            fill.conversation(5, at=T0 - 400),  # answered
            fill.message(5, 5, direction="in", at=T0 - 450),
            fill.message(6, 5, direction="out", at=T0 - 400),
        )
    )
    assert model.at_risk_count() == 2
    combo = panel.status_filter
    at_risk = combo.findData(SLA_AT_RISK)
    assert at_risk >= 0
    assert combo.itemText(at_risk) == "SLA at risk"
    combo.setCurrentIndex(at_risk)
    assert model.filter.sla_at_risk
    assert ids_in(model, range(model.rowCount())) == [3, 2]
    assert panel.count.text() == "2"

    # Time passes: conversation 1 turns amber and joins at its place by activity.
    clock.now = T0 + 40
    with qtbot.waitSignal(model.rowsInserted):
        panel.tick()
    assert ids_in(model, range(model.rowCount())) == [1, 3, 2]

    # A reply to 2 takes it off the list; a new message on 5 starts a timer that is
    # not at risk yet, so 5 stays off.
    with qtbot.waitSignal(model.rowsRemoved):
        model.on_changes(filler.apply(fill.message(7, 2, direction="out", at=T0 + 41)))
    model.on_changes(
        filler.apply(
            fill.conversation(5, at=T0 + 41), fill.message(8, 5, direction="in", at=T0 + 41)
        )
    )
    assert ids_in(model, range(model.rowCount())) == [1, 3]

    combo.setCurrentIndex(combo.findData(""))
    assert not model.filter.sla_at_risk
    assert set(ids_in(model, range(model.rowCount()))) == {1, 2, 3, 4, 5}


def test_countdown_text() -> None:
    assert sla.countdown(252.9) == "4:12"
    assert sla.countdown(0.2) == "0:00"
    assert sla.countdown(-63.0) == "-1:03"
    assert sla.countdown(-0.2) == "-0:01"
    assert sla.countdown(3723.0) == "1:02:03"
    assert sla.countdown(-3 * 86_400 - 5) == "-3 d"
