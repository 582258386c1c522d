"""The knowledge additions to the wire format: entities in events and snapshots, the vote
mutation's limits."""

from __future__ import annotations

import json

import pytest

from protocol.entities import ENTITY_KINDS, MAX_VOTE_COMMENT_CHARS, ArticleData
from protocol.frames import (
    Events,
    FrameError,
    Mutation,
    Snapshot,
    VoteOp,
    encode,
    parse_client_frame,
    parse_server_frame,
)


def test_knowledge_kinds_are_entity_kinds() -> None:
    assert {"article", "script", "vote"} <= set(ENTITY_KINDS)


def test_events_and_snapshots_carry_articles_scripts_and_votes() -> None:
    article = {
        "kind": "article",
        "id": 12,
        "slug": "password-reset-fi",
        "title": "Salasanan vaihtaminen",
        "lang": "fi",
        "body": "Asiakas voi vaihtaa salasanansa.",
        "tags": ["salasana"],
        "translations": ["password-reset-en"],
        "updated_at": 1.0,
        "helpful_up": 3,
    }
    script = {"kind": "script", "id": 2, "slug": "s", "title": "S", "lang": "en"}
    script |= {"source": "steps: []", "updated_at": 1.0}
    vote = {"kind": "vote", "id": 5, "article_id": 12, "agent_id": 1, "value": -1}
    vote |= {"comment": "old", "updated_at": 2.0}
    frame = parse_server_frame(
        json.dumps(
            {
                "type": "events",
                "upto": 3,
                "events": [
                    {"seq": 1, "kind": "article", "id": 12, "data": article},
                    {"seq": 2, "kind": "vote", "id": 5, "data": vote},
                    {"seq": 3, "op": "delete", "kind": "article", "id": 40, "data": None},
                ],
            }
        )
    )
    assert isinstance(frame, Events)
    first = frame.events[0].data
    assert isinstance(first, ArticleData)
    assert (first.helpful_up, first.helpful_down, first.status) == (3, 0, "published")
    snapshot = parse_server_frame(
        json.dumps({"type": "snapshot", "done": True, "seq": 3, "entities": [article, script]})
    )
    assert isinstance(snapshot, Snapshot)
    assert [e.kind for e in snapshot.entities] == ["article", "script"]


def test_vote_mutation_round_trips_and_enforces_its_limits() -> None:
    vote = Mutation(mutation_id=4, change=VoteOp(article_id=12, value=-1, comment="Vanha"))
    assert parse_client_frame(encode(vote)) == vote
    for bad in (
        {"op": "vote", "article_id": 12, "value": 2},
        {"op": "vote", "article_id": 12, "value": 1, "comment": "x" * (MAX_VOTE_COMMENT_CHARS + 1)},
        {"op": "vote", "article_id": "twelve", "value": 1},
    ):
        with pytest.raises(FrameError) as caught:
            parse_client_frame(json.dumps({"type": "mutation", "mutation_id": 5, "change": bad}))
        assert caught.value.code == "bad_frame"
