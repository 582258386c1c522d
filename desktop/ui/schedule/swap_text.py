"""Words for swaps and time off on the agent's desk: states, types, shifts in local time,
history, and what went wrong with a command.

Kept apart from the widgets so the lists, the dialogs and the notifications say the same
thing the same way (and so the notification test can read them without a window).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desktop.widgets.plain import display_text

if TYPE_CHECKING:
    from protocol.kinds.workforce import ShiftSummary, SwapData, SwapStep, TimeOffData


_SWAP_STATES: dict[str, Callable[[], str]] = {
    "posted": lambda: QCoreApplication.translate("Trades", "Waiting for a colleague"),
    "matched": lambda: QCoreApplication.translate("Trades", "Accepted by a colleague"),
    "pending_review": lambda: QCoreApplication.translate("Trades", "Waiting for a supervisor"),
    "approved": lambda: QCoreApplication.translate("Trades", "Approved"),
    "denied": lambda: QCoreApplication.translate("Trades", "Denied"),
    "cancelled": lambda: QCoreApplication.translate("Trades", "Cancelled"),
    "expired": lambda: QCoreApplication.translate("Trades", "Expired"),
}


def swap_state_text(state: str) -> str:
    """A swap's state for people."""
    maker = _SWAP_STATES.get(state)
    return maker() if maker is not None else display_text(state)


_TIME_OFF_STATES: dict[str, Callable[[], str]] = {
    "requested": lambda: QCoreApplication.translate("Trades", "Waiting for a supervisor"),
    "approved": lambda: QCoreApplication.translate("Trades", "Approved"),
    "denied": lambda: QCoreApplication.translate("Trades", "Denied"),
    "cancelled": lambda: QCoreApplication.translate("Trades", "Cancelled"),
}


def time_off_state_text(state: str) -> str:
    """A time-off request's state for people."""
    maker = _TIME_OFF_STATES.get(state)
    return maker() if maker is not None else display_text(state)


_TIME_OFF_TYPES: dict[str, Callable[[], str]] = {
    "vacation": lambda: QCoreApplication.translate("Trades", "Vacation"),
    "personal": lambda: QCoreApplication.translate("Trades", "Personal"),
    "medical": lambda: QCoreApplication.translate("Trades", "Medical"),
    "training": lambda: QCoreApplication.translate("Trades", "Training"),
    "other": lambda: QCoreApplication.translate("Trades", "Other"),
}


def time_off_type_text(kind: str) -> str:
    """A kind of time off for people."""
    maker = _TIME_OFF_TYPES.get(kind)
    return maker() if maker is not None else display_text(kind)


def swap_type_text(kind: str) -> str:
    """Swap (a shift in return) or giveaway (nothing in return)."""
    if kind == "giveaway":
        return QCoreApplication.translate("Trades", "Giveaway")
    return QCoreApplication.translate("Trades", "Swap")


def _moment(at: float) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(at * 1000))


def when_text(at: float) -> str:
    """A moment in local time, the locale's short date and time."""
    return QLocale().toString(_moment(at), QLocale.FormatType.ShortFormat)


def span_text(start: float, end: float) -> str:
    """A shift or leave in local time: "Mon 12/7/26 8:00 AM – 4:00 PM"; the end's date
    is written only when it is another day (a night shift, days off)."""
    locale = QLocale()
    first, last = _moment(start), _moment(end)
    day = locale.dayName(first.date().dayOfWeek(), QLocale.FormatType.ShortFormat)
    begin = locale.toString(first, QLocale.FormatType.ShortFormat)
    if last.date() == first.date() or (
        last.time().msecsSinceStartOfDay() == 0 and last.date() == first.date().addDays(1)
    ):
        finish = locale.toString(last.time(), QLocale.FormatType.ShortFormat)
    else:
        finish = locale.toString(last, QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("Trades", "{0} {1} – {2}").format(day, begin, finish)


def shift_text(shift: ShiftSummary) -> str:
    return span_text(shift.start, shift.end)


def person(agent_id: int | None, me: int | None, names: Mapping[int, str]) -> str:
    """Who an agent is for the reader: "you", a colleague's name, or "a colleague"."""
    if agent_id is None:
        return QCoreApplication.translate("Trades", "nobody yet")
    if agent_id == me:
        return QCoreApplication.translate("Trades", "you")
    name = names.get(agent_id)
    if name:
        return display_text(name)
    return QCoreApplication.translate("Trades", "a colleague (#{0})").format(agent_id)


_STEP_VERBS: dict[str, Callable[[], str]] = {
    "posted": lambda: QCoreApplication.translate("Trades", "Offered"),
    "matched": lambda: QCoreApplication.translate("Trades", "Accepted"),
    "pending_review": lambda: QCoreApplication.translate("Trades", "Sent for review"),
    "approved": lambda: QCoreApplication.translate("Trades", "Approved"),
    "denied": lambda: QCoreApplication.translate("Trades", "Denied"),
    "cancelled": lambda: QCoreApplication.translate("Trades", "Cancelled"),
    "expired": lambda: QCoreApplication.translate("Trades", "Expired"),
}


def step_verb(state: str) -> str:
    """What happened when a swap reached ``state``, for its history."""
    maker = _STEP_VERBS.get(state)
    return maker() if maker is not None else display_text(state)


def step_text(step: SwapStep, me: int | None, names: Mapping[int, str]) -> str:
    """One line of a swap's history: "Approved 12/2/26 2:05 PM by Li Wei"."""
    when = when_text(step.at)
    if step.by is None:
        return QCoreApplication.translate("Trades", "{0} {1}").format(step_verb(step.state), when)
    return QCoreApplication.translate("Trades", "{0} {1} by {2}").format(
        step_verb(step.state), when, person(step.by, me, names)
    )


def swap_title(swap: SwapData, me: int | None, names: Mapping[int, str]) -> str:
    """The first line of a swap in a list: its type, its shift and its state."""
    return QCoreApplication.translate("Trades", "{0} of {1}: {2}").format(
        swap_type_text(swap.type), shift_text(swap.shift), swap_state_text(swap.state)
    )


def swap_detail(swap: SwapData, me: int | None, names: Mapping[int, str]) -> str:
    """The second line: who is on the other side and the shift in return."""
    parts: list[str] = []
    if swap.initiator_id != me:
        parts.append(
            QCoreApplication.translate("Trades", "From {0}").format(
                person(swap.initiator_id, me, names)
            )
        )
    if swap.accepter_id is not None and swap.accepter_id != me:
        parts.append(
            QCoreApplication.translate("Trades", "Taken by {0}").format(
                person(swap.accepter_id, me, names)
            )
        )
    elif swap.target_agent_id is not None and swap.target_agent_id != me:
        parts.append(
            QCoreApplication.translate("Trades", "Offered to {0}").format(
                person(swap.target_agent_id, me, names)
            )
        )
    elif swap.target_agent_id is None and swap.accepter_id is None:
        parts.append(QCoreApplication.translate("Trades", "On the board"))
    if swap.state == "posted":
        parts.append(
            QCoreApplication.translate("Trades", "Open until {0}").format(
                when_text(swap.expires_at)
            )
        )
    if swap.accepter_shift is not None:
        parts.append(
            QCoreApplication.translate("Trades", "In return: {0}").format(
                shift_text(swap.accepter_shift)
            )
        )
    return " · ".join(parts)


def swap_history(swap: SwapData, me: int | None, names: Mapping[int, str]) -> str:
    """The whole story of a swap, one step a line, then the note and the review."""
    lines = [step_text(step, me, names) for step in swap.history]
    if swap.note:
        lines.append(QCoreApplication.translate("Trades", "Note: {0}").format(swap.note))
    if swap.review_comment:
        lines.append(
            QCoreApplication.translate("Trades", "Supervisor: {0}").format(swap.review_comment)
        )
    return display_text("\n".join(lines))


def time_off_title(request: TimeOffData) -> str:
    return QCoreApplication.translate("Trades", "{0}, {1}: {2}").format(
        time_off_type_text(request.type),
        span_text(request.start, request.end),
        time_off_state_text(request.state),
    )


def time_off_history(request: TimeOffData) -> str:
    lines = [
        QCoreApplication.translate("Trades", "Requested {0}").format(when_text(request.created_at))
    ]
    if request.state != "requested":
        lines.append(
            QCoreApplication.translate("Trades", "{0} {1}").format(
                time_off_state_text(request.state), when_text(request.updated_at)
            )
        )
    if request.note:
        lines.append(QCoreApplication.translate("Trades", "Note: {0}").format(request.note))
    if request.review_comment:
        lines.append(
            QCoreApplication.translate("Trades", "Supervisor: {0}").format(request.review_comment)
        )
    return display_text("\n".join(lines))


def failure_text(error: BaseException) -> str:
    """Why a command did not go through, for people (offline, refused, no answer)."""
    from desktop.sync.commands import CommandError, CommandOfflineError, CommandTimeoutError

    if isinstance(error, CommandOfflineError):
        return QCoreApplication.translate("Trades", "Not connected: nothing was sent.")
    if isinstance(error, CommandTimeoutError):
        return QCoreApplication.translate(
            "Trades", "The server did not answer in time; check the list before trying again."
        )
    if isinstance(error, CommandError):
        return QCoreApplication.translate("Trades", "The server refused: {0}").format(
            display_text(error.message)
        )
    return QCoreApplication.translate("Trades", "Something went wrong: {0}").format(
        display_text(str(error) or type(error).__name__)
    )
