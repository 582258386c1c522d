"""Small words and numbers the calls widgets share: durations, channel glyphs, call states,
decline reasons. Translated through ``QCoreApplication.translate`` with literal texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CHANNEL_GLYPHS = {"phone": "☎", "chat": "❝", "email": "✉"}
LANGUAGES = {"en": "English", "fi": "Suomi", "zh-Hans": "简体中文", "zh-Hant": "繁體中文"}


def duration(seconds: float) -> str:
    """``m:ss`` under an hour, ``h:mm:ss`` above; never negative."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def long_duration(seconds: float) -> str:
    """A wait in words once it is long: ``m:ss`` under an hour, then "2 h 5 min", and
    "3 d 4 h" past a day (an email may wait that long; "27:33:26" reads as a clock)."""
    total = max(0, int(seconds))
    if total < 3600:
        return duration(total)
    minutes = total // 60
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return QCoreApplication.translate("Calls", "{0} h {1} min").format(hours, minutes)
    days, hours = divmod(hours, 24)
    return QCoreApplication.translate("Calls", "{0} d {1} h").format(days, hours)


def glyph(channel: str) -> str:
    return CHANNEL_GLYPHS.get(channel, "•")


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code)


def call_state(state: str) -> str:
    names = {
        "offered": QCoreApplication.translate("Calls", "Ringing"),
        "connected": QCoreApplication.translate("Calls", "Connected"),
        "held": QCoreApplication.translate("Calls", "On hold"),
        "transferring": QCoreApplication.translate("Calls", "Consulting"),
        "ended": QCoreApplication.translate("Calls", "Ended"),
    }
    return names.get(state, state)


def decline_reasons() -> list[str]:
    """The short list the decline dialog offers (the agent may also type their own)."""
    return [
        QCoreApplication.translate("Calls", "Busy with another customer"),
        QCoreApplication.translate("Calls", "Not my language or skill"),
        QCoreApplication.translate("Calls", "Technical problem"),
        QCoreApplication.translate("Calls", "Stepping away"),
    ]


def why_sentence(why: str, level: int, candidates: int, waited: float) -> str:
    """Why a contact came to this agent, in the desk's language, from the offer's code
    and figures (``protocol.kinds.routing.WHY_CODES``)."""
    level_text = (
        QCoreApplication.translate("Calls", "your skill level {0}").format(level)
        if level
        else QCoreApplication.translate("Calls", "your skill")
    )
    if why == "longest_idle" and candidates <= 1:
        text = QCoreApplication.translate(
            "Calls", "You are the only available agent with {0}"
        ).format(level_text)
    elif why == "longest_idle":
        text = QCoreApplication.translate(
            "Calls", "You have been idle the longest of {0} agents with {1}"
        ).format(max(candidates, 1), level_text)
    elif why == "widened":
        text = QCoreApplication.translate(
            "Calls", "Offered more widely after a long wait; you have {0}"
        ).format(level_text)
    elif why == "reserved":
        text = QCoreApplication.translate(
            "Calls", "Kept for you: a callback you promised or a transfer to you"
        )
    elif why == "pulled":
        text = QCoreApplication.translate("Calls", "You took the next waiting email")
    elif why == "claimed":
        text = QCoreApplication.translate("Calls", "You claimed it from the queue")
    elif why == "transfer":
        text = QCoreApplication.translate("Calls", "A colleague transferred it to your queue")
    else:
        text = QCoreApplication.translate("Calls", "Routed to you")
    if waited >= 1:
        text += " · " + QCoreApplication.translate("Calls", "the customer waited {0}").format(
            long_duration(waited)
        )
    return text
