"""Retention against a real server: supervisors set how many days resolved conversations
keep their messages; a run redacts exactly the resolved conversations older than that
(the customer and the conversations' metadata stay), also in what a desk replays, is
idempotent, and every change and run is audited. Bad settings are 422."""

from __future__ import annotations

import asyncio
import time

import httpx

from tests.server.customer360.privacy_helpers import execute, person, query, replay_from_zero
from tests.server.helpers import auth, get
from tests.support.client import login
from tests.support.server_proc import ServerFactory
from tests.support.waiting import wait_until

DAY = 86_400


def put(url: str, token: str, body: object) -> httpx.Response:
    return httpx.put(f"{url}/api/privacy/retention", json=body, headers=auth(token), timeout=10)


def run(url: str, token: str) -> httpx.Response:
    return httpx.post(f"{url}/api/privacy/retention/run", headers=auth(token), timeout=60)


def test_settings_are_stored_checked_and_audited(server_factory: ServerFactory) -> None:
    url = server_factory().url
    boss = login(url, "supervisor01")
    assert get(url, "/api/privacy/retention", boss).json() == {"closed_conversation_days": None}
    for bad in (
        {"closed_conversation_days": 0},
        {"closed_conversation_days": 3651},
        {"closed_conversation_days": "soon"},
        {"days": 5},
    ):
        assert put(url, boss, bad).status_code == 422, bad
    assert put(url, boss, {"closed_conversation_days": 30}).json() == {
        "closed_conversation_days": 30
    }
    assert get(url, "/api/privacy/retention", boss).json() == {"closed_conversation_days": 30}
    assert put(url, boss, {"closed_conversation_days": None}).status_code == 200
    assert get(url, "/api/privacy/retention", boss).json() == {"closed_conversation_days": None}
    assert run(url, boss).json() == {"conversations": 0, "messages_redacted": 0}
    changes = get(url, "/api/audit", boss, action="retention.change").json()["items"]
    assert [e["detail"] for e in changes] == ["days=None", "days=30"]


def test_a_run_redacts_only_old_resolved_conversations(server_factory: ServerFactory) -> None:
    server = server_factory()
    url, db = server.url, server.db_path
    boss = login(url, "supervisor01")
    old, recent, still_open = person(url), person(url), person(url)
    long_ago = time.time() - 10 * DAY
    for who, status, at in (
        (old, "resolved", long_ago),
        (recent, "resolved", time.time() - DAY),
        (still_open, "open", long_ago),
    ):
        execute(
            db,
            "UPDATE conversations SET status = ?, updated_at = ? WHERE id = ?",
            status,
            at,
            who["conversation_id"],
        )
    assert put(url, boss, {"closed_conversation_days": 7}).status_code == 200
    cutoff = time.time() - 7 * DAY
    due = {
        r[0]
        for r in query(
            db,
            "SELECT id FROM conversations WHERE status = 'resolved' AND updated_at < ?",
            cutoff,
        )
    }
    assert old["conversation_id"] in due
    assert recent["conversation_id"] not in due
    assert still_open["conversation_id"] not in due
    messages_due = query(
        db,
        "SELECT count(*) FROM messages WHERE body != '[erased]' AND conversation_id IN "
        f"({','.join(str(i) for i in due)})",
    )[0][0]

    done = run(url, boss)
    assert done.status_code == 200, done.text
    assert done.json() == {"conversations": len(due), "messages_redacted": messages_due}
    assert run(url, boss).json() == {"conversations": 0, "messages_redacted": 0}

    def bodies(who: dict[str, object]) -> list[str]:
        return [
            r[0]
            for r in query(
                db, "SELECT body FROM messages WHERE conversation_id = ?", who["conversation_id"]
            )
        ]

    assert bodies(old) == ["[erased]", "[erased]"]
    assert bodies(recent) == recent["texts"]
    assert bodies(still_open) == still_open["texts"]
    [(name, email, status)] = query(
        db,
        "SELECT c.name, c.email, v.status FROM customers c JOIN conversations v "
        "ON v.customer_id = c.id WHERE v.id = ?",
        old["conversation_id"],
    )
    assert (name, email, status) == (old["name"], old["email"], "resolved")  # only messages

    replay = asyncio.run(replay_from_zero(server, "supervisor01"))
    assert not any(text in replay for text in old["texts"])
    assert all(text in replay for text in recent["texts"] + still_open["texts"])

    runs = get(url, "/api/audit", boss, action="retention.run").json()["items"]
    assert runs[0]["detail"] == "days=7 conversations=0"
    assert runs[1]["detail"].startswith(f"days=7 conversations={len(due)} ")
    assert runs[1]["actor_id"] is not None


def test_the_server_runs_retention_by_itself(server_factory: ServerFactory) -> None:
    server = server_factory()
    boss = login(server.url, "supervisor01")
    old = person(server.url)
    execute(
        server.db_path,
        "UPDATE conversations SET status = 'resolved', updated_at = ? WHERE id = ?",
        time.time() - 40 * DAY,
        old["conversation_id"],
    )
    assert put(server.url, boss, {"closed_conversation_days": 30}).status_code == 200
    server.restart()  # the daily job runs once at start, then every 24 hours

    def redacted() -> bool:
        bodies = query(
            server.db_path,
            "SELECT body FROM messages WHERE conversation_id = ?",
            old["conversation_id"],
        )
        return bodies == [("[erased]",), ("[erased]",)]

    wait_until(redacted, timeout=30, message="the server's own run never redacted")
    boss = login(server.url, "supervisor01")
    [entry] = get(server.url, "/api/audit", boss, action="retention.run").json()["items"]
    assert entry["actor_id"] is None
    assert entry["actor_name"] == "server"
