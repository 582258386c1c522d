"""What a batch of applied changes touched, so views refresh only that."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NoReturn

Ids = frozenset[int]


@dataclass(frozen=True)
class Notice:
    """Something the agent must be told, e.g. a reply the server refused and rolled back.

    ``kind`` says what happened (``reply_rejected``, ``status_rejected``); ``reason`` is
    the server's words. The UI turns both into a translated sentence.
    """

    kind: str
    reason: str
    conversation_id: int | None = None


class Changes:
    """Ids of what one transaction changed in the cache, by topic.

    A topic is the name a store declaration raises (``desktop/store/kinds/``: its
    ``topic``), read as an attribute: ``changes.conversations`` (headers inserted,
    updated or deleted), ``changes.messages_of`` (conversations whose message list
    changed), ``changes.customers``, ``changes.queues``, ``changes.agents``,
    ``changes.articles`` (also when the agent's vote, a favourite or a view of them
    changed), ``changes.scripts``. A topic nobody touched reads as an empty set, so a new
    kind needs no field here: declaring its topic in its store declaration is enough.

    Besides the topics: ``outbox`` (the queue of unsent work changed), ``reset`` (the
    whole replica was replaced by a snapshot; views reload everything) and ``notices``.
    """

    __slots__ = ("notices", "outbox", "reset", "touched")

    touched: Mapping[str, Ids]
    outbox: bool
    reset: bool
    notices: tuple[Notice, ...]

    def __init__(
        self,
        *,
        outbox: bool = False,
        reset: bool = False,
        notices: tuple[Notice, ...] = (),
        **touched: Iterable[int],
    ) -> None:
        found = {topic: frozenset(ids) for topic, ids in touched.items()}
        object.__setattr__(self, "touched", {t: ids for t, ids in found.items() if ids})
        object.__setattr__(self, "outbox", outbox)
        object.__setattr__(self, "reset", reset)
        object.__setattr__(self, "notices", notices)

    @classmethod
    def of_topics(
        cls,
        touched: Mapping[str, Iterable[int]],
        *,
        outbox: bool = False,
        reset: bool = False,
        notices: tuple[Notice, ...] = (),
    ) -> Changes:
        """Changes from a mapping topic -> ids (what the apply path collects)."""
        return cls(outbox=outbox, reset=reset, notices=notices, **touched)

    def __getattr__(self, topic: str) -> Ids:
        """The ids of ``topic`` this change touched (empty if none)."""
        if topic.startswith("_"):  # copy, pickle and friends probe dunders: not topics
            raise AttributeError(topic)
        return self.touched.get(topic, frozenset())

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"Changes is immutable (setting {name})")

    def __bool__(self) -> bool:
        return bool(self.touched or self.outbox or self.reset or self.notices)

    def _key(self) -> tuple[object, ...]:
        return (
            frozenset(self.touched.items()),
            self.outbox,
            self.reset,
            self.notices,
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Changes) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        parts = [f"{topic}={set(ids)!r}" for topic, ids in sorted(self.touched.items())]
        parts += [f"{name}=True" for name in ("outbox", "reset") if getattr(self, name)]
        if self.notices:
            parts.append(f"notices={self.notices!r}")
        return f"Changes({', '.join(parts)})"

    def merge(self, other: Changes) -> Changes:
        """Both sets of changes as one, for coalescing bursts before a repaint."""
        touched = dict(self.touched)
        for topic, ids in other.touched.items():
            touched[topic] = touched.get(topic, frozenset()) | ids
        return Changes.of_topics(
            touched,
            outbox=self.outbox or other.outbox,
            reset=self.reset or other.reset,
            notices=self.notices + other.notices,
        )
