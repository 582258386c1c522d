"""``frontline sync``: sync a cache without a window and print what it holds."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    """Add ``sync`` to the ``frontline`` parser."""
    parser = subparsers.add_parser("sync", help="sync a desk cache without a window")
    parser.add_argument("--server", required=True, help="server URL, e.g. http://127.0.0.1:8000")
    parser.add_argument("--user", required=True, help="agent username")
    parser.add_argument("--data-dir", required=True, type=Path, help="where the cache lives")
    parser.add_argument(
        "--until-idle",
        action="store_true",
        help="exit once caught up and the outbox is empty (default: run until Ctrl-C)",
    )
    parser.add_argument("--timeout", type=float, default=None, help="give up after S seconds")
    parser.add_argument(
        "--reply",
        action="append",
        default=[],
        metavar="CONVERSATION_ID=TEXT",
        help="queue a reply before syncing (repeatable)",
    )
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    parser.add_argument(
        "--no-keyring",
        action="store_true",
        help="keep the cache key in a 0600 file beside the cache, not in the OS keyring",
    )
    parser.set_defaults(handler=run)


def _replies(specs: list[str]) -> list[tuple[int, str]]:
    replies = []
    for spec in specs:
        conversation, sep, text = spec.partition("=")
        if not sep or not conversation.strip().isdigit() or not text:
            raise SystemExit(f"frontline sync: --reply wants CONVERSATION_ID=TEXT, got {spec!r}")
        replies.append((int(conversation), text))
    return replies


def run(args: argparse.Namespace) -> int:  # noqa: PLR0911 - one exit code per failure
    from desktop.sync.auth import ServerUnreachableError, SignInError, TooManyAttemptsError
    from desktop.sync.cache_key import CacheKeyUnavailableError
    from desktop.sync.engine import AuthExpiredError
    from desktop.sync.headless import HeadlessRun, run_headless

    password = os.environ.get("FRONTLINE_PASSWORD") or getpass.getpass(
        f"Password for {args.user}: "
    )
    job = HeadlessRun(
        server_url=args.server,
        username=args.user,
        password=password,
        data_dir=args.data_dir,
        until_idle=args.until_idle,
        timeout=args.timeout,
        replies=_replies(args.reply),
        use_keyring=not args.no_keyring,
    )
    try:
        counts = asyncio.run(run_headless(job))
    except (SignInError, TooManyAttemptsError) as exc:
        print(f"frontline sync: sign-in failed: {exc}", file=sys.stderr)
        return 2
    except ServerUnreachableError as exc:
        print(f"frontline sync: {exc}", file=sys.stderr)
        return 3
    except AuthExpiredError as exc:
        print(f"frontline sync: the server ended the session: {exc}", file=sys.stderr)
        return 4
    except TimeoutError as exc:
        print(f"frontline sync: {exc}", file=sys.stderr)
        return 5
    except CacheKeyUnavailableError as exc:
        print(f"frontline sync: {exc}", file=sys.stderr)
        return 6
    except KeyboardInterrupt:
        return 130
    if args.json:
        print(json.dumps(counts))
    else:
        for key, value in counts.items():
            print(f"{key:>14}: {value}")
    return 0
