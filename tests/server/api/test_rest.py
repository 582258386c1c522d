"""REST: sign-in, health, intake, paged reads and their visibility."""

from __future__ import annotations

import httpx

from tests.server.helpers import TECH, auth, intake, latest_seq
from tests.support.client import login
from tests.support.server_proc import ServerFactory, ServerProcess


def test_health_reports_seq_and_epoch(demo_server: ServerProcess) -> None:
    body = httpx.get(f"{demo_server.url}/api/health").json()
    assert body["status"] == "ok"
    assert body["latest_seq"] > 5000  # the demo history is in the log
    assert isinstance(body["epoch"], str)
    assert body["epoch"]


def test_login_ok_and_wrong_password(demo_server: ServerProcess) -> None:
    ok = httpx.post(
        f"{demo_server.url}/api/login", json={"username": "agent01", "password": "demo"}
    )
    assert ok.status_code == 200
    assert ok.json()["agent_id"] == 1
    assert ok.json()["role"] == "agent"
    for username, password in (("agent01", "wrong"), ("nobody", "demo")):
        bad = httpx.post(
            f"{demo_server.url}/api/login", json={"username": username, "password": password}
        )
        assert bad.status_code == 401
        assert bad.json()["detail"] == "wrong username or password"
    assert "wrong" not in demo_server.log_text().split("login refused")[-1].split("\n")[0]


def test_reads_need_a_token(demo_server: ServerProcess) -> None:
    assert httpx.get(f"{demo_server.url}/api/conversations").status_code == 401
    bad = httpx.get(f"{demo_server.url}/api/conversations", headers=auth("nope"))
    assert bad.status_code == 401


def test_intake_creates_conversation_and_events(demo_server: ServerProcess) -> None:
    url = demo_server.url
    before = latest_seq(url)
    first = intake(url, queue="Billing", ref="intake-test-1", body="Charged twice?")
    # customer + message + conversation, all in the log
    assert first["seq"] == before + 3
    again = intake(url, ref="intake-test-1", body="Any news?")
    assert again["conversation_id"] == first["conversation_id"]
    assert again["customer_id"] == first["customer_id"]
    token = login(url, "agent01")
    msgs = httpx.get(
        f"{url}/api/conversations/{first['conversation_id']}/messages", headers=auth(token)
    ).json()["items"]
    assert [m["body"] for m in msgs] == ["Charged twice?", "Any news?"]
    assert all(m["direction"] == "in" for m in msgs)


def test_paging_and_isolation(demo_server: ServerProcess) -> None:
    url = demo_server.url
    hidden = intake(url, queue=TECH, ref="rest-isolation-tech")
    token = login(url, "agent01")
    seen: list[int] = []
    cursor: str | None = None
    while True:
        params: dict[str, str | int] = {"limit": 200}
        if cursor:
            params["cursor"] = cursor
        page = httpx.get(f"{url}/api/conversations", params=params, headers=auth(token)).json()
        seen.extend(c["id"] for c in page["items"])
        assert all(c["queue_id"] in (1, 2, 3) for c in page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) > 200
    assert hidden["conversation_id"] not in seen
    response = httpx.get(
        f"{url}/api/conversations/{hidden['conversation_id']}/messages", headers=auth(token)
    )
    assert response.status_code == 404
    boss = login(url, "supervisor01")
    response = httpx.get(
        f"{url}/api/conversations/{hidden['conversation_id']}/messages", headers=auth(boss)
    )
    assert response.status_code == 200


def test_intake_key_is_enforced(server_factory: ServerFactory) -> None:
    server = server_factory("--intake-key", "s3cret-intake-key-0001")
    response = httpx.post(
        f"{server.url}/api/intake/messages",
        json={"channel": "email", "customer": {"ref": "a@b.example", "name": "A"}, "body": "hi"},
    )
    assert response.status_code == 401
    result = intake(server.url, headers={"X-Intake-Key": "s3cret-intake-key-0001"})
    assert result["conversation_id"] > 1000


def test_openapi_is_served(demo_server: ServerProcess) -> None:
    spec = httpx.get(f"{demo_server.url}/openapi.json").json()
    assert "/api/intake/messages" in spec["paths"]
