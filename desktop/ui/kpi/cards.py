"""The KPI cards: one per KPI, its value, its target and a calm mark.

A card is a focusable frame: a click, Space or Enter selects it (the page then draws its
trend and lists its contacts). The mark says "✓ On target" or "▲ Needs attention" in words
*and* colour (green, amber; never red: a number below target is something to look at,
not an alarm), so it reads for colour-blind agents and screen readers alike: the card's
accessible name carries the title, value, target and mark.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from desktop.ui.kpi import format as fmt
from desktop.ui.shell import style
from desktop.widgets.plain import PlainLabel

CARD_WIDTH = 190
"""About the width a card needs; the grid fits as many columns as the page allows."""
MAX_COLUMNS = 6


class KpiCard(QFrame):
    """One KPI. Signals: ``selected(str)``: the agent picked this card (its KPI name)."""

    selected = Signal(str)

    def __init__(self, kpi: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kpi = kpi
        self.judged: fmt.Verdict = "none"
        self.setObjectName("kpiCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setProperty("checked", False)
        self.title = PlainLabel(fmt.title(kpi))
        self.title.setObjectName("kpiTitle")
        self.title.setWordWrap(True)
        self.value = PlainLabel(fmt.value_text(kpi, None))
        self.value.setObjectName("kpiValue")
        self.target = PlainLabel()
        self.target.setObjectName("kpiTarget")
        self.mark = PlainLabel()
        self.mark.setObjectName("kpiMark")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(2)
        for label in (self.title, self.value, self.target, self.mark):
            layout.addWidget(label)
        layout.addStretch(1)
        self.setToolTip(fmt.explanation(kpi))
        self.setAccessibleName(self.title.text())

    def show_value(self, value: float | None, target: float | None, higher_is_better: bool) -> None:
        """Show ``value`` against ``target`` (``None``: this KPI has no target)."""
        self.value.setText(fmt.value_text(self.kpi, value))
        if target is None:
            self.target.setText("")
            self.target.hide()
        else:
            self.target.setText(fmt.target_text(self.kpi, target, higher_is_better))
            self.target.show()
        self.judged = fmt.verdict(value, target, higher_is_better)
        # A KPI without a target (contacts handled) is a count to know, not to judge.
        self.mark.setText("" if target is None else fmt.verdict_text(self.judged))
        self.mark.setVisible(target is not None)
        self.mark.setProperty("verdict", self.judged)  # the page's sheet colours it
        self.mark.style().unpolish(self.mark)
        self.mark.style().polish(self.mark)
        parts = [self.title.text(), self.value.text(), self.target.text(), self.mark.text()]
        self.setAccessibleName(", ".join(p for p in parts if p))

    def set_checked(self, checked: bool) -> None:
        """Whether this is the selected KPI (the page's sheet draws it accented)."""
        if self.property("checked") == checked:
            return
        self.setProperty("checked", checked)
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.selected.emit(self.kpi)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.selected.emit(self.kpi)
            event.accept()
            return
        super().keyPressEvent(event)


class CardGrid(QWidget):
    """Every KPI's card, as many to a row as fit. Signals: ``selected(str)`` from any
    card; ``arranged()`` after the number of columns changed (the page re-fits)."""

    selected = Signal(str)
    arranged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: dict[str, KpiCard] = {}
        self.columns = 0
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        for kpi in fmt.KPI_ORDER:
            card = KpiCard(kpi, self)
            card.selected.connect(self.selected)
            self.cards[kpi] = card
        self.arrange(4)

    def arrange(self, columns: int) -> None:
        """Lay the cards out ``columns`` to a row (2 to 6), in reading order."""
        columns = max(2, min(MAX_COLUMNS, columns))
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards.values():
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards.values()):
            self.grid.addWidget(card, index // columns, index % columns)
        for column in range(MAX_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.arranged.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self.arrange(event.size().width() // CARD_WIDTH)

    def select(self, kpi: str) -> None:
        for name, card in self.cards.items():
            card.set_checked(name == kpi)


def card_sheet() -> str:
    """The cards' look from the live palette (the desk's sheet has no rule for them)."""
    palette = style.current()
    return (
        f"QFrame#kpiCard {{ background: {palette.base}; border: 1px solid {palette.divider};"
        " border-radius: 6px; }"
        f"QFrame#kpiCard:focus {{ border: 2px solid {palette.accent}; }}"
        f'QFrame#kpiCard[checked="true"] {{ border: 2px solid {palette.accent};'
        f" background: {palette.selected_bg}; }}"
        f"QLabel#kpiTitle {{ color: {palette.secondary}; }}"
        f"QLabel#kpiValue {{ color: {palette.text}; font-size: 20pt; font-weight: 600; }}"
        f"QLabel#kpiTarget {{ color: {palette.muted}; }}"
        f"QLabel#kpiMark {{ color: {palette.muted}; font-weight: 600; }}"
        f'QLabel#kpiMark[verdict="good"] {{ color: {palette.success}; }}'
        f'QLabel#kpiMark[verdict="attention"] {{ color: {palette.pending}; }}'
        f"QPushButton#kpiPeriod:checked {{ background: {palette.selected_bg};"
        f" color: {palette.accent_strong}; border-color: {palette.accent}; }}"
    )
