"""``frontline sim`` on the real channels against a real server: ``--smtp`` sends real
mails to the server's SMTP listener (``--smtp-port``), each contact's follow-up in-thread;
``--webchat`` opens real sessions on the chat page's websocket. Both must end as
conversations with every message in them, exactly as the intake path makes them."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.server.channels.support import wait_for_port
from tests.server.channels.surveys.support import free_port
from tests.support.server_proc import ROOT, ServerProcess, make_factory
from tests.support.waiting import wait_until

SMTP_PORT = free_port()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    factory, started = make_factory(Path(tmp_path_factory.mktemp("sim-real")))
    started_server = factory("--smtp-port", str(SMTP_PORT), "--mail-domain", "example.test")
    wait_for_port(SMTP_PORT)
    yield started_server
    for s in started:
        s.stop()


def sim(server: ServerProcess, *args: str) -> dict[str, Any]:
    cmd = [
        sys.executable,
        "-m",
        "cli.main",
        "sim",
        "--server",
        server.url,
        "--calls",
        "0",
        "--rate",
        "0",
        *args,
    ]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    out: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return out


def conversations_since(server: ServerProcess, channel: str, since: float) -> list[tuple[int, int]]:
    """``(conversation id, inbound messages)`` of the channel's conversations opened
    after ``since``."""
    rows = server.rows(
        "SELECT c.id, (SELECT COUNT(*) FROM messages m"
        "  WHERE m.conversation_id = c.id AND m.direction = 'in')"
        " FROM conversations c WHERE c.channel = ? AND c.created_at >= ? ORDER BY c.id",
        channel,
        since,
    )
    return [(int(a), int(b)) for a, b in rows]


def test_sim_over_smtp_makes_threaded_email_conversations(server: ServerProcess) -> None:
    since = time.time()
    out = sim(
        server,
        "--chats",
        "0",
        "--emails",
        "4",
        "--messages-per-contact",
        "3",
        "--smtp",
        f"127.0.0.1:{SMTP_PORT}",
        "--mail-domain",
        "example.test",
        "--seed",
        "11",
    )
    assert out["errors"] == 0
    assert out["real"]["smtp"] == {"mails": 12, "threads": 4}
    assert out["duration_s"] == out["real"]["duration_s"]
    assert out["sent"]["email"] == 12

    def all_in() -> list[tuple[int, int]] | None:
        rows = conversations_since(server, "email", since)
        return rows if sum(n for _c, n in rows) == 12 else None

    found = wait_until(all_in, 60, message="the simulated mails did not all become messages")
    assert found is not None
    # Four threads, each one conversation holding its three mails.
    assert [n for _c, n in found] == [3, 3, 3, 3]


def test_sim_over_webchat_makes_chat_conversations(server: ServerProcess) -> None:
    since = time.time()
    out = sim(server, "--chats", "5", "--emails", "0", "--webchat", server.url, "--seed", "12")
    assert out["errors"] == 0
    assert out["real"]["webchat"] == {"sessions": 5, "messages": 10}
    assert out["real"]["smtp"] == {"mails": 0, "threads": 0}
    # Each message was echoed by the server before the sim counted it: already stored.
    found = conversations_since(server, "chat", since)
    assert [n for _c, n in found] == [2, 2, 2, 2, 2]


def test_sim_refuses_smtp_without_domain(server: ServerProcess) -> None:
    cmd = [sys.executable, "-m", "cli.main", "sim", "--server", server.url]
    done = subprocess.run(
        [*cmd, "--smtp", f"127.0.0.1:{SMTP_PORT}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "--mail-domain" in done.stderr
