"""The customer profile against a real server: one person reaching us by chat, e-mail
and phone is one customer whose timeline holds every contact in every queue; a queue the
reader does not work shows when, where and how it went but never what was said; repeat
contacts are flagged; orders, callbacks and notes come along; every read is audited."""

from __future__ import annotations

import json
import time
import uuid

import httpx

from tests.server.domains.calls.helpers import cti, new_call_id, ok
from tests.server.domains.commerce.orders_helpers import order, post_json
from tests.server.domains.customers.customer_helpers import person, profile, sql, unique_phone
from tests.server.helpers import TECH, auth
from tests.support.client import login
from tests.support.server_proc import ServerProcess


def test_every_channel_one_timeline_and_hidden_queues_keep_only_metadata(
    demo_server: ServerProcess,
) -> None:
    url = demo_server.url
    agent, boss = login(url, "agent01"), login(url, "supervisor01")
    tag = uuid.uuid4().hex[:10]
    email, phone = f"timeline.{tag}@example.com", unique_phone()
    chat = person(url, name=f"Timeline {tag}", email=email, phone=phone, body=f"chat text {tag}")
    cid = chat["customer_id"]
    # The same person by e-mail (Billing) and by phone (Technical Support): found by the
    # handles the chat gave, so one customer.
    mail = person(url, channel="email", ref=email.upper(), queue="Billing", body=f"mail {tag}")
    assert mail["customer_id"] == cid
    call_id = new_call_id("profile")
    t0 = time.time() - 60
    offered = ok(cti(url, call_id, "offered", t0, caller=phone.replace("50", "50 "), queue=TECH))
    ok(cti(url, call_id, "answered", t0 + 5, agent="agent05"))
    ok(cti(url, call_id, "dtmf", t0 + 9, digits="4242"))
    ok(cti(url, call_id, "ended", t0 + 47, reason="customer hung up"))
    # A new chat once the first is resolved, this time in Technical Support.
    sql(
        demo_server,
        "UPDATE conversations SET status = 'resolved' WHERE id = ?",
        chat["conversation_id"],
    )
    secret = person(url, ref=chat_ref(cid, demo_server), queue=TECH, body=f"secret text {tag}")
    assert secret["customer_id"] == cid
    assert post_json(url, boss, {"orders": [order(f"tl-{tag}", {"id": cid})]}).status_code == 200

    seen_by_agent = profile(url, agent, cid)
    assert seen_by_agent.status_code == 200, seen_by_agent.text
    body = seen_by_agent.json()
    timeline = body["timeline"]
    assert {i["channel"] for i in timeline} == {"chat", "email", "phone"}
    assert body["timeline_total"] == len(timeline) == 5  # 4 conversations and the call
    assert [i["at"] for i in timeline] == sorted((i["at"] for i in timeline), reverse=True)
    call = next(i for i in timeline if i["type"] == "call")
    assert call["id"] == offered["id"]
    assert call["talk_seconds"] == 42.0
    assert call["agent_name"]
    assert call["queue_name"] == TECH
    assert [(c["id"], c["dtmf"]) for c in body["calls"]] == [(offered["id"], "")]
    hidden = [i for i in timeline if i["queue_name"] == TECH]
    assert len(hidden) == 3
    assert all(not i["visible"] for i in hidden)
    assert all(i["subject"] is None and i["preview"] is None for i in hidden)
    shown = [i for i in timeline if i["queue_name"] != TECH]
    assert all(i["visible"] and i["subject"] for i in shown)
    # The text of a conversation in a queue agent01 does not work is nowhere in the JSON.
    assert f"secret text {tag}" not in seen_by_agent.text
    assert f"chat text {tag}" in seen_by_agent.text
    as_boss = profile(url, boss, cid).json()
    assert f"secret text {tag}" in json.dumps(as_boss, ensure_ascii=False)
    assert as_boss["calls"][0]["dtmf"] == "4242"

    # Contacts minutes apart are repeats; the first one is not.
    oldest = min(timeline, key=lambda i: (i["at"], i["type"] == "call"))
    assert not oldest["repeat"]
    assert timeline[0]["repeat"]
    assert body["repeat_contact"]
    assert body["orders_total"] == 1
    assert body["orders"][0]["number"] == f"FI-tl-{tag}"
    handles = {(i["type"], i["value"]) for i in body["customer"]["identities"]}
    assert {("email", email), ("phone", phone)} <= handles

    views = sql(
        demo_server,
        "SELECT actor_id, detail FROM audit_log WHERE action = 'profile.view' AND customer_id = ?",
        cid,
    )
    assert sorted(actor for actor, _detail in views) == [1, 11]  # agent01, supervisor01
    assert "timeline=5 orders=1" in views[0][1]


def chat_ref(customer_id: int, server: ServerProcess) -> str:
    """The chat handle a customer holds (to write again as that person)."""
    rows = sql(
        server,
        "SELECT value FROM customer_identities WHERE customer_id = ? AND type = 'chat'",
        customer_id,
    )
    return str(rows[0][0])


def test_a_lone_contact_is_no_repeat_and_callbacks_show(demo_server: ServerProcess) -> None:
    url = demo_server.url
    agent = login(url, "agent02")
    first = person(url, phone=unique_phone())
    cid = first["customer_id"]
    due = time.time() + 86_400
    callback = {
        "conversation_token": first["conversation_token"],
        "due_at": due,
        "phone": unique_phone(),
        "note": "about the invoice",
    }
    httpx.post(f"{url}/api/intake/callbacks", json=callback, timeout=10).raise_for_status()
    body = profile(url, agent, cid).json()
    assert [i["repeat"] for i in body["timeline"]] == [False]
    assert body["repeat_contact"] is False
    assert [(c["due_at"], c["state"]) for c in body["callbacks"]] == [(due, "scheduled")]
    # A contact 8 days after the previous one is not a repeat; one the same day is.
    sql(
        demo_server,
        "UPDATE conversations SET status = 'resolved', created_at = created_at - 8 * 86400 "
        "WHERE id = ?",
        first["conversation_id"],
    )
    again = person(url, ref=chat_ref(cid, demo_server), body="me again")
    assert again["customer_id"] == cid
    assert again["conversation_id"] != first["conversation_id"]
    later = profile(url, agent, cid).json()
    assert [i["repeat"] for i in later["timeline"]] == [False, False]
    assert later["repeat_contact"] is False
    sql(
        demo_server,
        "UPDATE conversations SET status = 'resolved' WHERE id = ?",
        again["conversation_id"],
    )
    third = person(url, ref=chat_ref(cid, demo_server), body="and again")
    assert third["conversation_id"] != again["conversation_id"]
    latest = profile(url, agent, cid).json()
    assert [i["repeat"] for i in latest["timeline"]] == [True, False, False]
    assert latest["repeat_contact"] is True


def test_unknown_ids_and_no_sign_in(demo_server: ServerProcess) -> None:
    url = demo_server.url
    agent = login(url, "agent01")
    for bad in ("99999999", "0", "-3", str(2**60)):
        answer = httpx.get(f"{url}/api/customers/{bad}/profile", headers=auth(agent), timeout=10)
        assert answer.status_code == 404, bad
        assert answer.json() == {"detail": "no such customer"}
    wrong = httpx.get(f"{url}/api/customers/abc/profile", headers=auth(agent), timeout=10)
    assert wrong.status_code == 422
    assert profile(url, "not-a-token", 1).status_code == 401
    assert json.loads(profile(url, agent, 1).text)["customer"]["id"] == 1
