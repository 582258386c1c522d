"""The Customers page over a real cache with no server: everything readable offline for
customers in the cache (the profile, notes, find by a phone fragment), the live row winning
over an older cached profile, overdue promises standing out, orders money in the locale,
supervisors' buttons, the edit dialog refusing a bad value, and hostile text shown plain."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from bench.profile_data import customer, profile
from desktop.store import apply
from desktop.store.cache import Cache
from desktop.store.kinds.customers import put_profile
from desktop.store.reader import CacheReader
from desktop.ui.customer.dialogs import EditCustomerDialog, EraseDialog
from desktop.ui.customer.find import IdRole
from desktop.ui.customer.orders import TOTAL, money, safe_link
from desktop.ui.customer.page import CustomerPage
from desktop.ui.customer.timeline import SUBJECT
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.pages import PageContext, PageLinks
from protocol.entities import ConversationData
from protocol.frames import AgentInfo, Event
from protocol.kinds.customers import CustomerData


@dataclass
class Role:
    """What the page asks of the engine for the role: the signed-in agent."""

    agent: AgentInfo | None


def _apply(cache: Cache, *entities: CustomerData | ConversationData) -> None:
    events = [Event(seq=i + 1, kind=e.kind, id=e.id, data=e) for i, e in enumerate(entities)]
    changes = cache.writer.call(lambda c: apply.apply_events(c, events, len(events)))
    assert changes


@pytest.fixture
def page(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, cache: Cache, reader: CacheReader
) -> Iterator[CustomerPage]:
    del qloop
    made = CustomerPage(PageContext(reader, Ops(), PageLinks()))
    qtbot.addWidget(made)
    made.resize(1024, 640)
    made.show()
    yield made
    made.stop()


def test_profile_opens_offline_from_the_cache(
    qtbot: QtBot, page: CustomerPage, cache: Cache
) -> None:
    _apply(cache, customer(7))
    cache.writer.call(lambda c: put_profile(c, profile(7, contacts=14, orders=3)))
    with qtbot.waitSignal(page.profileShown):
        page.show_customer(7)
    assert page.timeline_model.rowCount() == 14
    subjects = [page.timeline_model.index(r, SUBJECT).data() for r in range(14)]
    assert subjects.count("Messages not visible in your queues") == 2
    assert page.orders_model.rowCount() == 3
    assert "offline" in page.header.fetched.text()
    assert [c.text() for c in page.header.chip_labels] == ["VIP", "at risk"]
    assert [c.property("tone") for c in page.header.chip_labels] == ["plain", "risk"]
    assert page.header.consent.text() == "Allowed: email"
    assert page.header.refused.text() == "Not allowed: phone calls, marketing"
    assert page.header.refused.isVisibleTo(page)
    assert "Europe/Helsinki" in page.header.clock.text()
    assert page.header.repeat.isVisibleTo(page)
    # Overdue promises stand out (the sheet's warning colour by the property).
    overdue = [lbl.property("overdue") for lbl in page.promises.labels]
    assert overdue.count(True) == 1
    assert len(overdue) == 3  # two tasks (one overdue), one callback
    assert page.notes.list.count() == 1  # the profile's note


def test_live_row_wins_over_an_older_profile_and_notes_merge(
    qtbot: QtBot, page: CustomerPage, cache: Cache
) -> None:
    cache.writer.call(lambda c: put_profile(c, profile(7)))
    newer = customer(7).model_copy(update={"tags": ["gold"], "updated_at": time.time()})
    _apply(cache, newer)
    with qtbot.waitSignal(page.profileShown):
        page.show_customer(7)
    assert [c.text() for c in page.header.chip_labels] == ["gold"]
    # The synced change raises changes.customers: the shown profile follows.
    later = newer.model_copy(update={"tags": ["vip"], "updated_at": time.time() + 1})
    events = [Event(seq=10, kind="customer", id=7, data=later)]
    changes = cache.writer.call(lambda c: apply.apply_events(c, events, 10))
    with qtbot.waitSignal(page.profileShown):
        page.on_changes(changes)
    assert [c.text() for c in page.header.chip_labels] == ["VIP"]


def test_find_offline_by_phone_fragment_and_name(
    qtbot: QtBot, page: CustomerPage, cache: Cache
) -> None:
    at = time.time()
    conversation = ConversationData(
        id=70,
        queue_id=1,
        customer_id=7,
        customer_name="Aino Virtanen",
        channel="chat",
        status="open",
        created_at=at,
        updated_at=at,
        last_message_at=at,
    )
    _apply(cache, customer(7), customer(8, name="Bertil Berg"), conversation)
    with qtbot.waitSignal(page.searched, timeout=5000):
        page.finder.set_query("401 2345")  # a fragment of +358401234567, spaced
    found = [page.finder.results.item(r).data(IdRole) for r in range(page.finder.results.count())]
    assert found[0] == 7
    assert "Offline" in page.finder.state.text()
    with qtbot.waitSignal(page.searched, timeout=5000):
        page.finder.set_query("bert")
    assert [
        page.finder.results.item(r).data(IdRole) for r in range(page.finder.results.count())
    ] == [8]
    with qtbot.waitSignal(page.searched, timeout=5000):
        page.finder.set_query("nobody-here")
    assert page.finder.results.count() == 0
    with qtbot.waitSignal(page.searched, timeout=5000):
        page.finder.set_query("bert")
    with qtbot.waitSignal(page.profileShown):
        page.finder.results.itemActivated.emit(page.finder.results.item(0))
    assert page.customer_id == 8


@pytest.mark.qt_log_ignore(  # the page did ask the platform to open the link: good
    "does not support QPlatformServices::openUrl", "does not support propagateSizeHints"
)
def test_orders_money_follows_the_locale_and_links_are_checked(
    qtbot: QtBot, page: CustomerPage, cache: Cache
) -> None:
    finnish = QLocale(QLocale.Language.Finnish, QLocale.Country.Finland)
    assert money(4990, "EUR", finnish).replace("\xa0", " ") == "49,90 €"
    assert (
        money(4990, "EUR", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        == "€49.90"
    )
    assert (
        money(1200, "JPY", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        == "¥1,200"
    )
    assert safe_link("https://www.posti.fi/track/1") is not None
    assert safe_link("javascript:alert(1)") is None
    assert safe_link("file:///etc/passwd") is None
    assert safe_link("") is None
    cache.writer.call(lambda c: put_profile(c, profile(7, orders=5)))
    with qtbot.waitSignal(page.profileShown):
        page.show_customer(7)
    totals = [page.orders_model.index(r, TOTAL).data() for r in range(5)]
    assert any("refunded" in str(t) for t in totals)
    with qtbot.waitSignal(page.orders.linkRequested) as opened:
        page.orders.activated.emit(page.orders_model.index(1, 0))  # shipped: has tracking
    assert opened.args[0].host() == "www.posti.fi"


def test_supervisors_get_export_and_erase(page: CustomerPage, cache: Cache) -> None:
    cache.writer.call(lambda c: put_profile(c, profile(7)))
    page.show_customer(7)
    agent = AgentInfo(id=1, username="agent01", display_name="Agent One", role="agent")
    boss = AgentInfo(id=9, username="supervisor01", display_name="Boss", role="supervisor")
    page.set_actions(Role(agent))  # type: ignore[arg-type]
    assert not page.header.export_button.isVisibleTo(page)
    page.set_actions(Role(boss))  # type: ignore[arg-type]
    assert page.header.export_button.isVisibleTo(page)
    assert page.header.erase_button.isVisibleTo(page)
    erase = EraseDialog("Aino  Virtanen")
    assert not erase.erase_button.isEnabled()
    erase.typed.setText("Aino Virtane")
    assert not erase.erase_button.isEnabled()
    erase.typed.setText("Aino Virtanen")
    assert erase.erase_button.isEnabled()


def test_edit_dialog_builds_only_valid_changes(
    qtbot: QtBot, page: CustomerPage, cache: Cache
) -> None:
    cache.writer.call(lambda c: put_profile(c, profile(7)))
    page.show_customer(7)
    assert page.view is not None
    dialog = EditCustomerDialog(7, page.view.person)
    qtbot.addWidget(dialog)
    dialog.tags.setText("vip, At Risk, gold")
    dialog.consent_phone.setChecked(True)
    dialog.new_kind.setCurrentIndex(dialog.new_kind.findData("phone"))
    dialog.new_value.setText("+358 50 111 2222")
    dialog.add_button.click()
    assert ("phone", "+358501112222") in dialog.current_identities()
    change = dialog.build_change()
    assert change.tags == ["vip", "at-risk", "gold"]  # type: ignore[attr-defined]
    assert change.consent.phone  # type: ignore[attr-defined]
    assert [i.value for i in change.add_identities] == ["+358501112222"]  # type: ignore[attr-defined]
    # A bad value stays in the dialog with the rule's sentence; nothing is saved.
    dialog.new_value.setText("not an email")
    dialog.new_kind.setCurrentIndex(dialog.new_kind.findData("email"))
    dialog.add_button.click()
    assert dialog.error.isVisibleTo(dialog)
    dialog.tags.setText("no spaces!")
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "tag" in dialog.error.text()


def test_hostile_customer_text_is_shown_plain(
    qtbot: QtBot, page: CustomerPage, cache: Cache
) -> None:
    evil = '<b style="color:red">SUPERVISOR NOTE</b>\u202etxt.exe'
    bundle = profile(7)
    hostile = bundle.model_copy(
        update={"customer": bundle.customer.model_copy(update={"name": evil})}
    )
    cache.writer.call(lambda c: put_profile(c, hostile))
    with qtbot.waitSignal(page.profileShown):
        page.show_customer(7)
    shown = page.header.name.full_text()
    assert "<b" in shown
    assert "\u202e" not in shown
    assert page.header.name.textFormat() == Qt.TextFormat.PlainText
