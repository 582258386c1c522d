"""Call scripts: validation of files, branching, and blocking until the agent complies."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.knowledge.scripts import (
    Script,
    ScriptBlockedError,
    ScriptError,
    ScriptRun,
    load_scripts,
    parse_script,
    render,
)
from tests.knowledge.conftest import SCRIPTS

CONTEXT = {
    "customer": {"first_name": "Aino"},
    "agent": {"name": "Mika"},
    "conversation": {"id": "C-1042"},
}


def script(demo_scripts: tuple[Script, ...], script_id: str) -> Script:
    return next(s for s in demo_scripts if s.id == script_id)


def test_demo_scripts_load_in_several_languages(demo_scripts: tuple[Script, ...]) -> None:
    assert len(demo_scripts) >= 5
    assert {s.lang for s in demo_scripts} >= {"en", "fi", "zh-Hans", "zh-Hant"}
    assert any(step.compliance for s in demo_scripts for step in s.steps)
    ids = {s.id for s in demo_scripts}
    for s in demo_scripts:
        assert set(s.translations) <= ids


def test_variables_are_rendered_and_unknown_ones_stay_visible() -> None:
    assert render("Hi {customer.first_name}, I am {agent.name}", CONTEXT) == "Hi Aino, I am Mika"
    assert render("Hi {customer.first_name}", {"customer.first_name": "Aino"}) == "Hi Aino"
    assert render("Hi {customer.first_name}", {}) == "Hi «customer.first_name»"
    assert render("Hi {customer.first_name}", {"customer": {"first_name": ""}}) == (
        "Hi «customer.first_name»"
    )
    assert render("Braces {not a variable} stay", {}) == "Braces {not a variable} stay"


def test_identity_verification_blocks_until_compliance_and_inputs(
    demo_scripts: tuple[Script, ...],
) -> None:
    run = ScriptRun(script(demo_scripts, "identity-verification-en"), CONTEXT)
    assert run.text == "Hello Aino, my name is Mika and I will help you today."
    run.next()

    assert run.current.id == "recording"
    assert run.blocked_reason is not None
    with pytest.raises(ScriptBlockedError, match="compliance"):
        run.next()
    run.confirm()
    run.next()

    assert run.current.id == "date-of-birth"
    with pytest.raises(ScriptBlockedError, match="'Date of birth' is required"):
        run.next()
    run.answer("   ")  # blank is not an answer
    with pytest.raises(ScriptBlockedError):
        run.next()
    run.answer("1990-05-01")
    run.next()
    run.answer("Mannerheimintie 1")
    run.next()

    assert run.current.id == "result"
    with pytest.raises(ScriptBlockedError, match="choose"):
        run.next()
    run.choose("verified")  # labels match case-insensitively
    assert run.current.id == "verified"
    assert run.text == "Thank you, Aino, you are verified. How can I help you today?"
    run.next()

    assert run.finished
    with pytest.raises(ScriptBlockedError, match="finished"):
        run.next()
    assert run.answers == {
        "script": "identity-verification-en",
        "inputs": {"date_of_birth": "1990-05-01", "second_check": "Mannerheimintie 1"},
        "choices": {"result": "Verified"},
        "confirmed": ["recording"],
        "path": ["greeting", "recording", "date-of-birth", "second-check", "result", "verified"],
        "finished": True,
    }


def test_choices_branch_to_different_steps(demo_scripts: tuple[Script, ...]) -> None:
    complaint = script(demo_scripts, "complaint-intake-en")

    billing = ScriptRun(complaint, CONTEXT)
    billing.answer("Charged twice")
    billing.next()
    billing.choose("Billing")
    assert billing.current.id == "outcome"

    staff = ScriptRun(complaint, CONTEXT)
    staff.answer("Rude agent")
    staff.next()
    staff.choose(3)  # by index: "Staff"
    assert staff.current.id == "escalate"
    staff.next()
    assert staff.current.id == "record"  # both branches meet again
    assert staff.path == ("acknowledge", "category", "escalate", "record")
    with pytest.raises(ScriptBlockedError):
        staff.choose("Billing")  # "record" offers no choices


def test_back_returns_along_the_path_and_keeps_answers(
    demo_scripts: tuple[Script, ...],
) -> None:
    run = ScriptRun(script(demo_scripts, "refund-request-fi"), CONTEXT)
    run.answer("ORD-1")
    run.next()
    run.choose("Muu")
    assert run.current.id == "other-reason"
    run.back()
    assert run.current.id == "reason"
    run.back()
    assert run.current.id == "order"
    run.back()  # already at the first step
    assert run.current.id == "order"
    assert run.answers["inputs"] == {"order_number": "ORD-1"}
    run.next()
    run.choose("Tuote palautettu")
    assert run.current.id == "amount"


def test_invalid_choice_and_input_on_wrong_step(demo_scripts: tuple[Script, ...]) -> None:
    run = ScriptRun(script(demo_scripts, "password-reset-zh-hant"), CONTEXT)
    assert run.text.startswith("Aino，")
    with pytest.raises(ScriptBlockedError, match="no choice"):
        run.choose("maybe")
    with pytest.raises(ScriptBlockedError, match="no input"):
        run.answer("x")
    with pytest.raises(ScriptBlockedError, match="not a compliance"):
        run.confirm()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("id: s\ntitle: T\nlang: en\nsteps: []\n", "the script has no steps"),
        ("id: s\ntitle: T\nlang: en\n", "the script has no steps"),
        (
            "id: s\ntitle: T\nlang: en\nsteps:\n  - {id: a, text: A}\n  - {id: a, text: B}\n",
            "duplicate step id 'a'",
        ),
        (
            "id: s\ntitle: T\nlang: en\nsteps:\n  - {id: a, text: A, next: nowhere}\n",
            "step 'a' leads to unknown step 'nowhere'",
        ),
        (
            "id: s\ntitle: T\nlang: en\nsteps:\n"
            "  - id: a\n    text: A\n    choices: [{label: X, next: b}]\n",
            "step 'a' leads to unknown step 'b'",
        ),
        ("id: s\ntitle: T\nlang: en\nsteps:\n  - {id: a}\n", "step 'a' has no text"),
        ("title: T\nlang: en\nsteps:\n  - {id: a, text: A}\n", "missing required field(s): id"),
        ("id: s\ntitle: T\nlang: xx\nsteps:\n  - {id: a, text: A}\n", "unknown language 'xx'"),
        ("id: [s\n", "bad YAML"),
    ],
)
def test_invalid_scripts_are_reported(tmp_path: Path, text: str, reason: str) -> None:
    (tmp_path / "bad.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "good.yaml").write_text(
        "id: g\ntitle: G\nlang: fi\nsteps:\n  - {id: a, text: A}\n", encoding="utf-8"
    )

    result = load_scripts(tmp_path)

    assert [s.id for s in result.scripts] == ["g"]
    assert len(result.problems) == 1
    assert result.problems[0].file == str(tmp_path / "bad.yaml")
    assert reason in result.problems[0].reason


def test_duplicate_script_ids_are_reported(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yml"):
        (tmp_path / name).write_text(
            "id: same\ntitle: T\nlang: en\nsteps:\n  - {id: a, text: A}\n", encoding="utf-8"
        )
    result = load_scripts(tmp_path)
    assert len(result.scripts) == 1
    assert "duplicate id 'same'" in result.problems[0].reason


def test_default_next_is_the_following_step_and_last_step_ends() -> None:
    flow = parse_script(
        "id: s\ntitle: T\nlang: en\nsteps:\n  - {id: a, text: A}\n  - {id: b, text: B}\n"
    )
    assert flow.steps[0].next == "b"
    assert flow.steps[1].end
    run = ScriptRun(flow)
    run.next()
    run.next()
    assert run.finished
    assert SCRIPTS.is_dir()


def test_a_run_is_restored_from_saved_answers(demo_scripts: tuple[Script, ...]) -> None:
    flow = script(demo_scripts, "outage-callback-fi")
    run = ScriptRun(flow, CONTEXT)
    run.choose("Kyllä")
    run.next()
    run.choose("Takaisinsoitto")
    run.answer("040 123 4567")
    saved = run.answers

    again = ScriptRun.restore(flow, saved, CONTEXT)
    assert again.current.id == "callback-number"
    assert again.answers == saved
    again.next()
    assert again.current.id == "callback-window"

    trimmed = {**saved, "path": ["status", "inform", "gone-step", "callback-number"]}
    assert ScriptRun.restore(flow, trimmed).current.id == "inform"
    with pytest.raises(ScriptError):
        ScriptRun.restore(script(demo_scripts, "refund-request-fi"), saved)
