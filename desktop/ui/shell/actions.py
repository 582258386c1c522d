"""What the desk's pages ask of the services the composition root gives them later.

The window exists before sign-in (the cache paints first), so the sync engine and the
cache writer arrive afterwards through ``set_actions`` and ``set_store``. These protocols
say exactly what a page may ask of them; ``SyncEngine`` and ``Cache`` satisfy them, and
no page imports either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from desktop.models.changes import Changes

if TYPE_CHECKING:  # pydantic is loaded with the sync engine, after the first paint
    from desktop.sync.commands import CommandClient
    from protocol.entities import ConversationStatus, VoteValue
    from protocol.frames import AgentInfo


class DeskActions(Protocol):
    """Conversation work through the outbox (``SyncEngine`` satisfies it)."""

    async def send_reply(
        self, conversation_id: int, body: str, *, internal: bool = False
    ) -> int: ...

    async def set_status(self, conversation_id: int, status: ConversationStatus) -> int: ...


class KnowledgeActions(Protocol):
    """Knowledge work through the outbox (``SyncEngine`` satisfies it)."""

    async def vote(self, article_id: int, value: VoteValue, comment: str | None = None) -> int: ...


class CannedActions(Protocol):
    """The agent's personal canned replies through the outbox (``SyncEngine`` satisfies
    it). Both raise ``ValueError`` for a value the protocol refuses or a reply that is not
    the agent's own personal one; a server refusal comes back as a notice."""

    async def save_canned_reply(
        self,
        shortcut: str,
        title: str,
        variants: dict[str, str],
        reply_id: int | None = None,
    ) -> int: ...

    async def delete_canned_reply(self, reply_id: int) -> int: ...


class PresenceActions(Protocol):
    """Presence through the command path: the live session's command client and the
    signed-in agent (``SyncEngine`` satisfies it)."""

    commands: CommandClient
    agent: AgentInfo | None


class WindowActions(DeskActions, KnowledgeActions, CannedActions, PresenceActions, Protocol):
    """Everything the desk's pages ask of the sync engine (``SyncEngine`` satisfies it)."""


class KnowledgeStore(Protocol):
    """The desk-only knowledge writes (``desktop.store.cache.Cache`` satisfies it)."""

    async def set_favourite(self, slug: str, favourite: bool = True) -> Changes: ...

    async def mark_viewed(self, slug: str) -> Changes: ...
