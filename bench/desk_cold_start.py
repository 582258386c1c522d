"""Desk cold start to a painted inbox with 100,000 cached conversations, and its memory.

Target (issue 2): < 1.5 s to a painted inbox, resident memory < 250 MB. A data dir gets a
cache file with 100,000 conversations; `frontline desk --data-dir DIR --screenshot PNG`
then starts as an agent would (embedded server included) under Qt's offscreen platform.
The desk logs when the inbox viewport first painted, both from `main()` and from process
creation (Python start-up and imports included). RSS is sampled every 5 ms; we report it
at the paint and at its peak until the desk quits (after syncing with the local server).
The cache is encrypted as the desk's always is; its key is in the 0600 file beside it (the
desk reads it there without asking a keyring, as on a machine without one).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from desktop.store.cache import Cache
from tests.ui.fill import bulk_conversations

COUNT = 100_000
PAINTED = re.compile(r"inbox painted (\d+) ms after start, (\d+) ms after process creation")


def prepare(data_dir: Path) -> None:
    cache = Cache(data_dir / "cache-agent01.sqlite3")
    cache.open()
    cache.close()
    bulk_conversations(cache.path, COUNT)


def run_once(data_dir: Path) -> tuple[int, int, float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, "-m", "cli.main", "desk", "--data-dir", str(data_dir)]
    cmd += ["--screenshot", str(data_dir / "shot.png")]
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
    watched = psutil.Process(proc.pid)
    peak = 0.0
    at_paint = 0.0
    painted: tuple[int, int] | None = None
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.005):
            try:
                peak = max(peak, watched.memory_info().rss / 2**20)
            except psutil.Error:
                return

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    assert proc.stderr is not None
    for line in proc.stderr:
        match = PAINTED.search(line)
        if match and painted is None:
            painted = (int(match.group(1)), int(match.group(2)))
            at_paint = peak
    proc.wait(120)
    done.set()
    sampler.join()
    if painted is None:
        raise RuntimeError("the desk never reported a painted inbox")
    return painted[0], painted[1], at_paint, peak


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        prepare(data_dir)
        started = time.perf_counter()
        runs = [run_once(data_dir) for _ in range(3)]
        total = time.perf_counter() - started
    print(f"cache: {COUNT:,} conversations; 3 launches in {total:.1f} s")
    for i, (from_main, from_exec, rss_paint, rss_peak) in enumerate(runs, 1):
        print(
            f"run {i}: painted {from_main} ms after main(), {from_exec} ms after process"
            f" creation; RSS {rss_paint:.0f} MB at paint, {rss_peak:.0f} MB peak"
        )
    print("targets: < 1,500 ms to a painted inbox, < 250 MB resident")


if __name__ == "__main__":
    main()
