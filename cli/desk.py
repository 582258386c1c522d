"""``frontline`` alone and ``frontline desk``: open the agent desk.

Without ``--server`` the desk starts its own local server with demo data (the embedded
default) and signs in as a demo agent. Qt is imported only when the desk actually opens,
so the other subcommands stay light.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    """Add ``desk`` to the ``frontline`` parser."""
    parser = subparsers.add_parser("desk", help="open the agent desk (the default)")
    parser.add_argument(
        "--server", metavar="URL", help="a Frontline server; default: start a local one"
    )
    parser.add_argument("--user", metavar="U", help="username to sign in with")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        help="where the cache (and the local server's database) live; "
        "default: the user data directory",
    )
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        type=Path,
        help="save a PNG of the window once the inbox is painted and synced, then quit",
    )
    parser.add_argument(
        "--knowledge",
        metavar="QUERY",
        help="start on the Knowledge view, searching for QUERY and showing the best article",
    )
    parser.add_argument(
        "--page",
        choices=("inbox", "customer", "knowledge", "schedule", "kpi", "team"),
        help="start on this page (screenshots); customer shows the first conversation's customer",
    )
    parser.add_argument(
        "--theme",
        choices=("light", "dark"),
        help="wear this theme for this run (screenshots); default: the stored choice",
    )
    parser.add_argument(
        "--window-size",
        metavar="WxH",
        type=window_size,
        help="open the window at this size for this run, e.g. 1024x640 (screenshots)",
    )
    parser.add_argument(
        "--no-keyring",
        action="store_true",
        help="keep the session token in memory only (sign in again next time)",
    )
    parser.set_defaults(handler=run_default)


def window_size(text: str) -> tuple[int, int]:
    """``1024x640`` -> (1024, 640); between 320x240 and 7680x4320."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, like 1024x640: {text!r}")
    size = (int(width), int(height))
    if not (320 <= size[0] <= 7680 and 240 <= size[1] <= 4320):
        raise argparse.ArgumentTypeError(f"a size between 320x240 and 7680x4320: {text!r}")
    return size


def run_default(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    from desktop.app import DeskOptions, main

    options = DeskOptions(
        server_url=getattr(args, "server", None),
        username=getattr(args, "user", None),
        data_dir=getattr(args, "data_dir", None),
        screenshot=getattr(args, "screenshot", None),
        knowledge_query=getattr(args, "knowledge", None),
        page=getattr(args, "page", None),
        use_keyring=not getattr(args, "no_keyring", False),
        theme=getattr(args, "theme", None),
        window_size=getattr(args, "window_size", None),
        started_at=started,
    )
    return main(options)
