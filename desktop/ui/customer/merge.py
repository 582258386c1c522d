"""What the customer page shows, merged from what the cache holds (no Qt here).

Three sources, each read from the cache: the profile the server last answered (timeline,
orders, promises, averages as of ``fetched_at``), the synced customer row (newer than the
profile when the server sent a change since, or when the agent's own change is pending:
it wins on the person's facts) and the synced notes (a note written offline shows at
once). A customer in neither is unknown to this desk; an erased one shows nothing personal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.store.readers.customers import CustomerFacts, CustomerNote

if TYPE_CHECKING:
    from protocol.customer360 import CustomerProfile, SurveyAverages, TimelineItem
    from protocol.kinds.complaints import FollowupTaskData
    from protocol.kinds.routing import CallbackData
    from protocol.rest import OrderView


@dataclass(frozen=True)
class Promise:
    """An open follow-up task or a scheduled callback, by its due time."""

    kind: str  # "task" | "callback"
    title: str
    due_at: float


@dataclass(frozen=True)
class Person:
    """Who the customer is: the facts the header shows."""

    name: str = ""
    email: str = ""
    phone: str = ""
    language: str = ""
    timezone: str = ""
    tags: tuple[str, ...] = ()
    consent_email: bool = False
    consent_phone: bool = False
    consent_marketing: bool = False
    identities: tuple[tuple[str, str], ...] = ()
    merged_into: int | None = None


@dataclass(frozen=True)
class ProfileView:
    """One customer as the page shows it. ``known`` False: neither the cache nor a
    fetched profile knows this customer (yet)."""

    customer_id: int
    known: bool
    erased: bool = False
    person: Person = field(default_factory=Person)
    repeat_contact: bool = False
    fetched_at: float | None = None
    timeline: tuple[TimelineItem, ...] = ()
    timeline_total: int = 0
    orders: tuple[OrderView, ...] = ()
    orders_total: int = 0
    notes: tuple[CustomerNote, ...] = ()
    promises: tuple[Promise, ...] = ()
    averages: SurveyAverages | None = None


def _person_of_facts(facts: CustomerFacts) -> Person:
    return Person(
        name=facts.name,
        email=facts.email,
        phone=facts.phone,
        language=facts.language,
        timezone=facts.timezone,
        tags=facts.tags,
        consent_email=facts.consent_email,
        consent_phone=facts.consent_phone,
        consent_marketing=facts.consent_marketing,
        identities=facts.identities,
        merged_into=facts.merged_into,
    )


def _person_of_profile(profile: CustomerProfile) -> Person:
    c = profile.customer
    return Person(
        name=c.name,
        email=c.email or "",
        phone=c.phone or "",
        language=c.language,
        timezone=c.timezone or "",
        tags=tuple(c.tags),
        consent_email=c.consent.email,
        consent_phone=c.consent.phone,
        consent_marketing=c.consent.marketing,
        identities=tuple((i.type, i.value) for i in c.identities),
        merged_into=c.merged_into,
    )


def _promises(tasks: list[FollowupTaskData], callbacks: list[CallbackData]) -> tuple[Promise, ...]:
    found = [Promise("task", t.title, t.due_at) for t in tasks if t.done_at is None]
    found += [
        Promise("callback", c.note, c.due_at)
        for c in callbacks
        if c.state in ("scheduled", "routing")
    ]
    return tuple(sorted(found, key=lambda p: p.due_at))


def _notes(synced: list[CustomerNote], profile: CustomerProfile | None) -> tuple[CustomerNote, ...]:
    """The synced notes, plus the profile's that this desk does not sync (a customer
    outside the agent's queues); pending ones first, then newest first."""
    have = {n.id for n in synced}
    merged = list(synced)
    if profile is not None:
        merged += [
            CustomerNote(n.id, n.customer_id, n.author_name, n.body, n.created_at, False)
            for n in profile.notes
            if n.id not in have
        ]
    return tuple(sorted(merged, key=lambda n: (not n.pending, -n.created_at, -n.id)))


def merge(
    customer_id: int,
    facts: CustomerFacts | None,
    profile: CustomerProfile | None,
    notes: list[CustomerNote],
) -> ProfileView:
    """The page's view of one customer from the cache's three sources."""
    if facts is not None and facts.erased:
        return ProfileView(customer_id, known=True, erased=True)
    if facts is None and profile is None:
        return ProfileView(customer_id, known=False, notes=_notes(notes, None))
    if profile is None:
        assert facts is not None
        return ProfileView(
            customer_id, known=True, person=_person_of_facts(facts), notes=_notes(notes, None)
        )
    newer = facts is not None and facts.updated_at >= profile.customer.updated_at
    person = _person_of_facts(facts) if facts is not None and newer else None
    return ProfileView(
        customer_id,
        known=True,
        person=person or _person_of_profile(profile),
        repeat_contact=profile.repeat_contact,
        fetched_at=profile.fetched_at,
        timeline=tuple(profile.timeline),
        timeline_total=profile.timeline_total,
        orders=tuple(profile.orders),
        orders_total=profile.orders_total,
        notes=_notes(notes, profile),
        promises=_promises(profile.tasks, profile.callbacks),
        averages=profile.averages,
    )
