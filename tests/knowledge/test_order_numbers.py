"""Order numbers in message text: the demo shop's prefixed numbers in every market, bare
numbers only after an "order" word in the desk's languages, nothing inside longer
tokens, a shop's own pattern, and the one mentioned last; the snippets fill the
``{order.*}`` variables and keep them visible when unknown."""

from __future__ import annotations

import pytest

from desktop.knowledge.orders import compile_pattern, find_orders, last_order
from desktop.knowledge.snippets import VARIABLES, SnippetContext, expand


def numbers(text: str) -> list[str]:
    return [m.number for m in find_orders(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My order FI-1000123 is late", ["FI-1000123"]),
        ("UK-1000456 and US-1000789, also CN-1000012", ["UK-1000456", "US-1000789", "CN-1000012"]),
        ("訂單號：TW-1000451 還沒到", ["TW-1000451"]),
        ("tilaus #12345 ei tullut", ["12345"]),
        ("Tilauksen numero 998877 on väärä", ["998877"]),
        ("我的订单 12345 还没到", ["12345"]),
        ("我的訂單#54321", ["54321"]),
        ("Order number: 55512 please", ["55512"]),
        ("order no. 4242", ["4242"]),
    ],
)
def test_numbers_are_found(text: str, expected: list[str]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "see #12345",  # a bare hash without an order word: a ticket, a channel, anything
        "UK-1000123x",  # inside a longer token
        "AFI-1000123",
        "FI-12",  # too short to be an order
        "call me at 040 1234567",
        "ordered 3 items",  # "ordered" is not "order"
        "",
    ],
)
def test_lookalikes_are_not(text: str) -> None:
    assert numbers(text) == []


def test_places_are_in_the_text_and_do_not_overlap() -> None:
    text = "order FI-1000123, tilaus #777"
    found = find_orders(text)
    assert [text[m.start : m.end] for m in found] == ["FI-1000123", "#777"]


def test_a_shops_own_format_and_a_bad_one() -> None:
    shop = compile_pattern(r"\bSO\d{6}\b")
    assert [m.number for m in find_orders("Ref SO123456, FI-1000123", shop)] == ["SO123456"]
    with pytest.raises(ValueError, match="does not compile"):
        compile_pattern("(unclosed")


def test_the_last_mention_wins_and_huge_text_is_cut() -> None:
    assert last_order(["order FI-1000001", "no, it was FI-1000002 and", "thanks"]) == ("FI-1000002")
    assert last_order(["nothing here"]) is None
    assert numbers("x" * 30_000 + " FI-1000123") == []  # past the scan limit


def test_order_variables_fill_and_stay_visible_when_unknown() -> None:
    assert {"order.number", "order.status", "order.total"} <= set(VARIABLES)
    template = "Order {order.number} is {order.status} ({order.total})."
    known = SnippetContext(order_number="FI-1000123", order_status="shipped", order_total="€5")
    assert expand(template, known).text == "Order FI-1000123 is shipped (€5)."
    unknown = expand(template, SnippetContext())
    assert unknown.text == template
    assert unknown.unknown == ("order.number", "order.status", "order.total")
