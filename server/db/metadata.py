"""The one ``MetaData`` every table of the server belongs to, and the ``meta`` key-value
table the database keeps about itself (epoch, retention floor, intake secret).

Tables are declared where their owner lives (``server/core/tables.py`` for the house's
own, ``server/domains/<domain>/tables.py`` for each domain's) and attach to this one
object, so Alembic and ``create_all`` see the whole schema once every domain is imported
(the composition root, :mod:`server.app`, imports them all before migrating).

Core (not the ORM) because the server mostly moves rows into JSON and bulk inserts seed
data; identity maps would only cost time. Types are dialect-neutral so the same schema
runs on PostgreSQL for scale-out. Times are UNIX float seconds, UTC.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

meta = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String(100), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)
