"""The Customers page on a whole desk signed in to a real server (agent01): find a
customer by a phone fragment, their profile's timeline with chat, email and phone and a
contact in a queue agent01 does not work (metadata only, no text), orders with status, a
note written offline and sent after reconnecting, the ways in (conversation details,
a ringing call's banner), and an erased customer leaving the desk's cache."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.customer.orders import STATUS, TOTAL
from desktop.ui.customer.page import CustomerPage
from desktop.ui.customer.timeline import CHANNEL, SUBJECT
from tests.server.domains.calls.helpers import cti, new_call_id, ok
from tests.server.domains.commerce.orders_helpers import order, post_json
from tests.server.domains.customers.customer_helpers import person, unique_phone
from tests.server.helpers import TECH, auth
from tests.support.client import login
from tests.support.netcut import NetCut
from tests.support.server_proc import ServerFactory, ServerProcess
from tests.ui.desk_runs import DeskRun, start_desk, start_signed_in_desk


@dataclass
class Known:
    """A customer who reached us on every channel, one contact in a queue agent01 does
    not work."""

    id: int
    name: str
    phone: str
    tag: str


def _every_channel(server: ServerProcess) -> Known:
    url = server.url
    tag = uuid.uuid4().hex[:8]
    email, phone = f"page.{tag}@example.com", unique_phone()
    name = f"Page Person {tag}"
    chat = person(url, name=name, email=email, phone=phone, body=f"chat text {tag}")
    cid = int(chat["customer_id"])
    person(url, channel="email", ref=email, queue="Billing", body=f"mail text {tag}")
    t0 = time.time() - 120
    # A call in a queue agent01 does not work: its rows keep only the metadata.
    ok(cti(url, new_call_id("page"), "offered", t0, caller=phone, queue=TECH))
    return Known(cid, name, phone, tag)


@pytest.fixture
def run(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> Iterator[tuple[DeskRun, ServerProcess]]:
    server = server_factory()
    started = start_signed_in_desk(qtbot, qapp, qloop, server.url, tmp_path / "desk")
    yield started, server
    started.window.close()
    qtbot.waitUntil(started.task.done, timeout=30_000)


def _page(started: DeskRun) -> CustomerPage:
    page = started.window.page("customer")
    assert isinstance(page, CustomerPage)
    return page


def _cells(page: CustomerPage, column: int, *, orders: bool = False) -> list[str]:
    model = page.orders_model if orders else page.timeline_model
    return [str(model.index(r, column).data() or "") for r in range(model.rowCount())]


def _fetched(qtbot: QtBot, page: CustomerPage, customer_id: int, rows: int = 1) -> None:
    """Wait until the page shows the server's profile of ``customer_id``."""
    page.show_customer(customer_id)
    qtbot.waitUntil(
        lambda: (
            page.view is not None
            and page.view.customer_id == customer_id
            and page.view.fetched_at is not None
            and page.timeline_model.rowCount() >= rows
        ),
        timeout=20_000,
    )


def test_find_by_phone_fragment_then_timeline_hides_other_queues(
    qtbot: QtBot, run: tuple[DeskRun, ServerProcess]
) -> None:
    started, server = run
    known = _every_channel(server)
    page = _page(started)
    started.window.keymap.trigger("customer.find")  # Ctrl+Shift+F: the page, the box
    assert started.window.links.current_page == "customer"
    assert page.finder.box.hasFocus() or not started.window.isActiveWindow()
    fragment = known.phone[-7:]
    with qtbot.waitSignal(page.searched, timeout=20_000, check_params_cb=lambda q: q == fragment):
        page.finder.set_query(fragment)
    found = [
        page.finder.results.item(r).data(Qt.ItemDataRole.UserRole + 1)
        for r in range(page.finder.results.count())
    ]
    assert known.id in found
    with qtbot.waitSignal(page.profileShown):
        page.finder.customerChosen.emit(known.id)
    _fetched(qtbot, page, known.id, rows=4)
    channels = " ".join(_cells(page, CHANNEL))
    assert all(word in channels for word in ("Chat", "Email", "Phone"))
    subjects = _cells(page, SUBJECT)
    assert "Messages not visible in your queues" in subjects
    everything = " ".join(
        str(page.timeline_model.index(r, c).data() or "")
        for r in range(page.timeline_model.rowCount())
        for c in range(page.timeline_model.columnCount())
    )
    assert f"Call from {known.phone}" not in everything  # the hidden call's subject
    assert f"chat text {known.tag}" in everything
    hidden = [i for i in page.timeline_model.items if not i.visible]
    assert hidden
    assert all(i.queue_name == TECH and i.subject is None for i in hidden)
    assert known.name in page.header.name.full_text()
    # Agents do not get Export and Erase.
    assert not page.header.export_button.isVisibleTo(page)
    assert not page.header.erase_button.isVisibleTo(page)
    # A visible contact opens its conversation; a hidden one does nothing.
    hidden_row = subjects.index("Messages not visible in your queues")
    shown_row = next(r for r, s in enumerate(subjects) if s and r != hidden_row)
    links = started.window.links
    with qtbot.assertNotEmitted(links.conversationRequested):
        page.timeline.activated.emit(page.timeline_model.index(hidden_row, 0))
    with qtbot.waitSignal(links.conversationRequested) as opened:
        page.timeline.activated.emit(page.timeline_model.index(shown_row, 0))
    assert opened.args == [page.timeline_model.items[shown_row].conversation_id]


def test_orders_tab_lists_orders_with_status_and_money(
    qtbot: QtBot, run: tuple[DeskRun, ServerProcess]
) -> None:
    started, server = run
    known = _every_channel(server)
    boss = login(server.url, "supervisor01")
    answer = post_json(
        server.url,
        boss,
        {
            "orders": [
                order(f"page-{known.tag}", {"id": known.id}),
                order(f"page2-{known.tag}", {"id": known.id}, status="delivered"),
            ]
        },
    )
    assert answer.status_code == 200, answer.text
    page = _page(started)
    _fetched(qtbot, page, known.id)
    assert page.orders_model.rowCount() == 2
    assert sorted(_cells(page, STATUS, orders=True)) == ["Delivered", "Shipped"]
    assert all("159" in total for total in _cells(page, TOTAL, orders=True))


def test_note_written_offline_is_sent_after_reconnecting(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    known = _every_channel(server)
    proxy = NetCut(int(urlsplit(server.url).port or 0))
    opened = qloop.create_task(proxy.start())
    qtbot.waitUntil(opened.done)
    token = login(server.url, "agent01")
    started = start_desk(qtbot, qapp, qloop, proxy.url, tmp_path / "desk", token=token)
    status = started.window.status
    try:
        qtbot.waitUntil(lambda: status.link_text() == "Online", timeout=30_000)
        page = _page(started)
        _fetched(qtbot, page, known.id)
        proxy.set_mode("blackhole")
        proxy.cut()
        qtbot.waitUntil(lambda: status.link_text() != "Online", timeout=30_000)
        page.refresh()
        assert "offline" in page.header.fetched.text()
        body = f"Prefers email after 16:00 ({known.tag})"
        page.notes.editor.setPlainText(body)
        QTest.mouseClick(page.notes.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.notes.list.count() >= 1, timeout=10_000)
        assert "Sending…" in page.notes.list.item(0).text()
        assert body in page.notes.list.item(0).text()
        assert page.notes.editor.toPlainText() == ""
        proxy.set_mode("pass")
        started.window.status.retryRequested.emit()
        qtbot.waitUntil(lambda: status.link_text() == "Online", timeout=60_000)
        reader = started.window.reader
        qtbot.waitUntil(
            lambda: any(n.body == body and not n.pending for n in reader.customer_notes(known.id)),
            timeout=30_000,
        )
        assert [n.body for n in reader.customer_notes(known.id)].count(body) == 1
        qtbot.waitUntil(lambda: "Sending…" not in page.notes.list.item(0).text(), timeout=10_000)
        answer = httpx.get(
            f"{server.url}/api/customers/{known.id}/profile", headers=auth(token), timeout=10
        ).json()
        assert body in [n["body"] for n in answer["notes"]]
    finally:
        started.window.close()
        qtbot.waitUntil(started.task.done, timeout=30_000)
        closed = qloop.create_task(proxy.close())
        qtbot.waitUntil(closed.done)


def test_open_profile_from_details_and_the_ringing_banner(
    qtbot: QtBot, run: tuple[DeskRun, ServerProcess]
) -> None:
    started, server = run
    known = _every_channel(server)
    window = started.window
    reader = window.reader
    qtbot.waitUntil(lambda: reader.customer_facts(known.id) is not None, timeout=20_000)
    page = _page(started)
    conversation = reader.recent_contacts(known.id, limit=10)[0]
    window.inbox_page.open_conversation(conversation.conversation_id)
    qtbot.waitUntil(lambda: window.details.customer_id == known.id, timeout=10_000)
    with qtbot.waitSignal(window.links.customerRequested):
        QTest.mouseClick(window.details.open_profile, Qt.MouseButton.LeftButton)
    assert window.links.current_page == "customer"
    assert page.customer_id == known.id
    # The banner's screen pop: an unknown caller opens the find box with the number.
    banner = window.work.banner
    with qtbot.waitSignal(window.links.customerSearchRequested):
        banner.customerSearchRequested.emit("+358 40 000 0000")
    assert page.finder.box.text() == "+358 40 000 0000"


def test_erased_customer_leaves_the_desk_cache(
    qtbot: QtBot, run: tuple[DeskRun, ServerProcess]
) -> None:
    started, server = run
    known = _every_channel(server)
    page = _page(started)
    _fetched(qtbot, page, known.id)
    reader = started.window.reader
    assert reader.cached_profile(known.id) is not None
    boss = login(server.url, "supervisor01")
    answer = httpx.post(
        f"{server.url}/api/customers/{known.id}/erase", headers=auth(boss), timeout=30
    )
    assert answer.status_code == 200, answer.text
    qtbot.waitUntil(lambda: reader.cached_profile(known.id) is None, timeout=30_000)
    facts = reader.customer_facts(known.id)
    assert facts is not None
    assert facts.erased
    assert known.name not in (facts.name, facts.email)
    qtbot.waitUntil(lambda: page.header.name.full_text() == "Erased customer", timeout=10_000)


def test_edit_reaches_the_server_and_a_search_result_opens_the_customer(
    qtbot: QtBot, run: tuple[DeskRun, ServerProcess]
) -> None:
    started, server = run
    known = _every_channel(server)
    window = started.window
    reader = window.reader
    page = _page(started)
    _fetched(qtbot, page, known.id)
    page.edit_customer()
    dialog = page.edit_dialog
    assert dialog is not None
    dialog.tags.setText("vip, Gold Member")
    dialog.consent_marketing.setChecked(True)
    dialog.timezone.setCurrentText("Asia/Taipei")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    def synced() -> bool:
        facts = reader.customer_facts(known.id)
        return facts is not None and set(facts.tags) == {"vip", "gold-member"}

    qtbot.waitUntil(synced, timeout=20_000)
    qtbot.waitUntil(lambda: reader.counts()["queued"] == 0, timeout=20_000)
    token = login(server.url, "agent01")
    body = httpx.get(
        f"{server.url}/api/customers/{known.id}/profile", headers=auth(token), timeout=10
    ).json()["customer"]
    assert sorted(body["tags"]) == ["gold-member", "vip"]
    assert body["consent"]["marketing"] is True
    assert body["timezone"] == "Asia/Taipei"
    qtbot.waitUntil(
        lambda: sorted(c.text() for c in page.header.chip_labels) == ["VIP", "gold-member"],
        timeout=10_000,
    )

    # The conversation search's results offer "Customer profile".
    window.inbox_page.open_search()
    search = window.inbox_page.search
    search.field.setText(f"chat text {known.tag}")
    search.run_search()
    qtbot.waitUntil(lambda: search.model.rowCount() > 0, timeout=10_000)
    search.results.setCurrentIndex(search.model.index(0))
    action = next(a for a in search.results.actions() if a.objectName() == "searchCustomerProfile")
    page.show_customer(1)  # someone else, so the action visibly changes it
    with qtbot.waitSignal(window.links.customerRequested) as asked:
        action.trigger()
    assert asked.args == [known.id]
    assert page.customer_id == known.id
    assert window.links.current_page == "customer"
