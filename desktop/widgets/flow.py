"""A layout that wraps its items onto more rows when they do not fit side by side.

A row of tool buttons in a ``QHBoxLayout`` makes its pane as wide as all of them; with
large system text (150 %) that pushed the window past 1024 px. In a :class:`FlowLayout`
the pane is only as wide as its widest item, and items that do not fit go to the next
row. Within a row of several items the last one sits at the right edge (a toolbar's
actions), as a stretch would put it.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping; the last item of a row at its right edge."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)

    # QLayout's item protocol
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt naming
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt naming
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt naming
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt naming
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt naming
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt naming
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt naming
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        """All items in one row."""
        visible = self._visible()
        width = sum(i.sizeHint().width() for i in visible)
        width += self.spacing() * max(0, len(visible) - 1)
        height = max((i.sizeHint().height() for i in visible), default=0)
        return self._grow(QSize(width, height))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt naming
        """As wide as the widest item: the others wrap."""
        visible = self._visible()
        width = max((i.minimumSize().width() for i in visible), default=0)
        height = max((i.minimumSize().height() for i in visible), default=0)
        return self._grow(QSize(width, height))

    # internals
    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _grow(self, size: QSize) -> QSize:
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = []
        used = 0
        for item in self._visible():
            wanted = item.sizeHint().width()
            if rows and rows[-1] and used + self.spacing() + wanted <= width:
                rows[-1].append(item)
                used += self.spacing() + wanted
            else:
                rows.append([item])
                used = wanted
        return rows

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (or only measure); returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.top()
        for row in self._rows(area.width()):
            height = max(i.sizeHint().height() for i in row)
            if move:
                x = area.left()
                for position, item in enumerate(row):
                    size = item.sizeHint().boundedTo(QSize(area.width(), height))
                    last = position == len(row) - 1 and len(row) > 1
                    left = area.right() + 1 - size.width() if last else x
                    top = y + (height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(left, top), size))
                    x += size.width() + self.spacing()
            y += height + self.spacing()
        used = y - self.spacing() - area.top() if y > area.top() else 0
        return used + margins.top() + margins.bottom()
