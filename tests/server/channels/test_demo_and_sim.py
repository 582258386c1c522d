"""The demo seed's shape, and ``frontline sim`` against a real server."""

from __future__ import annotations

import json
import subprocess
import sys

import httpx

from server.channels.simulator import plan
from tests.support.server_proc import ROOT, ServerFactory, ServerProcess


def test_demo_seed_counts(demo_server: ServerProcess) -> None:
    db = demo_server

    def count(sql: str) -> int:
        return int(db.rows(sql)[0][0])

    assert count("SELECT COUNT(*) FROM queues") >= 3
    assert count("SELECT COUNT(*) FROM agents WHERE role = 'agent'") == 10
    assert count("SELECT COUNT(*) FROM agents WHERE role = 'supervisor'") == 1
    assert count("SELECT COUNT(*) FROM customers") >= 200
    seeded = "SELECT COUNT(*) FROM conversations WHERE id <= 1000"
    assert count(seeded) == 1000
    languages = {r[0] for r in db.rows("SELECT DISTINCT language FROM customers")}
    assert {"en", "fi", "zh-Hans", "zh-Hant"} <= languages
    channels = {r[0] for r in db.rows("SELECT DISTINCT channel FROM conversations")}
    assert channels == {"chat", "email", "phone"}
    unresolved = count(
        "SELECT COUNT(*) FROM conversations WHERE id <= 1000 AND status != 'resolved'"
    )
    assert 30 <= unresolved <= 50
    per_conv = db.rows(
        "SELECT MIN(message_count), MAX(message_count) FROM conversations WHERE id <= 1000"
    )[0]
    assert per_conv[0] >= 1  # a new, unassigned contact has only the customer's message
    answered = "SELECT MIN(message_count) FROM conversations WHERE assignee_id IS NOT NULL"
    assert count(answered) >= 2
    assert per_conv[1] <= 6
    memberships = {
        r[0]
        for r in db.rows(
            "SELECT q.name FROM agent_queues m JOIN queues q ON q.id = m.queue_id"
            " WHERE m.agent_id = 1"
        )
    }
    assert memberships == {"General", "Billing", "Delivery"}
    # Every seeded conversation is in the event log for desks to sync.
    assert count("SELECT COUNT(*) FROM events WHERE kind = 'conversation'") >= 1000
    fi_body = db.rows(
        "SELECT m.body FROM messages m JOIN conversations c ON c.id = m.conversation_id"
        " WHERE c.language = 'fi' LIMIT 1"
    )[0][0]
    assert any(ch in fi_body for ch in "äöÄÖ")


def test_sim_prints_a_correct_summary(server_factory: ServerFactory) -> None:
    server = server_factory()
    before = httpx.get(f"{server.url}/api/health").json()["latest_seq"]
    cmd = [
        sys.executable,
        "-m",
        "cli.main",
        "sim",
        "--server",
        server.url,
        "--chats",
        "3",
        "--emails",
        "2",
        "--calls",
        "0",  # calls go through the CTI API: tests/server/channels/test_sim_calls.py
        "--rate",
        "0",
        "--seed",
        "7",
        "--messages-per-contact",
        "3",
    ]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=60, check=True)
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["sent"] == {"chat": 9, "email": 6}
    assert summary["messages"] == 15
    assert summary["conversations"] == 5
    assert summary["errors"] == 0
    assert summary["duration_s"] >= 0
    after = httpx.get(f"{server.url}/api/health").json()["latest_seq"]
    assert after - before == 5 + 15 * 2  # customer on creation; message + conversation each


def test_sim_plan_is_deterministic() -> None:
    assert plan(42, 3, 3, 3, 4) == plan(42, 3, 3, 3, 4)
    assert plan(42, 3, 3, 3, 4) != plan(43, 3, 3, 3, 4)
    languages = {c.person.language for c in plan(1, 20, 20, 20, 1)}
    assert languages == {"en", "fi", "zh-Hans", "zh-Hant"}
