"""``frontline canned``: shared canned replies kept as files, for supervisors.

One reply per file, YAML (``.yaml``/``.yml``) or JSON (``.json``), every language in it,
as ``resources/canned/`` shows::

    shortcut: order-number
    title: Ask for the order number
    queue: Delivery          # optional: absent means every queue
    variants:
      en: |
        Could you tell me your order number, {customer.first_name}? {{fill:where to find it}}
      fi: |
        ...

``frontline canned check PATH`` validates (exit 1 on any problem, for CI);
``frontline canned import PATH --server URL`` validates and sends every reply in one
request to ``POST /api/canned/import`` (supervisors only); ``--prune`` also deletes the
shared replies the files no longer hold. The files are checked with the protocol's own
models (the limits the server applies), each problem printed as ``file: reason``, and if
any file is bad nothing is sent: a broken file never leaves a centre's replies
half-imported, and never lets ``--prune`` delete the reply it was meant to hold.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    """Add ``canned`` and its subcommands to the ``frontline`` parser."""
    canned = subparsers.add_parser("canned", help="shared canned replies kept as files")
    canned.set_defaults(handler=_usage(canned))
    commands = canned.add_subparsers(dest="canned_command")
    check = commands.add_parser("check", help="validate canned-reply files (exit 1 on a problem)")
    check.add_argument("path", metavar="FOLDER_OR_FILE", help="a reply file or a folder of them")
    check.set_defaults(handler=run_check)
    load = commands.add_parser(
        "import", help="load canned-reply files into a Frontline server (supervisors)"
    )
    load.add_argument("path", metavar="FOLDER_OR_FILE", help="a reply file or a folder of them")
    load.add_argument("--server", required=True, help="server URL, e.g. http://127.0.0.1:8765")
    load.add_argument("--user", default="supervisor01", help="a supervisor's username")
    load.add_argument(
        "--prune", action="store_true", help="delete shared replies the files no longer hold"
    )
    load.set_defaults(handler=run_import)


def _usage(parser: argparse.ArgumentParser) -> Any:
    def show(args: argparse.Namespace) -> int:
        del args
        parser.print_help()
        return 2

    return show


def run_check(args: argparse.Namespace) -> int:
    """Print each problem as ``file: reason``; 0 when every file is good, 1 otherwise,
    2 when the path does not exist."""
    import sys

    from cli.canned_import import CannedPathError, load_path

    try:
        loaded = load_path(args.path)
    except CannedPathError as exc:
        print(f"frontline canned check: {exc}", file=sys.stderr)
        return 2
    for problem in loaded.problems:
        print(f"{problem.file}: {problem.reason}", file=sys.stderr)
    print(f"{len(loaded.replies)} replies; {len(loaded.problems)} problem(s)")
    return 1 if loaded.problems else 0


def run_import(args: argparse.Namespace) -> int:
    """Check, sign in, post; print a JSON summary. Exit 0: imported; 1: bad files or
    replies the server refused (nothing imported); 2: refused (sign-in, not a supervisor,
    no such path); 3: the server could not be reached."""
    import json
    import os
    import sys
    from getpass import getpass

    from cli.canned_import import import_path
    from cli.import_post import ImportFailedError

    password = os.environ.get("FRONTLINE_PASSWORD") or getpass(f"Password for {args.user}: ")
    try:
        summary = import_path(args.path, args.server, args.user, password, prune=args.prune)
    except ImportFailedError as exc:
        print(f"frontline canned import: {exc}", file=sys.stderr)
        return exc.exit_code
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 1 if summary["problems"] else 0
