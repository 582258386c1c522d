"""How an SLA timer is shown on an inbox row: its countdown text and colour.

The timers themselves are read from the cache (:mod:`desktop.store.readers.sla`); a row's
countdown is ``due_at - now`` with the clock the inbox model was given, so tests drive it
with a fake clock.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.store.readers.sla import SlaLevel
from desktop.ui.shell import style
from desktop.ui.shell.palettes import SLA_TINT_SHARE


@dataclass(frozen=True, slots=True)
class SlaShown:
    """What a row shows at one moment: seconds left (negative: overdue), the level, and
    whether it is the first response (no agent has replied yet)."""

    left: float
    level: SlaLevel
    first: bool

    @property
    def at_risk(self) -> bool:
        return self.level != "ok"


def countdown(left: float) -> str:
    """``4:12`` left, ``-1:03`` overdue; ``1:02:03`` past an hour, ``-3 d`` past a day."""
    if left >= 0:
        sign, seconds = "", int(left)
    else:
        sign, seconds = "-", max(1, math.ceil(-left))
    if seconds >= 86_400:
        days = QCoreApplication.translate("InboxSla", "{0} d").format(seconds // 86_400)
        return f"{sign}{days}"
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def color(level: SlaLevel) -> QColor:
    """Neutral while on time, amber in the last quarter of the target, red overdue."""
    if level == "overdue":
        return style.FAILED
    if level == "at_risk":
        return style.PENDING
    return style.MUTED


TINT_SHARE = SLA_TINT_SHARE
"""How much of its colour an at-risk or overdue countdown's fill takes (the rest is the
row's background, in either theme): light enough that the text keeps 4.5:1."""


def tint(level: SlaLevel) -> QColor | None:
    """The fill behind an at-risk or overdue countdown (none while on time)."""
    if level == "ok":
        return None
    return QColor(style.FAILED_TINT if level == "overdue" else style.PENDING_TINT)


def tooltip(shown: SlaShown) -> str:
    """The row's tooltip: which target, and how long until (or past) it."""
    text = countdown(shown.left)
    if shown.first:
        if shown.left < 0:
            return QCoreApplication.translate("InboxSla", "First response overdue by {0}").format(
                text.lstrip("-")
            )
        return QCoreApplication.translate("InboxSla", "First response due in {0}").format(text)
    if shown.left < 0:
        return QCoreApplication.translate("InboxSla", "Next response overdue by {0}").format(
            text.lstrip("-")
        )
    return QCoreApplication.translate("InboxSla", "Next response due in {0}").format(text)
