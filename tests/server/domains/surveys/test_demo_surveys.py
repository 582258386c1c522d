"""The demo's survey answers: on resolved conversations only, inside each kind's scale,
about a third of resolved conversations answered, the same on every seed, and shown in
the customer profile with averages."""

from __future__ import annotations

from protocol.customer360 import SURVEY_SCALES
from tests.server.customer360.privacy_helpers import query
from tests.server.helpers import get
from tests.support.client import login
from tests.support.server_proc import ServerFactory, ServerProcess


def answers(db: ServerProcess) -> list[tuple[int, str, int, str]]:
    return [
        (int(r[0]), str(r[1]), int(r[2]), str(r[3]))
        for r in query(
            db,
            "SELECT s.conversation_id, s.kind, s.score, v.status FROM survey_responses s "
            "JOIN conversations v ON v.id = s.conversation_id ORDER BY s.id",
        )
    ]


def test_demo_answers_are_plausible_deterministic_and_in_the_profile(
    server_factory: ServerFactory,
) -> None:
    first, second = server_factory(), server_factory()
    seeded = answers(first)
    assert seeded == answers(second)
    kinds = {kind for _c, kind, _s, _st in seeded}
    assert kinds == {"csat", "nps", "ces"}
    for _conversation, kind, score, status in seeded:
        low, high = SURVEY_SCALES[kind]
        assert low <= score <= high
        assert status == "resolved"
    resolved = query(first, "SELECT count(*) FROM conversations WHERE status = 'resolved'")
    csat = [row for row in seeded if row[1] == "csat"]
    assert 0.25 < len(csat) / resolved[0][0] < 0.4

    conversation_id = csat[0][0]
    [(customer_id,)] = query(
        first, "SELECT customer_id FROM conversations WHERE id = ?", conversation_id
    )
    boss = login(first.url, "supervisor01")
    profile = get(first.url, f"/api/customers/{customer_id}/profile", boss).json()
    assert profile["averages"]["csat_count"] >= 1
    assert conversation_id in {s["conversation_id"] for s in profile["surveys"]}
