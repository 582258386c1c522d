"""Every kind of entity the server replicates to desks: the one registry.

Adding a kind of synced data starts here: declare its model in its domain's module under
``protocol/kinds/`` and add the class to :data:`ENTITY_MODELS`. Everything else that must
know the set of kinds derives it from this tuple: the wire union that parses events and
snapshots (:data:`EntityData`), :data:`ENTITY_KINDS`, the server's registrations and the
desk's store declarations (a test fails when a kind is registered on one side only).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union, get_args

from pydantic import Field

from protocol.kinds.base import EntityBase
from protocol.kinds.calls import CallData
from protocol.kinds.canned import CannedReplyData
from protocol.kinds.complaints import ComplaintData, FollowupTaskData
from protocol.kinds.conversations import (
    AgentData,
    Channel,
    ConversationData,
    ConversationStatus,
    Language,
    MessageData,
    MessageDirection,
    QueueData,
)
from protocol.kinds.customers import CustomerData, CustomerNoteData
from protocol.kinds.knowledge import (
    MAX_VOTE_COMMENT_CHARS,
    ArticleData,
    ArticleStatus,
    ScriptData,
    VoteData,
    VoteValue,
)
from protocol.kinds.presence import PresenceData, PresenceState
from protocol.kinds.routing import (
    CallbackData,
    OfferData,
    QueueRoutingData,
    RoutingProfileData,
)
from protocol.kinds.workforce import ShiftData, SwapData, TimeOffData, WorkforcePolicyData

ENTITY_MODELS: tuple[type[EntityBase], ...] = (
    QueueData,
    AgentData,
    CustomerData,
    ConversationData,
    MessageData,
    ArticleData,
    ScriptData,
    VoteData,
    PresenceData,
    CallData,
    QueueRoutingData,
    RoutingProfileData,
    OfferData,
    CallbackData,
    CannedReplyData,
    CustomerNoteData,
    ComplaintData,
    FollowupTaskData,
    WorkforcePolicyData,
    ShiftData,
    SwapData,
    TimeOffData,
)
"""Every replicated kind, in the order a snapshot sends them (parents before children)."""


def kind_name(model: type[EntityBase]) -> str:
    """The ``kind`` literal of an entity model."""
    (name,) = get_args(model.model_fields["kind"].annotation)
    return str(name)


ENTITY_KINDS: tuple[str, ...] = tuple(kind_name(m) for m in ENTITY_MODELS)
MODEL_BY_KIND: dict[str, type[EntityBase]] = {kind_name(m): m for m in ENTITY_MODELS}

if TYPE_CHECKING:
    EntityData = EntityBase
else:
    EntityData = Annotated[Union[ENTITY_MODELS], Field(discriminator="kind")]  # noqa: UP007

__all__ = [
    "ENTITY_KINDS",
    "ENTITY_MODELS",
    "MAX_VOTE_COMMENT_CHARS",
    "MODEL_BY_KIND",
    "AgentData",
    "ArticleData",
    "ArticleStatus",
    "CallData",
    "CallbackData",
    "CannedReplyData",
    "Channel",
    "ComplaintData",
    "ConversationData",
    "ConversationStatus",
    "CustomerData",
    "CustomerNoteData",
    "EntityBase",
    "EntityData",
    "FollowupTaskData",
    "Language",
    "MessageData",
    "MessageDirection",
    "OfferData",
    "PresenceData",
    "PresenceState",
    "QueueData",
    "QueueRoutingData",
    "RoutingProfileData",
    "ScriptData",
    "VoteData",
    "VoteValue",
    "kind_name",
]
