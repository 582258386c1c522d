"""Which changes to the agent's trades deserve a notice, by comparing what the cache held
before with what it holds now.

The server sends states, not notifications, so the desk decides: one of MY swaps or time
off reached approved / denied / expired, a colleague accepted my swap (``matched``, or
straight into review or approval when the server moves on in the same transaction), or a
direct offer arrived. Nothing on the first load (the agent has seen those before, or
will in the lists), and each change once: the new states become the reference.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.ui.schedule.swap_text import person, shift_text, span_text

if TYPE_CHECKING:
    from protocol.kinds.workforce import SwapData, TimeOffData

Key = tuple[str, int]
Snapshot = dict[Key, str]


def snapshot(swaps: Sequence[SwapData], time_offs: Sequence[TimeOffData], me: int) -> Snapshot:
    """The states the notices compare: every swap the agent is part of or offered, and
    the agent's time off."""
    states: Snapshot = {}
    for swap in swaps:
        if me in (swap.initiator_id, swap.accepter_id, swap.target_agent_id):
            states[("swap", swap.id)] = swap.state
    for request in time_offs:
        if request.agent_id == me:
            states[("time_off", request.id)] = request.state
    return states


def _mine(swap: SwapData, before: str | None, me: int, names: Mapping[int, str]) -> str:
    """A notice for a swap the agent started ("" when none is due)."""
    shift = shift_text(swap.shift)
    if swap.state in ("matched", "pending_review") and before == "posted":
        who = person(swap.accepter_id, me, names)
        if swap.state == "pending_review":
            return QCoreApplication.translate(
                "TradeNotices",
                "{0} accepted your trade of {1}; it now waits for a supervisor.",
            ).format(who, shift)
        return QCoreApplication.translate("TradeNotices", "{0} accepted your trade of {1}.").format(
            who, shift
        )
    if swap.state == "approved":
        return QCoreApplication.translate("TradeNotices", "Your trade of {0} was approved.").format(
            shift
        )
    if swap.state == "denied":
        return QCoreApplication.translate("TradeNotices", "Your trade of {0} was denied.").format(
            shift
        )
    if swap.state == "expired":
        return QCoreApplication.translate(
            "TradeNotices", "Your trade of {0} expired: nobody took it in time."
        ).format(shift)
    return ""


def _taken(swap: SwapData, me: int, names: Mapping[int, str]) -> str:
    """A notice for a colleague's shift the agent accepted."""
    shift = shift_text(swap.shift)
    if swap.state == "approved":
        return QCoreApplication.translate(
            "TradeNotices", "The trade of {0} with {1} was approved."
        ).format(shift, person(swap.initiator_id, me, names))
    if swap.state == "denied":
        return QCoreApplication.translate(
            "TradeNotices", "The trade of {0} with {1} was denied."
        ).format(shift, person(swap.initiator_id, me, names))
    return ""


def notices(
    before: Snapshot,
    swaps: Sequence[SwapData],
    time_offs: Sequence[TimeOffData],
    me: int,
    names: Mapping[int, str],
) -> list[str]:
    """The sentences due for what changed since ``before`` (in the lists' order)."""
    found: list[str] = []
    for swap in swaps:
        previous = before.get(("swap", swap.id))
        if previous == swap.state:
            continue
        text = ""
        if swap.initiator_id == me:
            if previous is not None:
                text = _mine(swap, previous, me, names)
        elif swap.accepter_id == me:
            if swap.state in ("approved", "denied"):
                text = _taken(swap, me, names)
        elif swap.target_agent_id == me and previous is None and swap.state == "posted":
            text = QCoreApplication.translate(
                "TradeNotices", "{0} offers you a trade of their shift {1}."
            ).format(person(swap.initiator_id, me, names), shift_text(swap.shift))
        if text:
            found.append(text)
    found.extend(_time_off_notices(before, time_offs, me))
    return found


def _time_off_notices(before: Snapshot, time_offs: Sequence[TimeOffData], me: int) -> list[str]:
    found: list[str] = []
    for request in time_offs:
        if request.agent_id != me:
            continue
        previous = before.get(("time_off", request.id))
        if previous is None or previous == request.state:
            continue
        span = span_text(request.start, request.end)
        if request.state == "approved":
            found.append(
                QCoreApplication.translate(
                    "TradeNotices", "Your time off {0} was approved."
                ).format(span)
            )
        elif request.state == "denied":
            found.append(
                QCoreApplication.translate("TradeNotices", "Your time off {0} was denied.").format(
                    span
                )
            )
    return found
