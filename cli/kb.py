"""Placeholder: filled in by the owner of this subcommand."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    """Add this subcommand to the `frontline` parser."""
    del subparsers


def run(args: argparse.Namespace) -> int:
    del args
    return 0
