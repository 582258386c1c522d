"""Invitations on a server that cannot mail, and across a restart: without a relay the
invitation is recorded as failed with the reason (once, never retried) and the server
keeps serving; a conversation resolved but not yet looked at when the server stopped is
invited after the restart, and nothing already decided is sent again; a relay that keeps
answering 451 is tried ``--delivery-max-attempts`` times, then the invitation fails."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.server.channels.surveys.support import (
    Desk,
    contact,
    invites,
    relay,
    wait_invite_state,
)
from tests.support.db import execute
from tests.support.server_proc import ServerProcess, make_factory

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    factory, started = make_factory(Path(tmp_path_factory.mktemp("surveys-norelay")))
    yield factory("--mail-domain", "example.test")
    for s in started:
        s.stop()


async def test_no_relay_fails_once_and_restart_invites_what_was_missed(
    server: ServerProcess,
) -> None:
    failing = "no.relay@customer.test"
    conv = contact(server, "email", email=failing)["conversation_id"]
    desk = await Desk.open(server)
    try:
        await desk.set_status(conv, "resolved")
    finally:
        await desk.close()
    rows = await wait_invite_state(server, conv, "failed")
    assert rows == [("email", "failed", "no SMTP relay is configured (--smtp-relay)", 1)]
    async with httpx.AsyncClient(timeout=10) as http:
        assert (await http.get(f"{server.url}/api/health")).status_code == 200

    # Resolved just before the server went down, before the invitation loop saw it.
    missed_address = "missed.survey@customer.test"
    missed = contact(server, "email", email=missed_address)["conversation_id"]
    server.stop()
    execute(
        server,
        "UPDATE conversations SET status = 'resolved', updated_at = ? WHERE id = ?",
        time.time(),
        missed,
    )
    assert invites(server, missed) == []

    busy = "busy.survey@customer.test"
    with relay() as (box, port):
        box.refuse[busy] = "451 4.3.0 mailbox busy, try later"
        server.args += ["--smtp-relay", f"127.0.0.1:{port}"]
        server.args += ["--delivery-retry-base", "0.05", "--delivery-max-attempts", "3"]
        server.start()
        (mail,) = await box.wait_for(missed_address)
        assert mail["Auto-Submitted"] == "auto-generated"
        await wait_invite_state(server, missed, "sent")
        # The failed one stays failed: decided once, never retried by a restart.
        assert invites(server, conv) == rows
        assert box.to(failing) == []

        later = contact(server, "email", email=busy)["conversation_id"]
        desk = await Desk.open(server)
        try:
            await desk.set_status(later, "resolved")
        finally:
            await desk.close()
        (row,) = await wait_invite_state(server, later, "failed")
        assert row[3] == 3
        assert row[2].startswith("gave up after 3 tries: 451")
        assert box.refused == [busy] * 3
