"""Translated words for complaint values (category, severity, state, escalation) and
the actions offered for each legal move, so the tab, the dialogs and the team page say
the same thing. The wire carries ``"awaiting_customer"``; people read "Waiting for
customer" in their own language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_CTX = "Complaints"


def category_label(value: str) -> str:
    labels = {
        "product": QCoreApplication.translate(_CTX, "Product"),
        "delivery": QCoreApplication.translate(_CTX, "Delivery"),
        "billing": QCoreApplication.translate(_CTX, "Billing"),
        "service": QCoreApplication.translate(_CTX, "Service"),
        "conduct": QCoreApplication.translate(_CTX, "Conduct"),
        "other": QCoreApplication.translate(_CTX, "Other"),
    }
    return labels.get(value, value)


def severity_label(value: str) -> str:
    labels = {
        "low": QCoreApplication.translate(_CTX, "Low"),
        "medium": QCoreApplication.translate(_CTX, "Medium"),
        "high": QCoreApplication.translate(_CTX, "High"),
        "critical": QCoreApplication.translate(_CTX, "Critical"),
    }
    return labels.get(value, value)


def state_label(value: str) -> str:
    labels = {
        "new": QCoreApplication.translate(_CTX, "New"),
        "investigating": QCoreApplication.translate(_CTX, "Investigating"),
        "awaiting_customer": QCoreApplication.translate(_CTX, "Waiting for customer"),
        "resolved": QCoreApplication.translate(_CTX, "Resolved"),
        "closed": QCoreApplication.translate(_CTX, "Closed"),
    }
    return labels.get(value, value)


def escalation_label(value: str) -> str:
    labels = {
        "none": "",
        "supervisor": QCoreApplication.translate(_CTX, "Escalated to supervisor"),
        "second_level": QCoreApplication.translate(_CTX, "Escalated to second level"),
    }
    return labels.get(value, value)


def move_label(current: str, to: str) -> str:
    """The button text for moving a complaint from ``current`` to ``to``."""
    if to == "investigating":
        if current == "resolved":
            return QCoreApplication.translate(_CTX, "Reopen")
        return QCoreApplication.translate(_CTX, "Start investigating")
    labels = {
        "awaiting_customer": QCoreApplication.translate(_CTX, "Waiting for customer"),
        "resolved": QCoreApplication.translate(_CTX, "Resolve…"),
        "closed": QCoreApplication.translate(_CTX, "Close"),
    }
    return labels.get(to, to)


MOVE_TARGETS: tuple[str, ...] = ("investigating", "awaiting_customer", "resolved", "closed")
"""Every state a button can move to, in the order the buttons stand."""


def legal(current: str, to: str) -> bool:
    """Whether ``COMPLAINT_MOVES`` lets a complaint in ``current`` move to ``to``
    (imported here: the protocol loads pydantic, which the first paint never does)."""
    from protocol.kinds.complaints import COMPLAINT_MOVES

    return to in COMPLAINT_MOVES.get(current, frozenset())
