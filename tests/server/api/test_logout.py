"""``POST /api/logout`` revokes the session on a real server; LiveSessions as a unit."""

from __future__ import annotations

import httpx

from server.core.live_sessions import LiveSessions
from tests.server.helpers import auth, get
from tests.support.client import login
from tests.support.server_proc import ServerProcess


def logout(url: str, headers: dict[str, str]) -> httpx.Response:
    return httpx.post(f"{url}/api/logout", headers=headers, timeout=10)


def test_logout_revokes_the_token(demo_server: ServerProcess) -> None:
    url = demo_server.url
    token = login(url, "agent02")
    other = login(url, "agent02")  # a second desk of the same agent
    assert get(url, "/api/conversations", token).status_code == 200
    response = logout(url, auth(token))
    assert response.status_code == 204
    assert response.content == b""
    refused = get(url, "/api/conversations", token)
    assert refused.status_code == 401
    assert refused.headers["WWW-Authenticate"] == "Bearer"
    # only that session ends
    assert get(url, "/api/conversations", other).status_code == 200
    # revoking twice: the token is unknown now
    assert logout(url, auth(token)).status_code == 401
    assert token not in demo_server.log_text()


def test_logout_needs_a_known_bearer_token(demo_server: ServerProcess) -> None:
    url = demo_server.url
    for headers in ({}, {"Authorization": "Basic abc"}, {"Authorization": "Bearer"}):
        response = logout(url, headers)
        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"] == "Bearer"
    assert logout(url, auth("not-a-token")).status_code == 401


def test_revoke_kicks_every_connection_of_the_token() -> None:
    live = LiveSessions()
    kicked: list[tuple[str, str, str]] = []
    unregister_a1 = live.register("a", lambda code, msg: kicked.append(("a1", code, msg)))
    live.register("a", lambda code, msg: kicked.append(("a2", code, msg)))
    live.register("b", lambda code, msg: kicked.append(("b1", code, msg)))
    assert live.count("a") == 2
    unregister_a1()
    unregister_a1()  # harmless twice
    assert live.revoke("a") == 1
    assert kicked == [("a2", "session_revoked", "signed out")]
    assert live.revoke("a") == 0  # already gone
    assert live.count("b") == 1
    assert live.revoke("b", "token_expired", "session expired") == 1
    assert kicked[-1] == ("b1", "token_expired", "session expired")
    assert len(live) == 0


def test_a_failing_kick_does_not_spare_the_others() -> None:
    live = LiveSessions()
    kicked: list[str] = []

    def broken(_code: str, _message: str) -> None:
        raise RuntimeError("socket already gone")

    live.register("t", broken)
    live.register("t", lambda _c, _m: kicked.append("second"))
    unregister = live.register("t", lambda _c, _m: kicked.append("third"))
    assert live.revoke("t") == 3
    assert kicked == ["second", "third"]
    unregister()  # after a revoke: no error
    assert len(live) == 0
