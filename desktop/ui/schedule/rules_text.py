"""Sentences for the scheduling rules a trade breaks (issue 11 part 4).

The server sends a :class:`~protocol.kinds.workforce.Violation` as a code, a severity and
numbers, never a sentence, so every desk explains it in its agent's language. This module
is that explanation, shared by the agent's swap dialogs and the supervisor's review
(helper G): one sentence per rule code, numbers in the locale's format, times in the
desk's local time.

Parameters are read defensively: a server older or newer than this desk may send a code
without the numbers (or with other names) and the agent must still read a sentence, so a
missing number turns the sentence into the rule's generic one, never an exception; an
unknown code gets a generic sentence naming it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

if TYPE_CHECKING:
    from protocol.kinds.workforce import Violation

Params = Mapping[str, str | int | float]


def number_text(value: float) -> str:
    """A number in the locale: whole numbers without decimals ("24"), others with one
    ("18.5", Finnish "18,5")."""
    locale = QLocale()
    rounded = round(value, 1)
    if rounded == int(rounded):
        return locale.toString(int(rounded))
    return locale.toString(rounded, "f", 1)


def minutes_text(minutes: float) -> str:
    """A length of time in hours and minutes ("7 h 30 min"), for paid lengths."""
    total = max(0, round(minutes))
    hours, rest = divmod(total, 60)
    locale = QLocale()
    if not hours:
        return QCoreApplication.translate("SwapRules", "{0} min").format(locale.toString(rest))
    if not rest:
        return QCoreApplication.translate("SwapRules", "{0} h").format(locale.toString(hours))
    return QCoreApplication.translate("SwapRules", "{0} h {1} min").format(
        locale.toString(hours), locale.toString(rest)
    )


def moment_text(at: float) -> str:
    """A moment in the desk's local time, the locale's short date and time."""
    moment = QDateTime.fromMSecsSinceEpoch(int(at * 1000))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def language_text(code: str) -> str:
    """A language's name for a code ("fi" -> "Finnish"); the code itself when Qt does not
    know it (the server's languages are free text)."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C or not code.strip():
        return code
    name = QLocale.languageToString(locale.language())
    return name or code


def _number(params: Params, *keys: str) -> float | None:
    """The first of ``keys`` holding a finite number (a numeric string counts too)."""
    for key in keys:
        value = params.get(key)
        if isinstance(value, bool):
            continue
        if isinstance(value, int | float):
            number = float(value)
        elif isinstance(value, str):
            try:
                number = float(value)
            except ValueError:
                continue
        else:
            continue
        if math.isfinite(number):
            return number
    return None


def _text(params: Params, *keys: str) -> str | None:
    for key in keys:
        value = params.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _who(violation: Violation, names: Mapping[int, str]) -> str | None:
    agent_id = violation.agent_id
    if agent_id is None:
        agent = _number(violation.params, "agent_id")
        agent_id = int(agent) if agent is not None else None
    if agent_id is None:
        return None
    return names.get(agent_id) or None


def _queue(params: Params, queues: Mapping[int, str]) -> str | None:
    queue_id = _number(params, "queue_id")
    if queue_id is not None and int(queue_id) in queues:
        return queues[int(queue_id)]
    return _text(params, "queue_name", "queue")


def _not_published(v: Violation, names: Mapping[int, str], queues: Mapping[int, str]) -> str:
    return QCoreApplication.translate(
        "SwapRules", "This shift is not published yet: only published shifts can be traded."
    )


def _started(v: Violation, names: Mapping[int, str], queues: Mapping[int, str]) -> str:
    start = _number(v.params, "start", "shift_start")
    if v.shift_id is None:  # a time-off request, not a shift
        if start is None:
            return QCoreApplication.translate("SwapRules", "This time off starts in the past.")
        return QCoreApplication.translate(
            "SwapRules", "This time off starts in the past ({0})."
        ).format(moment_text(start))
    if start is None:
        return QCoreApplication.translate(
            "SwapRules", "This shift has started or is over: only future shifts can be traded."
        )
    return QCoreApplication.translate(
        "SwapRules", "This shift started at {0}: only future shifts can be traded."
    ).format(moment_text(start))


def _notice(v: Violation, names: Mapping[int, str], queues: Mapping[int, str]) -> str:
    left = _number(v.params, "hours_left", "left_hours")
    needed = _number(v.params, "notice_hours", "needed_hours")
    if v.shift_id is None:  # a time-off request: the reviewer sees the short notice
        if left is None or needed is None:
            return QCoreApplication.translate("SwapRules", "Short notice for time off.")
        return QCoreApplication.translate(
            "SwapRules",
            "Short notice: {0} h before the time off starts; the usual notice is {1} h.",
        ).format(number_text(max(0.0, left)), number_text(needed))
    if left is None or needed is None:
        return QCoreApplication.translate(
            "SwapRules", "Too close to the shift: swaps need more notice."
        )
    return QCoreApplication.translate(
        "SwapRules",
        "Less than {0} hours before the shift ({1} h left): swaps need at least {0} hours' notice.",
    ).format(number_text(needed), number_text(max(0.0, left)))


def _not_member(v: Violation, names: Mapping[int, str], queues: Mapping[int, str]) -> str:
    who = _who(v, names)
    queue = _queue(v.params, queues)
    if who is None or queue is None:
        return QCoreApplication.translate(
            "SwapRules", "The colleague is not a member of this shift's queues."
        )
    return QCoreApplication.translate(
        "SwapRules", "{0} is not a member of the queue {1}, which this shift serves."
    ).format(who, queue)


def _skill_level(v: Violation, names: Mapping[int, str], queues: Mapping[int, str]) -> str:
    who = _who(v, names)
    queue = _queue(v.params, queues)
    level = _number(v.params, "level", "agent_level")
    needed = _number(v.params, "needed", "min_level", "needed_level")
    if who is None or queue is None or level is None or needed is None:
        return QCoreApplication.translate(
            "SwapRules", "The colleague's skill level is below what this shift needs."
        )
    return QCoreApplication.translate(
        "SwapRules", "{0} has skill level {2} in {1}; this shift needs level {3}."
    ).format(who, queue, number_text(level), number_text(needed))


def _language(v: Violation, names: Mapping[int, str], queues: Mapping[int, str]) -> str:
    who = _who(v, names)
    language = _text(v.params, "language", "lang")
    if who is None or language is None:
        return QCoreApplication.translate(
            "SwapRules", "The colleague does not serve every language of this shift."
        )
    return QCoreApplication.translate(
        "SwapRules", "{0} does not serve {1}, a language of this shift."
    ).format(who, language_text(language))


def _overlap(v: Violation, names: Mapping[int, str], queues: Mapping[int, str]) -> str:
    activity = _text(v.params, "activity")
    if activity is not None:  # a time-off request over a scheduled meeting or training
        return _scheduled_activity(v, activity)
    who = _who(v, names)
    start = _number(v.params, "start", "clash_start", "other_start")
    if who is None or start is None:
        return QCoreApplication.translate("SwapRules", "The colleague already works at that time.")
    return QCoreApplication.translate(
        "SwapRules", "{0} already works at that time (a shift starting {1})."
    ).format(who, moment_text(start))


def activity_text(kind: str) -> str:
    """A scheduled activity for people."""
    names = {
        "work": QCoreApplication.translate("SwapRules", "work"),
        "break": QCoreApplication.translate("SwapRules", "a break"),
        "lunch": QCoreApplication.translate("SwapRules", "lunch"),
        "meeting": QCoreApplication.translate("SwapRules", "a meeting"),
        "training": QCoreApplication.translate("SwapRules", "training"),
        "offqueue": QCoreApplication.translate("SwapRules", "off-queue work"),
        "time_off": QCoreApplication.translate("SwapRules", "time off"),
    }
    return names.get(kind, kind)


def _scheduled_activity(v: Violation, activity: str) -> str:
    start = _number(v.params, "start")
    end = _number(v.params, "end")
    if start is None or end is None:
        return QCoreApplication.translate(
            "SwapRules", "The schedule has {0} during this time off."
        ).format(activity_text(activity))
    return QCoreApplication.translate(
        "SwapRules", "The schedule has {0} during this time off ({1} – {2})."
    ).format(activity_text(activity), moment_text(start), moment_text(end))


def _rest(v: Violation, names: Mapping[int, str], queues: Mapping[int, str]) -> str:
    who = _who(v, names)
    rest = _number(v.params, "rest_hours")
    needed = _number(v.params, "min_rest_hours")
    if who is None or rest is None or needed is None:
        return QCoreApplication.translate(
            "SwapRules", "Too little rest between shifts after this trade."
        )
    return QCoreApplication.translate(
        "SwapRules", "{0} would rest only {1} h between shifts; the minimum is {2} h."
    ).format(who, number_text(max(0.0, rest)), number_text(needed))


def _weekly_hours(v: Violation, names: Mapping[int, str], queues: Mapping[int, str]) -> str:
    who = _who(v, names)
    hours = _number(v.params, "week_hours", "weekly_hours")
    limit = _number(v.params, "max_weekly_hours", "max_hours")
    if who is None or hours is None or limit is None:
        return QCoreApplication.translate(
            "SwapRules", "This trade goes over the weekly maximum of paid hours."
        )
    return QCoreApplication.translate(
        "SwapRules", "{0} would work {1} paid hours that week; the maximum is {2}."
    ).format(who, number_text(hours), number_text(limit))


def _paid_length(v: Violation, names: Mapping[int, str], queues: Mapping[int, str]) -> str:
    given = _number(v.params, "paid_minutes", "shift_paid_minutes", "given_minutes")
    taken = _number(v.params, "other_paid_minutes", "accepter_paid_minutes", "taken_minutes")
    if given is None or taken is None:
        return QCoreApplication.translate(
            "SwapRules", "The two shifts are not paid the same length of time."
        )
    return QCoreApplication.translate(
        "SwapRules", "The two shifts are not paid the same: {0} and {1}."
    ).format(minutes_text(given), minutes_text(taken))


def _same_agent(v: Violation, names: Mapping[int, str], queues: Mapping[int, str]) -> str:
    return QCoreApplication.translate("SwapRules", "A shift cannot be traded with oneself.")


def _time_off_overlap(v: Violation, names: Mapping[int, str], queues: Mapping[int, str]) -> str:
    if v.shift_id is None:  # a time-off request over another one
        start = _number(v.params, "start")
        end = _number(v.params, "end")
        if start is None or end is None:
            return QCoreApplication.translate(
                "SwapRules", "This overlaps another time-off request."
            )
        return QCoreApplication.translate(
            "SwapRules", "This overlaps another time-off request ({0} – {1})."
        ).format(moment_text(start), moment_text(end))
    who = _who(v, names)
    if who is None:
        return QCoreApplication.translate(
            "SwapRules", "The colleague has approved time off during this shift."
        )
    return QCoreApplication.translate(
        "SwapRules", "{0} has approved time off during this shift."
    ).format(who)


Explainer = Callable[["Violation", Mapping[int, str], Mapping[int, str]], str]

EXPLAINERS: dict[str, Explainer] = {
    "not_published": _not_published,
    "started": _started,
    "notice": _notice,
    "not_member": _not_member,
    "skill_level": _skill_level,
    "language": _language,
    "overlap": _overlap,
    "rest": _rest,
    "weekly_hours": _weekly_hours,
    "paid_length": _paid_length,
    "same_agent": _same_agent,
    "time_off_overlap": _time_off_overlap,
}
"""One sentence maker per :data:`~protocol.kinds.workforce.RuleCode` (a test checks)."""


def explain(violation: Violation, names: Mapping[int, str], queues: Mapping[int, str]) -> str:
    """One sentence saying which rule ``violation`` breaks and by how much. ``names``:
    agent id -> display name; ``queues``: queue id -> queue name (both from the cache)."""
    maker = EXPLAINERS.get(violation.code)
    if maker is None:
        return QCoreApplication.translate(
            "SwapRules", "A scheduling rule is not met ({0})."
        ).format(violation.code)
    return maker(violation, names, queues)


def severity_text(severity: str) -> str:
    """What a broken rule means for the trade: a hard rule refuses it, a soft one sends
    it to a supervisor."""
    if severity == "hard":
        return QCoreApplication.translate("SwapRules", "Not allowed")
    return QCoreApplication.translate("SwapRules", "Needs a supervisor's review")


def verdict_text(violations: list[Violation]) -> str:
    """The outcome a list of violations leads to, in one sentence ("" when none)."""
    if any(v.severity == "hard" for v in violations):
        return QCoreApplication.translate("SwapRules", "This cannot be sent.")
    if violations:
        return QCoreApplication.translate("SwapRules", "A supervisor will review this.")
    return ""
