"""The customer's recent orders: number, date, status, total, items and tracking.

Totals are integers in minor units with an ISO 4217 currency (the commerce domain's
rule); they are shown with the desk's locale (``QLocale.toCurrencyString``), so €49.90
reads "49,90 €" to a Finnish agent. A refund shows beside the total. The tracking column
opens the carrier's page in the browser (double-click or Enter), and only for an
``https`` or ``http`` address: the link is shop data, not trusted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from desktop.ui.customer.columns import ColumnFit, paint_empty, text_width, title_width
from desktop.ui.shell import style
from desktop.widgets.plain import display_text, safe_tooltip

if TYPE_CHECKING:
    from protocol.rest import OrderView

NUMBER, DATE, STATUS, TOTAL, ITEMS, TRACKING = range(6)
FIT_ROWS = 25
ITEMS_MIN_CHARS = 14
CAPS = {NUMBER: 24, DATE: 14, STATUS: 20, TOTAL: 32, TRACKING: 28}
"""The most characters a short column asks for (longer texts elide)."""
Index = QModelIndex | QPersistentModelIndex
ZERO_DECIMALS = frozenset({"JPY", "KRW", "ISK", "CLP", "VND", "UGX", "XAF", "XOF", "PYG"})
SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$", "CNY": "¥", "TWD": "NT$", "JPY": "¥", "SEK": "kr"}


def money(minor: int, currency: str, locale: QLocale | None = None) -> str:
    """An amount in minor units as the locale writes money: ``money(4990, "EUR")``."""
    locale = locale or QLocale()
    digits = 0 if currency in ZERO_DECIMALS else 2
    value = minor / (10**digits)
    return locale.toCurrencyString(value, SYMBOLS.get(currency, currency), digits)


def order_status(status: str) -> str:
    """An order status in the agent's language."""
    labels = {
        "placed": QCoreApplication.translate("Orders", "Placed"),
        "paid": QCoreApplication.translate("Orders", "Paid"),
        "shipped": QCoreApplication.translate("Orders", "Shipped"),
        "delivered": QCoreApplication.translate("Orders", "Delivered"),
        "cancelled": QCoreApplication.translate("Orders", "Cancelled"),
        "refunded": QCoreApplication.translate("Orders", "Refunded"),
        "partially_refunded": QCoreApplication.translate("Orders", "Partly refunded"),
    }
    return labels.get(status, status)


def safe_link(url: str | None) -> QUrl | None:
    """A tracking address the desk may open: http(s) with a host, else None."""
    if not url:
        return None
    link = QUrl(url, QUrl.ParsingMode.StrictMode)
    if not link.isValid() or link.scheme() not in ("https", "http") or not link.host():
        return None
    return link


class OrdersModel(QAbstractTableModel):
    """A profile's orders, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.orders: list[OrderView] = []

    def set_orders(self, orders: Sequence[OrderView]) -> None:
        self.beginResetModel()
        self.orders = list(orders)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.orders)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(  # noqa: N802 - Qt naming
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section == TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # as its cells
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Order"),
            self.tr("Date"),
            self.tr("Status"),
            self.tr("Total"),
            self.tr("Items"),
            self.tr("Tracking"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.orders):
            return None
        order = self.orders[index.row()]
        column = index.column()
        value: object = None
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.text(order, column)
        elif role == Qt.ItemDataRole.ToolTipRole:
            value = safe_tooltip(
                self._items(order, "\n") if column == ITEMS else self.text(order, column)
            )
        elif role == Qt.ItemDataRole.ForegroundRole:
            if column == TRACKING and safe_link(order.tracking_url) is not None:
                value = style.ACCENT_TEXT
            elif column == STATUS and order.refunded_minor:
                value = style.PENDING
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == TOTAL:
            value = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return value

    def text(self, order: OrderView, column: int) -> str:
        if column == TOTAL:
            total = money(order.total_minor, order.currency)
            if order.refunded_minor:
                refunded = money(order.refunded_minor, order.currency)
                return self.tr("{0} (refunded {1})").format(total, refunded)
            return total
        if column == DATE:
            at = QDateTime.fromMSecsSinceEpoch(int(order.placed_at * 1000))
            return QLocale().toString(at.date(), QLocale.FormatType.ShortFormat)
        texts = {
            NUMBER: lambda: display_text(order.number),
            STATUS: lambda: order_status(order.status),
            ITEMS: lambda: self._items(order, ", "),
            TRACKING: lambda: self._tracking(order),
        }
        return texts[column]() if column in texts else ""

    def _tracking(self, order: OrderView) -> str:
        carrier = display_text(order.carrier or "")
        return f"{carrier} {display_text(order.tracking_code or '')}".strip()

    def _items(self, order: OrderView, separator: str) -> str:
        return separator.join(
            f"{item.quantity} × {' '.join(display_text(item.title).split())}"
            for item in order.items
        )


class OrdersView(QTableView):
    """The orders table. Signals: linkRequested(QUrl): open this tracking page."""

    linkRequested = Signal(QUrl)  # noqa: N815 - Qt naming

    def __init__(self, model: OrdersModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.orders_model = model
        self.setObjectName("customerOrders")
        self.setAccessibleName(self.tr("Orders"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        char = self.fontMetrics().averageCharWidth()
        self.fit = ColumnFit(self, ITEMS, ITEMS_MIN_CHARS * char)
        self.empty_text = ""
        """Painted when there are no rows (the page says why)."""
        self.fit_columns()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.activated.connect(self._open)

    def fit_columns(self) -> None:
        """Number, date, status, total and tracking as wide as the texts of the newest
        :data:`FIT_ROWS` orders (measured in Python: ``resizeColumnToContents`` would
        format all 200), each at most its cap; the items take the rest and elide (their
        tooltip lists them all)."""
        model = self.orders_model
        desired: dict[int, int] = {}
        minimum: dict[int, int] = {}
        for column, cap in CAPS.items():
            texts = [model.text(order, column) for order in model.orders[:FIT_ROWS]]
            title = title_width(self, column)
            desired[column] = max(title, text_width(self, texts, cap_chars=cap))
            minimum[column] = desired[column] if column in (DATE, TOTAL) else title
        self.fit.set_widths(desired, minimum)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        super().paintEvent(event)
        if not self.orders_model.orders:
            paint_empty(self, self.empty_text)

    def _open(self, index: QModelIndex) -> None:
        """Open the row's tracking page (from any column of the row)."""
        if not index.isValid():
            return
        link = safe_link(self.orders_model.orders[index.row()].tracking_url)
        if link is not None:
            self.linkRequested.emit(link)
