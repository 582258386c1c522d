"""The privacy routes are for supervisors: agents get 403 on the audit log, export,
erase and retention; the export is one JSON attachment with everything stored about the
person, and every export lands in the audit log without a personal field."""

from __future__ import annotations

import json

import httpx

from tests.server.customer360.privacy_helpers import add_order, person, secrets_of
from tests.server.helpers import auth, get
from tests.support.client import login
from tests.support.server_proc import ServerProcess


def test_agents_get_403_everywhere(demo_server: ServerProcess) -> None:
    url = demo_server.url
    agent = login(url, "agent01")
    customer = person(url)["id"]
    h = auth(agent)
    answers = {
        "audit": httpx.get(f"{url}/api/audit", headers=h),
        "export": httpx.get(f"{url}/api/customers/{customer}/export", headers=h),
        "erase": httpx.post(f"{url}/api/customers/{customer}/erase", headers=h),
        "get retention": httpx.get(f"{url}/api/privacy/retention", headers=h),
        "put retention": httpx.put(
            f"{url}/api/privacy/retention", json={"closed_conversation_days": 5}, headers=h
        ),
        "run retention": httpx.post(f"{url}/api/privacy/retention/run", headers=h),
    }
    assert {name: r.status_code for name, r in answers.items()} == dict.fromkeys(answers, 403)
    assert all("only supervisors" in r.json()["detail"] for r in answers.values())
    assert httpx.get(f"{url}/api/audit").status_code == 401
    boss = login(url, "supervisor01")
    kept = get(url, f"/api/customers/{customer}/export", boss).json()["customer"]
    assert kept["erased"] is False  # the agent's erase changed nothing


def test_export_holds_everything_and_is_audited(demo_server: ServerProcess) -> None:
    url = demo_server.url
    boss = login(url, "supervisor01")
    data = person(url)
    add_order(url, boss, data)
    answer = httpx.get(f"{url}/api/customers/{data['id']}/export", headers=auth(boss))
    assert answer.status_code == 200, answer.text
    disposition = answer.headers["content-disposition"]
    assert disposition == f'attachment; filename="customer-{data["id"]}.json"'
    doc = json.loads(answer.content)
    assert doc["format"] == "frontline.customer-export/1"
    assert doc["exported_by"]
    assert doc["customer"]["name"] == data["name"]
    assert doc["customer"]["email"] == data["email"]
    [conversation] = doc["conversations"]
    assert conversation["id"] == data["conversation_id"]
    assert [m["body"] for m in conversation["messages"]] == data["texts"]
    assert [o["tracking_code"] for o in doc["orders"]] == [data["tracking"]]
    assert [(s["kind"], s["score"], s["comment"]) for s in doc["surveys"]] == [
        ("csat", 4, data["comment"])
    ]
    assert [c["phone"] for c in doc["callbacks"]] == [data["phone"]]
    for key in ("notes", "calls", "complaints", "tasks"):
        assert isinstance(doc[key], list)

    page = get(url, "/api/audit", boss, customer_id=data["id"], action="profile.export").json()
    [entry] = page["items"]
    assert entry["actor_name"]
    assert entry["customer_id"] == data["id"]
    assert "conversations=1" in entry["detail"]
    assert not any(s in json.dumps(entry) for s in secrets_of(data))

    assert get(url, "/api/customers/99999999/export", boss).status_code == 404
    assert get(url, "/api/customers/0/export", boss).status_code == 404
    assert get(url, "/api/customers/x/export", boss).status_code == 422


def test_audit_pages_newest_first_and_refuses_bad_filters(demo_server: ServerProcess) -> None:
    url = demo_server.url
    boss = login(url, "supervisor01")
    data = person(url)
    for _ in range(3):
        assert get(url, f"/api/customers/{data['id']}/export", boss).status_code == 200
    first = get(url, "/api/audit", boss, customer_id=data["id"], limit=2).json()
    assert len(first["items"]) == 2
    ids = [e["id"] for e in first["items"]]
    assert ids == sorted(ids, reverse=True)
    assert first["next_before"] == ids[-1]
    rest = get(
        url, "/api/audit", boss, customer_id=data["id"], limit=2, before=first["next_before"]
    ).json()
    assert all(e["id"] < min(ids) for e in rest["items"])
    assert len(rest["items"]) == 1
    assert rest["next_before"] is None
    assert get(url, "/api/audit", boss, action="customer.erase").status_code == 200
    for bad in ({"action": "profile.peek"}, {"limit": 0}, {"limit": 501}, {"before": 0}):
        assert get(url, "/api/audit", boss, **bad).status_code == 422, bad


def test_profile_views_are_audited_for_supervisors_to_read(demo_server: ServerProcess) -> None:
    url = demo_server.url
    agent, boss = login(url, "agent01"), login(url, "supervisor01")
    data = person(url)
    assert get(url, f"/api/customers/{data['id']}/profile", agent).status_code == 200
    assert get(url, f"/api/customers/{data['id']}/profile", boss).status_code == 200
    views = get(url, "/api/audit", boss, customer_id=data["id"], action="profile.view").json()
    assert [e["actor_name"] for e in views["items"]] == ["Helena Nieminen", "Emma Wilson"]
    assert not any(s in json.dumps(views) for s in secrets_of(data))
