"""The activities' names and colours as the My day page shows them.

Names are translated at call time (the agent may switch language). Colours come from the
theme's live presence colours (``style.PRESENCE_COLORS``: the state an activity expects),
mixed into the page's background at paint time, so a block is a tint that reads in the
light and the dark theme, with the activity's own colour as its edge.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.ui.shell import style

_NAMES: dict[str, Callable[[], str]] = {
    "work": lambda: QCoreApplication.translate("Schedule", "Work"),
    "break": lambda: QCoreApplication.translate("Schedule", "Break"),
    "lunch": lambda: QCoreApplication.translate("Schedule", "Lunch"),
    "meeting": lambda: QCoreApplication.translate("Schedule", "Meeting"),
    "training": lambda: QCoreApplication.translate("Schedule", "Training"),
    "offqueue": lambda: QCoreApplication.translate("Schedule", "Off-queue work"),
    "time_off": lambda: QCoreApplication.translate("Schedule", "Time off"),
}

_PRESENCE_OF: dict[str, str] = {
    "work": "available",
    "break": "break",
    "lunch": "break",
    "meeting": "meeting",
    "training": "meeting",
    "offqueue": "acw",
    "time_off": "offline",
}


def activity_name(activity_type: str) -> str:
    """The activity's name in the agent's language (an unknown type as it came)."""
    name = _NAMES.get(activity_type)
    return name() if name is not None else activity_type


def edge_colour(activity_type: str) -> QColor:
    """The activity's own colour (the edge of its block, its swatch)."""
    return QColor(style.PRESENCE_COLORS[_PRESENCE_OF.get(activity_type, "offline")])


def fill_colour(activity_type: str) -> QColor:
    """The block's fill: a third of the activity's colour over the theme's base, so the
    theme's text colour stays readable on it in both palettes. Lunch is lighter than a
    break, so the two read apart without relying on colour alone (their names are drawn)."""
    edge = edge_colour(activity_type)
    base = QColor(style.BASE)
    share = 0.22 if activity_type == "lunch" else 0.34
    return QColor(
        round(edge.red() * share + base.red() * (1 - share)),
        round(edge.green() * share + base.green() * (1 - share)),
        round(edge.blue() * share + base.blue() * (1 - share)),
    )
