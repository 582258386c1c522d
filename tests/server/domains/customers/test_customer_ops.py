"""The desk's customer ops against a real server: ``customer.note`` and
``customer.update`` through the websocket, their events to the customer's queues, and
every refusal with its sentence (unknown, erased or merged customer, a handle another
customer holds, more than 20 handles, a value the protocol refuses)."""

from __future__ import annotations

import json

import pytest

from protocol.frames import Ack, ErrorFrame, Reject
from protocol.kinds.customers import (
    Consent,
    CustomerData,
    CustomerNoteData,
    CustomerNoteOp,
    CustomerUpdateOp,
    Identity,
)
from tests.server.domains.customers.customer_helpers import (
    connect,
    hit_ids,
    person,
    profile,
    sql,
    unique_phone,
)
from tests.server.helpers import TECH
from tests.support.client import login, recv_until
from tests.support.server_proc import ServerProcess

pytestmark = pytest.mark.asyncio


async def test_a_note_and_an_update_reach_the_customers_queue(demo_server: ServerProcess) -> None:
    url = demo_server.url
    cid = person(url, name="Note Taker")["customer_id"]
    a = await connect(demo_server, "agent01", "customer-ops-a1")
    try:
        acked = await a.send(CustomerNoteOp(customer_id=cid, body="  Prefers calls after 5 pm  "))
        assert isinstance(acked, Ack), acked
        notes = [e for e in a.mirror.entities.values() if isinstance(e, CustomerNoteData)]
        mine = [n for n in notes if n.customer_id == cid]
        assert [n.body for n in mine] == ["Prefers calls after 5 pm"]
        assert mine[0].author_name == "Emma Wilson"

        phone = unique_phone()
        change = CustomerUpdateOp(
            customer_id=cid,
            name="Note Taker-Smith",
            language="fi",
            timezone="Europe/Helsinki",
            tags=["VIP", "At Risk", "vip"],
            consent=Consent(email=True, marketing=True),
            add_identities=[Identity(type="phone", value=phone.replace("50", "50 ", 1))],
        )
        assert isinstance(await a.send(change), Ack)
        customer = a.mirror.entities[("customer", cid)]
        assert isinstance(customer, CustomerData)
        assert customer.name == "Note Taker-Smith"
        assert customer.timezone == "Europe/Helsinki"
        assert customer.tags == ["at-risk", "vip"]
        assert customer.consent == Consent(email=True, phone=False, marketing=True)
        assert ("phone", phone) in {(i.type, i.value) for i in customer.identities}
        assert customer.phone == phone  # the first phone becomes the primary one
        boss = login(url, "supervisor01")
        assert cid in hit_ids(url, boss, phone[-7:])  # search terms follow the change

        removed = CustomerUpdateOp(
            customer_id=cid, remove_identities=[Identity(type="phone", value=phone)]
        )
        assert isinstance(await a.send(removed), Ack)
        customer = a.mirror.entities[("customer", cid)]
        assert isinstance(customer, CustomerData)
        assert customer.phone is None
        assert cid not in hit_ids(url, boss, phone[-7:])
    finally:
        await a.ws.close()


async def test_refusals_say_why(demo_server: ServerProcess) -> None:
    url = demo_server.url
    email = f"taken.{unique_phone()[-7:]}@example.com"
    holder = person(url, queue=TECH, email=email)["customer_id"]
    cid = person(url)["customer_id"]
    a = await connect(demo_server, "agent01", "customer-ops-a2")
    boss = await connect(demo_server, "supervisor01", "customer-ops-s2")
    try:
        unknown = await a.send(CustomerNoteOp(customer_id=99_999_999, body="x"))
        assert isinstance(unknown, Reject)
        assert (unknown.code, unknown.message) == (
            "unknown_customer",
            "there is no customer 99999999",
        )

        steal = CustomerUpdateOp(
            customer_id=cid, add_identities=[Identity(type="email", value=email)]
        )
        refused = await a.send(steal)
        assert isinstance(refused, Reject)
        assert refused.code == "identity_taken"
        assert "another customer" in refused.message
        assert str(holder) not in refused.message  # agents are not told whose
        told = await boss.send(steal)
        assert isinstance(told, Reject)
        assert f"customer {holder}" in told.message  # supervisors may merge the two

        many = [Identity(type="chat", value=f"many-{cid}-{n}") for n in range(20)]
        too_many = await a.send(CustomerUpdateOp(customer_id=cid, add_identities=many))
        assert isinstance(too_many, Reject)
        assert too_many.code == "too_many_identities"
        assert "at most 20" in too_many.message
        customer = await _profile_customer(url, cid)
        assert len(customer.identities) == 1  # nothing of the refused change was kept

        sql(demo_server, "UPDATE customers SET erased_at = 1 WHERE id = ?", cid)
        erased = await a.send(CustomerNoteOp(customer_id=cid, body="still there?"))
        assert isinstance(erased, Reject)
        assert erased.code == "erased_customer"
        sql(
            demo_server,
            "UPDATE customers SET erased_at = NULL, merged_into = ? WHERE id = ?",
            holder,
            cid,
        )
        merged = await a.send(CustomerUpdateOp(customer_id=cid, name="New"))
        assert isinstance(merged, Reject)
        assert merged.code == "merged_customer"
        assert f"merged into customer {holder}" in merged.message

        # Values the protocol refuses never reach a handler: a non-fatal bad_frame each.
        bad_changes = (
            {"op": "customer.note", "customer_id": holder, "body": "   "},
            {"op": "customer.update", "customer_id": holder, "timezone": "Mars/Olympus"},
            {"op": "customer.update", "customer_id": holder, "tags": ["no spaces!"]},
            {
                "op": "customer.update",
                "customer_id": holder,
                "add_identities": [{"type": "phone", "value": "12"}],
            },
            {"op": "customer.update", "customer_id": 0},
        )
        for change in bad_changes:
            frame = {"type": "mutation", "mutation_id": a.next_id, "change": change}
            await a.ws.send(json.dumps(frame))
            a.next_id += 1
            error = (await recv_until(a.ws, ErrorFrame))[-1]
            assert isinstance(error, ErrorFrame)
            assert error.code == "bad_frame", change
            assert not error.fatal
    finally:
        await a.ws.close()
        await boss.ws.close()


async def _profile_customer(url: str, cid: int) -> CustomerData:
    answer = profile(url, login(url, "supervisor01"), cid)
    assert answer.status_code == 200, answer.text
    return CustomerData.model_validate(answer.json()["customer"])
