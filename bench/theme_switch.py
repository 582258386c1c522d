"""What switching between the light and the dark theme costs the running desk.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.theme_switch [--conversations N]``

The main window is built over a cache with N conversations (1,000 by default) and the
demo knowledge base, a conversation open, and shown at 1400x860. Printed, each the best
of five: filling the style sheet template, and a whole switch
(:meth:`desktop.ui.shell.theme.ThemeService.apply`: the live colours, the Qt palette, the
sheet, a repaint request for every widget) until the events it posts are processed.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.ui.shell import style
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.palettes import DARK, LIGHT
from desktop.ui.shell.theme import ThemeService
from desktop.ui.shell.window import MainWindow
from tests.ui import fill
from tests.ui.fill import Filler
from tests.ui.kb_fill import fill_kb


def best_ms(action: Callable[[], object], runs: int = 5) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--conversations", type=int, default=1_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setFont(style.app_font(app.font()))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cache-agent01.sqlite3"
        cache = Cache(path)
        cache.open()
        fill.bulk_conversations(path, args.conversations)
        filler = Filler(cache)
        fill_kb(filler)
        reader = CacheReader(path)
        window = MainWindow(reader, SyncBridge(), Ops())
        window.resize(1400, 860)
        window.show()
        QCoreApplication.processEvents()
        window.inbox.select_id(window.inbox_model.id_at(0))
        QCoreApplication.processEvents()
        themes = ThemeService(app, None, override="light")
        themes.apply()

        def switch() -> None:
            themes.override = "dark" if themes.palette is LIGHT else "light"
            themes.apply()
            QCoreApplication.processEvents()

        widgets = len(app.allWidgets())
        print(f"widgets in the application: {widgets}")
        print(f"fill the sheet template: {best_ms(lambda: style.load_theme(DARK)):.2f} ms")
        print(f"switch light <-> dark, repainted: {best_ms(switch, runs=10):.1f} ms")
        window.close()
        reader.close()
        cache.close()


if __name__ == "__main__":
    main()
