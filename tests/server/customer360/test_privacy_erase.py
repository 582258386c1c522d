"""GDPR erase against a real server: the person's name, email, phone, message texts,
survey comment and tracking code leave the server's tables, the events a fresh desk
replays from seq 0, and the cache of a desk that had already synced them. A second erase
is 409; the audit entry names no personal field."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop.sync.customers import CustomerDirectory
from protocol.frames import Snapshot, parse_server_frame
from protocol.kinds.customers import CustomerNoteOp
from tests.server.customer360.privacy_helpers import (
    add_order,
    dump,
    index_bytes,
    person,
    query,
    replay_from_zero,
    secrets_of,
)
from tests.server.domains.calls.helpers import cti, new_call_id, ok
from tests.server.domains.complaints.helpers import connect, open_op
from tests.server.helpers import auth, get, latest_seq
from tests.support.client import login
from tests.support.server_proc import ServerFactory, ServerProcess
from tests.support.waiting import wait_until_async
from tests.sync.helpers import running_desk


@dataclass(frozen=True)
class Signed:
    """What the desk's customer directory needs of a session."""

    server_url: str
    token: str


def erase(url: str, token: str, customer_id: int, body: Any = None) -> httpx.Response:
    return httpx.post(
        f"{url}/api/customers/{customer_id}/erase", json=body, headers=auth(token), timeout=60
    )


def leaks(text: str, data: dict[str, Any]) -> list[str]:
    return [s for s in secrets_of(data) if s in text]


def test_erase_answers_counts_then_409_and_refuses_bad_bodies(demo_server: ServerProcess) -> None:
    url = demo_server.url
    boss = login(url, "supervisor01")
    data = person(url)
    assert erase(url, boss, data["id"], {"reason": "because"}).status_code == 422
    assert erase(url, boss, data["id"], {"reason": "legal", "extra": 1}).status_code == 422
    assert erase(url, boss, 99_999_999).status_code == 404
    assert erase(url, boss, 0).status_code == 404
    done = erase(url, boss, data["id"], {"reason": "legal"})
    assert done.status_code == 200, done.text
    result = done.json()
    assert (result["customer_id"], result["conversations"]) == (data["id"], 1)
    assert result["messages_redacted"] == 2
    assert result["events_rewritten"] >= 4  # customer, conversation (x2), messages
    again = erase(url, boss, data["id"])
    assert again.status_code == 409
    assert "already erased" in again.json()["detail"]
    [entry] = get(url, "/api/audit", boss, customer_id=data["id"], action="customer.erase").json()[
        "items"
    ]
    assert "reason=legal" in entry["detail"]
    assert "messages=2" in entry["detail"]
    assert not leaks(json.dumps(entry), data)
    exported = get(url, f"/api/customers/{data['id']}/export", boss).json()
    assert exported["customer"]["name"] == "Erased customer"
    assert exported["customer"]["email"] is None
    assert exported["customer"]["phone"] is None
    assert [s["score"] for s in exported["surveys"]] == [4]  # the score stays, not the comment
    assert exported["surveys"][0]["comment"] == ""


@pytest.mark.asyncio
async def test_erase_leaves_no_trace_in_tables_replay_or_a_synced_cache(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    url = server.url
    boss = await asyncio.to_thread(login, url, "supervisor01")
    mark = await asyncio.to_thread(latest_seq, url)
    data = await asyncio.to_thread(person, url)
    await asyncio.to_thread(add_order, url, boss, data)
    other = await asyncio.to_thread(person, url)  # must keep everything
    note, complaint = f"note about {data['name']}", f"complaint of {data['email']}"
    data["extra"] = [note, complaint]
    call = await asyncio.to_thread(
        lambda: ok(cti(url, new_call_id("erase"), "offered", time.time(), caller=data["phone"]))
    )
    [(call_customer,)] = query(
        server,
        "SELECT customer_id FROM conversations WHERE id = ?",
        call["conversation_id"],
    )
    assert call_customer == data["id"]  # the caller's number finds the person
    live = await connect(server, "agent01")
    await live.ok(CustomerNoteOp(customer_id=data["id"], body=note))
    await live.ok(open_op(data["conversation_id"], description=complaint))
    await live.close()
    cache_file = tmp_path / "desk.sqlite3"
    async with running_desk(url, cache_file, user="agent01") as desk:
        await wait_until_async(
            lambda: data["texts"][1] in dump(cache_file, desk=True),
            timeout=60,
            message="the desk never cached the person's messages",
        )
        signed = Signed(server_url=url, token=desk.token)
        directory = CustomerDirectory(desk.cache, lambda: signed, lambda: None)
        try:
            cached_profile = await directory.fetch_profile(data["id"])
        finally:
            await directory.close()
        assert cached_profile.customer.email == data["email"]
        profiles = "SELECT count(*) FROM customer_profiles WHERE customer_id = ?"
        assert query(cache_file, profiles, data["id"], desk=True) == [(1,)]
        tag = data["texts"][0].split()[3]  # a word only this person's messages hold
        assert tag[-6:].encode() in index_bytes(cache_file)  # the check below can see it
        before = await replay_from_zero(server, "supervisor01")
        assert data["texts"][0] in before
        assert data["email"] in before
        assert note in before
        assert complaint in before

        answer = await asyncio.to_thread(erase, url, boss, data["id"])
        assert answer.status_code == 200, answer.text

        await wait_until_async(
            lambda: not leaks(dump(cache_file, desk=True), data),
            timeout=60,
            message="the synced desk's cache still holds erased data",
        )
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
        cached = dump(cache_file, desk=True)
        assert not leaks(cached, data)
        assert "Erased customer" in cached
        assert query(cache_file, profiles, data["id"], desk=True) == [(0,)]
        assert tag[-6:].encode() not in index_bytes(cache_file)  # merged out of the index
        assert other["texts"][0] in cached
        assert other["name"] in cached

    for username in ("supervisor01", "agent01"):
        replay = await replay_from_zero(server, username)
        assert not leaks(replay, data), username
        assert other["texts"][1] in replay
        recent = await replay_from_zero(server, username, last_seq=mark)
        assert not leaks(recent, data), username
        assert other["texts"][1] in recent
    assert not any(isinstance(parse_server_frame(t), Snapshot) for t in replay.splitlines())

    stored = dump(server)
    assert not leaks(stored, data)
    assert other["email"] in stored
    [(name, email, phone, ref)] = query(
        server, "SELECT name, email, phone, ref FROM customers WHERE id = ?", data["id"]
    )
    assert (name, email, phone, ref) == ("Erased customer", None, None, f"erased:{data['id']}")
    bodies = query(
        server,
        "SELECT body, author_name FROM messages WHERE conversation_id = ?",
        data["conversation_id"],
    )
    assert bodies == [("[erased]", "[erased]")] * 2
    [(subject, preview)] = query(
        server,
        "SELECT subject, last_message_preview FROM conversations WHERE id = ?",
        data["conversation_id"],
    )
    assert (subject, preview) == ("", "")
    [(code, tracking_url, total)] = query(
        server,
        "SELECT tracking_code, tracking_url, total_minor FROM orders WHERE customer_id = ?",
        data["id"],
    )
    assert (code, tracking_url, total) == (None, None, 4200)


def test_erasing_a_survivor_erases_the_customers_merged_into_it(
    demo_server: ServerProcess,
) -> None:
    url = demo_server.url
    boss = login(url, "supervisor01")
    survivor, folded = person(url), person(url)
    merged = httpx.post(
        f"{url}/api/customers/{folded['id']}/merge",
        json={"into": survivor["id"]},
        headers=auth(boss),
        timeout=30,
    )
    assert merged.status_code == 200, merged.text
    assert query(demo_server, "SELECT name FROM customers WHERE id = ?", folded["id"]) == [
        (folded["name"],)
    ]  # the merged row keeps its own name: erasing the survivor must reach it
    done = erase(url, boss, survivor["id"])
    assert done.status_code == 200, done.text
    assert done.json()["conversations"] == 2  # its own and the one merged in
    rows = query(
        demo_server,
        "SELECT id, name, email, phone FROM customers WHERE id IN (?, ?) ORDER BY id",
        *sorted((survivor["id"], folded["id"])),
    )
    assert [row[1:] for row in rows] == [("Erased customer", None, None)] * 2
    stored = dump(demo_server)
    assert not leaks(stored, survivor)
    assert not leaks(stored, folded)
    [entry] = get(
        url, "/api/audit", boss, customer_id=survivor["id"], action="customer.erase"
    ).json()["items"]
    assert entry["detail"].endswith("merged=1")
