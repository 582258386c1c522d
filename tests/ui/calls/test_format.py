"""The calls widgets' small words: long waits in words, why a contact came."""

from __future__ import annotations

from desktop.ui.calls.format import duration, long_duration, why_sentence


def test_waits_read_as_durations_not_clocks() -> None:
    assert duration(75) == "1:15"
    assert long_duration(75) == "1:15"
    assert long_duration(3599) == "59:59"
    assert long_duration(2 * 3600 + 5 * 60 + 9) == "2 h 5 min"
    assert long_duration(27 * 3600 + 33 * 60) == "1 d 3 h"
    assert long_duration(-5) == "0:00"


def test_why_a_contact_came_in_words() -> None:
    assert why_sentence("longest_idle", 2, 1, 0) == (
        "You are the only available agent with your skill level 2"
    )
    assert why_sentence("longest_idle", 3, 4, 0) == (
        "You have been idle the longest of 4 agents with your skill level 3"
    )
    assert why_sentence("widened", 0, 2, 99_000).endswith("the customer waited 1 d 3 h")
    assert why_sentence("surprise", 0, 0, 0.5) == "Routed to you"
