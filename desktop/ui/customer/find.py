"""The "Find customer" box: search as you type by name, email, phone fragment or order
number, and the list of people found.

The box never searches itself: after a pause in typing (a named single-shot timer) it
emits ``queryChanged`` and the page asks the server (on the asyncio loop, never blocking
the Qt thread) or, offline, the cache; answers come back through :meth:`show_hits`, and
an answer to an older query than the box now holds is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.ui.labels import relative_time
from desktop.widgets.plain import PlainLabel, display_text, safe_tooltip

DEBOUNCE_MS = 250
MIN_CHARS = 2
IdRole = Qt.ItemDataRole.UserRole + 1
ITEM_PADDING_PX = 17
"""The vertical padding and border of a result in desk.qss (``customerResults::item``:
6 + 6 + 1) and the style's text margins (4, found by eye: with less, a two-line result
whose name is CJK lost its second line)."""


@dataclass(frozen=True)
class FoundCustomer:
    """One person in the results (from the server's ``CustomerHit`` or the cache)."""

    id: int
    name: str
    matched: str  # name | email | phone | chat | order
    matched_text: str
    tags: tuple[str, ...]
    last_contact_at: float | None


class FindPanel(QWidget):
    """The find box and its results.

    Before the agent types, the list shows "Recent customers" (the page answers
    ``recentRequested`` with :meth:`show_recent`), so the people just spoken to are one
    click away instead of a large empty box.

    Signals:
        queryChanged(str): the agent paused typing; search for this (stripped) text.
        customerChosen(int): the agent picked this customer (Enter, click).
        recentRequested(): the box is empty: show the recent customers.
    """

    queryChanged = Signal(str)  # noqa: N815 - Qt naming
    recentRequested = Signal()  # noqa: N815 - Qt naming
    customerChosen = Signal(int)  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerFindPanel")
        self.box = QLineEdit()
        self.box.setObjectName("customerFind")
        # Short enough for the column at 1024 px (the long form was cut after "email,").
        self.box.setPlaceholderText(self.tr("Name, email, phone, order…"))
        self.box.setAccessibleName(self.tr("Find customer"))
        self.box.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("customerResults")
        self.results.setAccessibleName(self.tr("Customers found"))
        self.results.setWordWrap(False)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setUniformItemSizes(False)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.state = PlainLabel()
        self.state.setObjectName("muted")
        self.state.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.box)
        layout.addWidget(self.state)
        layout.addWidget(self.results, 1)
        self.timer = QTimer(self)
        self.timer.setObjectName("customerFindDebounce")
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._fire)
        self.box.textChanged.connect(lambda _text: self.timer.start())
        self.box.returnPressed.connect(self._enter)
        self.box.installEventFilter(self)
        self.results.itemActivated.connect(self._chosen)
        self.results.itemClicked.connect(self._chosen)
        self.asked = ""
        """The query the shown results answer (or are being fetched for)."""
        self._say_hint()

    # ------------------------------------------------------------------ public API

    def query(self) -> str:
        return self.box.text().strip()

    def set_query(self, text: str) -> None:
        """Put ``text`` in the box and search for it at once (a caller's number)."""
        self.box.setText(text)
        self.timer.stop()
        self._fire()

    def show_hits(self, query: str, hits: list[FoundCustomer], note: str = "") -> bool:
        """Show the answer to ``query``; False (nothing shown) if the box has moved on."""
        if query != self.query():
            return False
        self.results.clear()
        for hit in hits:
            self._add(hit)
        if hits:
            count = self.tr("%n customer(s) found", "", len(hits))
            self.state.setText(f"{count}. {note}".strip() if note else count)
        else:
            nobody = self.tr(
                "No customer matches “{0}”. Try part of the phone number, the whole email "
                "address, the order number, or the surname alone."
            ).format(display_text(query))
            self.state.setText(f"{note} {nobody}" if note else nobody)
        return True

    def show_recent(self, hits: list[FoundCustomer]) -> None:
        """The customers of the agent's latest conversations (while the box is empty)."""
        if self.query():
            return
        self.results.clear()
        for hit in hits:
            self._add(hit)
        if hits:
            self.state.setText(self.tr("Recent customers"))
        else:
            self._say_hint()

    def show_failure(self, query: str, sentence: str) -> None:
        if query == self.query():
            self.state.setText(sentence)

    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    # ------------------------------------------------------------------ internals

    def _add(self, hit: FoundCustomer) -> None:
        text = self._line(hit)
        item = QListWidgetItem(text)
        item.setData(IdRole, hit.id)
        # The height of the lines as drawn (a CJK name's fallback font is taller than the
        # list's own: measured from the font's line spacing, its last line was elided).
        metrics = self.results.fontMetrics()
        drawn = metrics.boundingRect(0, 0, 100_000, 100_000, 0, text).height()
        item.setSizeHint(QSize(0, drawn + ITEM_PADDING_PX))
        item.setToolTip(safe_tooltip(hit.name))
        self.results.addItem(item)

    def _line(self, hit: FoundCustomer) -> str:
        """Up to three short lines, never wrapped (each elides on its own: a wrapped CJK
        name once lost its second line): the name; the handle that matched, or when
        they last contacted us; then the tags (and the last contact after a handle)."""
        kinds = {
            "email": self.tr("email"),
            "phone": self.tr("phone"),
            "chat": self.tr("chat"),
            "order": self.tr("order"),
        }
        lines = [" ".join(display_text(hit.name).split()) or self.tr("(no name)")]
        last = (
            self.tr("last contact {0}").format(relative_time(hit.last_contact_at))
            if hit.last_contact_at
            else ""
        )
        tags = " ".join(f"[{' '.join(display_text(t).split())}]" for t in hit.tags)
        if hit.matched in kinds and hit.matched_text:
            lines.append(f"{kinds[hit.matched]} {' '.join(display_text(hit.matched_text).split())}")
            rest = "  ·  ".join(part for part in (last, tags) if part)
        else:
            lines.append(last)
            rest = tags
        lines.append(rest)
        return "\n".join(line for line in lines if line)

    def _say_hint(self) -> None:
        self.state.setText(
            self.tr(
                "Type at least two characters: a name, an email, a phone "
                "number or part of it, or an order number."
            )
        )

    def _fire(self) -> None:
        text = self.query()
        if len(text) < MIN_CHARS:
            self.asked = ""
            self.results.clear()
            self._say_hint()
            if not text:
                self.recentRequested.emit()
            return
        if text == self.asked:
            return
        self.asked = text
        self.state.setText(self.tr("Searching…"))
        self.queryChanged.emit(text)

    def _enter(self) -> None:
        """Enter: search now, or open the first result when it answers this text."""
        if self.timer.isActive() or self.query() != self.asked:
            self.timer.stop()
            self._fire()
            return
        if self.results.count():
            self._chosen(self.results.item(0))

    def _chosen(self, item: QListWidgetItem) -> None:
        value = item.data(IdRole)
        if isinstance(value, int):
            self.customerChosen.emit(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        """Down in the box moves into the results."""
        if (
            watched is self.box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.results.count()
        ):
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)
