"""Which changes of the agent's trades become a notice: each state change that concerns
the agent once, never their own new post, never a colleague's trade."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.schedule.swap_notify import notices, snapshot
from protocol.kinds.workforce import ShiftSummary, SwapData, TimeOffData

ME = 1
NAMES = {1: "Emma Wilson", 2: "Li Wei", 3: "Aino Virtanen"}
START = 1_900_000_000.0


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> None:
    del qapp


def swap(swap_id: int, state: str, **fields: Any) -> SwapData:
    values: dict[str, Any] = {
        "id": swap_id,
        "type": "swap",
        "initiator_id": ME,
        "shift": ShiftSummary(
            shift_id=10 + swap_id, agent_id=1, start=START, end=START + 8 * 3600, paid_seconds=1
        ),
        "state": state,
        "created_at": START - 10 * 86_400,
        "updated_at": START - 9 * 86_400,
        "expires_at": START - 86_400,
    }
    values.update(fields)
    return SwapData.model_validate(values)


def time_off(request_id: int, state: str, agent_id: int = ME) -> TimeOffData:
    return TimeOffData(
        id=request_id,
        agent_id=agent_id,
        type="vacation",
        start=START,
        end=START + 86_400,
        state=state,
        created_at=START - 86_400 * 20,
        updated_at=START - 86_400 * 19,
    )


def test_my_swap_accepted_then_approved() -> None:
    before = snapshot([swap(1, "posted")], [], ME)
    taken = swap(1, "pending_review", accepter_id=2)
    found = notices(before, [taken], [], ME, NAMES)
    assert len(found) == 1
    assert found[0].startswith("Li Wei accepted your trade")
    assert "supervisor" in found[0]
    after = snapshot([taken], [], ME)
    assert notices(after, [taken], [], ME, NAMES) == []  # once
    approved = swap(1, "approved", accepter_id=2)
    assert notices(after, [approved], [], ME, NAMES) == [
        notices(after, [approved], [], ME, NAMES)[0]
    ]
    assert "was approved" in notices(after, [approved], [], ME, NAMES)[0]


@pytest.mark.parametrize(("state", "words"), [("denied", "denied"), ("expired", "expired")])
def test_my_swap_denied_or_expired(state: str, words: str) -> None:
    before = snapshot([swap(1, "pending_review", accepter_id=2)], [], ME)
    found = notices(before, [swap(1, state, accepter_id=2)], [], ME, NAMES)
    assert len(found) == 1
    assert words in found[0]


def test_matched_from_posted() -> None:
    before = snapshot([swap(1, "posted")], [], ME)
    found = notices(before, [swap(1, "matched", accepter_id=3)], [], ME, NAMES)
    assert found == [found[0]]
    assert found[0].startswith("Aino Virtanen accepted your trade")


def test_my_own_new_post_and_cancel_are_no_news() -> None:
    assert notices({}, [swap(1, "posted")], [], ME, NAMES) == []
    before = snapshot([swap(1, "posted")], [], ME)
    assert notices(before, [swap(1, "cancelled")], [], ME, NAMES) == []


def test_a_direct_offer_arrives_once() -> None:
    offer = swap(5, "posted", initiator_id=2, target_agent_id=ME)
    found = notices({}, [offer], [], ME, NAMES)
    assert len(found) == 1
    assert found[0].startswith("Li Wei offers you")
    assert notices(snapshot([offer], [], ME), [offer], [], ME, NAMES) == []


def test_colleagues_trades_are_not_mine() -> None:
    board = swap(6, "posted", initiator_id=2)
    other = swap(7, "approved", initiator_id=2, accepter_id=3)
    assert notices({}, [board, other], [], ME, NAMES) == []


def test_a_trade_i_took_is_approved() -> None:
    took = swap(8, "pending_review", initiator_id=2, accepter_id=ME)
    before = snapshot([took], [], ME)
    found = notices(before, [swap(8, "approved", initiator_id=2, accepter_id=ME)], [], ME, NAMES)
    assert len(found) == 1
    assert "with Li Wei was approved" in found[0]


def test_time_off_answers() -> None:
    before = snapshot([], [time_off(1, "requested"), time_off(2, "requested")], ME)
    found = notices(before, [], [time_off(1, "approved"), time_off(2, "denied")], ME, NAMES)
    assert len(found) == 2
    assert "approved" in found[0]
    assert "denied" in found[1]
    assert notices({}, [], [time_off(3, "approved")], ME, NAMES) == []  # first sight
