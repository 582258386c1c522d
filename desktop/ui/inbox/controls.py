"""The controls above the inbox list: views with counts, filters, sort, the active filters'
summary with "Clear", and the "3 new" bar.

They fit a 300 px column (the inbox at 1024 px): views are tabs ("Mine 4"), the status
filter and sort are short combos, channel, queue and language live in one "Filter" menu,
and what is narrowing the list is said in one muted line with a "Clear" button rather
than a row of chips that would wrap.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTabBar,
    QToolButton,
    QWidget,
)

from desktop.store.readers.conversations import VIEWS
from desktop.ui.inbox.state import SORTS, InboxChoice
from desktop.ui.labels import CHANNELS, channel_label, status_label
from desktop.ui.shell import style
from desktop.widgets.plain import PlainLabel, display_text

MAX_MENU_QUEUES = 200
"""A supervisor may see hundreds of queues; the menu lists this many (by name)."""
MAX_MENU_LANGUAGES = 50

Change = Callable[[InboxChoice], InboxChoice]
Option = tuple[bool, str, Change]


def _with_channel(channel: str | None) -> Change:
    return lambda choice: replace(choice, channel=channel)


def _with_queue(queue_id: int | None) -> Change:
    return lambda choice: replace(choice, queue_id=queue_id)


def _with_language(language: str | None) -> Change:
    return lambda choice: replace(choice, language=language)


def view_title(view: str) -> str:
    """A view's name on its tab (literal translate calls, one per view)."""
    if view == "mine":
        return QCoreApplication.translate("InboxControls", "Mine")
    if view == "unassigned":
        return QCoreApplication.translate("InboxControls", "Unassigned")
    if view == "mentions":
        return QCoreApplication.translate("InboxControls", "Mentions")
    return QCoreApplication.translate("InboxControls", "All")


def view_tooltip(view: str) -> str:
    if view == "mine":
        return QCoreApplication.translate(
            "InboxControls", "Open and pending conversations assigned to you"
        )
    if view == "unassigned":
        return QCoreApplication.translate(
            "InboxControls", "Conversations of your queues nobody has taken"
        )
    if view == "mentions":
        return QCoreApplication.translate(
            "InboxControls", "Conversations whose internal notes mention you, newest first"
        )
    return QCoreApplication.translate("InboxControls", "Every conversation of your queues")


def sort_title(sort: str) -> str:
    """The sort's short name (the combo is narrow at 1024 px); :func:`sort_tooltip` says
    it in full."""
    if sort == "waiting":
        return QCoreApplication.translate("InboxControls", "Waiting")
    if sort == "sla":
        return QCoreApplication.translate("InboxControls", "SLA due")
    return QCoreApplication.translate("InboxControls", "Newest")


def sort_tooltip(sort: str) -> str:
    if sort == "waiting":
        return QCoreApplication.translate(
            "InboxControls", "The customer waiting longest first; nothing to answer last"
        )
    if sort == "sla":
        return QCoreApplication.translate(
            "InboxControls", "The response due soonest first; no SLA timer last"
        )
    return QCoreApplication.translate("InboxControls", "Latest activity first")


class InboxControls(QWidget):
    """Views, the Filter menu, sort, the summary of active filters and the "new" bar.

    The panel owns the status combo (it keeps its place in this row: ``filter_row``) and
    the choice; this widget shows a choice (:meth:`show_choice`) and says what the agent
    changed.

    Signals:
        viewChosen(str): a view tab was picked.
        sortChosen(str): a sort was picked.
        narrowed(object): a Filter menu entry was picked: a function from the current
            :class:`InboxChoice` to the new one.
        clearRequested(): "Clear" was pressed.
        mergeRequested(): the "N new" bar was pressed.
    """

    viewChosen = Signal(str)  # noqa: N815 - Qt naming
    sortChosen = Signal(str)  # noqa: N815 - Qt naming
    narrowed = Signal(object)
    clearRequested = Signal()  # noqa: N815 - Qt naming
    mergeRequested = Signal()  # noqa: N815 - Qt naming

    def __init__(
        self,
        queues: Callable[[], Mapping[int, str]],
        languages: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._queues = queues
        self._languages = languages
        self._choice = InboxChoice()
        self.tabs = self._make_tabs()
        self.filter_button = self._make_filter_button()

        self.sort = QComboBox()
        self.sort.setObjectName("inboxSort")
        self.sort.setAccessibleName(self.tr("Sort conversations"))
        self.sort.setToolTip(self.tr("Sort conversations"))
        for sort in SORTS:
            self.sort.addItem(sort_title(sort), sort)
            self.sort.setItemData(
                self.sort.count() - 1, sort_tooltip(sort), Qt.ItemDataRole.ToolTipRole
            )
        self.sort.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.summary = PlainLabel()
        self.summary.setObjectName("muted")
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clear = QPushButton(self.tr("Clear"))
        self.clear.setObjectName("linkButton")
        self.clear.setToolTip(self.tr("Show every conversation of this view"))
        self.new_bar = QPushButton()
        self.new_bar.setObjectName("inboxNewBar")
        self.new_bar.setToolTip(self.tr("Put new and changed conversations in their place"))
        self.new_bar.hide()

        self.filter_row = QHBoxLayout()
        self.filter_row.setContentsMargins(8, 0, 8, 6)
        self.filter_row.setSpacing(4)
        self.filter_row.addStretch(1)
        self.filter_row.addWidget(self.filter_button)
        self.filter_row.addWidget(self.sort)
        self.summary_row = QWidget()
        summary = QHBoxLayout(self.summary_row)
        summary.setContentsMargins(12, 0, 12, 6)
        summary.addWidget(self.summary, 1)
        summary.addWidget(self.clear)
        self.summary_row.hide()

        self.tabs.currentChanged.connect(self._on_tab)
        self.sort.currentIndexChanged.connect(self._on_sort)
        self.clear.clicked.connect(self.clearRequested)
        self.new_bar.clicked.connect(self.mergeRequested)

    def _make_tabs(self) -> QTabBar:
        tabs = QTabBar()
        tabs.setObjectName("inboxViews")
        tabs.setAccessibleName(self.tr("Inbox views"))
        tabs.setDrawBase(False)
        tabs.setExpanding(False)
        tabs.setUsesScrollButtons(True)
        # Segments, not folder tabs (the theme's sheet draws them), in a smaller font:
        # four views with counts fit the 300 px the inbox has at 1024 px.
        tabs.setFont(style.smaller(tabs.font()))
        for view in VIEWS:
            at = tabs.addTab(view_title(view))
            tabs.setTabData(at, view)
            tabs.setTabToolTip(at, view_tooltip(view))
        tabs.setCurrentIndex(VIEWS.index("all"))

        return tabs

    def _make_filter_button(self) -> QToolButton:
        button = QToolButton()
        button.setObjectName("inboxFilterMenu")
        button.setText(self.tr("Filter"))
        button.setToolTip(self.tr("Filter by channel, queue or language"))
        button.setAccessibleName(self.tr("Filter by channel, queue or language"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(button)
        self.menu.aboutToShow.connect(self._fill_menu)
        button.setMenu(self.menu)

        return button

    # ------------------------------------------------------------------ showing

    def show_choice(self, choice: InboxChoice, status_text: str) -> None:
        """Show ``choice`` without emitting anything; ``status_text`` is the status
        filter's words ("" when it shows everything) for the summary line."""
        self._choice = choice
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(VIEWS.index(choice.view))
        self.tabs.blockSignals(False)
        self.sort.blockSignals(True)
        self.sort.setCurrentIndex(max(0, self.sort.findData(choice.sort)))
        self.sort.blockSignals(False)
        self.sort.setToolTip(sort_tooltip(choice.sort))
        parts = [status_text] if status_text else []
        if choice.channel:
            parts.append(channel_label(choice.channel))
        if choice.queue_id is not None:
            name = self._queues().get(choice.queue_id, "")
            parts.append(display_text(name) or self.tr("Queue {0}").format(choice.queue_id))
        if choice.language:
            parts.append(choice.language)
        menu_on = bool(choice.channel or choice.queue_id is not None or choice.language)
        self.filter_button.setText(self.tr("Filter •") if menu_on else self.tr("Filter"))
        self.summary.setText(" · ".join(parts))
        self.summary.setToolTip(" · ".join(parts))
        self.summary_row.setVisible(bool(parts))

    def show_counts(self, counts: Mapping[str, int]) -> None:
        """Tab texts with live counts (the count above the view's name)."""
        locale = QLocale()
        for at in range(self.tabs.count()):
            view = str(self.tabs.tabData(at))
            count = counts.get(view)
            title = view_title(view)
            # Name over count: four views fit 300 px in any of the desk's languages.
            text = title if count is None else f"{locale.toString(count)}\n{title}"
            self.tabs.setTabText(at, text)
            self.tabs.setTabWhatsThis(at, text)

    def show_pending(self, new: int, anything: bool) -> None:
        """The bar: "3 new" while new conversations wait, "Update list" while only moves
        or departures do, hidden when nothing waits."""
        if new:
            self.new_bar.setText(self.tr("%n new", "", new))
        elif anything:
            self.new_bar.setText(self.tr("Update list"))
        self.new_bar.setVisible(anything)

    # ------------------------------------------------------------------ the menu

    def _fill_menu(self) -> None:
        """Built when opened: the queues and languages are the cache's at that moment."""
        self.menu.clear()
        choice = self._choice
        channels: list[Option] = [
            (choice.channel is None, self.tr("All channels"), _with_channel(None))
        ]
        for channel in CHANNELS:
            channels.append(
                (
                    choice.channel == channel,
                    channel_label(channel),
                    _with_channel(channel),
                )
            )
        self._options(self.menu.addMenu(self.tr("Channel")), channels)
        queues: list[Option] = [(choice.queue_id is None, self.tr("All queues"), _with_queue(None))]
        named = sorted(self._queues().items(), key=lambda item: item[1].casefold())
        for qid, name in named[:MAX_MENU_QUEUES]:
            queues.append(
                (
                    choice.queue_id == qid,
                    display_text(name),
                    _with_queue(qid),
                )
            )
        self._options(self.menu.addMenu(self.tr("Queue")), queues)
        languages: list[Option] = [
            (choice.language is None, self.tr("All languages"), _with_language(None))
        ]
        for lang in self._languages()[:MAX_MENU_LANGUAGES]:
            languages.append((choice.language == lang, lang, _with_language(lang)))
        self._options(self.menu.addMenu(self.tr("Language")), languages)

    def _options(self, menu: QMenu, options: list[Option]) -> None:
        group = QActionGroup(menu)
        group.setExclusive(True)
        for checked, text, change in options:
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(checked)
            group.addAction(action)
            menu.addAction(action)
            action.triggered.connect(self._emitter(change))

    def _emitter(self, change: Change) -> Callable[[], None]:
        return lambda: self.narrowed.emit(change)

    # ------------------------------------------------------------------ slots

    def _on_tab(self, at: int) -> None:
        if at >= 0:
            self.viewChosen.emit(str(self.tabs.tabData(at)))

    def _on_sort(self, _at: int) -> None:
        self.sortChosen.emit(str(self.sort.currentData() or "activity"))

    def status_words(self, choice: InboxChoice) -> str:
        """The status filter in words for the summary line."""
        if choice.sla_at_risk:
            return self.tr("SLA at risk")
        return ", ".join(status_label(s) for s in sorted(choice.statuses))
