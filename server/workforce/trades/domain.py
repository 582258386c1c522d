"""The trades' registration: the ``swap`` and ``time_off`` kinds and their nine commands.

Who sees what is in :mod:`server.workforce.trades.entities`: a swap its named agents,
supervisors and, while on the board, its queues' members (the scope is "queue", the
nearest: each change has agent-scoped and supervisors-only events too); a time-off
request its agent and supervisors.
"""

from __future__ import annotations

from protocol.kinds.workforce import SwapData, TimeOffData
from protocol.workforce import (
    SWAP_ACCEPT,
    SWAP_CANCEL,
    SWAP_CHECK,
    SWAP_DECLINE,
    SWAP_POST,
    SWAP_REVIEW,
    TIME_OFF_CANCEL,
    TIME_OFF_REQUEST,
    TIME_OFF_REVIEW,
)
from server.core.registry import Domain, KindRegistration
from server.workforce.trades import review, swaps, timeoff
from server.workforce.trades import tables as t
from server.workforce.trades.entities import (
    swap_from_row,
    time_off_from_row,
    visible_swaps,
    visible_time_off,
)

DOMAIN = Domain(
    name="trades",
    kinds=(
        KindRegistration(SwapData, t.swaps, swap_from_row, visible_swaps, "queue"),
        KindRegistration(TimeOffData, t.time_off, time_off_from_row, visible_time_off, "agent"),
    ),
    commands={
        SWAP_CHECK.name: swaps.check,
        SWAP_POST.name: swaps.post,
        SWAP_ACCEPT.name: swaps.accept,
        SWAP_CANCEL.name: review.cancel,
        SWAP_DECLINE.name: review.decline,
        SWAP_REVIEW.name: review.review,
        TIME_OFF_REQUEST.name: timeoff.request,
        TIME_OFF_CANCEL.name: timeoff.cancel,
        TIME_OFF_REVIEW.name: timeoff.review,
    },
)
