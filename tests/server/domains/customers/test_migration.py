"""Revision 0011 on a database made before customer profiles: existing customers get
their e-mail, phone and ref as identities (the first holder keeps a shared handle) and
their search terms, so they are found like new ones; the downgrade takes it all out."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

import server.app  # noqa: F401 - every domain's tables on the shared metadata
from server.db.engine import MIGRATIONS_DIR
from server.db.metadata import metadata
from tests.support import pg

AINO_PHONE = "+358 40 123 4567"


def _database(tmp_path: Path) -> str:
    """A fresh database's synchronous URL: a SQLite file, or a PostgreSQL database of the
    test cluster when the tests run on PostgreSQL."""
    if pg.on_postgres():
        return pg.new_database().replace("postgresql://", "postgresql+psycopg://", 1)
    return f"sqlite:///{tmp_path / 'old.sqlite'}"


def _migrate(url: str, revision: str, *, down: bool = False) -> None:
    engine = sa.create_engine(url)
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
    url = _database(tmp_path)
    _migrate(url, "0010")
    engine = sa.create_engine(url)
    insert = sa.text(
        "INSERT INTO customers (id, ref, name, email, phone, language)"
        " VALUES (:id, :ref, :name, :email, :phone, :language)"
    )
    names = ("id", "ref", "name", "email", "phone", "language")
    rows = [
        (1, "Aino.V@Example.FI", "Aino Virtanen", "Aino.V@Example.FI", "+358 40 123 4567", "fi"),
        (2, "+358401234567", "Caller", None, "+358401234567", "fi"),  # same phone
        (3, "visitor-77", "王小明", "not an address", "12", "zh-Hans"),
    ]
    try:
        with engine.begin() as conn:
            conn.execute(insert, [dict(zip(names, row, strict=True)) for row in rows])
        _migrate(url, "0011")
        with engine.connect() as conn:
            identities = conn.execute(
                sa.text("SELECT customer_id, type, value FROM customer_identities ORDER BY id")
            ).all()
            assert [tuple(r) for r in identities] == [
                (1, "email", "aino.v@example.fi"),
                (1, "phone", "+358401234567"),
                (3, "chat", "visitor-77"),
            ]
            mirror = conn.execute(
                sa.text("SELECT identities, tags, updated_at FROM customers WHERE id = 1")
            )
            assert tuple(mirror.one()) == (
                '[["email", "aino.v@example.fi"], ["phone", "+358401234567"]]',
                "[]",
                0,
            )
            terms = {
                tuple(r)
                for r in conn.execute(
                    sa.text("SELECT term, customer_id, field FROM customer_search")
                )
            }
        assert ("aino", 1, "name") in terms
        assert ("aino.v@example.fi", 1, "email") in terms
        assert ("4012", 1, "phone") not in terms  # suffixes, found by a prefix scan
        assert ("401234567", 1, "phone") in terms
        assert ("401234567", 2, "phone") in terms  # its own phone column: still found
        assert ("小明", 3, "name") in terms
        assert ("visitor-77", 3, "chat") in terms
        _migrate(url, "0010", down=True)
        inspector = sa.inspect(engine)
        tables = set(inspector.get_table_names())
        assert not {"customer_identities", "customer_notes", "customer_search"} & tables
        assert "identities" not in {c["name"] for c in inspector.get_columns("customers")}
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM customers")).scalar() == 3
    finally:
        engine.dispose()
