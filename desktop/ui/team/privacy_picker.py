"""A customer picker for the merge view: a search box and its hits, by name, email, phone
fragment or order number, asked of the server as the supervisor types
(``CustomerDirectory.search``, on the asyncio loop) after a short pause.

The hits show what matched and the customer's id, because duplicates usually share a
name: the id and the matched handle are what tell "Aino Virtanen" from "Aino Virtanen".
An answer to an older query is dropped. Names are untrusted: plain text only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.ui.shell.ops import Ops
from desktop.ui.team.privacy_common import PrivacyService, failure_sentence
from desktop.widgets.plain import PlainLabel, display_text, safe_tooltip
from protocol.customer360 import MIN_SEARCH_QUERY_CHARS

if TYPE_CHECKING:
    from protocol.customer360 import CustomerSearchResult

PAUSE_MS = 300
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class CustomerPicker(QWidget):
    """Find and choose one customer.

    Signals:
        searched(str): hits (or why there are none) for this query are on screen.
        chosenChanged(): :attr:`chosen` changed.
    """

    searched = Signal(str)
    chosenChanged = Signal()  # noqa: N815 - Qt naming

    def __init__(self, ops: Ops, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyPicker")
        self.ops = ops
        self.service: PrivacyService | None = None
        self.chosen: tuple[int, str] | None = None
        self.generation = 0
        heading = PlainLabel(title)
        heading.setObjectName("sectionTitle")
        self.box = QLineEdit()
        self.box.setObjectName("privacyPickerBox")
        self.box.setAccessibleName(name)
        self.box.setPlaceholderText(self.tr("Name, email, phone or order number"))
        self.box.setClearButtonEnabled(True)
        heading.setBuddy(self.box)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.search)
        self.box.textEdited.connect(lambda _text: self.timer.start())
        self.box.returnPressed.connect(self.search)
        self.results = QListWidget()
        self.results.setObjectName("privacyPickerResults")
        self.results.setAccessibleName(self.tr("Customers found"))
        self.results.currentItemChanged.connect(self._picked)
        # Room for the hits of a name a few people share, the recent merges below getting
        # the rest of the height; in lines of the desk's font, so it grows with the text.
        line = self.results.fontMetrics().height() + 10
        self.results.setMinimumHeight(2 * line)
        self.results.setMaximumHeight(5 * line)
        self.note = PlainLabel("")
        self.note.setObjectName("privacyPickerNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.chosen_label = PlainLabel(self.tr("None chosen yet."))
        self.chosen_label.setObjectName("privacyChosen")
        self.chosen_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.chosen_label)

    def set_query(self, text: str) -> None:
        """Type ``text`` and search at once (tests, a link from elsewhere)."""
        self.box.setText(text)
        self.search()

    def search(self) -> None:
        """Ask the server for the box's text (two characters at least)."""
        self.timer.stop()
        query = self.box.text().strip()
        self.generation += 1
        generation = self.generation
        if len(query) < MIN_SEARCH_QUERY_CHARS:
            self.results.clear()
            self._note(
                self.tr("Type at least %n character(s).", "", MIN_SEARCH_QUERY_CHARS)
                if query
                else ""
            )
            self.searched.emit(query)
            return
        service = self.service
        if service is None:
            self._note(self.tr("Not connected to the server yet."))
            self.searched.emit(query)
            return

        def done(result: CustomerSearchResult) -> None:
            if generation == self.generation:
                self._show(result)
                self.searched.emit(query)

        def failed(error: BaseException) -> None:
            if generation == self.generation:
                self.results.clear()
                self._note(failure_sentence(error))
                self.searched.emit(query)

        self.ops.run(
            service.search(query), what=self.tr("find a customer"), on_done=done, on_error=failed
        )

    def _note(self, text: str) -> None:
        """Say ``text`` under the hits; no empty line when there is nothing to say."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _show(self, result: CustomerSearchResult) -> None:
        self.results.blockSignals(True)
        try:
            self.results.clear()
            for hit in result.hits:
                parts = [display_text(hit.name)]
                if hit.matched_text and hit.matched != "name":
                    parts.append(display_text(hit.matched_text))
                parts.append(self.tr("customer {0}").format(hit.id))
                text = " · ".join(parts)
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, hit.id)
                item.setData(NAME_ROLE, hit.name)
                item.setToolTip(safe_tooltip(text))
                self.results.addItem(item)
        finally:
            self.results.blockSignals(False)
        self._note("" if result.hits else self.tr("No customer matches."))

    def _picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        customer_id, name = item.data(ID_ROLE), item.data(NAME_ROLE)
        if isinstance(customer_id, int):
            self.choose(customer_id, str(name or ""))

    def choose(self, customer_id: int, name: str) -> None:
        """Make this customer the chosen one."""
        self.chosen = (customer_id, name)
        self.chosen_label.setText(
            self.tr("Chosen: {0} (customer {1})").format(display_text(name), customer_id)
        )
        self.chosenChanged.emit()

    def clear_choice(self) -> None:
        """Nothing chosen (after a merge: the duplicate is gone)."""
        self.chosen = None
        self.results.clearSelection()
        self.results.setCurrentRow(-1)
        self.chosen_label.setText(self.tr("None chosen yet."))
        self.chosenChanged.emit()
