"""The Customers page as an agent sees it all day, over a real cache at 1024x640: every
timeline, order and open-complaint column on screen (no sideways scrolling, the subject
stretching and eliding), the find list showing the agent's recent customers before they
type and saying what to try when nothing matches, empty tabs saying why, and tab titles
with counts where an overdue promise stands out."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from bench.profile_data import customer, profile
from desktop.store import apply
from desktop.store.cache import Cache
from desktop.store.kinds.customers import put_profile
from desktop.store.reader import CacheReader
from desktop.ui.customer.columns import shrink
from desktop.ui.customer.find import FoundCustomer, IdRole
from desktop.ui.customer.page import CustomerPage
from desktop.ui.customer.timeline import SUBJECT, when_short
from desktop.ui.shell import style
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.pages import PageContext, PageLinks
from desktop.ui.team.complaints import CUSTOMER_MAX_CHARS, OpenComplaintsView
from protocol.entities import ConversationData, QueueData
from protocol.frames import AgentInfo, Event
from protocol.kinds.base import EntityBase
from protocol.kinds.complaints import ComplaintData
from protocol.kinds.customers import Consent, CustomerData

LONG_SUBJECT = "My parcel never arrived and the tracking page says delivered " * 4


@dataclass
class Role:
    agent: AgentInfo | None


def fill(cache: Cache, *entities: EntityBase) -> None:
    batch = [Event(seq=i + 1, kind=e.kind, id=e.id, data=e) for i, e in enumerate(entities)]
    cache.writer.call(lambda c: apply.apply_events(c, batch, upto=len(batch)))


def fill_more(cache: Cache, *entities: EntityBase) -> None:
    """Apply after :func:`fill` (the next sequence numbers)."""
    start = 1000
    batch = [Event(seq=start + i, kind=e.kind, id=e.id, data=e) for i, e in enumerate(entities)]
    cache.writer.call(lambda c: apply.apply_events(c, batch, upto=start + len(batch) - 1))


def conversation(cid: int, customer_id: int, at: float, assignee: int | None) -> ConversationData:
    return ConversationData(
        id=cid,
        queue_id=1,
        customer_id=customer_id,
        customer_name=f"Customer {customer_id}",
        channel="chat",
        status="open",
        created_at=at,
        updated_at=at,
        last_message_at=at,
        assignee_id=assignee,
    )


@pytest.fixture
def page(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, reader: CacheReader
) -> Iterator[CustomerPage]:
    del qloop
    made = CustomerPage(PageContext(reader, Ops(), PageLinks()))
    qtbot.addWidget(made)
    made.resize(1024, 640)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.stop()


def columns_fit(view: QTableView) -> list[str]:
    """What does not fit: a column past the viewport's right edge, or a scroll bar."""
    problems: list[str] = []
    edge = view.viewport().width()
    model = view.model()
    for column in range(model.columnCount()):
        right = view.columnViewportPosition(column) + view.columnWidth(column)
        if view.columnViewportPosition(column) < 0 or right > edge:
            title = model.headerData(column, Qt.Orientation.Horizontal)
            problems.append(f"{title} ends at {right} > {edge}")
    if view.horizontalScrollBar().maximum() > 0:
        problems.append(f"scrolls sideways by {view.horizontalScrollBar().maximum()} px")
    return problems


def test_every_timeline_and_order_column_is_on_screen_at_1024(
    qtbot: QtBot, page: CustomerPage, cache: Cache
) -> None:
    fill(cache, customer(7))
    bundle = profile(7, contacts=30, orders=5)
    long = [
        item.model_copy(
            update={
                "subject": LONG_SUBJECT,
                "agent_name": "Maria-Magdalena Virtanen-Korhonen",
                "queue_name": "Technical Support Second Level",
                "csat": 5,
                "nps": 10,
                "ces": 2,
            }
        )
        for item in bundle.timeline
    ]
    cache.writer.call(lambda c: put_profile(c, bundle.model_copy(update={"timeline": long})))
    with qtbot.waitSignal(page.profileShown):
        page.show_customer(7)
    timeline = page.timeline
    assert timeline.width() < 800  # the page's right side at 1024 px
    assert columns_fit(timeline) == []
    widths = [timeline.columnWidth(c) for c in range(8)]
    assert widths[SUBJECT] == max(widths)  # the subject is the one that stretches
    index = page.timeline_model.index(0, SUBJECT)
    assert timeline.visualRect(index).width() < page.timeline.fontMetrics().horizontalAdvance(
        str(index.data())
    )  # and it is elided, not wrapped or scrolled
    agent = page.timeline_model.index(0, 5)
    assert agent.data(Qt.ItemDataRole.ToolTipRole) == "Maria-Magdalena Virtanen-Korhonen"
    page.tabs.setCurrentWidget(page.orders)
    assert columns_fit(page.orders) == []
    # Narrower still (the splitter dragged): still no sideways scrolling while it can.
    page.tabs.setCurrentWidget(timeline)
    page.splitter.setSizes([400, 624])
    qtbot.waitUntil(lambda: timeline.width() < 640)
    assert columns_fit(timeline) == []


def test_shrink_gives_up_width_widest_first_and_never_below_minimums() -> None:
    assert shrink({1: 100, 2: 50}, {1: 20, 2: 20}, room=200) == {1: 100, 2: 50}
    assert shrink({1: 100, 2: 50}, {1: 20, 2: 20}, room=120) == {1: 70, 2: 50}
    assert sum(shrink({1: 100, 2: 90}, {1: 20, 2: 20}, room=120).values()) == 120
    # A room smaller than the minimums (a bad value): minimums hold, no negative widths.
    assert shrink({1: 100, 2: 50}, {1: 40, 2: 30}, room=-5) == {1: 40, 2: 30}
    assert shrink({1: 10}, {1: 40}, room=100) == {1: 40}
    # An empty column gives up its width before the others are touched.
    assert shrink({1: 100, 2: 60}, {1: 20, 2: 30}, room=130, first=[2]) == {1: 100, 2: 30}
    assert shrink({1: 100, 2: 60}, {1: 20, 2: 30}, room=100, first=[2]) == {1: 70, 2: 30}


def test_when_drops_the_year_only_for_this_year() -> None:
    now = time.time()
    this_year = when_short(now - 3600, now)
    last_year = when_short(now - 400 * 86_400, now)
    assert str(time.localtime(now).tm_year) not in this_year
    assert str(time.localtime(now - 400 * 86_400).tm_year) in last_year


def test_recent_customers_before_typing_and_a_helpful_no_match(
    qtbot: QtBot, page: CustomerPage, cache: Cache, reader: CacheReader
) -> None:
    at = time.time()
    fill(
        cache,
        QueueData(id=1, name="Billing"),
        customer(7),
        customer(8, name="Bertil Berg"),
        customer(9, name="Chen Wei"),
        CustomerData(id=10, name="Erased Person", erased=True),
        conversation(1, 7, at - 300, assignee=3),  # the agent's own, older
        conversation(2, 8, at - 60, assignee=4),  # a colleague's, newest
        conversation(3, 9, at - 200, assignee=3),  # the agent's own, newer
        conversation(4, 7, at - 900, assignee=3),  # the same customer again
        conversation(5, 10, at - 10, assignee=3),  # an erased customer: never listed
    )
    assert [h.id for h in reader.recent_customers(3)] == [9, 7]
    assert [h.id for h in reader.recent_customers(None)] == [8, 9, 7]
    assert [h.id for h in reader.recent_customers(99)] == [8, 9, 7]  # has none: everyone's
    assert reader.recent_customers(3, limit=1)[0].id == 9
    agent = AgentInfo(id=3, username="agent03", display_name="Agent Three", role="agent")
    page.set_actions(Role(agent))  # type: ignore[arg-type]
    results = page.finder.results
    assert [results.item(r).data(IdRole) for r in range(results.count())] == [9, 7]
    assert page.finder.state.text() == "Recent customers"
    with qtbot.waitSignal(page.profileShown):
        results.itemClicked.emit(results.item(1))
    assert page.customer_id == 7

    with qtbot.waitSignal(page.searched, timeout=5000):
        page.finder.set_query("zzqq")
    assert results.count() == 0
    said = page.finder.state.text()
    assert "No customer matches “zzqq”" in said
    assert "phone number" in said
    assert "order number" in said
    page.finder.set_query("")  # cleared: the recent customers come back
    assert results.count() == 2
    assert page.finder.state.text() == "Recent customers"


def test_empty_tabs_say_why_and_an_overdue_promise_marks_its_tab(
    qtbot: QtBot, page: CustomerPage, cache: Cache
) -> None:
    fill(cache, customer(7))
    with qtbot.waitSignal(page.profileShown):
        page.show_customer(7)  # never fetched: the lists come with the profile
    assert "come with the profile" in page.orders.empty_text
    bundle = profile(7, contacts=3, orders=0)
    cache.writer.call(lambda c: put_profile(c, bundle))
    with qtbot.waitSignal(page.profileShown):
        page.refresh()
    assert page.orders.empty_text.startswith("No orders")
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == [
        "Timeline (3)",
        "Orders (0)",
        "Notes (1)",
        "Promises (1 overdue)",
        "Complaints (0)",
    ]
    bar = page.tabs.tabBar()
    assert bar.tabTextColor(3).isValid()  # the warning colour
    assert not bar.tabTextColor(1).isValid()
    future = [t.model_copy(update={"due_at": time.time() + 3600}) for t in bundle.tasks]
    later = bundle.model_copy(update={"tasks": future, "fetched_at": bundle.fetched_at + 1})
    cache.writer.call(lambda c: put_profile(c, later))
    with qtbot.waitSignal(page.profileShown):
        page.refresh()
    assert page.tabs.tabText(3) == "Promises (3)"
    assert not bar.tabTextColor(3).isValid()


def test_open_complaints_columns_fit_at_1024(
    qtbot: QtBot, cache: Cache, reader: CacheReader
) -> None:
    now = time.time()
    fill(
        cache,
        QueueData(id=1, name="Technical Support Second Level"),
        CustomerData(id=5, name="Maria-Magdalena Virtanen-Korhonen " * 3),
        ComplaintData(
            id=1,
            customer_id=5,
            conversation_id=1,
            queue_id=1,
            category="delivery",
            severity="critical",
            description="Lost parcel",
            state="awaiting_customer",
            created_at=now - 4 * 86_400,
            updated_at=now,
            state_since=now,
        ),
    )
    view = OpenComplaintsView(reader)
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.show()
    qtbot.waitExposed(view)
    assert view.table.rowCount() == 1
    assert columns_fit(view.table) == []
    char = view.table.fontMetrics().averageCharWidth()
    assert view.table.columnWidth(0) >= CUSTOMER_MAX_CHARS * char  # the name has room
    severity = view.table.item(0, 3)
    assert severity is not None
    assert severity.foreground().color() == style.FAILED  # critical stands out
    state = view.table.item(0, 4)
    assert state is not None
    metrics = view.table.fontMetrics()
    assert view.table.columnWidth(4) >= metrics.horizontalAdvance(state.text())
    # Wide: the name stops at its most and the last column takes the rest (no gulf
    # between a short name and the queue).
    view.resize(1400, 400)
    qtbot.waitUntil(lambda: view.table.viewport().width() > 1300)
    assert view.table.columnWidth(0) == CUSTOMER_MAX_CHARS * char
    assert columns_fit(view.table) == []
    right = view.table.columnViewportPosition(6) + view.table.columnWidth(6)
    assert right >= view.table.viewport().width() - 2


def test_a_cjk_result_keeps_its_second_line(qtbot: QtBot, page: CustomerPage) -> None:
    """A two-line result whose name is CJK is as tall as its lines are drawn (the
    fallback font's lines are taller than the list's own line spacing)."""
    hits = [FoundCustomer(1, "王麗華", "recent", "", (), time.time() - 60)]
    page.finder.show_recent(hits)
    item = page.finder.results.item(0)
    text = item.text()
    assert text.count("\n") == 1
    metrics = page.finder.results.fontMetrics()
    drawn = metrics.boundingRect(0, 0, 100_000, 100_000, 0, text).height()
    assert drawn > 2 * metrics.lineSpacing()  # the CJK line is taller: the reason
    assert item.sizeHint().height() >= drawn + 13  # the sheet's padding and border


def test_consent_says_what_is_allowed_and_what_is_not(
    qtbot: QtBot, page: CustomerPage, cache: Cache
) -> None:
    silent = customer(7).model_copy(
        update={"consent": Consent(email=False, phone=False, marketing=False)}
    )
    fill(cache, silent)
    with qtbot.waitSignal(page.profileShown):
        page.show_customer(7)
    assert not page.header.consent.isVisibleTo(page)
    assert page.header.refused.text() == "No contact allowed"
    assert page.header.refused.isVisibleTo(page)
    everything = silent.model_copy(
        update={"consent": Consent(email=True, phone=True, marketing=True), "updated_at": 2e9}
    )
    fill_more(cache, everything)
    with qtbot.waitSignal(page.profileShown):
        page.refresh()
    assert page.header.consent.text() == "Allowed: email, phone calls, marketing"
    assert not page.header.refused.isVisibleTo(page)
