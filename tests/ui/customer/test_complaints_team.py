"""A supervisor's open complaints on the Team page, over a real cache: open ones only,
oldest first, with their age at the (injected) clock, severity and to whom they were
escalated; names are shown as text; a double-click asks for the customer's page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from desktop.models.changes import Changes
from desktop.store import apply
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.ui.shell.pages import PageLinks
from desktop.ui.team.complaints import OpenComplaintsView, age_text
from desktop.ui.team.page import TeamPage
from protocol.entities import AgentData, CustomerData, QueueData
from protocol.frames import Event
from protocol.kinds.base import EntityBase
from protocol.kinds.complaints import ComplaintData

NOW = 1_800_000_000.0


def complaint(cid: int, customer: int, opened: float, **fields: object) -> ComplaintData:
    values: dict[str, object] = {
        "id": cid,
        "customer_id": customer,
        "conversation_id": 100 + cid,
        "queue_id": 1,
        "category": "billing",
        "severity": "critical",
        "description": "Charged twice",
        "created_at": opened,
        "updated_at": opened,
        "state_since": opened,
    }
    values.update(fields)
    return ComplaintData.model_validate(values)


def fill(cache: Cache, *entities: EntityBase) -> None:
    batch = [Event(seq=i + 1, kind=e.kind, id=e.id, data=e) for i, e in enumerate(entities)]
    cache.writer.call(lambda c: apply.apply_events(c, batch, upto=len(batch)))


def test_open_complaints_oldest_first_with_age(
    qtbot: QtBot, cache: Cache, reader: CacheReader, tmp_path: Path
) -> None:
    del tmp_path
    fill(
        cache,
        QueueData(id=1, name="Billing"),
        AgentData(id=9, username="sanna", display_name="Sanna Supervisor", role="supervisor"),
        CustomerData(id=5, name="<b>Mei</b> Lin"),
        CustomerData(id=6, name="Aino Virtanen"),
        complaint(1, 5, NOW - 3 * 86_400 - 4 * 3600),
        complaint(2, 6, NOW - 25 * 60, escalation="supervisor", escalated_to_id=9),
        complaint(3, 6, NOW - 10 * 86_400, state="closed"),
        complaint(4, 6, NOW - 5 * 3600 - 600, state="awaiting_customer", severity="low"),
    )
    view = OpenComplaintsView(reader, clock=lambda: NOW)
    qtbot.addWidget(view)
    table = view.table
    assert table.rowCount() == 3  # the closed one is not open
    cells = [[(table.item(r, c) or QTableWidgetItem()).text() for c in range(7)] for r in range(3)]
    assert [row[0] for row in cells] == ["<b>Mei</b> Lin", "Aino Virtanen", "Aino Virtanen"]
    assert [row[5] for row in cells] == ["3 d 4 h", "5 h 10 min", "25 min"]
    assert cells[0][1:5] == ["Billing", "Billing", "Critical", "New"]
    assert cells[1][3:5] == ["Low", "Waiting for customer"]
    assert cells[2][6] == "Sanna Supervisor"
    assert not view.empty.isVisible()
    with qtbot.waitSignal(view.customerRequested, timeout=1000) as opened:
        table.cellDoubleClicked.emit(0, 2)
    assert opened.args == [5]
    assert age_text(59) == "0 min"


def test_the_team_page_has_the_tab_and_passes_the_request_on(
    qtbot: QtBot, cache: Cache, reader: CacheReader
) -> None:
    fill(cache, QueueData(id=1, name="Billing"), CustomerData(id=5, name="Mei Lin"))
    links = PageLinks()
    page = TeamPage(reader, reader, links)
    qtbot.addWidget(page)
    assert page.tabs.count() == 2
    assert page.complaints is not None
    assert page.complaints.table.rowCount() == 0
    assert page.complaints.empty.text() == "No open complaints in your queues."
    fill(cache, complaint(7, 5, NOW - 60))
    page.show()
    page.on_changes(Changes(complaints={7}))
    assert page.complaints.table.rowCount() == 1
    with qtbot.waitSignal(links.customerRequested, timeout=1000) as opened:
        page.complaints.table.cellActivated.emit(0, 0)
    assert opened.args == [5]
