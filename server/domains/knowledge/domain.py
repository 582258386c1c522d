"""The knowledge domain's registration: published articles, call scripts and each agent's
own votes; the vote mutation; import, images and the public article page."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from protocol.entities import ArticleData, ScriptData, VoteData
from server.core.registry import Domain, KindRegistration
from server.core.visibility import Viewer
from server.domains.knowledge import assets, public, router, votes
from server.domains.knowledge import tables as t
from server.domains.knowledge.entities import article_from_row, script_from_row, vote_from_row


def _published(_viewer: Viewer) -> sa.Select[Any]:
    a = t.articles
    return sa.select(a).where(a.c.status == "published").order_by(a.c.id)


def _scripts(_viewer: Viewer) -> sa.Select[Any]:
    return sa.select(t.scripts).order_by(t.scripts.c.id)


def _own_votes(viewer: Viewer) -> sa.Select[Any]:
    v = t.votes
    return sa.select(v).where(v.c.agent_id == viewer.agent_id).order_by(v.c.id)


DOMAIN = Domain(
    name="knowledge",
    kinds=(
        KindRegistration(ArticleData, t.articles, article_from_row, _published, "everyone"),
        KindRegistration(ScriptData, t.scripts, script_from_row, _scripts, "everyone"),
        KindRegistration(VoteData, t.votes, vote_from_row, _own_votes, "agent"),
    ),
    mutations={"vote": votes.vote},
    # Images before the article page: /kb/assets/{sha} must not be taken for a slug.
    routers=(router.router, assets.api, assets.public, public.router),
)
