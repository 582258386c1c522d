"""The supervisors' list of recent merges (``GET /api/customers/merges``) against a real
server: newest first with both customers' names and who merged, the undone flag and
whether an undo is still possible, agents refused, and the limit's bounds."""

from __future__ import annotations

import uuid

import httpx

from tests.server.customer360.test_profile_merge import merge, undo
from tests.server.domains.customers.customer_helpers import person
from tests.server.helpers import auth
from tests.support.client import login
from tests.support.server_proc import ServerProcess


def merges(url: str, token: str, limit: object = None) -> httpx.Response:
    params = {} if limit is None else {"limit": str(limit)}
    return httpx.get(f"{url}/api/customers/merges", params=params, headers=auth(token), timeout=10)


def test_supervisor_lists_merges_newest_first_with_undone_flag(
    demo_server: ServerProcess,
) -> None:
    url = demo_server.url
    boss = login(url, "supervisor01")
    tag = uuid.uuid4().hex[:8]
    made = {
        name: int(person(url, name=f"{name} {tag}")["customer_id"])
        for name in ("Dup One", "Keep One", "Dup Two", "Keep Two")
    }
    first = merge(url, boss, made["Dup One"], made["Keep One"])
    assert first.status_code == 200, first.text
    second = merge(url, boss, made["Dup Two"], made["Keep Two"])
    assert second.status_code == 200, second.text
    assert undo(url, boss, first.json()["merge_id"]).status_code == 200

    answer = merges(url, boss)
    assert answer.status_code == 200, answer.text
    items = answer.json()["items"]
    ids = [i["merge_id"] for i in items]
    assert ids == sorted(ids, reverse=True)  # newest first
    newest, older = items[0], items[1]
    assert newest["merge_id"] == second.json()["merge_id"]
    assert (newest["source_id"], newest["target_id"]) == (made["Dup Two"], made["Keep Two"])
    assert (newest["source_name"], newest["target_name"]) == (f"Dup Two {tag}", f"Keep Two {tag}")
    assert newest["by_name"] == "Helena Nieminen"  # supervisor01 in the demo seed
    assert newest["undone"] is False
    assert newest["undone_at"] is None
    assert newest["undoable"] is True
    assert newest["moved"]["conversations"] == 1
    assert older["merge_id"] == first.json()["merge_id"]
    assert older["undone"] is True
    assert older["undone_at"] >= older["at"]
    assert older["undoable"] is False

    # Merged again since: the first merge's source now belongs elsewhere, so its (undone)
    # row stays not undoable, and the second's target merged away makes it not undoable.
    third = merge(url, boss, made["Keep Two"], made["Keep One"])
    assert third.status_code == 200, third.text
    rows = {i["merge_id"]: i for i in merges(url, boss).json()["items"]}
    assert rows[second.json()["merge_id"]]["undoable"] is False
    assert rows[third.json()["merge_id"]]["undoable"] is True

    # Limits: 1 gives the newest only; 0, 201 and a word are refused with 422.
    one = merges(url, boss, 1).json()["items"]
    assert [i["merge_id"] for i in one] == [third.json()["merge_id"]]
    assert len(merges(url, boss, 200).json()["items"]) == 3
    for bad in (0, 201, -1, "ten"):
        refused = merges(url, boss, bad)
        assert refused.status_code == 422, (bad, refused.text)


def test_agents_may_not_list_merges(demo_server: ServerProcess) -> None:
    url = demo_server.url
    refused = merges(url, login(url, "agent01"))
    assert refused.status_code == 403
    assert refused.json()["detail"] == "only supervisors may list merges"
    assert merges(url, "not-a-token").status_code == 401
