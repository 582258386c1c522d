"""The My day page from build to first paint (issue 11 target: p95 < 100 ms).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.myday_paint [--runs N]``

Two fresh encrypted caches: an agent's, holding three weeks of their shifts (last week,
this week, next week; five nine-hour days of seven activities) and the centre's policy;
and a supervisor's, holding the same three weeks for 500 agents (7,500 shifts) and the
supervisor's own. Each run builds a :class:`SchedulePage` at 1024x640 with the desk's
style sheet, shows it and lets Qt run until the timeline has painted: the reads (today's
shifts, the week's, a day's reminders, the policy, presence, adherence figures), the
sentences, the layout and the paint. No server. Printed: p50, p95 and max per cache, and
for the supervisor the read of one day of everyone's shifts (``all_shifts``, what a team
view would load).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import tempfile
import time
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QByteArray, QEvent, QObject
from PySide6.QtWidgets import QApplication

from desktop.store import apply
from desktop.store.reader import CacheReader
from desktop.store.writer import CacheWriter
from desktop.ui.schedule.day import local_day, monday_of
from desktop.ui.schedule.page import SchedulePage
from desktop.ui.shell import style
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.pages import PageLinks
from protocol.frames import Event
from protocol.kinds.workforce import ShiftData, WorkforcePolicyData
from tests.ui.schedule.build import local, shift_at

ZONE = "Europe/Helsinki"
OWN = 1
NOW = time.time()


def shifts_for(agents: range) -> list[ShiftData]:
    """Three weeks (Monday to Friday, 08:00 local) for each of ``agents``."""
    monday = monday_of(local_day(NOW, ZoneInfo(ZONE))) - timedelta(weeks=1)
    days = [monday + timedelta(days=7 * w + d) for w in range(3) for d in range(5)]
    return [
        shift_at(agent * 100 + n + 1, agent, local(ZONE, day, 8), timezone=ZONE)
        for agent in agents
        for n, day in enumerate(days)
    ]


def fill(writer: CacheWriter, agents: range) -> int:
    entities: list[ShiftData | WorkforcePolicyData] = [WorkforcePolicyData()]
    entities += shifts_for(agents)
    seq = 0
    for at in range(0, len(entities), 1000):
        part = entities[at : at + 1000]
        batch = [Event(seq=seq + 1 + i, kind=e.kind, id=e.id, data=e) for i, e in enumerate(part)]
        seq += len(batch)
        upto = seq
        writer.call(partial(apply.apply_events, events=batch, upto=upto))
    return len(entities) - 1


class Painted(QObject):
    """Notes when the watched widget has painted."""

    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(app: QApplication, reader: CacheReader, runs: int) -> list[float]:
    took: list[float] = []
    links, ops = PageLinks(), Ops()
    state = f"agent={OWN}".encode()

    gc.collect()
    gc.freeze()
    gc.disable()
    for run in range(runs + 2):  # the first two warm the caches up
        gc.collect(1)
        watcher = Painted()
        started = time.perf_counter()
        page = SchedulePage(reader, links, ops, zone=ZoneInfo(ZONE))
        page.restore_state(QByteArray(state))
        page.today.timeline.installEventFilter(watcher)
        page.resize(1024, 640)
        page.show()
        while watcher.at is None:
            app.processEvents()
        if run >= 2:
            took.append((watcher.at - started) * 1000)
        assert page.today.timeline.blocks, "the agent has a shift today (run on a weekday)"
        page.stop()
        page.hide()
        page.deleteLater()
        app.processEvents()
    gc.enable()
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setFont(style.app_font(app.font()))
    app.setStyleSheet(style.load_theme())
    if date.today().weekday() >= 5:
        print("note: run on a weekday, the bench's shifts are Monday to Friday")
    for label, agents in (("agent", range(OWN, OWN + 1)), ("supervisor", range(OWN, OWN + 501))):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "cache.sqlite3"
            writer = CacheWriter(path)
            writer.start()
            count = fill(writer, agents)
            reader = CacheReader(path)
            took = measure(app, reader, args.runs)
            print(
                f"My day first paint, {label} cache ({count} shifts), {len(took)} runs: "
                f"p50 {statistics.median(took):.1f} ms, p95 {percentile(took, 0.95):.1f} ms, "
                f"max {max(took):.1f} ms"
            )
            if label == "supervisor":
                day = local_day(NOW, ZoneInfo(ZONE))
                start = local(ZONE, day, 0)
                reads = []
                for _ in range(10):
                    begun = time.perf_counter()
                    found = reader.all_shifts(start, start + 86_400)
                    reads.append((time.perf_counter() - begun) * 1000)
                print(
                    f"  all_shifts for one day ({len(found)} shifts): "
                    f"p50 {statistics.median(reads):.1f} ms"
                )
            reader.close()
            writer.stop()


if __name__ == "__main__":
    main()
