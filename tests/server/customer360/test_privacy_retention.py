"""Retention against a real server: supervisors set how many days resolved conversations
keep their content; a run redacts exactly the resolved conversations older than that
(messages, survey comments, notes of finished callbacks; the customer, the scores and the
conversations' metadata stay), also in what a desk replays, is idempotent, and every
change and run is audited. Bad settings are 422. The daily schedule itself is tested in
``test_privacy_retention_schedule.py``."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from tests.server.customer360.privacy_helpers import execute, person, query, replay_from_zero
from tests.server.helpers import auth, get
from tests.support.client import login
from tests.support.server_proc import ServerFactory, ServerProcess
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


def note_of(who: dict[str, Any]) -> str:
    """The note of the callback :func:`person` promised (``call about <tag>``)."""
    return f"call about {who['texts'][0].split()[3]}"


def left_of(db: ServerProcess, who: dict[str, Any]) -> tuple[list[str], str, str]:
    """The person's message bodies, survey comment and callback note, as stored."""
    conversation = who["conversation_id"]
    bodies = [
        r[0] for r in query(db, "SELECT body FROM messages WHERE conversation_id = ?", conversation)
    ]
    [(comment,)] = query(
        db, "SELECT comment FROM survey_responses WHERE conversation_id = ?", conversation
    )
    [(note,)] = query(db, "SELECT note FROM callbacks WHERE conversation_id = ?", conversation)
    return bodies, comment, note


def test_a_run_redacts_only_old_resolved_conversations(server_factory: ServerFactory) -> None:
    server = server_factory()
    url, db = server.url, server
    boss = login(url, "supervisor01")
    old, recent, still_open, pending = person(url), person(url), person(url), person(url)
    long_ago = time.time() - 10 * DAY
    for who, status, at in (
        (old, "resolved", long_ago),
        (recent, "resolved", time.time() - DAY),
        (still_open, "open", long_ago),
        (pending, "resolved", long_ago),
    ):
        execute(
            db,
            "UPDATE conversations SET status = ?, updated_at = ? WHERE id = ?",
            status,
            at,
            who["conversation_id"],
        )
    for who in (old, recent, still_open):  # pending's callback is still to be made
        execute(
            db,
            "UPDATE callbacks SET state = 'done' WHERE conversation_id = ?",
            who["conversation_id"],
        )
    before = asyncio.run(replay_from_zero(server, "supervisor01"))
    assert note_of(old) in before  # the replay check below can see a callback's note
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
    assert {old["conversation_id"], pending["conversation_id"]} <= due
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

    assert left_of(db, old) == (["[erased]", "[erased]"], "", "")
    assert left_of(db, recent) == (recent["texts"], recent["comment"], note_of(recent))
    assert left_of(db, still_open) == (
        still_open["texts"],
        still_open["comment"],
        note_of(still_open),
    )
    # a callback still to be made keeps its note: an agent has to act on it
    assert left_of(db, pending) == (["[erased]", "[erased]"], "", note_of(pending))
    [(name, email, status)] = query(
        db,
        "SELECT c.name, c.email, v.status FROM customers c JOIN conversations v "
        "ON v.customer_id = c.id WHERE v.id = ?",
        old["conversation_id"],
    )
    assert (name, email, status) == (old["name"], old["email"], "resolved")  # content only
    assert query(
        db, "SELECT score FROM survey_responses WHERE conversation_id = ?", old["conversation_id"]
    ) == [(4,)]  # the score stays for the KPIs

    replay = asyncio.run(replay_from_zero(server, "supervisor01"))
    assert not any(text in replay for text in old["texts"] + [note_of(old)])
    kept = recent["texts"] + still_open["texts"] + [note_of(recent), note_of(pending)]
    assert all(text in replay for text in kept)

    runs = get(url, "/api/audit", boss, action="retention.run").json()["items"]
    assert runs[0]["detail"] == "days=7 conversations=0"
    assert runs[1]["detail"].startswith(f"days=7 conversations={len(due)} ")
    assert " comments=" in runs[1]["detail"]
    assert " callbacks=" in runs[1]["detail"]
    assert runs[1]["actor_id"] is not None

    # once the promised call is made, the next run takes its note (and only that)
    execute(
        db,
        "UPDATE callbacks SET state = 'done' WHERE conversation_id = ?",
        pending["conversation_id"],
    )
    assert run(url, boss).json() == {"conversations": 1, "messages_redacted": 0}
    assert left_of(db, pending) == (["[erased]", "[erased]"], "", "")
    assert note_of(pending) not in asyncio.run(replay_from_zero(server, "supervisor01"))
    latest = get(url, "/api/audit", boss, action="retention.run").json()["items"][0]
    assert "messages=0 comments=0 callbacks=1 " in latest["detail"]


def test_the_server_runs_retention_by_itself(server_factory: ServerFactory) -> None:
    server = server_factory()
    boss = login(server.url, "supervisor01")
    old = person(server.url)
    execute(
        server,
        "UPDATE conversations SET status = 'resolved', updated_at = ? WHERE id = ?",
        time.time() - 40 * DAY,
        old["conversation_id"],
    )
    assert put(server.url, boss, {"closed_conversation_days": 30}).status_code == 200
    server.restart()  # the daily job runs once at start, then every 24 hours

    def redacted() -> bool:
        bodies = query(
            server,
            "SELECT body FROM messages WHERE conversation_id = ?",
            old["conversation_id"],
        )
        return bodies == [("[erased]",), ("[erased]",)]

    wait_until(redacted, timeout=30, message="the server's own run never redacted")
    boss = login(server.url, "supervisor01")
    [entry] = get(server.url, "/api/audit", boss, action="retention.run").json()["items"]
    assert entry["actor_id"] is None
    assert entry["actor_name"] == "server"
