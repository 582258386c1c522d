"""Every rule code the server can send reads as a sentence with its numbers, and a
violation without its numbers (an older or newer server) still reads as a sentence."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop.ui.schedule.rules_text import (
    EXPLAINERS,
    explain,
    moment_text,
    severity_text,
    verdict_text,
)
from protocol.kinds.workforce import RULE_CODES, RULE_SEVERITY, RuleCode, Violation

NAMES = {7: "Anna Virtanen", 8: "Li Wei"}
QUEUES = {3: "Billing"}
START = 1_800_000_000.0

FULL: dict[str, dict[str, str | int | float]] = {
    "not_published": {},
    "started": {"start": START},
    "notice": {"hours_left": 18.0, "notice_hours": 24.0},
    "not_member": {"queue_id": 3},
    "skill_level": {"queue_id": 3, "level": 2, "needed": 4},
    "language": {"language": "fi"},
    "overlap": {"shift_id": 55, "start": START},
    "rest": {"rest_hours": 9.5, "min_rest_hours": 11.0},
    "weekly_hours": {"week_hours": 46.5, "max_weekly_hours": 40.0},
    "paid_length": {"paid_minutes": 450, "other_paid_minutes": 480},
    "same_agent": {},
    "time_off_overlap": {},
}
EXPECTED: dict[str, tuple[str, ...]] = {
    "not_published": ("published",),
    "started": ("MOMENT",),
    "notice": ("24", "18 h left"),
    "not_member": ("Anna Virtanen", "Billing"),
    "skill_level": ("Anna Virtanen", "Billing", "2", "4"),
    "language": ("Anna Virtanen", "Finnish"),
    "overlap": ("Anna Virtanen", "MOMENT"),
    "rest": ("Anna Virtanen", "9.5", "11"),
    "weekly_hours": ("Anna Virtanen", "46.5", "40"),
    "paid_length": ("7 h 30 min", "8 h"),
    "same_agent": ("oneself",),
    "time_off_overlap": ("Anna Virtanen", "time off"),
}


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def _violation(code: str, params: dict[str, str | int | float]) -> Violation:
    rule: RuleCode = code  # type: ignore[assignment]
    return Violation(
        code=rule, severity=RULE_SEVERITY[code], agent_id=7, shift_id=10, params=params
    )


def test_every_rule_code_has_a_sentence() -> None:
    assert set(EXPLAINERS) == set(RULE_CODES)
    assert set(FULL) == set(RULE_CODES)


@pytest.mark.parametrize("code", RULE_CODES)
def test_sentence_uses_the_numbers(code: str) -> None:
    text = explain(_violation(code, FULL[code]), NAMES, QUEUES)
    for wanted in EXPECTED[code]:
        part = moment_text(START) if wanted == "MOMENT" else wanted
        assert part in text, (code, text)
    assert "{" not in text


def test_notice_reads_as_the_brief_says() -> None:
    text = explain(_violation("notice", FULL["notice"]), NAMES, QUEUES)
    assert text == (
        "Less than 24 hours before the shift (18 h left): swaps need at least 24 hours' notice."
    )


@pytest.mark.parametrize("code", RULE_CODES)
def test_missing_numbers_give_a_generic_sentence(code: str) -> None:
    bare = Violation(code=_violation(code, {}).code, severity=RULE_SEVERITY[code])
    text = explain(bare, {}, {})
    assert text.endswith(".")
    assert "{" not in text
    if FULL[code]:
        assert text != explain(_violation(code, FULL[code]), NAMES, QUEUES)


def test_wrong_types_do_not_break_it() -> None:
    text = explain(
        _violation("notice", {"hours_left": "soon", "notice_hours": "nan"}), NAMES, QUEUES
    )
    assert text == "Too close to the shift: swaps need more notice."


def test_queue_name_from_params_when_the_cache_does_not_know_it() -> None:
    v = _violation("not_member", {"queue_id": 99, "queue_name": "Returns"})
    assert "Returns" in explain(v, NAMES, QUEUES)


def test_locale_formats_the_numbers() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))
    text = explain(_violation("rest", FULL["rest"]), NAMES, QUEUES)
    assert "9,5" in text


def test_unknown_code_from_a_newer_server() -> None:
    v = Violation.model_construct(code="moon_phase", severity="soft", params={})  # type: ignore[arg-type]
    assert "moon_phase" in explain(v, NAMES, QUEUES)


def test_severity_and_verdict() -> None:
    assert severity_text("hard") != severity_text("soft")
    hard = _violation("overlap", {})
    soft = _violation("rest", {})
    assert verdict_text([soft, hard]) == "This cannot be sent."
    assert verdict_text([soft]) == "A supervisor will review this."
    assert verdict_text([]) == ""


def test_time_off_warnings_read_as_time_off() -> None:
    """timeoff.request sends the same codes without a shift: the sentences say time off."""
    short = Violation(
        code="notice", severity="soft", agent_id=7, params={"hours_left": 5, "notice_hours": 24}
    )
    assert explain(short, NAMES, QUEUES) == (
        "Short notice: 5 h before the time off starts; the usual notice is 24 h."
    )
    meeting = Violation(
        code="overlap",
        severity="soft",
        agent_id=7,
        shift_id=4,
        params={"activity": "meeting", "start": START, "end": START + 3600},
    )
    text = explain(meeting, NAMES, QUEUES)
    assert "a meeting" in text
    assert moment_text(START + 3600) in text
    clash = Violation(
        code="time_off_overlap",
        severity="hard",
        agent_id=7,
        params={"time_off_id": 3, "start": START, "end": START + 86_400},
    )
    assert "another time-off request" in explain(clash, NAMES, QUEUES)
    past = Violation(code="started", severity="hard", agent_id=7, params={"start": START})
    assert explain(past, NAMES, QUEUES).startswith("This time off starts in the past")
