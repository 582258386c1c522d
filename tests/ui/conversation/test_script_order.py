"""Call scripts fill the order the conversation is about, as canned replies do."""

from __future__ import annotations

from desktop.knowledge.scripts import render
from desktop.ui.conversation.scripts import script_context

STEP = "Order {order.number} is {order.status}, {order.total} in all."


def test_script_steps_fill_order_fields() -> None:
    context = script_context(None, "Emma", ("FI-1000712", "Shipped", "49,90 €"))
    assert render(STEP, context) == "Order FI-1000712 is Shipped, 49,90 € in all."


def test_a_conversation_without_a_known_order_leaves_the_variables_visible() -> None:
    assert render(STEP, script_context(None, "Emma")) == (
        "Order «order.number» is «order.status», «order.total» in all."
    )
