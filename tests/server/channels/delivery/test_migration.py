"""Revision 0017 on a database with messages from before delivery: old rows read as "no
delivery, no HTML, no files" through the server defaults (and map to entities), the
dispatcher's index and the attachments table exist; the downgrade takes them out. On the
database the tests run on (a fresh PostgreSQL database in the PostgreSQL pass)."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

import server.app  # noqa: F401 - every domain's tables on the shared metadata
from server.db.engine import MIGRATIONS_DIR
from server.db.metadata import metadata
from server.domains.conversations import tables as t
from server.domains.conversations.entities import message_from_row
from tests.support import pg


def _database(tmp_path: Path) -> str:
    """A synchronous SQLAlchemy URL of an empty database."""
    if pg.on_postgres():
        return pg.new_database().replace("postgresql://", "postgresql+psycopg://", 1)
    return f"sqlite:///{tmp_path / 'old.sqlite'}"


def _migrate(db: str, revision: str, *, down: bool = False) -> None:
    engine = sa.create_engine(db)
    try:
        with engine.begin() as conn:
            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
            cfg.attributes["connection"] = conn
            cfg.attributes["metadata"] = metadata
            (command.downgrade if down else command.upgrade)(cfg, revision)
    finally:
        engine.dispose()


def test_old_messages_read_without_delivery_and_downgrade_removes_it(tmp_path: Path) -> None:
    db = _database(tmp_path)
    _migrate(db, "0016")
    engine = sa.create_engine(db)
    try:
        with engine.begin() as conn:
            for sql in (
                "INSERT INTO queues (id, name) VALUES (1, 'General')",
                "INSERT INTO customers (id, ref, name) VALUES (1, 'aino', 'Aino')",
                "INSERT INTO conversations (id, queue_id, customer_id, channel, status,"
                " created_at, updated_at, last_message_at)"
                " VALUES (1, 1, 1, 'email', 'open', 1, 1, 1)",
                "INSERT INTO messages (id, conversation_id, direction, author_name, body,"
                " created_at) VALUES (1, 1, 'out', 'Agent', 'Sent before delivery existed', 2)",
            ):
                conn.execute(sa.text(sql))
    finally:
        engine.dispose()
    _migrate(db, "0017")
    engine = sa.create_engine(db)
    try:
        with engine.connect() as conn:
            row = conn.execute(sa.select(t.messages).where(t.messages.c.id == 1)).one()
            message = message_from_row(row)
            assert (message.delivery, message.delivery_error, message.delivery_attempts) == (
                None,
                "",
                0,
            )
            assert (message.html, message.quoted, message.attachments) == ("", "", [])
            assert row.next_attempt_at is None
            # The columns the server writes take what it gives them.
            conn.execute(
                sa.insert(t.attachments).values(
                    id=5,
                    sha256="0" * 64,
                    size=3,
                    content_type="text/plain",
                    name="a.txt",
                    message_id=1,
                    conversation_id=1,
                    created_at=3,
                )
            )
            assert conn.execute(
                sa.select(t.attachments.c.inline, t.attachments.c.content_id)
            ).one() == (False, "")
            conn.rollback()
        indexes = {i["name"] for i in sa.inspect(engine).get_indexes("messages")}
        assert "ix_messages_delivery_next" in indexes
    finally:
        engine.dispose()
    _migrate(db, "0016", down=True)
    engine = sa.create_engine(db)
    try:
        inspector = sa.inspect(engine)
        columns = {c["name"] for c in inspector.get_columns("messages")}
        assert not {"delivery", "next_attempt_at", "attachments", "html"} & columns
        assert "attachments" not in inspector.get_table_names()
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT body FROM messages")).all() == [
                ("Sent before delivery existed",)
            ]
    finally:
        engine.dispose()
