"""Orders for the conversation on screen: which order the canned variables
``{order.number}``, ``{order.status}`` and ``{order.total}`` mean, and how its status
and total read in the agent's language and locale.

The order is the one mentioned last in the conversation's messages when it is one of this
customer's orders in the cached profile (``desktop/knowledge/orders.py`` finds them);
otherwise the customer's newest cached order. A number mentioned but not in the profile
is not trusted (a customer can type any number); with no cached profile nothing is known
and the variables stay visible for the agent to fill.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.knowledge.orders import last_order

if TYPE_CHECKING:
    from desktop.models.rows import MessageRow
    from protocol.customer360 import CustomerProfile
    from protocol.rest import OrderView

_ZERO_DECIMALS = frozenset({"JPY", "KRW", "ISK", "CLP", "VND"})


def status_label(status: str) -> str:
    labels = {
        "placed": QCoreApplication.translate("Orders", "placed"),
        "paid": QCoreApplication.translate("Orders", "paid"),
        "shipped": QCoreApplication.translate("Orders", "shipped"),
        "delivered": QCoreApplication.translate("Orders", "delivered"),
        "cancelled": QCoreApplication.translate("Orders", "cancelled"),
        "refunded": QCoreApplication.translate("Orders", "refunded"),
        "partially_refunded": QCoreApplication.translate("Orders", "partially refunded"),
    }
    return labels.get(status, status)


def money(minor: int, currency: str, locale: QLocale | None = None) -> str:
    """``minor`` units of ``currency`` for the agent's locale ("1 234,50 €")."""
    locale = QLocale() if locale is None else locale
    digits = 0 if currency in _ZERO_DECIMALS else 2
    value = minor / (10**digits)
    return locale.toCurrencyString(value, currency, digits)


def conversation_order(source: object, conversation_id: int, customer_id: int) -> OrderView | None:
    """The order the conversation is about (see the module's rule), or None."""
    profile_of = getattr(source, "cached_profile", None)
    messages_of = getattr(source, "messages", None)
    if profile_of is None or messages_of is None:
        return None
    profile: CustomerProfile | None = profile_of(customer_id)
    if profile is None or not profile.orders:
        return None
    by_number = {o.number.casefold(): o for o in profile.orders}
    rows: list[MessageRow] = messages_of(conversation_id)
    texts = [m.body for m in rows if m.direction != "note"]
    mentioned = last_order(texts[-50:])
    if mentioned is not None and mentioned.casefold() in by_number:
        return by_number[mentioned.casefold()]
    return max(profile.orders, key=lambda o: (o.placed_at, o.id))


def conversation_order_numbered(source: object, customer_id: int, number: str) -> bool:
    """Whether ``number`` is one of the customer's orders in the cached profile."""
    profile_of = getattr(source, "cached_profile", None)
    profile: CustomerProfile | None = profile_of(customer_id) if profile_of else None
    wanted = number.casefold()
    return profile is not None and any(o.number.casefold() == wanted for o in profile.orders)


def order_fields(source: object, conversation_id: int, customer_id: int) -> tuple[str, str, str]:
    """(number, status, total) for the canned variables; "" where nothing is known."""
    order = conversation_order(source, conversation_id, customer_id)
    if order is None:
        return "", "", ""
    return order.number, status_label(order.status), money(order.total_minor, order.currency)
