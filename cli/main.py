"""Entry point of the ``frontline`` console script.

``frontline`` alone opens the desk on the embedded default. Each subcommand lives in its
own module with a ``register(subparsers)`` function, and imports its heavy dependencies
lazily so that, for example, ``frontline sim`` never loads Qt.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from cli import canned, cluster_cmd, desk, kb, server_cmd, sim, sync_cmd


def version() -> str:
    """The installed version, from package metadata (a frozen bundle ships it too)."""
    from importlib import metadata

    try:
        return metadata.version("frontline")
    except metadata.PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frontline", description="Frontline agent desk and its reference server."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    subparsers = parser.add_subparsers(dest="command")
    for module in (desk, server_cmd, cluster_cmd, sim, sync_cmd, kb, canned):
        module.register(subparsers)
    parser.set_defaults(handler=desk.run_default)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    result: int = args.handler(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
