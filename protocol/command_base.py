"""The base of every command: its argument and answer models and its spec.

Here rather than in :mod:`protocol.commands` so that a domain's command module (e.g.
:mod:`protocol.workforce`) can declare its specs and ``protocol.commands`` can list them
without an import cycle. ``protocol.commands`` re-exports these names.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict


class CommandArgs(BaseModel):
    """Base of every command's arguments."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class CommandAnswer(BaseModel):
    """Base of every command's successful answer."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True)
class CommandSpec:
    """A command's name, what it takes, what it answers, and how long a desk waits."""

    name: str
    args: type[CommandArgs]
    answer: type[CommandAnswer]
    timeout: float = 10.0


__all__ = ["CommandAnswer", "CommandArgs", "CommandSpec"]
