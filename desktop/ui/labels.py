"""Translated words for protocol values (statuses, channels) and relative times.

The wire carries ``"open"`` and ``"email"``; people read "Open" and "Email" in their own
language. Every string passes through ``QCoreApplication.translate`` with a literal source
text, so ``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

STATUSES: tuple[str, ...] = ("open", "pending", "snoozed", "resolved")
CHANNELS: tuple[str, ...] = ("chat", "email", "phone")


def status_label(status: str) -> str:
    labels = {
        "open": QCoreApplication.translate("Labels", "Open"),
        "pending": QCoreApplication.translate("Labels", "Pending"),
        "snoozed": QCoreApplication.translate("Labels", "Snoozed"),
        "resolved": QCoreApplication.translate("Labels", "Resolved"),
    }
    return labels.get(status, status)


def channel_label(channel: str) -> str:
    labels = {
        "chat": QCoreApplication.translate("Labels", "Chat"),
        "email": QCoreApplication.translate("Labels", "Email"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
    }
    return labels.get(channel, channel)


def relative_time(at: float, now: float | None = None) -> str:
    """ "now", "5 min", "3 h", "Yesterday", a weekday, or a short date: what inbox lines
    say about when a conversation last moved."""
    now = time.time() if now is None else now
    seconds = max(0.0, now - at)
    if seconds < 60:
        return QCoreApplication.translate("Labels", "now")
    if seconds < 3600:
        minutes = int(
            seconds / 60
        )  # no floor-division operator here: lupdate reads it as a comment
        # "{0}", not "%n": lupdate cannot see plurals outside self.tr(), and Qt passes a
        # plain message's translation over when a count is given ("3 h" in Finnish).
        return QCoreApplication.translate("Labels", "{0} min").format(minutes)
    then = QDateTime.fromMSecsSinceEpoch(int(at * 1000)).date()
    today = QDateTime.fromMSecsSinceEpoch(int(now * 1000)).date()
    days = then.daysTo(today)
    if days == 0:
        hours = int(seconds / 3600)
        return QCoreApplication.translate("Labels", "{0} h").format(hours)
    if days == 1:
        return QCoreApplication.translate("Labels", "Yesterday")
    locale = QLocale()
    if days < 7:
        return locale.dayName(then.dayOfWeek(), QLocale.FormatType.ShortFormat)
    return locale.toString(then, QLocale.FormatType.ShortFormat)


def clock_time(at: float) -> str:
    """A message's time: the hour for today, else date and hour, in local time."""
    then = QDateTime.fromMSecsSinceEpoch(int(at * 1000))
    locale = QLocale()
    hour = locale.toString(then.time(), QLocale.FormatType.ShortFormat)
    if then.date() == QDate.currentDate():
        return hour
    return f"{locale.toString(then.date(), QLocale.FormatType.ShortFormat)} {hour}"
