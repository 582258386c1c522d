"""The workforce cache tables (issue 11): shifts, swaps, time off, the centre's policy,
and the KPI reports and adherence days fetched over REST (kept for offline use)."""

from __future__ import annotations

import sqlite_utils


def create(db: sqlite_utils.Database) -> None:
    """Create the tables (``if_not_exists``: a cache set back and migrated again)."""
