"""How a KPI reads on the My KPIs page: its name, its value in the agent's locale
(durations as m:ss, rates as %), its target, and whether it needs attention.

Plain functions over ``QLocale`` and ``QCoreApplication.translate`` (no widgets), so the
cards, the chart's axis and the trace table say a number the same way, and a test can
check them without a page. The protocol's values are raw (a rate is 0.82, AHT is
seconds); :func:`display` turns them into the unit the agent reads (82 %, 6:12), and the
chart plots that same unit, so its axis and the cards agree.
"""

from __future__ import annotations

import math
from typing import Literal

from PySide6.QtCore import QCoreApplication, QLocale

KPI_ORDER: tuple[str, ...] = (
    "aht",
    "fcr",
    "transfer_rate",
    "repeat_rate",
    "csat",
    "nps",
    "ces",
    "adherence",
    "conformance",
    "occupancy",
    "handled",
)
"""The cards in reading order: handling first, then the customers' view, then time."""

RATES = frozenset(
    {"fcr", "transfer_rate", "repeat_rate", "csat", "adherence", "conformance", "occupancy"}
)
"""KPIs that are a fraction on the wire, shown as a percentage."""
DURATIONS = frozenset({"aht"})
"""KPIs in seconds on the wire, shown as m:ss (minutes on the chart's axis)."""
CONTACT_KPIS = frozenset(
    {"aht", "fcr", "transfer_rate", "repeat_rate", "csat", "nps", "ces", "occupancy", "handled"}
)
"""KPIs with contacts behind them, so the trace can list them (occupancy's time on
contacts included); adherence and conformance come from the schedule, not contacts."""

Verdict = Literal["good", "attention", "none"]


def title(kpi: str) -> str:
    """The KPI's name for people (short: it heads a card and a chart's axis)."""
    names = {
        "aht": QCoreApplication.translate("KpiFormat", "Average handle time"),
        "fcr": QCoreApplication.translate("KpiFormat", "First-contact resolution"),
        "transfer_rate": QCoreApplication.translate("KpiFormat", "Transfer rate"),
        "repeat_rate": QCoreApplication.translate("KpiFormat", "Repeat contacts"),
        "csat": QCoreApplication.translate("KpiFormat", "Customer satisfaction (CSAT)"),
        "nps": QCoreApplication.translate("KpiFormat", "Net promoter score (NPS)"),
        "ces": QCoreApplication.translate("KpiFormat", "Customer effort (CES)"),
        "adherence": QCoreApplication.translate("KpiFormat", "Schedule adherence"),
        "conformance": QCoreApplication.translate("KpiFormat", "Conformance"),
        "occupancy": QCoreApplication.translate("KpiFormat", "Occupancy"),
        "handled": QCoreApplication.translate("KpiFormat", "Contacts handled"),
    }
    return names.get(kpi, kpi)


def explanation(kpi: str) -> str:
    """One sentence saying what the number counts (the card's tooltip)."""
    texts = {
        "aht": QCoreApplication.translate(
            "KpiFormat", "Talk, hold and after-contact work per contact handled."
        ),
        "fcr": QCoreApplication.translate(
            "KpiFormat", "Contacts resolved the first time, of the contacts handled."
        ),
        "transfer_rate": QCoreApplication.translate(
            "KpiFormat", "Contacts you transferred, of the contacts handled."
        ),
        "repeat_rate": QCoreApplication.translate(
            "KpiFormat", "Contacts from the same customer again within 7 days."
        ),
        "csat": QCoreApplication.translate(
            "KpiFormat", "Ratings of 4 or 5, of all ratings (1 to 5); unrated contacts left out."
        ),
        "nps": QCoreApplication.translate(
            "KpiFormat", "Promoters (9-10) minus detractors (0-6), in points."
        ),
        "ces": QCoreApplication.translate(
            "KpiFormat", 'Average answer to "easy to handle my issue" (1 to 7).'
        ),
        "adherence": QCoreApplication.translate(
            "KpiFormat", "Scheduled time you spent in the scheduled activity."
        ),
        "conformance": QCoreApplication.translate(
            "KpiFormat", "Time worked on queue, of the time scheduled on queue."
        ),
        "occupancy": QCoreApplication.translate(
            "KpiFormat", "Time on contacts, of the time available or on contacts."
        ),
        "handled": QCoreApplication.translate("KpiFormat", "Contacts you handled to the end."),
    }
    return texts.get(kpi, "")


def display(kpi: str, value: float) -> float:
    """``value`` in the unit the agent reads: percent for rates, minutes for durations
    (the chart's unit; the cards write durations as m:ss)."""
    if kpi in RATES:
        return value * 100.0
    if kpi in DURATIONS:
        return value / 60.0
    return value


def unit(kpi: str) -> str:
    """The chart's value axis for ``kpi``: its unit (the chart's title names the KPI)."""
    if kpi in RATES:
        return QCoreApplication.translate("KpiFormat", "Percent")
    if kpi in DURATIONS:
        return QCoreApplication.translate("KpiFormat", "Minutes")
    if kpi == "nps":
        return QCoreApplication.translate("KpiFormat", "Points")
    if kpi == "ces":
        return QCoreApplication.translate("KpiFormat", "Score (1-7)")
    return QCoreApplication.translate("KpiFormat", "Contacts")


def duration(seconds: float) -> str:
    """``372`` -> ``6:12``; an hour or more as ``1:02:03``."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def value_text(kpi: str, value: float | None, locale: QLocale | None = None) -> str:
    """The value as the card shows it; "–" when there is nothing to measure yet."""
    if value is None or not math.isfinite(value):
        return QCoreApplication.translate("KpiFormat", "–")
    here = locale or QLocale()
    if kpi in DURATIONS:
        return duration(value)
    if kpi in RATES:
        number = here.toString(value * 100.0, "f", 1 if abs(value) < 0.1 else 0)
        return QCoreApplication.translate("KpiFormat", "{0}%").format(number)
    if kpi == "nps":
        number = here.toString(round(value))
        return f"+{number}" if value > 0 else number
    if kpi == "ces":
        return here.toString(value, "f", 1)
    return here.toString(round(value))


def target_text(kpi: str, target: float, higher_is_better: bool) -> str:
    """ "Target ≥ 75%" or "Target ≤ 6:00"."""
    shown = value_text(kpi, target)
    if higher_is_better:
        return QCoreApplication.translate("KpiFormat", "Target ≥ {0}").format(shown)
    return QCoreApplication.translate("KpiFormat", "Target ≤ {0}").format(shown)


def verdict(value: float | None, target: float | None, higher_is_better: bool) -> Verdict:
    """Whether ``value`` meets ``target`` (``none``: no value or no target to judge)."""
    if value is None or target is None or not math.isfinite(value):
        return "none"
    met = value >= target if higher_is_better else value <= target
    return "good" if met else "attention"


def verdict_text(judged: Verdict) -> str:
    """The mark beside the colour (never colour alone): a symbol and a word."""
    if judged == "good":
        return QCoreApplication.translate("KpiFormat", "✓ On target")
    if judged == "attention":
        return QCoreApplication.translate("KpiFormat", "▲ Needs attention")
    return QCoreApplication.translate("KpiFormat", "No data yet")
