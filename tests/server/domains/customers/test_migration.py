"""Revision 0011 on a database made before customer profiles: existing customers get
their e-mail, phone and ref as identities (the first holder keeps a shared handle) and
their search terms, so they are found like new ones; the downgrade takes it all out."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

import server.app  # noqa: F401 - every domain's tables on the shared metadata
from server.db.engine import MIGRATIONS_DIR
from server.db.metadata import metadata

AINO_PHONE = "+358 40 123 4567"


def _migrate(db: Path, revision: str, *, down: bool = False) -> None:
    engine = sa.create_engine(f"sqlite:///{db}")
    try:
        with engine.begin() as conn:
            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
            cfg.attributes["connection"] = conn
            cfg.attributes["metadata"] = metadata
            (command.downgrade if down else command.upgrade)(cfg, revision)
    finally:
        engine.dispose()


def test_existing_customers_get_identities_and_terms(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    _migrate(db, "0010")
    with sqlite3.connect(db) as conn:
        conn.executemany(
            "INSERT INTO customers (id, ref, name, email, phone, language) VALUES (?,?,?,?,?,?)",
            [
                (
                    1,
                    "Aino.V@Example.FI",
                    "Aino Virtanen",
                    "Aino.V@Example.FI",
                    "+358 40 123 4567",
                    "fi",
                ),
                (2, "+358401234567", "Caller", None, "+358401234567", "fi"),  # same phone
                (3, "visitor-77", "王小明", "not an address", "12", "zh-Hans"),
            ],
        )
    _migrate(db, "0011")
    with sqlite3.connect(db) as conn:
        identities = conn.execute(
            "SELECT customer_id, type, value FROM customer_identities ORDER BY id"
        ).fetchall()
        assert identities == [
            (1, "email", "aino.v@example.fi"),
            (1, "phone", "+358401234567"),
            (3, "chat", "visitor-77"),
        ]
        mirror = conn.execute("SELECT identities, tags, updated_at FROM customers WHERE id = 1")
        assert mirror.fetchone() == (
            '[["email", "aino.v@example.fi"], ["phone", "+358401234567"]]',
            "[]",
            0,
        )
        terms = set(conn.execute("SELECT term, customer_id, field FROM customer_search"))
        assert ("aino", 1, "name") in terms
        assert ("aino.v@example.fi", 1, "email") in terms
        assert ("4012", 1, "phone") not in terms  # suffixes, found by a prefix scan
        assert ("401234567", 1, "phone") in terms
        assert ("401234567", 2, "phone") in terms  # its own phone column: still found
        assert ("小明", 3, "name") in terms
        assert ("visitor-77", 3, "chat") in terms
    _migrate(db, "0010", down=True)
    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert not {"customer_identities", "customer_notes", "customer_search"} & tables
        columns = {r[1] for r in conn.execute("PRAGMA table_info(customers)")}
        assert "identities" not in columns
        assert conn.execute("SELECT count(*) FROM customers").fetchone() == (3,)
