"""What a batch of applied changes touched, so views refresh only that."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Notice:
    """Something the agent must be told, e.g. a reply the server refused and rolled back.

    ``kind`` says what happened (``reply_rejected``, ``status_rejected``); ``reason`` is
    the server's words. The UI turns both into a translated sentence.
    """

    kind: str
    reason: str
    conversation_id: int | None = None


@dataclass(frozen=True)
class Changes:
    """Ids of what one transaction changed in the cache.

    ``conversations``: conversation headers that were inserted, updated or deleted.
    ``messages_of``: conversations whose message list changed.
    ``reset``: the whole replica was replaced (snapshot); views reload everything.
    ``articles``: knowledge articles upserted or deleted (also when the agent's vote, a
    favourite or a view of them changed); ``scripts``: the call scripts changed.
    """

    conversations: frozenset[int] = frozenset()
    messages_of: frozenset[int] = frozenset()
    customers: frozenset[int] = frozenset()
    queues: bool = False
    agents: bool = False
    outbox: bool = False
    reset: bool = False
    articles: frozenset[int] = frozenset()
    scripts: bool = False
    notices: tuple[Notice, ...] = field(default=())

    def __bool__(self) -> bool:
        return bool(
            self.conversations
            or self.messages_of
            or self.customers
            or self.queues
            or self.agents
            or self.outbox
            or self.reset
            or self.articles
            or self.scripts
            or self.notices
        )

    def merge(self, other: Changes) -> Changes:
        """Both sets of changes as one, for coalescing bursts before a repaint."""
        return Changes(
            conversations=self.conversations | other.conversations,
            messages_of=self.messages_of | other.messages_of,
            customers=self.customers | other.customers,
            queues=self.queues or other.queues,
            agents=self.agents or other.agents,
            outbox=self.outbox or other.outbox,
            reset=self.reset or other.reset,
            articles=self.articles | other.articles,
            scripts=self.scripts or other.scripts,
            notices=self.notices + other.notices,
        )
