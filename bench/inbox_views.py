"""Benchmark of the calm inbox on a large cache: views, counts, sorts, mentions, merges.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.inbox_views
[--conversations N] [--messages N]``

A cache (SQLCipher, as the desk's) gets N conversations (100,000 by default; a third
assigned to the agent, a third unassigned) and M messages (500,000; one in twenty an
internal note, one note in ten mentioning the agent). Printed, each the best of five:
building the model for each view and sort (the keys the model keeps), the three indexed
view counts, the full mentions scan (once per sign-in) and the per-batch one for 50
conversations, and freezing 100 arrivals then merging them.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.models.changes import Changes
from desktop.store import apply
from desktop.store.cache import Cache
from desktop.store.connection import open_connection
from desktop.store.keyfile import file_key
from desktop.store.reader import CacheReader
from desktop.ui.inbox.model import InboxModel
from desktop.ui.inbox.state import InboxAgent, InboxChoice
from tests.ui import fill

ME = 7
HANDLES = ("@agent01", "@Agent One")


def best_ms(action: Callable[[], object], runs: int = 5) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return min(timings)


def build(path: Path, conversations: int, messages: int) -> None:
    cache = Cache(path)
    cache.open()
    cache.close()
    fill.bulk_conversations(path, conversations)
    rng = random.Random(11)
    conn = open_connection(path, file_key(path))
    conn.execute("BEGIN")
    conn.execute(
        "UPDATE conversations SET assignee_id = CASE id % 3 WHEN 0 THEN ? WHEN 1 THEN NULL"
        " ELSE 8 END",
        (ME,),
    )
    rows = []
    for mid in range(1, messages + 1):
        cid = rng.randrange(1, conversations + 1)
        kind = rng.random()
        if kind < 0.05:
            body = "@agent01 please look" if rng.random() < 0.1 else "internal: checked the order"
            direction = "note"
        else:
            body = f"Message {mid} about order {rng.randrange(10**6)}"
            direction = "in" if kind < 0.6 else "out"
        rows.append((mid, cid, direction, "someone", None, body, 1.7e9 + mid, None))
    cols = apply._COLUMNS["message"]
    marks = ",".join("?" for _ in cols)
    conn.executemany(f"INSERT INTO messages ({','.join(cols)}) VALUES ({marks})", rows)
    conn.execute("COMMIT")
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--messages", type=int, default=500_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    del app
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cache-agent01.sqlite3"
        start = time.perf_counter()
        build(path, args.conversations, args.messages)
        print(
            f"cache: {args.conversations:,} conversations, {args.messages:,} messages"
            f" (built in {time.perf_counter() - start:.1f} s)"
        )
        reader = CacheReader(path)
        try:
            run(reader, path)
        finally:
            reader.close()


def run(reader: CacheReader, path: Path) -> None:
    model = InboxModel(reader)
    agent = InboxAgent(ME, "agent01", "Agent One", frozenset({1, 2}))
    print(f"model, all, latest activity (start-up): {best_ms(lambda: InboxModel(reader)):.1f} ms")
    print(f"  of which SLA timers of every open conversation: {best_ms(reader.sla_timers):.1f} ms")
    print(f"mentions, full scan at sign-in: {best_ms(lambda: reader.mentions(HANDLES)):.1f} ms")
    model.set_agent(agent)
    ids = list(range(1, 51))
    print(f"mentions, 50 conversations: {best_ms(lambda: reader.mentions(HANDLES, ids)):.2f} ms")
    print(
        "view counts (mine, unassigned, all):"
        f" {best_ms(lambda: reader.view_counts(ME, agent.queue_ids)):.1f} ms"
    )
    for view in ("mine", "unassigned", "all", "mentions"):
        for sort in ("activity", "waiting", "sla"):
            timings = []
            for _ in range(5):
                model.set_choice(InboxChoice(view="mine", statuses=frozenset({"snoozed"})))
                start = time.perf_counter()
                model.set_choice(InboxChoice(view=view, sort=sort))
                timings.append((time.perf_counter() - start) * 1000)
            took = min(timings)
            print(f"  view {view:<10} sort {sort:<8}: {took:7.1f} ms ({model.rowCount():,} rows)")
    model.set_choice(InboxChoice())
    arrivals = add_arrivals(path, 100)
    model.set_interacting(True)
    held = best_ms(lambda: model.on_changes(arrivals), runs=1)
    print(f"100 arrivals while frozen: {held:.1f} ms ({model.pending_new()} waiting)")
    merged = best_ms(model.merge_pending, runs=1)
    print(f"merging them: {merged:.1f} ms")


def add_arrivals(path: Path, count: int) -> Changes:
    """``count`` new conversations, newer than every other, written behind the reader."""
    conn = open_connection(path, file_key(path))
    top = int(conn.execute("SELECT max(id) FROM conversations").fetchone()[0])
    newest = float(conn.execute("SELECT max(last_message_at) FROM conversations").fetchone()[0])
    cols = apply._COLUMNS["conversation"]
    rows = [
        (cid, 1, cid, f"New {cid}", "chat", "open", "", "en", None, *(newest + i,) * 3, "new", 1)
        for i, cid in enumerate(range(top + 1, top + count + 1), 1)
    ]
    conn.execute("BEGIN")
    conn.executemany(
        f"INSERT INTO conversations ({','.join(cols)}) VALUES ({','.join('?' for _ in cols)})",
        rows,
    )
    conn.execute("COMMIT")
    conn.close()
    return Changes(conversations=range(top + 1, top + count + 1))


if __name__ == "__main__":
    main()
