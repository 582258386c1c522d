"""What a domain registers with the house, and the registry the composition root builds.

A domain (``server/domains/<name>/``) hands the house one :class:`Domain` value: per kind
of synced data it owns, a :class:`KindRegistration` (its ``protocol.entities`` model,
its table, how a row becomes the entity, which rows a viewer may see, its visibility
scope); a handler per mutation op and per command it answers; and its REST routers.
:class:`Registry` puts the domains together once (duplicates and kinds the protocol does
not know are refused at startup) and is what the snapshot, mutation dispatch, command
dispatch and the app read: none of them names a domain or a kind.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import sqlalchemy as sa
from fastapi import APIRouter
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.commands import CommandAnswer, CommandArgs
from protocol.entities import ENTITY_KINDS, EntityBase, kind_name
from protocol.frames import client_ref
from server.core.eventlog import Draft
from server.core.visibility import Viewer

if TYPE_CHECKING:
    from server.core.context import ServerContext

Row = Any  # sqlalchemy Row with named columns
Scope = Literal["everyone", "queue", "agent"]
"""Who receives a kind's events: every desk, the queue's members (and supervisors), or
one agent; the snapshot query of the kind must select the same rows."""


@dataclass(frozen=True)
class KindRegistration:
    """Everything the server needs to replicate one kind of entity."""

    model: type[EntityBase]
    """The kind's model, one of ``protocol.entities.ENTITY_MODELS``."""
    table: sa.Table
    """The table its rows live in."""
    to_entity: Callable[[Row], EntityBase]
    """A row of :attr:`visible_rows` as the entity (events and REST use it too)."""
    visible_rows: Callable[[Viewer], sa.Select[Any]]
    """The rows ``viewer`` may see, in id order: the kind's part of a snapshot."""
    scope: Scope

    @property
    def kind(self) -> str:
        """The wire name of the kind (``"conversation"``)."""
        return kind_name(self.model)


class MutationRefusedError(Exception):
    """A mutation handler's way to refuse (the desk gets ``reject`` and rolls back).

    Raise it before writing anything: the mutation's id is still recorded in the same
    transaction, so whatever the handler wrote before refusing would be committed."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class MutationCall:
    """Who sent a mutation: the viewer, the name their replies carry, their desk."""

    viewer: Viewer
    author: str
    client_id: str
    mutation_id: int

    @property
    def client_ref(self) -> str:
        """The reference colleagues see on what this mutation creates (a hash of the id)."""
        return client_ref(self.client_id, self.mutation_id)


MutationHandler = Callable[[AsyncConnection, MutationCall, Any], Awaitable[list[Draft]]]
"""Apply one op (a ``protocol.frames`` mutation op) in the write transaction; the events
it makes. Raises :class:`MutationRefusedError`."""

CommandHandler = Callable[["ServerContext", Viewer, CommandArgs], Awaitable[CommandAnswer]]
"""Answer one command (its arguments already validated against its ``CommandSpec``);
raises :class:`server.core.commands.CommandRefusedError` to say no."""

AgentHook = Callable[["ServerContext", int], Awaitable[None]]
"""Run with an agent's id when they come back or go away (``server.core.connections``)."""


@dataclass(frozen=True)
class Domain:
    """One domain's registration: see the module doc and ``server/domains/README.md``."""

    name: str
    kinds: tuple[KindRegistration, ...] = ()
    mutations: Mapping[str, MutationHandler] = field(default_factory=dict)
    """Handlers by op name (the op model's ``op`` literal, e.g. ``"reply"``)."""
    commands: Mapping[str, CommandHandler] = field(default_factory=dict)
    """Handlers by command name (``protocol.commands.COMMANDS``)."""
    routers: tuple[APIRouter, ...] = ()
    on_agent_back: AgentHook | None = None
    """The agent connected again after being away (or for the first time)."""
    on_agent_away: AgentHook | None = None
    """The agent signed out, or stayed disconnected for the grace period."""


class Registry:
    """Every domain of one server: kinds in snapshot order, mutation and command handlers."""

    def __init__(self, domains: Iterable[Domain]) -> None:
        self.domains = tuple(domains)
        kinds: dict[str, KindRegistration] = {}
        self.mutations: dict[str, MutationHandler] = {}
        self.commands: dict[str, CommandHandler] = {}
        for domain in self.domains:
            for registration in domain.kinds:
                _claim(kinds, registration.kind, registration, domain, "kind")
            for op, mutation in domain.mutations.items():
                _claim(self.mutations, op, mutation, domain, "mutation op")
            for name, command in domain.commands.items():
                _claim(self.commands, name, command, domain, "command")
        self.agent_back = tuple(d.on_agent_back for d in self.domains if d.on_agent_back)
        self.agent_away = tuple(d.on_agent_away for d in self.domains if d.on_agent_away)
        unknown = sorted(set(kinds) - set(ENTITY_KINDS))
        if unknown:
            raise ValueError(f"kinds the protocol does not declare: {', '.join(unknown)}")
        self.kinds: tuple[KindRegistration, ...] = tuple(
            kinds[kind] for kind in ENTITY_KINDS if kind in kinds
        )
        """Registered kinds in ``protocol.entities.ENTITY_MODELS`` order (parents first)."""

    @property
    def routers(self) -> tuple[APIRouter, ...]:
        """Every domain's REST routers, in domain order."""
        return tuple(router for domain in self.domains for router in domain.routers)


def _claim(table: dict[str, Any], key: str, value: object, domain: Domain, what: str) -> None:
    if key in table:
        raise ValueError(f"{what} {key!r} registered twice (again by domain {domain.name})")
    table[key] = value
