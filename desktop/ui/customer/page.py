"""The Customers page (issue 10): find a customer and see everything about them.

Left, the "Find customer" box (Ctrl+Shift+F from anywhere) searching as the agent types,
by name, email, phone fragment or order number: on the server when online (on the asyncio
loop, never blocking the Qt thread), in the cache when not. Right, the profile: the
header (``header.py``) over tabs Timeline, Orders, Notes, Promises and Complaints (the
last is ``complaints_tab.py``'s).

What is shown is always read from the cache and merged (``merge.py``): the profile the
server last answered, the synced customer row and the synced notes. Opening a customer
shows that at once, then fetches the profile in the background (the directory stores it
in the cache first) and shows it again; offline, a line says when the desk last saw it.
Notes and edits go through the outbox, so they work offline. Supervisors also get Export
(the server's JSON, saved where they choose) and Erase (after typing the name).

Mode-bar texts translate in the ``MainWindow`` context.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.changes import Changes
from desktop.ui.customer.complaints_tab import ComplaintsTab
from desktop.ui.customer.dialogs import EditCustomerDialog, EraseDialog
from desktop.ui.customer.find import FindPanel, FoundCustomer
from desktop.ui.customer.header import ProfileHeader
from desktop.ui.customer.merge import ProfileView, merge
from desktop.ui.customer.notes import NotesPanel, PromisesPanel
from desktop.ui.customer.orders import OrdersModel, OrdersView
from desktop.ui.customer.timeline import TimelineModel, TimelineView
from desktop.ui.shell import style
from desktop.ui.shell.actions import WindowActions
from desktop.ui.shell.pages import PageContext, PageShortcut, PageSpec, PageWidget
from desktop.widgets.plain import PlainLabel

if TYPE_CHECKING:
    from desktop.sync.customers import CustomerDirectory

PAGE_NAME = "customer"
CLOCK_MS = 30_000
TOPICS = ("customers", "customer_notes", "complaints", "tasks", "callbacks")


class CustomerPage(PageWidget):
    """Find a customer; their profile, history, orders, notes, promises and complaints.

    Listens to ``PageLinks.customerRequested(int)`` (show that customer, and this page)
    and ``PageLinks.customerSearchRequested(str)`` (the find box with that text); asks
    ``PageLinks.conversationRequested(int)`` to open a contact of the timeline.

    Signals:
        profileShown(int): the shown customer's view was (re)built from the cache.
        searched(str): an answer to this query is on screen.
    """

    profileShown = Signal(int)  # noqa: N815 - Qt naming
    searched = Signal(str)

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.setObjectName("customerPage")
        self.context = context
        self.reader = context.reader
        self.ops = context.ops
        self.links = context.links
        self.directory: CustomerDirectory | None = None
        self.window_actions: WindowActions | None = None
        self.agent_name = ""
        self.online = False
        self.customer_id: int | None = None
        self.view: ProfileView | None = None
        self.fetch_failed = ""
        self._fetching: int | None = None
        self.edit_dialog: EditCustomerDialog | None = None
        self.export_dialog: QFileDialog | None = None
        self.erase_dialog: EraseDialog | None = None
        self._build()
        self.links.customerRequested.connect(self.open_customer)
        self.links.customerSearchRequested.connect(self.find_text)

    def _build(self) -> None:
        self.finder = FindPanel()
        self.finder.queryChanged.connect(self.search)
        self.finder.customerChosen.connect(self.show_customer)
        self.finder.recentRequested.connect(self.show_recent)
        self.header = ProfileHeader()
        self.timeline_model = TimelineModel(self)
        self.timeline = TimelineView(self.timeline_model)
        self.timeline.conversationRequested.connect(self._open_conversation)
        self.orders_model = OrdersModel(self)
        self.orders = OrdersView(self.orders_model)
        self.orders.linkRequested.connect(self._open_link)
        self.notes = NotesPanel()
        self.notes.addRequested.connect(self.add_note)
        self.promises = PromisesPanel()
        self.complaints = ComplaintsTab(self.context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("customerTabs")
        self.tabs.setAccessibleName(self.tr("Customer profile sections"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.orders, self.tr("Orders"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.addTab(self.promises, self.tr("Promises"))
        self.tabs.addTab(self.complaints, self.tr("Complaints"))
        self._lay_out()

    def _lay_out(self) -> None:
        self.header.editRequested.connect(self.edit_customer)
        self.header.refreshRequested.connect(self.refresh_profile)
        self.header.exportRequested.connect(self.export_customer)
        self.header.eraseRequested.connect(self.erase_customer)
        profile = QWidget()
        profile.setObjectName("customerProfile")
        column = QVBoxLayout(profile)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.tabs, 1)
        self.empty = PlainLabel(
            self.tr(
                "Find a customer by name, email, phone or order number, or open one "
                "from a conversation or a ringing call."
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(profile)
        left = QWidget()
        left.setObjectName("customerFindColumn")
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(12, 12, 8, 12)
        left_column.addWidget(self.finder)
        self.splitter = QSplitter()
        self.splitter.setObjectName("deskSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([232, 792])  # the find list's lines fit in 232 px
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.clock = QTimer(self)
        self.clock.setObjectName("customerClock")
        self.clock.setInterval(CLOCK_MS)
        self.clock.timeout.connect(self.header.update_clock)

    # ------------------------------------------------------------------ wiring

    def set_directory(self, directory: CustomerDirectory | None) -> None:
        """The server's customer directory (``desktop/app.py`` gives it once the cache
        is open); without one the page reads only the cache."""
        self.directory = directory

    def set_actions(self, actions: WindowActions | None) -> None:
        self.window_actions = actions
        self._show_role()
        if self.isVisible() and not self.finder.query():
            self.show_recent()  # the agent is known now: their own recent customers

    def set_agent(self, name: str) -> None:
        self.agent_name = name

    def set_online(self, online: bool) -> None:
        was = self.online
        self.online = online
        self._show_role()
        if online and not was and self.customer_id is not None and self.isVisible():
            self.refresh_profile()
        elif self.view is not None:
            self._say_fetched()

    def focus_target(self, target: str) -> None:
        if target == "find" or self.customer_id is None:
            self.finder.focus()
        else:
            self.tabs.currentWidget().setFocus()

    def save_state(self) -> QByteArray:
        return self.splitter.saveState()

    def restore_state(self, state: QByteArray) -> None:
        self.splitter.restoreState(state)

    def stop(self) -> None:
        self.clock.stop()
        self.finder.timer.stop()

    def is_supervisor(self) -> bool:
        agent = self.window_actions.agent if self.window_actions is not None else None
        return agent is not None and agent.role == "supervisor"

    def _show_role(self) -> None:
        self.header.set_supervisor(self.is_supervisor())

    # ------------------------------------------------------------------ find

    def find_text(self, text: str) -> None:
        """Show the page with ``text`` in the find box (a caller the cache does not know)."""
        self.links.pageRequested.emit(PAGE_NAME)
        self.finder.set_query(text)
        self.finder.focus()

    def search(self, query: str) -> None:
        """Ask the server (online) or the cache (offline, or when the server cannot)."""
        directory = self.directory
        if directory is None or not self.online:
            self._search_cache(query, self.tr("Offline: customers this desk holds."))
            return
        from desktop.sync.customers import CustomerLookupError

        def done(result: object) -> None:
            hits = [
                FoundCustomer(
                    h.id, h.name, h.matched, h.matched_text, tuple(h.tags), h.last_contact_at
                )
                for h in getattr(result, "hits", [])
            ]
            if self.finder.show_hits(query, hits):
                self.searched.emit(query)

        def failed(error: BaseException) -> None:
            if isinstance(error, CustomerLookupError) and error.reason == "offline":
                self._search_cache(query, self.tr("Offline: customers this desk holds."))
            else:
                self.finder.show_failure(query, self._sentence(error))
                self.searched.emit(query)

        self.ops.run(
            directory.search(query),
            what=self.tr("find a customer"),
            on_done=done,
            on_error=failed,
        )

    def show_recent(self) -> None:
        """The find list before the agent types: the customers of their latest
        conversations in the cache (everyone's when they have none yet)."""
        agent = self.window_actions.agent if self.window_actions is not None else None
        hits = [
            FoundCustomer(h.id, h.name, h.matched, h.matched_text, h.tags, h.last_contact_at)
            for h in self.reader.recent_customers(agent.id if agent is not None else None)
        ]
        self.finder.show_recent(hits)

    def _search_cache(self, query: str, note: str) -> None:
        hits = [
            FoundCustomer(h.id, h.name, h.matched, h.matched_text, h.tags, h.last_contact_at)
            for h in self.reader.find_cached_customers(query)
        ]
        if self.finder.show_hits(query, hits, note):
            self.searched.emit(query)

    # ------------------------------------------------------------------ the profile

    def open_customer(self, customer_id: int) -> None:
        """Show this page and ``customer_id``'s profile (from another page)."""
        self.links.pageRequested.emit(PAGE_NAME)
        self.show_customer(customer_id)

    def show_customer(self, customer_id: int) -> None:
        """Show what the cache holds at once, then fetch the profile in the background."""
        changed = customer_id != self.customer_id
        self.customer_id = customer_id
        self.fetch_failed = ""
        self.complaints.show_customer(customer_id)
        if changed:
            self.tabs.setCurrentIndex(0)
        self.refresh()
        self.refresh_profile()

    def refresh(self) -> None:
        """Read the shown customer from the cache again and show it."""
        customer_id = self.customer_id
        if customer_id is None:
            self.right.setCurrentIndex(0)
            return
        reader = self.reader
        view = merge(
            customer_id,
            reader.customer_facts(customer_id),
            reader.cached_profile(customer_id),
            reader.customer_notes(customer_id),
        )
        previous, self.view = self.view, view
        self.right.setCurrentIndex(1)
        self.header.show_profile(view)
        self._say_fetched()
        same_lists = (
            previous is not None
            and previous.customer_id == customer_id
            and previous.fetched_at == view.fetched_at
            and previous.erased == view.erased
        )
        if not same_lists:  # a new fetch or customer: else keep the rows, selection, scroll
            self.timeline_model.set_items(view.timeline)
            self.orders_model.set_orders(view.orders)
            self.orders.fit_columns()
        self.notes.show_notes(view.notes)
        self.notes.set_enabled_for(view.known and not view.erased)
        self.promises.show_promises(view.promises)
        self._say_empty(view)
        self._title_tabs(view)
        self.profileShown.emit(customer_id)

    def _say_empty(self, view: ProfileView) -> None:
        """What an empty timeline or orders tab means: none yet, or not fetched yet."""
        if view.fetched_at is None:
            later = self.tr("Contacts and orders come with the profile from the server.")
            self.timeline.empty_text = later
            self.orders.empty_text = later
        else:
            self.timeline.empty_text = self.tr("No contacts with this customer yet.")
            self.orders.empty_text = self.tr("No orders: the shop has sent none for this customer.")
        self.timeline.viewport().update()
        self.orders.viewport().update()

    def _title_tabs(self, view: ProfileView) -> None:
        """Tab titles with their counts, and the promises tab in the warning colour
        when one is overdue: seen from whichever tab the agent is on."""
        now = time.time()
        overdue = sum(1 for p in view.promises if p.due_at < now)
        titles = (
            (self.timeline, self.tr("Timeline (%n)", "", len(view.timeline))),
            (self.orders, self.tr("Orders (%n)", "", len(view.orders))),
            (self.notes, self.tr("Notes (%n)", "", len(view.notes))),
            (
                self.promises,
                self.tr("Promises (%n overdue)", "", overdue)
                if overdue
                else self.tr("Promises (%n)", "", len(view.promises)),
            ),
            (self.complaints, self.tr("Complaints (%n)", "", self.complaints.list.count())),
        )
        bar = self.tabs.tabBar()
        for widget, title in titles:
            index = self.tabs.indexOf(widget)
            if self.tabs.tabText(index) != title:  # a relayout of the bar otherwise
                self.tabs.setTabText(index, title)
        promises = self.tabs.indexOf(self.promises)
        bar.setTabTextColor(promises, QColor(style.PENDING) if overdue else QColor())

    def refresh_profile(self) -> None:
        """Fetch the shown customer's profile (once at a time), then show it."""
        directory, customer_id = self.directory, self.customer_id
        if directory is None or customer_id is None or self._fetching == customer_id:
            return
        if not self.online:
            self._say_fetched()
            return
        self._fetching = customer_id

        def done(profile: object) -> None:
            self._fetching = None
            if self.customer_id != customer_id:
                return  # the agent moved on
            self.fetch_failed = ""
            survivor = getattr(getattr(profile, "customer", None), "id", customer_id)
            if isinstance(survivor, int) and survivor != customer_id:
                # A merged customer: the server answered with the survivor's profile.
                self.customer_id = survivor
                self.complaints.show_customer(survivor)
            self.refresh()

        def failed(error: BaseException) -> None:
            self._fetching = None
            if self.customer_id == customer_id:
                self.fetch_failed = self._sentence(error)
                self.refresh()  # a 404 dropped the cached profile

        self.ops.run(
            directory.fetch_profile(customer_id),
            what=self.tr("read the customer's profile"),
            on_done=done,
            on_error=failed,
        )

    def _say_fetched(self) -> None:
        view = self.view
        if view is None:
            return
        if view.erased:
            text = self.tr("This customer's personal data was erased.")
        else:
            text = self.header.describe_fetch(
                view.fetched_at, online=self.online, failed=self.fetch_failed
            )
        self.header.set_fetched(text, stale=bool(self.fetch_failed) or not self.online)

    def on_changes(self, changes: Changes) -> None:
        self.complaints.on_changes(changes)
        customer_id = self.customer_id
        if customer_id is None:
            return
        if changes.reset or any(customer_id in getattr(changes, t) for t in TOPICS):
            self.refresh()

    # ------------------------------------------------------------------ changes

    def add_note(self, body: str) -> None:
        directory, customer_id = self.directory, self.customer_id
        if directory is None or customer_id is None:
            self.notes.show_error(self.tr("Sign in to add notes."))
            return

        def done(_mutation_id: object) -> None:
            self.notes.clear_editor()

        self.ops.run(
            directory.add_note(customer_id, body, self.agent_name),
            what=self.tr("add a note"),
            on_done=done,
            on_error=lambda error: self.notes.show_error(self._sentence(error)),
        )

    def edit_customer(self) -> None:
        view = self.view
        if view is None or not view.known or view.erased:
            return
        dialog = EditCustomerDialog(view.customer_id, view.person, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._queue_update)
        dialog.open()
        self.edit_dialog = dialog

    def _queue_update(self, change: object) -> None:
        directory = self.directory
        if directory is None:
            self.links.noticeRequested.emit(self.tr("Sign in to change a customer."), "error")
            return
        from protocol.kinds.customers import CustomerUpdateOp

        if isinstance(change, CustomerUpdateOp):
            self.ops.run(
                directory.update(change),
                what=self.tr("change the customer"),
                on_error=lambda e: self.links.noticeRequested.emit(self._sentence(e), "error"),
            )

    def export_customer(self) -> None:
        """Ask where to save, then fetch the export and write it there (supervisors)."""
        view, directory = self.view, self.directory
        if view is None or directory is None or not self.is_supervisor():
            return
        dialog = QFileDialog(self.window(), self.tr("Save the customer's data"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("JSON files (*.json)"))
        dialog.setDefaultSuffix("json")
        dialog.selectFile(f"customer-{view.customer_id}.json")
        dialog.fileSelected.connect(lambda path: self._export_to(view.customer_id, Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.export_dialog = dialog

    def _export_to(self, customer_id: int, path: Path) -> None:
        directory = self.directory
        if directory is None:
            return

        async def work() -> None:
            data = await directory.export(customer_id)
            await asyncio.to_thread(path.write_bytes, data)

        self.ops.run(
            work(),
            what=self.tr("export the customer"),
            on_done=lambda _none: self.links.noticeRequested.emit(
                self.tr("Saved to {0}").format(path.name), "info"
            ),
            on_error=lambda e: self.links.noticeRequested.emit(self._sentence(e), "error"),
        )

    def erase_customer(self) -> None:
        view = self.view
        if view is None or self.directory is None or not self.is_supervisor():
            return
        dialog = EraseDialog(view.person.name, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(lambda: self._erase(view.customer_id))
        dialog.open()
        self.erase_dialog = dialog

    def _erase(self, customer_id: int) -> None:
        directory = self.directory
        if directory is None:
            return
        self.ops.run(
            directory.erase(customer_id),
            what=self.tr("erase the customer"),
            on_done=lambda _r: self.links.noticeRequested.emit(
                self.tr("The customer was erased."), "info"
            ),
            on_error=lambda e: self.links.noticeRequested.emit(self._sentence(e), "error"),
        )

    # ------------------------------------------------------------------ internals

    def _open_conversation(self, conversation_id: int) -> None:
        self.links.conversationRequested.emit(conversation_id)
        self.links.pageRequested.emit("inbox")

    def _open_link(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)

    def _sentence(self, error: BaseException) -> str:
        """What went wrong, for the agent."""
        from desktop.sync.customers import CustomerLookupError

        if isinstance(error, ValueError) and not isinstance(error, CustomerLookupError):
            errors = getattr(error, "errors", None)
            if callable(errors) and errors():
                return str(errors()[0].get("msg", error)).removeprefix("Value error, ")
            return str(error)
        if not isinstance(error, CustomerLookupError):
            return self.tr("Something went wrong: {0}").format(error)
        fetched = self.view.fetched_at if self.view is not None else None
        sentences = {
            "signed_out": self.tr("Sign in to reach the server."),
            "too_short": self.tr("Type at least two characters."),
            "not_found": self.tr("The server does not know this customer (merged or erased?)."),
            "server": self.tr("The server could not answer ({0}).").format(error.detail),
        }
        if error.reason == "offline":
            return (
                self.header.describe_fetch(fetched, online=False)
                if fetched
                else self.tr("You are offline; this desk has not seen this customer's profile yet.")
            )
        if error.reason == "refused":
            return error.detail or self.tr("The server refused.")
        return sentences.get(error.reason, str(error))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        self.clock.start()
        if not self.finder.query():
            self.show_recent()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt naming
        super().hideEvent(event)
        self.clock.stop()


def _build(context: PageContext) -> CustomerPage:
    return CustomerPage(context)


SPEC = PageSpec(
    name=PAGE_NAME,
    title=lambda: QCoreApplication.translate("MainWindow", "Customers"),
    tooltip=lambda: QCoreApplication.translate(
        "MainWindow", "Find a customer and see their profile (Ctrl+4, find: Ctrl+Shift+F)"
    ),
    shortcuts=(PageShortcut("page.customer"), PageShortcut("customer.find", "find")),
    settings_key="window/customer",
    build=_build,
)

__all__ = ["PAGE_NAME", "SPEC", "CustomerPage"]
