"""Agent assist: the right articles and scripts, in the conversation's language."""

from __future__ import annotations

import pytest

from desktop.knowledge.assist import Assistant, AssistSession, Message, assist_query
from desktop.knowledge.index import KnowledgeIndex
from desktop.knowledge.scripts import Script


@pytest.fixture(scope="module")
def assistant(demo_index: KnowledgeIndex, demo_scripts: tuple[Script, ...]) -> Assistant:
    return Assistant(demo_index, demo_scripts)


def test_small_talk_is_dropped_from_the_query() -> None:
    query = assist_query([Message("Hi, my invoice is wrong"), Message("Thanks! The refund?")])
    assert query == "refund invoice wrong"  # newest message first


def test_english_duplicate_charge(assistant: Assistant) -> None:
    suggestions = assistant.suggest(
        [Message("Hi, I was charged twice for my order and want a refund", "en")], "en"
    )
    assert len(suggestions) == 3
    assert suggestions[0].id == "duplicate-charge-en"
    assert ("script", "refund-request-en") in [(s.kind, s.id) for s in suggestions]
    assert {s.lang for s in suggestions} == {"en"}


def test_finnish_conversation_gets_finnish_suggestions(assistant: Assistant) -> None:
    session = AssistSession(assistant, "fi")
    session.add(Message("Hei, tilasin paketin viikko sitten eikä se ole vieläkään tullut"))
    assert session.suggestions[0].id == "delivery-delay-fi"
    assert all(s.lang == "fi" for s in session.suggestions)

    # The next message shifts the topic: an outage and a callback.
    session.add(Message("Nyt myös netti ei toimi, onko alueella palvelukatko?"))
    ids = [s.id for s in session.suggestions]
    assert "service-outage-fi" in ids
    assert "outage-callback-fi" in ids


def test_simplified_conversation_prefers_simplified(assistant: Assistant) -> None:
    suggestions = assistant.suggest([Message("我的密码忘了，账户被锁定了", "zh-Hans")])
    assert suggestions[0].id == "password-reset-zh-hans"
    # One answer per topic: the Traditional translation is not suggested as well.
    assert "password-reset-zh-hant" not in [s.id for s in suggestions if s.kind == "article"]


def test_traditional_conversation_gets_traditional_complaint_help(assistant: Assistant) -> None:
    suggestions = assistant.suggest([Message("我想投訴，帳單金額不對", "zh-Hant")], "zh-Hant")
    assert suggestions[0].id == "complaint-handling-zh-hant"
    kinds = {s.kind for s in suggestions}
    assert kinds == {"article", "script"}


def test_script_suggested_for_password_trouble(assistant: Assistant) -> None:
    suggestions = assistant.suggest([Message("I forgot my password and the account is locked")])
    assert [s.id for s in suggestions][:2] == ["password-reset-en", "password-reset-en"]
    assert {s.kind for s in suggestions[:2]} == {"article", "script"}


def test_nothing_to_suggest(assistant: Assistant) -> None:
    assert assistant.suggest([Message("ok thanks", "en")]) == []
    assert assistant.suggest([]) == []


def test_language_is_guessed_when_the_conversation_has_none(assistant: Assistant) -> None:
    suggestions = assistant.suggest([Message("Hei, laskussa on virhe ja haluan hyvityksen")])
    assert suggestions
    assert all(s.lang == "fi" for s in suggestions)
