"""What the Privacy tab's three views share: the server calls they make (a protocol the
desk's ``CustomerDirectory`` satisfies, so the views never import the network layer),
the words for audit actions, times in the desk's locale, and failures as sentences.

Failures are said, never shown as codes: "You are offline…", "Only supervisors may…",
the server's own sentence for a 404, 409 or 422 (it names what was refused and why).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget

if TYPE_CHECKING:
    from protocol.customer360 import (
        AuditPage,
        CustomerSearchResult,
        MergeList,
        MergeResult,
        RetentionRun,
        RetentionSettings,
    )

CONTEXT = "Privacy"


class PrivacyService(Protocol):
    """The supervisors' privacy calls (``desktop.sync.customers.CustomerDirectory``)."""

    async def search(self, query: str) -> CustomerSearchResult: ...

    async def audit_page(
        self,
        *,
        customer_id: int | None = None,
        action: str | None = None,
        before: int | None = None,
        limit: int = 100,
    ) -> AuditPage: ...

    async def retention(self) -> RetentionSettings: ...

    async def set_retention(self, days: int | None) -> RetentionSettings: ...

    async def run_retention(self) -> RetentionRun: ...

    async def merge(self, source_id: int, into: int) -> MergeResult: ...

    async def undo_merge(self, merge_id: int) -> MergeResult: ...

    async def merges(self, limit: int = 50) -> MergeList: ...


def action_labels() -> dict[str, str]:
    """Each audit action (``protocol.customer360.AUDIT_ACTIONS``) in words, in the order
    the filter lists them."""
    return {
        "profile.view": QCoreApplication.translate("Privacy", "Viewed profile"),
        "profile.export": QCoreApplication.translate("Privacy", "Exported"),
        "customer.erase": QCoreApplication.translate("Privacy", "Erased"),
        "customer.merge": QCoreApplication.translate("Privacy", "Merged"),
        "customer.unmerge": QCoreApplication.translate("Privacy", "Undid merge"),
        "retention.change": QCoreApplication.translate("Privacy", "Changed retention"),
        "retention.run": QCoreApplication.translate("Privacy", "Ran retention"),
    }


def action_label(action: str) -> str:
    """The words for ``action``; an action this desk does not know yet stays as sent."""
    return action_labels().get(action, action)


def when_text(at: float) -> str:
    """A moment in the desk's locale, short form with the date ("2.12.2026 6.33")."""
    moment = QDateTime.fromMSecsSinceEpoch(int(at * 1000))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def when_width(widget: QWidget) -> int:
    """Pixels for a :func:`when_text` column in ``widget``'s font: the widest moment of
    the locale's short form (a two-digit day and month, an afternoon hour) and padding."""
    widest = QDateTime(QDate(2026, 12, 28), QTime(23, 58))
    text = QLocale().toString(widest, QLocale.FormatType.ShortFormat)
    metrics = widget.fontMetrics()
    return metrics.horizontalAdvance(text) + 3 * metrics.averageCharWidth()


def failure_sentence(error: BaseException) -> str:
    """What went wrong, for a supervisor: offline, signed out, refused (403), not found
    (404), already done or in conflict (409), not accepted (422, the server's reason)."""
    from desktop.sync.customers import CustomerLookupError

    if not isinstance(error, CustomerLookupError):
        return QCoreApplication.translate("Privacy", "Something went wrong: {0}").format(
            str(error) or type(error).__name__
        )
    detail = error.detail.rstrip(".")
    fixed = {
        "offline": QCoreApplication.translate(
            "Privacy", "The server cannot be reached: you are offline. Try again when online."
        ),
        "signed_out": QCoreApplication.translate(
            "Privacy", "You are signed out: sign in again to do this."
        ),
    }
    if error.reason in fixed:
        return fixed[error.reason]
    if error.reason == "not_found":
        return (
            QCoreApplication.translate("Privacy", "Not found: {0}.").format(detail)
            if detail
            else QCoreApplication.translate("Privacy", "Not found.")
        )
    if error.status in (401, 403):
        said = detail or QCoreApplication.translate("Privacy", "forbidden")
        return QCoreApplication.translate(
            "Privacy", "Only supervisors may do this (the server refused: {0})."
        ).format(said)
    if error.reason == "refused":
        template = (
            QCoreApplication.translate("Privacy", "Already done: {0}.")
            if error.status == 409
            else QCoreApplication.translate("Privacy", "Refused: {0}.")
        )
        return template.format(detail or QCoreApplication.translate("Privacy", "no reason given"))
    return QCoreApplication.translate("Privacy", "The server could not answer ({0}).").format(
        detail or QCoreApplication.translate("Privacy", "unknown error")
    )


def read_only_table(
    parent: QWidget, name: str, accessible: str, titles: list[str], widths: dict[int, int]
) -> QTableWidget:
    """A row-selecting, read-only table as the privacy views show them: titles, columns
    ``widths`` characters wide (never narrower than their title), the last one
    stretching."""
    table = QTableWidget(0, len(titles), parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(titles)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    char = table.fontMetrics().averageCharWidth()
    for column, chars in widths.items():
        title = header.fontMetrics().horizontalAdvance(titles[column])
        table.setColumnWidth(column, max(chars * char, title + 3 * char))
    return table
