"""The GDPR export reaches the customers merged into the exported one: a merge moves
their conversations and orders to the survivor, but their own rows keep their name,
e-mail and phone, which are the same person's data and belong in the export (as erase
anonymises them too). An undone merge takes them out again; an export without the field
(an older server's) still parses."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from pydantic import ValidationError

from protocol.customer360 import CustomerExport
from tests.server.customer360.privacy_helpers import person
from tests.server.helpers import auth, get
from tests.support.client import login
from tests.support.server_proc import ServerProcess


def merge(url: str, token: str, source: int, into: int) -> dict[str, Any]:
    answer = httpx.post(
        f"{url}/api/customers/{source}/merge",
        json={"into": into},
        headers=auth(token),
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()
    return result


def export(url: str, token: str, customer_id: int) -> dict[str, Any]:
    answer = get(url, f"/api/customers/{customer_id}/export", token)
    assert answer.status_code == 200, answer.text
    doc: dict[str, Any] = json.loads(answer.content)
    CustomerExport.model_validate(doc)  # the document is the declared body, nothing more
    return doc


def test_the_export_lists_the_customers_merged_into_it(demo_server: ServerProcess) -> None:
    url = demo_server.url
    boss = login(url, "supervisor01")
    survivor, folded, older = person(url), person(url), person(url)
    assert export(url, boss, survivor["id"])["merged_customers"] == []
    merge(url, boss, older["id"], folded["id"])  # older -> folded, then folded -> survivor
    done = merge(url, boss, folded["id"], survivor["id"])

    doc = export(url, boss, survivor["id"])
    merged = doc["merged_customers"]
    assert [m["id"] for m in merged] == sorted((folded["id"], older["id"]))
    for row, who in zip(merged, sorted((folded, older), key=lambda d: d["id"]), strict=True):
        assert (row["name"], row["email"], row["phone"]) == (
            who["name"],
            who["email"],
            who["phone"],
        )
    assert {m["merged_into"] for m in merged} == {survivor["id"], folded["id"]}
    assert doc["customer"]["name"] == survivor["name"]  # the survivor stays the subject
    conversations = {c["id"] for c in doc["conversations"]}
    assert conversations == {d["conversation_id"] for d in (survivor, folded, older)}
    assert sorted(s["comment"] for s in doc["surveys"]) == sorted(
        d["comment"] for d in (survivor, folded, older)
    )
    # the merged-away customer's own export: its row, nothing merged into it any more
    # is listed under the survivor, and no one was merged into the survivor's survivor
    assert export(url, boss, folded["id"])["customer"]["merged_into"] == survivor["id"]

    undone = httpx.post(
        f"{url}/api/customers/merges/{done['merge_id']}/undo", headers=auth(boss), timeout=30
    )
    assert undone.status_code == 200, undone.text
    assert export(url, boss, survivor["id"])["merged_customers"] == []
    [still] = export(url, boss, folded["id"])["merged_customers"]
    assert (still["id"], still["name"]) == (older["id"], older["name"])


def test_an_erased_survivors_export_lists_its_merged_rows_anonymised(
    demo_server: ServerProcess,
) -> None:
    url = demo_server.url
    boss = login(url, "supervisor01")
    survivor, folded = person(url), person(url)
    merge(url, boss, folded["id"], survivor["id"])
    erased = httpx.post(
        f"{url}/api/customers/{survivor['id']}/erase", headers=auth(boss), timeout=60
    )
    assert erased.status_code == 200, erased.text
    doc = export(url, boss, survivor["id"])
    [row] = doc["merged_customers"]
    assert (row["id"], row["name"], row["email"], row["phone"], row["erased"]) == (
        folded["id"],
        "Erased customer",
        None,
        None,
        True,
    )
    assert folded["name"] not in json.dumps(doc)
    assert folded["email"] not in json.dumps(doc)


def test_an_export_without_merged_customers_still_parses(demo_server: ServerProcess) -> None:
    url = demo_server.url
    boss = login(url, "supervisor01")
    doc = export(url, boss, person(url)["id"])
    del doc["merged_customers"]  # what an export made before the field existed holds
    assert CustomerExport.model_validate(doc).merged_customers == []
    doc["merged_customers"] = [{"id": "not a customer"}]
    with pytest.raises(ValidationError, match="merged_customers"):
        CustomerExport.model_validate(doc)
