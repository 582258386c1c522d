"""Translated words for complaint values (category, severity, state, escalation) and
the actions offered for each legal move, so the tab, the dialogs and the team page say
the same thing. The wire carries ``"awaiting_customer"``; people read "Waiting for
customer" in their own language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def category_label(value: str) -> str:
    labels = {
        "product": QCoreApplication.translate("Complaints", "Product"),
        "delivery": QCoreApplication.translate("Complaints", "Delivery"),
        "billing": QCoreApplication.translate("Complaints", "Billing"),
        "service": QCoreApplication.translate("Complaints", "Service"),
        "conduct": QCoreApplication.translate("Complaints", "Conduct"),
        "other": QCoreApplication.translate("Complaints", "Other"),
    }
    return labels.get(value, value)


def severity_label(value: str) -> str:
    labels = {
        "low": QCoreApplication.translate("Complaints", "Low"),
        "medium": QCoreApplication.translate("Complaints", "Medium"),
        "high": QCoreApplication.translate("Complaints", "High"),
        "critical": QCoreApplication.translate("Complaints", "Critical"),
    }
    return labels.get(value, value)


def state_label(value: str) -> str:
    labels = {
        "new": QCoreApplication.translate("Complaints", "New"),
        "investigating": QCoreApplication.translate("Complaints", "Investigating"),
        "awaiting_customer": QCoreApplication.translate("Complaints", "Waiting for customer"),
        "resolved": QCoreApplication.translate("Complaints", "Resolved"),
        "closed": QCoreApplication.translate("Complaints", "Closed"),
    }
    return labels.get(value, value)


def escalation_label(value: str) -> str:
    labels = {
        "none": "",
        "supervisor": QCoreApplication.translate("Complaints", "Escalated to supervisor"),
        "second_level": QCoreApplication.translate("Complaints", "Escalated to second level"),
    }
    return labels.get(value, value)


def move_label(current: str, to: str) -> str:
    """The button text for moving a complaint from ``current`` to ``to``."""
    if to == "investigating":
        if current == "resolved":
            return QCoreApplication.translate("Complaints", "Reopen")
        return QCoreApplication.translate("Complaints", "Start investigating")
    labels = {
        "awaiting_customer": QCoreApplication.translate("Complaints", "Waiting for customer"),
        "resolved": QCoreApplication.translate("Complaints", "Resolve…"),
        "closed": QCoreApplication.translate("Complaints", "Close"),
    }
    return labels.get(to, to)


MOVE_TARGETS: tuple[str, ...] = ("investigating", "awaiting_customer", "resolved", "closed")
"""Every state a button can move to, in the order the buttons stand."""


def legal(current: str, to: str) -> bool:
    """Whether ``COMPLAINT_MOVES`` lets a complaint in ``current`` move to ``to``
    (imported here: the protocol loads pydantic, which the first paint never does)."""
    from protocol.kinds.complaints import COMPLAINT_MOVES

    return to in COMPLAINT_MOVES.get(current, frozenset())
