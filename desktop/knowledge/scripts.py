"""Call scripts: YAML-defined guided flows that an agent follows beside a conversation.

A script is a list of steps. Each step shows text with variables filled from the
conversation (``{customer.first_name}``, ``{agent.name}``, ``{conversation.id}``), may
ask for an input, may offer choices that branch to other steps, and may be a compliance
statement the agent must confirm before moving on (a legal requirement in many markets,
so the state machine enforces it rather than the UI).

:class:`ScriptRun` is pure: no Qt, no I/O. The desk renders ``run.text``, enables "Next"
when ``run.blocked_reason`` is None and saves ``run.answers`` on the conversation.

Unknown variables are rendered as ``«customer.first_name»``: visible, unmistakably not
customer data, so the agent notices and says the right thing instead of reading out a
raw ``{placeholder}`` or an empty gap.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from desktop.knowledge.articles import Problem, normalise_lang

_VARIABLE = re.compile(r"\{([A-Za-z_][\w.]*)\}")


@dataclass(frozen=True)
class Input:
    """A value the agent types in at a step (saved under ``name`` in the answers)."""

    name: str
    label: str
    required: bool = False


@dataclass(frozen=True)
class Choice:
    label: str
    next: str


@dataclass(frozen=True)
class Step:
    id: str
    text: str
    input: Input | None = None
    choices: tuple[Choice, ...] = ()
    compliance: bool = False
    next: str | None = None  # resolved: the following step unless end or choices
    end: bool = False


@dataclass(frozen=True)
class Script:
    id: str
    title: str
    lang: str
    steps: tuple[Step, ...]
    tags: tuple[str, ...] = ()
    category: str = ""
    translations: tuple[str, ...] = ()
    source: str = ""

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    @property
    def search_text(self) -> str:
        """What agent assist matches against: title, tags and every step's text."""
        return " ".join((self.title, " ".join(self.tags), *(s.text for s in self.steps)))


@dataclass(frozen=True)
class ScriptLoadResult:
    scripts: tuple[Script, ...] = ()
    problems: tuple[Problem, ...] = ()


class ScriptError(ValueError):
    """A script definition is invalid; the message is written for the author."""


class ScriptBlockedError(RuntimeError):
    """Moving on is not allowed yet; the message tells the agent what is missing."""


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(item) for item in value)


def _choices(raw: Any, step_id: str) -> tuple[Choice, ...]:
    if raw is None:
        return ()
    if isinstance(raw, Mapping):
        return tuple(Choice(str(label), str(target)) for label, target in raw.items())
    if isinstance(raw, list):
        choices = []
        for item in raw:
            if not isinstance(item, Mapping) or "label" not in item or "next" not in item:
                raise ScriptError(f"step {step_id!r}: each choice needs a label and a next")
            choices.append(Choice(str(item["label"]), str(item["next"])))
        return tuple(choices)
    raise ScriptError(f"step {step_id!r}: choices must be a list or a mapping")


def _input(raw: Any, step_id: str) -> Input | None:
    if raw is None:
        return None
    if isinstance(raw, str):
        return Input(raw, raw)
    if not isinstance(raw, Mapping) or not raw.get("name"):
        raise ScriptError(f"step {step_id!r}: input needs a name")
    name = str(raw["name"])
    return Input(name, str(raw.get("label") or name), bool(raw.get("required", False)))


def script_from_mapping(data: Any, source: str = "") -> Script:
    """Validate a parsed YAML document into a Script; raise ScriptError if invalid."""
    if not isinstance(data, Mapping):
        raise ScriptError("expected key: value pairs at the top level")
    missing = [key for key in ("id", "title", "lang") if not str(data.get(key) or "").strip()]
    if missing:
        raise ScriptError(f"missing required field(s): {', '.join(missing)}")
    lang = normalise_lang(str(data["lang"]))
    if lang is None:
        raise ScriptError(f"unknown language {data['lang']!r}")
    return Script(
        id=str(data["id"]).strip(),
        title=str(data["title"]).strip(),
        lang=lang,
        steps=_steps(data.get("steps")),
        tags=_tuple(data.get("tags")),
        category=str(data.get("category") or ""),
        translations=_tuple(data.get("translations")),
        source=source,
    )


def _steps(raw_steps: Any) -> tuple[Step, ...]:
    """Validate steps and resolve each default ``next`` to the following step."""
    if not isinstance(raw_steps, list) or not raw_steps:
        raise ScriptError("the script has no steps")
    parsed: list[dict[str, Any]] = []
    seen: set[str] = set()
    for position, raw in enumerate(raw_steps, 1):
        if not isinstance(raw, Mapping) or not str(raw.get("id") or "").strip():
            raise ScriptError(f"step {position} has no id")
        step_id = str(raw["id"]).strip()
        if step_id in seen:
            raise ScriptError(f"duplicate step id {step_id!r}")
        seen.add(step_id)
        if not str(raw.get("text") or "").strip():
            raise ScriptError(f"step {step_id!r} has no text")
        parsed.append({"raw": raw, "id": step_id})
    steps: list[Step] = []
    for position, item in enumerate(parsed):
        raw, step_id = item["raw"], item["id"]
        choices = _choices(raw.get("choices"), step_id)
        end = bool(raw.get("end", False))
        target = raw.get("next")
        if target is None and not end and not choices and position + 1 < len(parsed):
            target = parsed[position + 1]["id"]
        if target is None and not choices:
            end = True
        for name in [target, *(c.next for c in choices)]:
            if name is not None and str(name) not in seen:
                raise ScriptError(f"step {step_id!r} leads to unknown step {name!r}")
        steps.append(
            Step(
                id=step_id,
                text=str(raw["text"]).strip(),
                input=_input(raw.get("input"), step_id),
                choices=choices,
                compliance=bool(raw.get("compliance", False)),
                next=None if target is None else str(target),
                end=end,
            )
        )
    return tuple(steps)


def parse_script(text: str, source: str = "") -> Script:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ScriptError(f"bad YAML: {str(exc).splitlines()[0]}") from exc
    return script_from_mapping(data, source)


def load_scripts(path: str | Path) -> ScriptLoadResult:
    """Load every ``*.yaml``/``*.yml`` under ``path``; bad files become problems."""
    root = Path(path)
    if not root.is_dir():
        return ScriptLoadResult((), (Problem(str(root), "not a folder"),))
    scripts: list[Script] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    files = sorted([*root.rglob("*.yaml"), *root.rglob("*.yml")])
    for file in files:
        name = str(file)
        try:
            script = parse_script(file.read_text(encoding="utf-8"), name)
        except (ScriptError, UnicodeDecodeError, OSError) as exc:
            problems.append(Problem(name, str(exc)))
            continue
        if script.id in seen:
            problems.append(
                Problem(name, f"duplicate id {script.id!r} (first in {seen[script.id]})")
            )
            continue
        seen[script.id] = name
        scripts.append(script)
    return ScriptLoadResult(tuple(scripts), tuple(problems))


def render(text: str, context: Mapping[str, Any]) -> str:
    """Fill ``{a.b}`` variables from a nested or flat (``"a.b"`` keys) mapping.

    Unknown or empty variables become ``«a.b»`` (see the module docstring).
    """

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in context and context[name] not in (None, ""):
            return str(context[name])
        node: Any = context
        for key in name.split("."):
            if not isinstance(node, Mapping) or key not in node:
                return f"«{name}»"
            node = node[key]
        return f"«{name}»" if node in (None, "") else str(node)

    return _VARIABLE.sub(value, text)


class ScriptRun:
    """One agent's way through a script: current step, answers, confirmations, history."""

    def __init__(self, script: Script, context: Mapping[str, Any] | None = None) -> None:
        self.script = script
        self.context: Mapping[str, Any] = context or {}
        self._history: list[str] = [script.steps[0].id]
        self._inputs: dict[str, str] = {}
        self._choices: dict[str, str] = {}
        self._confirmed: set[str] = set()
        self.finished = False

    @classmethod
    def restore(
        cls, script: Script, answers: Mapping[str, Any], context: Mapping[str, Any] | None = None
    ) -> ScriptRun:
        """Reopen a run from the ``answers`` saved on a conversation.

        If the script changed since (a step was removed), the path is cut at the first
        step that no longer exists, so the agent resumes at a valid step.
        """
        if answers.get("script") != script.id:
            raise ScriptError(f"answers belong to {answers.get('script')!r}, not {script.id!r}")
        run = cls(script, context)
        known = {step.id for step in script.steps}
        path: list[str] = []
        for step_id in answers.get("path") or []:
            if step_id not in known:
                break
            path.append(str(step_id))
        run._history = path or run._history
        run._inputs = {str(k): str(v) for k, v in (answers.get("inputs") or {}).items()}
        run._choices = {str(k): str(v) for k, v in (answers.get("choices") or {}).items()}
        run._confirmed = {str(v) for v in answers.get("confirmed") or []}
        run.finished = bool(answers.get("finished")) and len(path) == len(answers["path"])
        return run

    @property
    def current(self) -> Step:
        return self.script.step(self._history[-1])

    @property
    def text(self) -> str:
        """The current step's text with the conversation's variables filled in."""
        return render(self.current.text, self.context)

    @property
    def path(self) -> tuple[str, ...]:
        """Step ids visited, first to current."""
        return tuple(self._history)

    @property
    def answers(self) -> dict[str, Any]:
        """What to save on the conversation: inputs by name, choices and confirmed
        compliance statements by step id, and the path taken."""
        return {
            "script": self.script.id,
            "inputs": dict(self._inputs),
            "choices": dict(self._choices),
            "confirmed": sorted(self._confirmed),
            "path": list(self._history),
            "finished": self.finished,
        }

    @property
    def blocked_reason(self) -> str | None:
        """Why the agent cannot move on from the current step, or None."""
        step = self.current
        if step.compliance and step.id not in self._confirmed:
            return "confirm that you have read the compliance statement to the customer"
        if step.input and step.input.required and not self._inputs.get(step.input.name):
            return f"'{step.input.label}' is required"
        return None

    def answer(self, value: str) -> None:
        """Record the input of the current step."""
        step = self.current
        if step.input is None:
            raise ScriptBlockedError(f"step {step.id!r} asks for no input")
        self._inputs[step.input.name] = value.strip()

    def confirm(self) -> None:
        """Confirm the current compliance statement."""
        step = self.current
        if not step.compliance:
            raise ScriptBlockedError(f"step {step.id!r} is not a compliance statement")
        self._confirmed.add(step.id)

    def choose(self, option: str | int) -> Step:
        """Pick a choice by label or index and move to the step it leads to."""
        step = self.current
        if not step.choices:
            raise ScriptBlockedError(f"step {step.id!r} offers no choices")
        if isinstance(option, int):
            if not 0 <= option < len(step.choices):
                raise ScriptBlockedError(f"no choice number {option}")
            choice = step.choices[option]
        else:
            found = [c for c in step.choices if c.label.casefold() == option.casefold()]
            if not found:
                labels = ", ".join(c.label for c in step.choices)
                raise ScriptBlockedError(f"no choice {option!r} (expected one of: {labels})")
            choice = found[0]
        self._check()
        self._choices[step.id] = choice.label
        return self._go(choice.next)

    def next(self) -> Step:
        """Move to the default next step, or finish at an end step."""
        step = self.current
        self._check()
        if step.choices and step.next is None:
            raise ScriptBlockedError("choose one of the options to continue")
        if step.end or step.next is None:
            self.finished = True
            return step
        return self._go(step.next)

    def back(self) -> Step:
        """Return to the previous step; answers already given are kept."""
        if len(self._history) > 1:
            self._history.pop()
        self.finished = False
        return self.current

    def _check(self) -> None:
        if self.finished:
            raise ScriptBlockedError("the script is finished")
        reason = self.blocked_reason
        if reason:
            raise ScriptBlockedError(reason)

    def _go(self, step_id: str) -> Step:
        self._history.append(step_id)
        return self.current
