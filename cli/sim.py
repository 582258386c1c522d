"""``frontline sim``: drive a server with simulated customer contacts over the intake API.

Deterministic for a ``--seed``; prints one JSON summary line on stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any


def register(subparsers: Any) -> None:
    """Add ``sim`` to the ``frontline`` parser."""
    parser = subparsers.add_parser("sim", help="send simulated customer contacts to a server")
    parser.add_argument("--server", required=True, help="server URL, e.g. http://127.0.0.1:8765")
    parser.add_argument("--chats", type=int, default=5, help="chat contacts")
    parser.add_argument("--emails", type=int, default=5, help="email contacts")
    parser.add_argument("--calls", type=int, default=5, help="phone contacts")
    parser.add_argument("--rate", type=float, default=5.0, help="messages per second (0 = max)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (deterministic)")
    parser.add_argument(
        "--messages-per-contact", type=int, default=2, metavar="K", help="messages per contact"
    )
    parser.add_argument("--intake-key", default=None, help="X-Intake-Key, if the server needs it")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Run the simulation and print its summary; exit 1 if any message failed."""
    from server.channels.simulator import run_http

    for name in ("chats", "emails", "calls"):
        if getattr(args, name) < 0:
            print(f"--{name} must not be negative", file=sys.stderr)
            return 2
    if args.messages_per_contact < 1:
        print("--messages-per-contact must be at least 1", file=sys.stderr)
        return 2
    summary = asyncio.run(
        run_http(
            args.server,
            chats=args.chats,
            emails=args.emails,
            calls=args.calls,
            rate=args.rate,
            seed=args.seed,
            per_contact=args.messages_per_contact,
            intake_key=args.intake_key,
        )
    )
    sys.stdout.write(json.dumps(summary.as_json(), ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return 1 if summary.errors else 0
