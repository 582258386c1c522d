"""The knowledge base's desk-side writes beyond replication: the search index's upgrade,
favourites, recently viewed articles and fetched images.

Replicated articles, scripts and votes are applied by their store declarations
(``desktop/store/kinds/knowledge.py``), which also keep the search index in step.
"""

from __future__ import annotations

import logging
import re
import sqlite3

from desktop.knowledge.index import KnowledgeIndex
from desktop.store.kinds.knowledge import to_article

log = logging.getLogger(__name__)

__all__ = [
    "ASSET_REF",
    "RECENT_LIMIT",
    "ensure_index",
    "mark_viewed",
    "missing_assets",
    "put_asset",
    "set_favourite",
    "to_article",
]


def ensure_index(conn: sqlite3.Connection) -> int:
    """Rebuild the search index if it was built by an older text analysis (a Frontline
    upgrade changed it). Returns how many articles were re-indexed (0: it was current)."""
    index = KnowledgeIndex(conn)
    if not index.stale:
        return 0
    count = index.rebuild()
    log.info("re-indexed %d knowledge articles for the new text analysis", count)
    return count


# --------------------------------------------------------------------------- desk-only


RECENT_LIMIT = 50
"""How many recently viewed articles the desk remembers."""


def _ids_of_slug(conn: sqlite3.Connection, slug: str) -> frozenset[int]:
    return frozenset(
        int(r[0]) for r in conn.execute("SELECT id FROM articles WHERE slug = ?", (slug,))
    )


def set_favourite(
    conn: sqlite3.Connection, slug: str, favourite: bool, now: float
) -> frozenset[int]:
    """Add or remove a favourite (desk-only, by slug); returns the article ids touched."""
    if favourite:
        conn.execute(
            "INSERT INTO favourites (slug, added_at) VALUES (?, ?) ON CONFLICT(slug) DO NOTHING",
            (slug, now),
        )
    else:
        conn.execute("DELETE FROM favourites WHERE slug = ?", (slug,))
    return _ids_of_slug(conn, slug)


def mark_viewed(conn: sqlite3.Connection, slug: str, now: float) -> frozenset[int]:
    """Remember that the agent opened an article (desk-only), keeping the newest
    :data:`RECENT_LIMIT`; returns the article ids touched."""
    conn.execute(
        "INSERT INTO recently_viewed (slug, viewed_at) VALUES (?, ?)"
        " ON CONFLICT(slug) DO UPDATE SET viewed_at = excluded.viewed_at",
        (slug, now),
    )
    conn.execute(
        "DELETE FROM recently_viewed WHERE slug NOT IN"
        " (SELECT slug FROM recently_viewed ORDER BY viewed_at DESC LIMIT ?)",
        (RECENT_LIMIT,),
    )
    return _ids_of_slug(conn, slug)


# ------------------------------------------------------------------ images (assets)

ASSET_REF = re.compile(r"asset:([0-9a-f]{64})")


def missing_assets(conn: sqlite3.Connection) -> list[str]:
    """SHA-256s that synced article bodies reference and the cache does not hold yet."""
    wanted: set[str] = set()
    for (body,) in conn.execute("SELECT body FROM articles WHERE body LIKE '%asset:%'"):
        wanted.update(ASSET_REF.findall(str(body)))
    have = {str(r[0]) for r in conn.execute("SELECT sha256 FROM kb_assets")}
    return sorted(wanted - have)


def put_asset(
    conn: sqlite3.Connection, sha256: str, content_type: str, data: bytes, now: float
) -> frozenset[int]:
    """Store one fetched image; the ids of the articles that show it (to repaint)."""
    conn.execute(
        "INSERT OR REPLACE INTO kb_assets (sha256, content_type, data, fetched_at)"
        " VALUES (?, ?, ?, ?)",
        (sha256, content_type, data, now),
    )
    rows = conn.execute("SELECT id FROM articles WHERE body LIKE ?", (f"%asset:{sha256}%",))
    return frozenset(int(r[0]) for r in rows)
