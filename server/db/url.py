"""What ``frontline server --db`` accepts: a SQLite file path or a PostgreSQL URL.

``postgresql://user:pass@host/db`` (the form ``psql`` and every PostgreSQL tool takes),
``postgresql+asyncpg://...`` and ``postgres://...`` all name the same database; the server
runs on asyncpg and Alembic on psycopg 3. Anything without ``://`` is a SQLite file.
"""

from __future__ import annotations

import sqlalchemy as sa

POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+asyncpg", "postgresql+psycopg")


def is_url(text: str) -> bool:
    """Whether ``--db`` was given a URL rather than a file path."""
    return "://" in text


def postgres_url(text: str) -> str:
    """The asyncpg URL of a PostgreSQL URL in any of its spellings; ``ValueError`` for
    other schemes (the message names what is accepted)."""
    scheme, sep, rest = text.partition("://")
    if not sep or scheme.lower() not in POSTGRES_SCHEMES:
        raise ValueError(
            f"--db {redacted(text)}: a database URL must start with postgresql:// "
            "(or postgresql+asyncpg://); anything else is a SQLite file path"
        )
    url = sa.engine.make_url(f"postgresql+asyncpg://{rest}")
    if not url.database:
        raise ValueError(f"--db {redacted(text)}: the URL names no database")
    return url.render_as_string(hide_password=False)


def redacted(text: str) -> str:
    """``text`` with any password replaced by ``***`` (for logs and error messages)."""
    try:
        return sa.engine.make_url(text).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - unparsable: say nothing of it but its scheme
        return text.partition("://")[0] + "://..."
