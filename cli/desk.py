"""``frontline`` alone and ``frontline desk``: open the agent desk."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    """Add ``desk`` to the ``frontline`` parser."""
    parser = subparsers.add_parser("desk", help="open the agent desk (the default)")
    parser.set_defaults(handler=run_default)


def run_default(args: argparse.Namespace) -> int:
    del args
    return 0
