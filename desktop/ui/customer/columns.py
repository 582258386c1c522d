"""Column widths for the customer tables: every column on screen, one column stretching.

A table at 1024 px with fixed widths either leaves the stretching column (the subject, the
customer's name) ten times wider than it needs or pushes the short columns (agent,
wrap-up, rating) behind a horizontal scroll bar, where an agent never looks. Here each
short column asks for its texts' width (measured once per fill, from the first rows, not
by ``resizeColumnToContents`` over every row) and has a minimum (its title); the stretch
column takes what is left but never less than its own minimum, and when the view is too
narrow for all of that the short columns give up width (down to their minimums, longest
first) rather than the view scrolling sideways. Cut texts elide with "…" and keep their
tooltip.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QTableView

from desktop.ui.shell import style

FIT_ROWS = 25
"""Widths come from the first this many rows (a 500-row table is not formatted twice)."""


def text_width(view: QTableView, texts: Iterable[str], *, cap_chars: int = 0) -> int:
    """The widest of ``texts`` in ``view``'s font plus cell padding (at most
    ``cap_chars`` average characters when given)."""
    metrics = view.fontMetrics()
    char = metrics.averageCharWidth()
    widest = max((metrics.horizontalAdvance(t) for t in set(texts)), default=0)
    if cap_chars:
        widest = min(widest, cap_chars * char)
    return widest + 2 * char


def shrink(
    desired: Mapping[int, int],
    minimum: Mapping[int, int],
    room: int,
    first: Collection[int] = (),
) -> dict[int, int]:
    """Widths for the columns of ``desired`` that sum to at most ``room`` if their
    minimums allow: the ``first`` columns (empty ones) give up width before any other,
    then the widest columns (all cut to one level, found by bisection); none goes below
    its minimum. Pure arithmetic (tested without a view); a dozen steps whatever the
    widths."""
    widths = {c: max(w, minimum.get(c, 0)) for c, w in desired.items()}
    excess = sum(widths.values()) - room
    for column in first:
        if excess <= 0:
            break
        if column in widths:
            take = min(excess, widths[column] - minimum.get(column, 0))
            widths[column] -= take
            excess -= take
    if excess <= 0:
        return widths

    def at(level: int) -> dict[int, int]:
        return {c: max(minimum.get(c, 0), min(w, level)) for c, w in widths.items()}

    low, high = 0, max(widths.values(), default=0)  # at(low) is the tightest
    while low < high:
        middle = (low + high + 1) // 2
        if sum(at(middle).values()) <= room:
            low = middle
        else:
            high = middle - 1
    return at(low)


class ColumnFit(QObject):
    """Keeps ``view``'s columns fitted to its width (``stretch`` takes the rest).

    Call :meth:`set_widths` after each fill; the fit is redone on every resize of the
    view's viewport. Signals: none.
    """

    def __init__(
        self, view: QTableView, stretch: int, stretch_minimum: int, stretch_maximum: int = 0
    ) -> None:
        """``stretch_maximum`` (pixels, 0: none): past it the last column takes the rest
        instead (a short name across a wide window left a gulf before the next column)."""
        super().__init__(view)
        self.setObjectName("columnFit")
        self.view = view
        self.stretch = stretch
        self.stretch_minimum = stretch_minimum
        self.stretch_maximum = stretch_maximum
        self.desired: dict[int, int] = {}
        self.minimum: dict[int, int] = {}
        self.first: tuple[int, ...] = ()
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(view.fontMetrics().averageCharWidth() * 4)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(self)

    def set_widths(
        self, desired: Mapping[int, int], minimum: Mapping[int, int], first: Collection[int] = ()
    ) -> None:
        """What each non-stretching column would like and the least it can live with
        (both in pixels; a minimum should hold the column's title); ``first``: columns
        to narrow before the others (nothing in them)."""
        self.desired = dict(desired)
        self.minimum = dict(minimum)
        self.first = tuple(first)
        self.apply()

    def apply(self) -> None:
        width = self.view.viewport().width()
        widths = shrink(self.desired, self.minimum, width - self.stretch_minimum, self.first)
        for column, size in widths.items():
            self.view.setColumnWidth(column, size)
        header = self.view.horizontalHeader()
        capped = 0 < self.stretch_maximum < width - sum(widths.values())
        mode = QHeaderView.ResizeMode.Interactive if capped else QHeaderView.ResizeMode.Stretch
        if header.sectionResizeMode(self.stretch) != mode:
            header.setSectionResizeMode(self.stretch, mode)
        header.setStretchLastSection(capped)
        if capped:
            self.view.setColumnWidth(self.stretch, self.stretch_maximum)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Resize and self.desired:
            self.apply()
        return super().eventFilter(watched, event)


def title_width(view: QTableView, column: int) -> int:
    """The width of a column's header title (its minimum), padded for the sort arrow."""
    title = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    metrics = view.horizontalHeader().fontMetrics()
    return metrics.horizontalAdvance(title) + 3 * metrics.averageCharWidth()


def paint_empty(view: QTableView, text: str) -> None:
    """Say why a table is empty, in its viewport (muted, centred under the header), so
    an empty tab explains itself instead of showing a blank box. Call from
    ``paintEvent`` after the base class when the model has no rows."""
    if not text:
        return
    painter = QPainter(view.viewport())
    painter.setPen(style.MUTED)
    margin = 3 * view.fontMetrics().averageCharWidth()
    rect = view.viewport().rect().adjusted(margin, margin, -margin, -margin)
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
    painter.drawText(rect, int(flags) | int(Qt.TextFlag.TextWordWrap), text)
    painter.end()
