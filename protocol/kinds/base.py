"""The base every replicated entity derives from.

An entity carries its full current state in every event (events are idempotent upserts
keyed by id), so a desk that sees the same event twice, or an older and a newer one out of
order within a replay, ends in the same place. Ids are the server's integers. ``kind`` is
each subclass's ``Literal`` discriminator; :mod:`protocol.entities` lists every kind.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class EntityBase(BaseModel):
    """A replicated entity: ``kind`` (a literal per subclass) and ``id``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: str
    id: int
