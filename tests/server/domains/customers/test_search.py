"""Find a customer (``GET /api/customers/search``) against a real server: by a fragment
of the phone number however it is typed, an e-mail prefix, part of a Chinese name, a
chat handle and an order number, for any signed-in agent (also customers of queues the
agent does not work); merged or erased customers are not found; bad queries get 422."""

from __future__ import annotations

import uuid

import httpx

from tests.server.domains.commerce.orders_helpers import order, post_json
from tests.server.domains.customers.customer_helpers import (
    find,
    hit_ids,
    person,
    sql,
    unique_phone,
)
from tests.server.helpers import TECH, auth
from tests.support.client import login
from tests.support.server_proc import ServerProcess


def _cjk_name() -> str:
    """Three CJK ideographs no other test's name has (a surname and a given name)."""
    n = uuid.uuid4().int
    return "王" + "".join(chr(0x4E00 + (n >> (16 * i)) % 0x5000) for i in range(2))


def test_find_by_phone_fragment_email_cjk_name_chat_and_order(
    demo_server: ServerProcess,
) -> None:
    url = demo_server.url
    agent, boss = login(url, "agent01"), login(url, "supervisor01")
    tag = uuid.uuid4().hex[:10]
    phone = unique_phone()  # +35850nnnnnnn
    name = _cjk_name()
    email = f"finder.{tag}@Example.COM"
    # In a queue agent01 does not work: finding callers from other queues is the point.
    who = person(url, queue=TECH, name=name, email=email, phone=phone, ref=f"handle-{tag}")
    cid = who["customer_id"]

    digits = phone[1:]
    assert cid in hit_ids(url, agent, digits[5:11])  # a fragment from the middle
    assert cid in hit_ids(url, agent, f"{digits[5:8]} {digits[8:12]}")  # typed with a space
    assert cid in hit_ids(url, agent, f"0{phone[4:6]} {phone[6:10]}")  # national: 050 nnnn
    assert cid in hit_ids(url, agent, phone)  # the whole number
    assert cid in hit_ids(url, agent, f"finder.{tag[:6]}")  # e-mail prefix, any case
    assert cid in hit_ids(url, agent, f"FINDER.{tag}@example.com")
    assert cid in hit_ids(url, agent, name[1:])  # the given name: a substring of 王xx
    assert cid in hit_ids(url, agent, name)
    assert cid in hit_ids(url, agent, f"Handle-{tag}")  # chat handle, case-folded

    answer = find(url, agent, digits[5:11]).json()
    hit = next(h for h in answer["hits"] if h["id"] == cid)
    assert hit["matched"] == "phone"
    assert hit["name"] == name
    assert hit["last_contact_at"] is not None

    number = f"ZX-{tag.upper()}"
    assert (
        post_json(
            url, boss, {"orders": [order(f"find-{tag}", {"id": cid}, number=number)]}
        ).status_code
        == 200
    )
    by_order = find(url, agent, f"zx-{tag[:5]}").json()["hits"]
    assert [(h["id"], h["matched"], h["matched_text"]) for h in by_order] == [
        (cid, "order", number)
    ]

    # A latin name: word prefixes in any order, not the middle of a word.
    latin = person(url, name=f"Aino Q{tag} Virtanen")["customer_id"]
    assert latin in hit_ids(url, agent, f"q{tag[:6]}")
    assert latin in hit_ids(url, agent, f"virtanen q{tag[:4]}")
    assert latin not in hit_ids(url, agent, f"{tag[1:7]}")

    # An erased customer is never found.
    sql(demo_server, "UPDATE customers SET erased_at = 1 WHERE id = ?", latin)
    assert latin not in hit_ids(url, agent, f"q{tag[:6]}")


def test_at_most_20_hits(demo_server: ServerProcess) -> None:
    url = demo_server.url
    agent = login(url, "agent02")
    assert len(hit_ids(url, agent, "+358")) == 20  # the demo has over a hundred Finns


def test_bad_queries_and_no_sign_in(demo_server: ServerProcess) -> None:
    url = demo_server.url
    agent = login(url, "agent01")
    for q in ("x", " y ", "a" * 101, "\u0000\u0001", "\u200f\u200f"):
        answer = find(url, agent, q)
        assert answer.status_code == 422, (q, answer.text)
        assert "2 to 100 characters" in answer.text
    missing = httpx.get(f"{url}/api/customers/search", headers=auth(agent), timeout=10)
    assert missing.status_code == 422
    assert find(url, "not-a-token", "anna").status_code == 401
    assert hit_ids(url, agent, "zz-nobody-has-this") == []
    assert find(url, agent, "%_%").status_code == 200  # LIKE wildcards mean nothing
