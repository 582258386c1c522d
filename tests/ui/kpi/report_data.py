"""A KPI report as the server would send it, for the tests that need one without a
server (the offline page, the formats) and for looking at the page in both themes."""

from __future__ import annotations

import math
import time

from protocol.kinds.workforce import DEFAULT_TARGETS, KPI_NAMES
from protocol.workforce import HistogramBin, KpiPeriod, KpiReport, KpiValue

DAY = 86_400.0

RAW = {
    "aht": 372.0,
    "fcr": 0.68,
    "transfer_rate": 0.06,
    "repeat_rate": 0.12,
    "csat": 0.9,
    "nps": 34.0,
    "ces": 5.2,
    "adherence": 0.95,
    "conformance": 0.97,
    "occupancy": 0.88,
    "handled": 23.0,
}


def period(label: str, start: float, end: float, scale: float = 1.0) -> KpiPeriod:
    values = []
    for kpi in KPI_NAMES:
        raw = RAW[kpi] * scale
        values.append(KpiValue(kpi=kpi, value=raw, numerator=raw, denominator=1.0, count=23))
    return KpiPeriod(label=label, start=start, end=end, values=values)


def sample_report(agent_id: int = 1, *, generated_at: float | None = None) -> KpiReport:
    """Today, this week, 30 days of trend (a gentle wave, one day with nothing) and a
    handle-time histogram."""
    now = generated_at if generated_at is not None else time.time()
    today = now - now % DAY
    trend = []
    for i in range(30):
        start = today - (29 - i) * DAY
        if i == 10:
            empty = [KpiValue(kpi=k, value=None) for k in KPI_NAMES]
            trend.append(KpiPeriod(label="day", start=start, end=start + DAY, values=empty))
            continue
        trend.append(period("day", start, start + DAY, 1.0 + 0.1 * math.sin(i / 3)))
    bins = [
        HistogramBin(low=b * 120.0, high=(b + 1) * 120.0, count=c)
        for b, c in enumerate((2, 7, 11, 6, 3, 1))
    ]
    return KpiReport(
        agent_id=agent_id,
        generated_at=now,
        timezone="UTC",
        today=period("today", today, today + DAY),
        week=period("week", today - 3 * DAY, today + 4 * DAY, 0.95),
        trend=trend,
        handle_times=bins,
        targets=list(DEFAULT_TARGETS),
    )
