"""Survey answers through the intake API: the token from intake is the permission for one
conversation (forged, other-purpose and other-conversation tokens answer the same 404),
scores must fit the kind's scale (422 with a sentence), a second answer replaces the
first, and the averages read back from the server's own database."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import create_async_engine

from protocol.customer360 import SurveyAverages
from server.domains.surveys import reads
from tests.server.helpers import auth, intake
from tests.support import db
from tests.support.client import login
from tests.support.server_proc import ServerFactory, ServerProcess


def answer(url: str, token: str, kind: str, score: int, **extra: Any) -> httpx.Response:
    body = {"token": token, "kind": kind, "score": score, **extra}
    return httpx.post(f"{url}/api/intake/survey", json=body, timeout=10)


def test_a_good_token_answers_and_a_second_answer_replaces(demo_server: ServerProcess) -> None:
    url = demo_server.url
    contact = intake(url)
    token = contact["survey_token"]
    assert token.startswith(f"{contact['conversation_id']}.")
    assert token != contact["conversation_token"]

    first = answer(url, token, "csat", 4, comment="  Quick and kind \x07 ")
    assert first.status_code == 200, first.text
    assert first.json()["conversation_id"] == contact["conversation_id"]
    again = answer(url, token, "csat", 5)
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]  # replaced, not added
    assert answer(url, token, "nps", 0).status_code == 200
    assert answer(url, token, "ces", 7).status_code == 200


def test_forged_and_foreign_tokens_are_one_404(demo_server: ServerProcess) -> None:
    url = demo_server.url
    mine, other = intake(url), intake(url)
    good = mine["survey_token"]
    head, mac = good.split(".")
    forged = f"{head}.{'0' * len(mac)}"
    others_mac_on_mine = f"{head}.{other['survey_token'].split('.')[1]}"
    missing = f"99999999.{mac}"
    refusals = [
        answer(url, forged, "csat", 3),
        answer(url, mine["conversation_token"], "csat", 3),  # the other purpose's MAC
        answer(url, others_mac_on_mine, "csat", 3),
        answer(url, missing, "csat", 3),
    ]
    assert [r.status_code for r in refusals] == [404] * 4
    assert len({r.text for r in refusals}) == 1  # nothing tells them apart
    assert answer(url, "not a token", "csat", 3).status_code == 422


def test_an_erased_customers_token_is_404(demo_server: ServerProcess) -> None:
    url = demo_server.url
    contact = intake(url)
    assert answer(url, contact["survey_token"], "csat", 4).status_code == 200
    boss = login(url, "supervisor01")
    erased = httpx.post(
        f"{url}/api/customers/{contact['customer_id']}/erase", headers=auth(boss), timeout=30
    )
    assert erased.status_code == 200, erased.text
    refused = answer(url, contact["survey_token"], "csat", 1, comment="my name is Jane Roe")
    assert refused.status_code == 404


@pytest.mark.parametrize(
    ("kind", "score", "sentence"),
    [
        ("csat", 0, "from 1 to 5"),
        ("csat", 6, "from 1 to 5"),
        ("ces", 8, "from 1 to 7"),
        ("ces", 0, "from 1 to 7"),
    ],
)
def test_scores_outside_the_scale_are_422_with_a_sentence(
    demo_server: ServerProcess, kind: str, score: int, sentence: str
) -> None:
    contact = intake(demo_server.url)
    refused = answer(demo_server.url, contact["survey_token"], kind, score)
    assert refused.status_code == 422
    assert sentence in refused.json()["detail"]


def test_bad_bodies_are_422(demo_server: ServerProcess) -> None:
    url = demo_server.url
    token = intake(url)["survey_token"]
    assert answer(url, token, "nps", 11).status_code == 422
    assert answer(url, token, "nps", -1).status_code == 422
    assert answer(url, token, "happiness", 3).status_code == 422
    assert answer(url, token, "csat", 3, comment="x" * 1001).status_code == 422
    assert answer(url, token, "csat", 3, extra="no").status_code == 422


def test_intake_keys_guard_the_survey_route(server_factory: ServerFactory) -> None:
    server = server_factory("--intake-key", "chat=chat-key-1234567890")
    contact = intake(server.url, headers={"X-Intake-Key": "chat-key-1234567890"})
    token = contact["survey_token"]
    assert answer(server.url, token, "csat", 5).status_code == 401
    body = {"token": token, "kind": "csat", "score": 5}
    keyed = httpx.post(
        f"{server.url}/api/intake/survey",
        json=body,
        headers={"X-Intake-Key": "chat-key-1234567890"},
        timeout=10,
    )
    assert keyed.status_code == 200, keyed.text


def test_averages_per_customer(demo_server: ServerProcess) -> None:
    url = demo_server.url
    ref = f"averages-{id(url)}"
    first = intake(url, ref=ref, channel="chat")
    second = intake(url, ref=ref, channel="email")
    assert first["customer_id"] == second["customer_id"]
    assert answer(url, first["survey_token"], "csat", 2).status_code == 200
    assert answer(url, second["survey_token"], "csat", 5).status_code == 200
    assert answer(url, second["survey_token"], "nps", 9).status_code == 200

    async def read() -> tuple[list[Any], SurveyAverages, dict[int, dict[str, int]]]:
        engine = create_async_engine(db.async_url(demo_server))
        try:
            async with engine.connect() as conn:
                views, averages = await reads.for_customer(conn, first["customer_id"])
                scores = await reads.by_conversation(
                    conn, [first["conversation_id"], second["conversation_id"]]
                )
                return views, averages, scores
        finally:
            await engine.dispose()

    views, averages, scores = asyncio.run(read())
    assert len(views) == 3
    assert (averages.csat, averages.csat_count) == (3.5, 2)
    assert (averages.nps, averages.nps_count) == (9.0, 1)
    assert (averages.ces, averages.ces_count) == (None, 0)
    assert scores == {
        first["conversation_id"]: {"csat": 2},
        second["conversation_id"]: {"csat": 5, "nps": 9},
    }
