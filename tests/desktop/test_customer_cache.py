"""The customer 360 in the desk's cache (v13): the customer's new columns, notes about
the person (synced, and written offline through the outbox), the cached profile, and an
erased customer leaving the cache with the event that erases it."""

from __future__ import annotations

import sqlite3

import pytest
from pydantic import ValidationError

from bench.profile_data import customer, profile
from desktop.store import outbox
from desktop.store.apply import apply_events, apply_snapshot
from desktop.store.kinds.customers import put_profile
from desktop.store.reader import CacheReader
from desktop.store.writer import CacheWriter
from protocol.frames import Event
from protocol.kinds.customers import Consent, CustomerNoteData, CustomerUpdateOp, Identity


def _note(note_id: int, customer_id: int = 7, body: str = "Likes tea") -> CustomerNoteData:
    return CustomerNoteData(
        id=note_id,
        customer_id=customer_id,
        author_id=1,
        author_name="Agent One",
        body=body,
        created_at=1000.0 + note_id,
    )


def _events(*entities: object, start: int = 1) -> list[Event]:
    return [
        Event(seq=start + i, kind=e.kind, id=e.id, data=e)  # type: ignore[attr-defined]
        for i, e in enumerate(entities)
    ]


def test_customer_row_keeps_tags_consent_identities(
    writer: CacheWriter, reader: CacheReader
) -> None:
    changes = writer.call(lambda c: apply_events(c, _events(customer(7)), 1))
    assert changes.customers == {7}
    facts = reader.customer_facts(7)
    assert facts is not None
    assert facts.tags == ("vip", "at-risk")
    assert (facts.consent_email, facts.consent_phone, facts.consent_marketing) == (
        True,
        False,
        False,
    )
    assert facts.timezone == "Europe/Helsinki"
    assert ("chat", "aino-v") in facts.identities
    assert reader.customer_facts(8) is None


def test_cached_profile_round_trip_and_newer_wins(writer: CacheWriter, reader: CacheReader) -> None:
    assert reader.cached_profile(7) is None
    assert writer.call(lambda c: put_profile(c, profile(7, contacts=30, fetched_at=2000.0)))
    cached = reader.cached_profile(7)
    assert cached is not None
    assert len(cached.timeline) == 30
    assert [t.visible for t in cached.timeline].count(False) == 4
    assert reader.profile_fetched_at(7) == 2000.0
    # An older answer arriving late never replaces a newer one.
    assert not writer.call(lambda c: put_profile(c, profile(7, contacts=3, fetched_at=1000.0)))
    cached = reader.cached_profile(7)
    assert cached is not None
    assert len(cached.timeline) == 30


def test_erased_customer_leaves_profile_and_notes(writer: CacheWriter, reader: CacheReader) -> None:
    writer.call(lambda c: apply_events(c, _events(customer(7), _note(1), _note(2)), 3))
    writer.call(lambda c: put_profile(c, profile(7)))
    assert len(reader.customer_notes(7)) == 2
    erased = customer(7).model_copy(
        update={"name": "Erased customer", "email": None, "phone": None, "erased": True}
    )
    writer.call(lambda c: apply_events(c, _events(erased, start=4), 4))
    assert reader.cached_profile(7) is None
    assert reader.customer_notes(7) == []
    facts = reader.customer_facts(7)
    assert facts is not None
    assert facts.erased
    assert facts.email == ""
    # A profile fetched before the erase and stored after it does not bring data back.
    assert not writer.call(lambda c: put_profile(c, profile(7)))
    assert reader.cached_profile(7) is None


def test_note_written_offline_is_pending_until_acked(
    writer: CacheWriter, reader: CacheReader
) -> None:
    writer.call(lambda c: apply_events(c, _events(customer(7)), 1))
    mutation_id, changes = writer.call(
        lambda c: outbox.queue_customer_note(c, 7, "  Call after 4 pm  ", author_name="Me")
    )
    assert changes.customer_notes == {7}
    notes = reader.customer_notes(7)
    assert [(n.id, n.body, n.pending) for n in notes] == [(-mutation_id, "Call after 4 pm", True)]
    sent = writer.call(outbox.pending)
    assert sent[-1].change.op == "customer.note"
    # A snapshot keeps the agent's unsent note.
    writer.call(lambda c: apply_snapshot(c, [customer(7)], 5, "e1"))
    assert [n.pending for n in reader.customer_notes(7)] == [True]
    # The server's copy, then the ack: one note, not pending.
    writer.call(lambda c: apply_events(c, _events(_note(50, body="Call after 4 pm"), start=6), 6))
    acked = writer.call(lambda c: outbox.acknowledge(c, mutation_id, only=mutation_id))
    assert acked.customer_notes == {7}
    assert [(n.id, n.pending) for n in reader.customer_notes(7)] == [(50, False)]


def test_refused_note_and_update_roll_back(writer: CacheWriter, reader: CacheReader) -> None:
    writer.call(lambda c: apply_events(c, _events(customer(7)), 1))
    note_id, _ = writer.call(lambda c: outbox.queue_customer_note(c, 7, "x", author_name="Me"))
    change = CustomerUpdateOp(
        customer_id=7,
        tags=["At Risk", "gold"],
        consent=Consent(email=False, phone=True, marketing=True),
        timezone="Asia/Taipei",
        add_identities=[Identity(type="phone", value="+358 50 111 2222")],
        remove_identities=[Identity(type="chat", value="aino-v")],
    )
    update_id, changes = writer.call(lambda c: outbox.queue_customer_update(c, change))
    assert changes.customers == {7}
    facts = reader.customer_facts(7)
    assert facts is not None
    assert facts.tags == ("at-risk", "gold")
    assert facts.consent_phone
    assert facts.timezone == "Asia/Taipei"
    assert ("phone", "+358501112222") in facts.identities
    assert ("chat", "aino-v") not in facts.identities
    rejected = writer.call(lambda c: outbox.reject(c, update_id, "an identity another has"))
    assert rejected.notices[0].kind == "customer_rejected"
    facts = reader.customer_facts(7)
    assert facts is not None
    assert facts.tags == ("vip", "at-risk")
    assert facts.timezone == "Europe/Helsinki"
    writer.call(lambda c: outbox.reject(c, note_id, "unknown customer"))
    assert reader.customer_notes(7) == []
    assert writer.call(outbox.count) == 0


@pytest.mark.parametrize(
    "bad",
    [
        {"tags": ["no spaces!"]},
        {"timezone": "Mars/Olympus"},
        {"tags": [f"t{n}" for n in range(21)]},
        {"add_identities": [{"type": "email", "value": "not an email"}]},
    ],
)
def test_bad_update_is_refused_before_anything_is_written(
    writer: CacheWriter, bad: dict[str, object]
) -> None:
    with pytest.raises(ValidationError):
        CustomerUpdateOp.model_validate({"customer_id": 7, **bad})
    with pytest.raises(ValidationError):
        writer.call(lambda c: outbox.queue_customer_note(c, 7, " \n ", author_name="Me"))
    with pytest.raises(ValidationError):
        writer.call(lambda c: outbox.queue_customer_note(c, 7, "x" * 5001, author_name="Me"))
    assert writer.call(outbox.count) == 0


def test_v13_runs_again_on_a_cache_set_back(writer: CacheWriter) -> None:
    def again(conn: sqlite3.Connection) -> int:
        from desktop.store import schema

        conn.execute("PRAGMA user_version = 12")
        return schema.migrate(conn)

    assert writer.call(again) == 12
