"""Secrets stay secret: tokens and passwords never reach the log or the database."""

from __future__ import annotations

import pytest

from protocol.frames import CaughtUp
from tests.server.helpers import get, post
from tests.support import db
from tests.support.client import hello, login, open_ws, recv_until
from tests.support.server_proc import ServerFactory

pytestmark = pytest.mark.asyncio


async def test_token_and_password_never_stored_or_logged(server_factory: ServerFactory) -> None:
    server = server_factory(name="secrets")
    url = server.url
    token = login(url, "agent03")
    wrong = "Hunter2-wrong-password-marker"
    response = post(url, "/api/login", {"username": "agent03", "password": wrong})
    assert response.status_code == 401
    async with await open_ws(server.ws_url) as ws:
        await hello(ws, token, "secret-client-01")
        await recv_until(ws, CaughtUp, timeout=30)
    assert get(url, "/api/conversations", token).status_code == 200
    server.stop()
    log = server.log_text()
    assert "login refused for username 'agent03'" in log
    assert token not in log
    assert wrong not in log
    stored = db.dump(server)  # the tables, on either database
    assert token not in stored
    assert wrong not in stored
    for path in server.db_path.parent.glob(server.db_path.name + "*"):  # SQLite's files
        data = path.read_bytes()
        assert token.encode() not in data, path
        assert wrong.encode() not in data, path
