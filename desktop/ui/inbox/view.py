"""The inbox panel: views, filters and sort above a one-column view whose delegate
(:mod:`desktop.ui.inbox.delegate`) paints each line.

The view is a ``QTableView`` with hidden headers and fixed row heights rather than a
``QListView``: a list view walks every row on each relayout (100,000 Python ``rowCount``
calls per resize), while a table view with fixed sections only asks for the rows it shows.
Only visible rows are read from the cache.

The panel tells the model when the agent is working the list
(:class:`~desktop.ui.inbox.interaction.InteractionWatch`), so rows stay put under the
pointer and the keyboard; around a merge it keeps the selected row in view (or, scrolled
down, the reading place at the same height).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelection, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.store.readers.conversations import VIEWS
from desktop.ui.inbox.controls import InboxControls
from desktop.ui.inbox.delegate import LINE_HEIGHT, InboxDelegate, row_height
from desktop.ui.inbox.interaction import InteractionWatch
from desktop.ui.inbox.model import ID_ROLE, InboxModel
from desktop.ui.inbox.state import InboxChoice
from desktop.widgets.plain import PlainLabel

TAKE_NEXT_KEYS = "Ctrl+Shift+N"
SLA_AT_RISK = "sla_at_risk"  # the status filter's "SLA at risk" entry
SLA_TICK_MS = 1000
COUNTS_MS = 1_000
"""View counts are re-read at most once a second: a burst of arrivals is one read (three
counts cost 30-80 ms at 100,000 conversations)."""
NEXT_KEYS = ("J",)
PREVIOUS_KEYS = ("K",)

__all__ = ["LINE_HEIGHT", "SLA_AT_RISK", "TAKE_NEXT_KEYS", "InboxDelegate", "InboxPanel"]


class _InboxTable(QTableView):
    """The list; its rows grow with its font (the system's text size, a theme's sheet)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.verticalHeader().setDefaultSectionSize(row_height(self.font()))


class InboxPanel(QWidget):
    """Views, filters and sort plus the conversation list.

    Public parts: ``model``, ``view`` (the list), ``controls`` (views, filter menu, sort,
    summary, the "N new" bar), ``status_filter``, ``watch`` (the interaction watch).
    Methods the keymap helper binds: :meth:`next_conversation`,
    :meth:`previous_conversation`, :meth:`set_view`, :meth:`merge_pending`.

    Signals:
        conversationSelected(int): the agent opened a conversation.
        takeNextRequested(): the agent asked for the next waiting email
            (``routing.take_next``; the page sends it).
        choiceChanged(object): the agent chose another view, filter or sort
            (:class:`InboxChoice`; the page keeps it per agent).
    """

    conversationSelected = Signal(int)  # noqa: N815 - Qt naming
    takeNextRequested = Signal()  # noqa: N815 - Qt naming
    choiceChanged = Signal(object)  # noqa: N815 - Qt naming

    def __init__(self, model: InboxModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox")
        self.model = model
        self.title = PlainLabel(self.tr("Inbox"))
        self.title.setObjectName("panelTitle")
        self.count = PlainLabel()
        self.count.setObjectName("muted")
        self.take_next = QPushButton(self.tr("Take next email"))
        self.take_next.setObjectName("takeNextEmail")
        self.set_take_next_keys(TAKE_NEXT_KEYS)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.setAccessibleName(self.tr("Status"))
        # "Status" rather than "Any status": the row fits 300 px in every language.
        self.status_filter.addItem(self.tr("Status"), "")
        self.status_filter.setItemData(0, self.tr("Any status"), Qt.ItemDataRole.ToolTipRole)
        self.status_filter.addItem(self.tr("Open"), "open")
        self.status_filter.addItem(self.tr("Pending"), "pending")
        self.status_filter.addItem(self.tr("Resolved"), "resolved")
        self.status_filter.addItem(self.tr("SLA at risk"), SLA_AT_RISK)
        self.status_filter.setItemData(
            self.status_filter.count() - 1,
            self.tr("Open conversations whose response is nearly or already overdue"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.controls = InboxControls(model.queue_names, model.reader.conversation_languages)
        self.view = self._make_view(model)
        self.watch = InteractionWatch(self.view, self)
        self._anchor: tuple[int, int | None] | None = None  # what a merge keeps in view
        self._lay_out()
        self._make_timers()

        self.status_filter.currentIndexChanged.connect(self._on_status_changed)
        self.take_next.clicked.connect(self.takeNextRequested)
        self.controls.viewChosen.connect(self.set_view)
        self.controls.sortChosen.connect(lambda sort: self._choose(replace(self.choice, sort=sort)))
        self.controls.narrowed.connect(lambda change: self._choose(change(self.choice)))
        self.controls.clearRequested.connect(lambda: self._choose(self.choice.cleared()))
        self.controls.mergeRequested.connect(self.merge_pending)
        self.watch.changed.connect(model.set_interacting)
        model.countChanged.connect(self._on_count_changed)
        model.pendingChanged.connect(self._on_pending_changed)
        model.viewCountsChanged.connect(self._schedule_counts)
        model.aboutToMerge.connect(self._before_merge)
        model.merged.connect(self._after_merge)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._list_shortcuts: list[QShortcut] = []
        self.set_list_keys(
            [QKeySequence(k) for k in NEXT_KEYS], [QKeySequence(k) for k in PREVIOUS_KEYS]
        )
        self._on_count_changed(model.rowCount())
        self._show_choice()
        self.refresh_counts()

    def set_list_keys(
        self, following: Sequence[QKeySequence], preceding: Sequence[QKeySequence]
    ) -> None:
        """The list's own next/previous keys (J and K unless the agent remapped
        ``inbox.list_next``/``inbox.list_previous``): they act only while the list has
        the focus, so a J typed anywhere else is a J."""
        for shortcut in self._list_shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._list_shortcuts = []
        for keys, slot in (
            (following, self.next_conversation),
            (preceding, self.previous_conversation),
        ):
            for key in keys:
                shortcut = QShortcut(key, self.view)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(slot)
                self._list_shortcuts.append(shortcut)

    def set_take_next_keys(self, keys: str) -> None:
        """Name the keys of "Take next email" in its tooltip (the agent's, after a remap)."""
        hint = self.tr("Take the oldest waiting email of your queues")
        self.take_next.setToolTip(f"{hint} ({keys})" if keys else hint)

    def _make_timers(self) -> None:
        self._clock = QTimer(self)
        self._clock.setObjectName("inbox-relative-times")
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._on_clock)
        self._clock.start()
        # The SLA countdowns move once a second, only while the list is on screen.
        self._sla_clock = QTimer(self)
        self._sla_clock.setObjectName("inbox-sla-countdown")
        self._sla_clock.setInterval(SLA_TICK_MS)
        self._sla_clock.timeout.connect(self.tick)
        self._counts_timer = QTimer(self)
        self._counts_timer.setObjectName("inbox-view-counts")
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_MS)
        self._counts_timer.timeout.connect(self.refresh_counts)

    def _make_view(self, model: InboxModel) -> QTableView:
        view = _InboxTable()
        view.setObjectName("inboxList")
        view.setAccessibleName(self.tr("Conversations"))
        view.horizontalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        rows = view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height(view.font()))
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setMouseTracking(True)
        view.setItemDelegate(InboxDelegate(view))
        view.setModel(model)
        return view

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.setContentsMargins(12, 10, 12, 4)
        header.addWidget(self.title)
        header.addWidget(self.count)
        header.addStretch(1)
        header.addWidget(self.take_next)
        views = QHBoxLayout()
        views.setContentsMargins(6, 0, 6, 4)
        views.addWidget(self.controls.tabs, 1)
        filters = self.controls.filter_row
        filters.insertWidget(0, self.status_filter)
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 0, 12, 6)
        bar.addWidget(self.controls.new_bar, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addLayout(views)
        layout.addLayout(filters)
        layout.addWidget(self.controls.summary_row)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    # ------------------------------------------------------------------ public API

    @property
    def choice(self) -> InboxChoice:
        return self.model.choice

    def set_choice(self, choice: InboxChoice) -> None:
        """Show and apply ``choice`` (restored state; emits nothing)."""
        self.model.set_choice(choice)
        self._show_choice()
        self.refresh_counts()

    def set_view(self, name: str) -> None:
        """Mine, Unassigned, All or Mentions (the keymap helper binds keys to this)."""
        if name in VIEWS:
            self._choose(replace(self.choice, view=name))

    def next_conversation(self) -> None:
        """Open the conversation below the selected one (the first when none is)."""
        self._step(1)

    def previous_conversation(self) -> None:
        """Open the conversation above the selected one."""
        self._step(-1)

    def merge_pending(self) -> None:
        """Put new and changed conversations in their place now ("3 new")."""
        self.model.merge_pending()

    def selected_id(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else 0

    def select_id(self, conversation_id: int) -> bool:
        row = self.model.row_of(conversation_id)
        if row is None:
            return False
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def refresh_counts(self) -> None:
        """Re-read the views' counts (three indexed counts); only while on screen (a
        hidden inbox counts when it is shown again)."""
        if self.isVisible():
            self.controls.show_counts(self.model.view_counts())

    def _schedule_counts(self) -> None:
        """Count once the burst settles, but never later than ``COUNTS_MS`` after the
        first change (restarting the timer on every change would starve it)."""
        if not self._counts_timer.isActive():
            self._counts_timer.start()

    def stop(self) -> None:
        """The window is closing: no timer may read the cache after this."""
        self._counts_timer.stop()
        self._sla_clock.stop()
        self._clock.stop()
        self.watch.idle.stop()

    def tick(self) -> None:
        """A second passed: list rows newly at risk (with that filter) and repaint the
        visible rows' countdowns; nothing is re-read or re-sorted."""
        if not self.isVisible() or self.window().isMinimized():
            return
        self.model.tick()
        if self.model.has_timers():
            self.view.viewport().update()

    # ------------------------------------------------------------------ internals

    def _step(self, by: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        selected = self.view.selectionModel().selectedRows()
        # Focus alone makes a current row without selecting it: the first j opens row 0.
        row = selected[0].row() + by if selected else (0 if by > 0 else count - 1)
        row = min(max(row, 0), count - 1)
        self.watch.touched()  # a keyboard move is interaction: the list holds still
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _choose(self, choice: InboxChoice) -> None:
        if choice == self.choice:
            return
        self.model.set_choice(choice)
        self._show_choice()
        selected = self.selected_id()
        if selected:
            self.view.scrollTo(self.view.currentIndex())
        self.choiceChanged.emit(choice)

    def _show_choice(self) -> None:
        choice = self.choice
        if choice.sla_at_risk:
            data = SLA_AT_RISK
        elif len(choice.statuses) == 1:
            data = next(iter(choice.statuses))
        else:
            data = ""
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(data)))
        self.status_filter.blockSignals(False)
        self.controls.show_choice(choice, self.controls.status_words(choice))

    def _on_status_changed(self, _index: int) -> None:
        status = str(self.status_filter.currentData() or "")
        at_risk = status == SLA_AT_RISK
        self._choose(
            replace(
                self.choice,
                statuses=frozenset({status}) if status and not at_risk else frozenset(),
                sla_at_risk=at_risk,
            )
        )

    def _on_count_changed(self, count: int) -> None:
        self.count.setText(QLocale().toString(count))

    def _on_pending_changed(self, new: int) -> None:
        self.controls.show_pending(new, self.model.has_pending())

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        # A row that leaves the list (filtered out after a status change, say) stays,
        # faded, while selected; the open conversation stays open until the agent moves.
        selected = self.selected_id()
        self.model.keep(selected or None)
        if selected:
            self.conversationSelected.emit(selected)

    def _before_merge(self) -> None:
        """Note what must stay in view: the selected row if it is on screen, else (when
        the agent has scrolled down to read) the top visible row and its height."""
        self._anchor = None
        viewport = self.view.viewport().rect()
        current = self.view.currentIndex()
        selected = self.view.selectionModel().isSelected(current)
        if current.isValid() and selected and self.view.visualRect(current).intersects(viewport):
            self._anchor = (int(current.data(ID_ROLE)), None)
            return
        top = self.view.indexAt(viewport.topLeft())
        if top.isValid() and self.view.verticalScrollBar().value() > 0:
            self._anchor = (int(top.data(ID_ROLE)), self.view.visualRect(top).top())

    def _after_merge(self) -> None:
        """The selected row stays in view (arrivals above it show, it moves down at most
        to the bottom edge); a reading place down the list stays at the same height. At
        the top of the list with nothing selected on screen, arrivals simply appear."""
        anchor, self._anchor = self._anchor, None
        if anchor is None:
            return
        cid, height = anchor
        row = self.model.row_of(cid)
        if row is None:
            return
        index = self.model.index(row)
        if height is None:
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
            return
        moved = self.view.visualRect(index).top() - height
        if moved:
            bar = self.view.verticalScrollBar()
            bar.setValue(bar.value() + moved)

    def _on_clock(self) -> None:
        self.view.viewport().update()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        self._sla_clock.start()
        self._schedule_counts()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt naming
        self._sla_clock.stop()
        super().hideEvent(event)
