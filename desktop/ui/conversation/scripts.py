"""Call scripts beside the conversation: pick one, walk it step by step, save the answers.

A :class:`~desktop.knowledge.scripts.ScriptRun` holds the state (path, inputs, choices,
confirmations); this panel only shows its current step and forwards the agent's actions.
Variables in the step text come from the open conversation ({customer.first_name},
{conversation.id}) and the signed-in agent ({agent.name}). A compliance step keeps Next
disabled, with the reason shown, until its confirmation box is ticked.

On finish the answers are saved on the conversation as an internal note through the sync
engine (``send_reply(..., internal=True)``), so they sync, survive offline and are visible
to colleagues. A dedicated script-answers entity (structured, resumable with
``ScriptRun.restore``) is future work.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.knowledge.scripts import (
    Input,
    Script,
    ScriptBlockedError,
    ScriptError,
    ScriptRun,
    Step,
    parse_script,
    render,
)
from desktop.models.rows import ConversationRow
from desktop.store.reader import CacheReader
from desktop.ui.conversation.current import CurrentConversation
from desktop.ui.conversation.order_context import order_fields
from desktop.ui.knowledge.models import LANG_NAMES
from desktop.ui.shell.actions import DeskActions
from desktop.ui.shell.ops import Ops
from desktop.widgets.plain import PlainLabel, display_text


def script_context(
    row: ConversationRow | None, agent_name: str, order: tuple[str, str, str] = ("", "", "")
) -> dict[str, Any]:
    """The variables a script step may use, from the conversation, the agent and the
    order the conversation is about (``order``: number, status, total, as the canned
    replies fill them; empty ones show as unknown)."""
    name = row.customer_name if row else ""
    number, status, total = order
    return {
        "customer": {"name": name, "first_name": name.split()[0] if name.split() else ""},
        "agent": {"name": agent_name},
        "conversation": {"id": row.id if row else ""},
        "order": {k: v for k, v in (("number", number), ("status", status), ("total", total)) if v},
    }


AMOUNT_WORDS = frozenset({"amount", "price", "fee", "total", "sum", "summa"})
"""An input whose name has one of these words (``amount``, ``refund_amount``) takes only
an amount: the script format has no input types yet, so the name says it."""

TITLE_CHARS = 60
"""A step's title in the saved note: its first sentence, cut at a word near this length."""
_SENTENCE_END = re.compile(r"(?<=[.?!])\s|(?<=[。？！])")
_ASKS = ("?", "？", "!", "！")


def step_title(run: ScriptRun, step: Step) -> str:
    """What a step is called where the agent or a colleague reads about it: the first
    sentence of its text as the agent saw it (variables filled), not its id."""
    text = " ".join(render(step.text, run.context).split())
    first = _SENTENCE_END.split(text, maxsplit=1)[0].strip() or text
    if len(first) > TITLE_CHARS:
        cut = first[:TITLE_CHARS]
        first = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(",;:") + "…"
    return first.rstrip(".:。")


def _labelled(title: str, value: str) -> str:
    """``Title: value``, or ``Question? value`` when the title asks."""
    return f"{title} {value}" if title.endswith(_ASKS) else f"{title}: {value}"


def is_amount(field: Input) -> bool:
    """Whether a step's input asks for an amount of money (:data:`AMOUNT_WORDS`)."""
    return bool(AMOUNT_WORDS & set(re.split(r"[^a-z]+", field.name.casefold())))


def amount_validator(parent: QObject | None = None, locale: QLocale | None = None) -> QValidator:
    """Digits with at most two decimals after a decimal separator: the locale's, "." or ","
    (both are on every keyboard, and an agent used to commas typing "12,50" in an English
    desk must not get 1250 from a refused comma); letters, signs and group separators are
    refused."""
    point = (locale or QLocale()).decimalPoint()
    separators = "".join(sorted({".", ",", point}))
    pattern = QRegularExpression(rf"\d{{0,12}}(?:[{re.escape(separators)}]\d{{0,2}})?")
    return QRegularExpressionValidator(pattern, parent)


def format_answers(run: ScriptRun) -> str:
    """The internal note saved when a script is finished, in the desk's language: each
    step by its title (:func:`step_title`), never by its id; the path by step numbers."""
    translate = QCoreApplication.translate
    answers = run.answers
    lines = [translate("ScriptPanel", "Script: {0} ({1})").format(run.script.title, run.script.id)]
    for step_id in answers["path"]:
        step = run.script.step(step_id)
        if step.input and step.input.name in answers["inputs"]:
            lines.append(f"- {_labelled(step.input.label, answers['inputs'][step.input.name])}")
        if step_id in answers["choices"]:
            lines.append(f"- {_labelled(step_title(run, step), answers['choices'][step_id])}")
        if step_id in answers["confirmed"]:
            confirmed = translate("ScriptPanel", "- {0}: compliance statement confirmed")
            lines.append(confirmed.format(step_title(run, step)))
    numbers = {step.id: str(number) for number, step in enumerate(run.script.steps, 1)}
    path = " → ".join(numbers[step_id] for step_id in answers["path"])
    lines.append(translate("ScriptPanel", "Path: {0}").format(path))
    return "\n".join(lines)


class ScriptPanel(QFrame):
    """Runs one call script for the open conversation.

    Signals:
        stepShown(str): the current step changed; carries its id.
        answersSaved(int): the finished script's answers were queued as an internal
            note; carries the mutation id.
    """

    stepShown = Signal(str)  # noqa: N815 - Qt naming
    answersSaved = Signal(int)  # noqa: N815 - Qt naming

    def __init__(
        self,
        reader: CacheReader,
        ops: Ops,
        current: CurrentConversation,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scriptPanel")
        self.reader = reader
        self.ops = ops
        self.desk_actions: DeskActions | None = None
        self.agent_name = ""
        self.conversation: ConversationRow | None = None
        self.run: ScriptRun | None = None
        self._choice_buttons: list[QPushButton] = []
        self._runs: dict[int, ScriptRun] = {}

        title = PlainLabel(self.tr("Call script"))
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        self.picker = QComboBox()
        self.picker.setObjectName("scriptPicker")
        self.picker.setAccessibleName(self.tr("Call script"))
        self.start = QPushButton(self.tr("Start"))
        pick = QHBoxLayout()
        pick.addWidget(self.picker, 1)
        pick.addWidget(self.start)

        self._make_steps()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 4)
        layout.addWidget(title)
        layout.addLayout(pick)
        layout.addWidget(self.steps)

        self.start.clicked.connect(self.on_start)
        self.input.textEdited.connect(self._on_input_edited)
        self.confirm.toggled.connect(self._on_confirm_toggled)
        self.next.clicked.connect(self.on_next)
        self.back.clicked.connect(self.on_back)
        current.switched.connect(self.show_conversation)
        current.updated.connect(self.on_conversation_updated)
        self.steps.hide()

    def _make_steps(self) -> None:
        self.step_text = PlainLabel()
        self.step_text.setObjectName("scriptStep")
        self.step_text.setWordWrap(True)
        self.input = QLineEdit()
        self.input.setObjectName("scriptInput")
        self.amount_validator = amount_validator(self)
        self.any_text = QRegularExpressionValidator(QRegularExpression(r"[\s\S]*"), self)
        self.confirm = QCheckBox(self.tr("Read to the customer"))
        self.confirm.setObjectName("scriptConfirm")
        self.confirm.setToolTip(self.tr("Tick once you have read this statement to the customer"))
        self.choices = QVBoxLayout()
        self.choices.setSpacing(4)
        self.blocked = PlainLabel()
        self.blocked.setObjectName("muted")
        self.blocked.setWordWrap(True)
        self.back = QPushButton(self.tr("Back"))
        self.next = QPushButton(self.tr("Next"))
        self.next.setObjectName("primary")
        nav = QHBoxLayout()
        nav.addWidget(self.back)
        nav.addStretch(1)
        nav.addWidget(self.next)
        self.steps = QFrame()
        self.steps.setObjectName("scriptSteps")
        column = QVBoxLayout(self.steps)
        column.setContentsMargins(0, 4, 0, 0)
        column.addWidget(self.step_text)
        column.addWidget(self.input)
        column.addLayout(self.choices)
        column.addWidget(self.confirm)
        column.addWidget(self.blocked)
        column.addLayout(nav)

    # ------------------------------------------------------------------ public API

    def set_actions(self, actions: DeskActions | None) -> None:
        self.desk_actions = actions

    def set_agent(self, name: str) -> None:
        self.agent_name = name

    def show_conversation(self, row: ConversationRow | None) -> None:
        """Another conversation: scripts in its language first, and the run the agent left
        unfinished there (kept per conversation for this session) comes back."""
        before = self.conversation.id if self.conversation else 0
        if self.run is not None and before:
            self._runs[before] = self.run
        self.conversation = row
        self.reload_scripts(keep=(row.id if row else 0) == before)
        self.run = self._runs.get(row.id) if row is not None else None
        if self.run is None:
            self.steps.hide()
        else:
            self.picker.setCurrentIndex(max(0, self.picker.findData(self.run.script.id)))
            self.steps.show()
            self._show_step()
        self.setEnabled(row is not None)

    def on_conversation_updated(self, row: ConversationRow) -> None:
        """The same conversation, re-read: later steps and answers use the fresh row; the
        picker and a run in progress stay as they are."""
        self.conversation = row

    def reload_scripts(self, *, keep: bool = True) -> None:
        """Fill the picker, the conversation's language first; ``keep`` the choice."""
        current = self.picker.currentData() if keep else None
        lang = self.conversation.language if self.conversation else ""
        scripts = self.reader.scripts()
        family = lang.split("-")[0]
        scripts.sort(key=lambda s: (s.lang != lang, s.lang.split("-")[0] != family, s.title))
        self.picker.clear()
        for script in scripts:
            self.picker.addItem(
                display_text(f"{script.title} · {LANG_NAMES.get(script.lang, script.lang)}"),
                script.slug,
            )
        found = self.picker.findData(current)
        self.picker.setCurrentIndex(max(0, found))

    def start_script(self, slug: str) -> bool:
        """Start the script ``slug`` (assist suggestions, tests)."""
        index = self.picker.findData(slug)
        if index < 0:
            return False
        self.picker.setCurrentIndex(index)
        self.on_start()
        return self.run is not None

    def choice_buttons(self) -> list[QPushButton]:
        return list(self._choice_buttons)

    # ------------------------------------------------------------------ slots

    def on_start(self) -> None:
        row = self.reader.script(str(self.picker.currentData() or ""))
        if row is None:
            return
        try:
            script: Script = parse_script(row.source, row.slug)
        except ScriptError as exc:
            self.ops.failed.emit(self.tr("start the script"), str(exc))
            return
        conversation = self.conversation
        order = (
            order_fields(self.reader, conversation.id, conversation.customer_id)
            if conversation is not None
            else ("", "", "")
        )
        self.run = ScriptRun(script, script_context(conversation, self.agent_name, order))
        self.steps.show()
        self._show_step()

    def on_next(self) -> None:
        run = self.run
        if run is None:
            return
        try:
            run.next()
        except ScriptBlockedError:
            self._update_blocked()
            return
        if run.finished:
            self._save(run)
        self._show_step()

    def on_back(self) -> None:
        if self.run is not None:
            self.run.back()
            self._show_step()

    def _on_choice(self, number: int) -> None:
        run = self.run
        if run is None:
            return
        try:
            run.choose(number)
        except ScriptBlockedError:
            self._update_blocked()
            return
        self._show_step()

    def _on_input_edited(self, text: str) -> None:
        if self.run is not None and self.run.current.input is not None:
            self.run.answer(text)
            self._update_blocked()

    def _on_confirm_toggled(self, on: bool) -> None:
        run = self.run
        if run is None or not run.current.compliance:
            return
        if on:
            run.confirm()
        # ScriptRun keeps a confirmation once given; unticking blocks Next here instead.
        self._update_blocked()

    # ------------------------------------------------------------------ internals

    def _show_step(self) -> None:
        run = self.run
        if run is None:
            return
        step = run.current
        self.step_text.setText(run.text)
        self.step_text.setProperty("compliance", step.compliance)
        self.step_text.style().unpolish(self.step_text)
        self.step_text.style().polish(self.step_text)
        self.input.setVisible(step.input is not None)
        if step.input is not None:
            amount = is_amount(step.input)
            self.input.setValidator(self.amount_validator if amount else self.any_text)
            example = QLocale().toString(12.5, "f", 2)
            tip = self.tr("An amount, for example {0}").format(example) if amount else ""
            self.input.setToolTip(tip)
            self.input.setPlaceholderText(display_text(step.input.label))
            self.input.setAccessibleName(display_text(step.input.label))
            self.input.setText(run.answers["inputs"].get(step.input.name, ""))
        self.confirm.setVisible(step.compliance)
        self.confirm.blockSignals(True)
        self.confirm.setChecked(step.id in run.answers["confirmed"])
        self.confirm.blockSignals(False)
        for button in self._choice_buttons:
            self.choices.removeWidget(button)
            button.deleteLater()
        self._choice_buttons = []
        for number, choice in enumerate(step.choices):
            button = QPushButton(display_text(choice.label))
            button.setObjectName("scriptChoice")
            button.clicked.connect(lambda _=False, n=number: self._on_choice(n))
            self.choices.addWidget(button)
            self._choice_buttons.append(button)
        self.back.setEnabled(len(run.path) > 1)
        self._update_blocked()
        self.stepShown.emit(step.id)

    def _update_blocked(self) -> None:
        run = self.run
        if run is None:
            return
        step = run.current
        if run.finished:
            self.blocked.setText(self.tr("Finished — the answers are saved as an internal note"))
            self.next.setEnabled(False)
            for button in self._choice_buttons:
                button.setEnabled(False)
            return
        reason = self._blocked_reason(run)
        self.blocked.setText(self.tr("To continue: {0}").format(reason) if reason else "")
        can_go = reason is None
        self.next.setEnabled(can_go and not (step.choices and step.next is None))
        self.next.setText(
            self.tr("Finish")
            if step.end or (step.next is None and not step.choices)
            else self.tr("Next")
        )
        for button in self._choice_buttons:
            button.setEnabled(can_go)

    def _blocked_reason(self, run: ScriptRun) -> str | None:
        """Why Next is disabled, in the agent's language (None: it is not)."""
        step = run.current
        if step.compliance and not self.confirm.isChecked():
            return self.tr("confirm that you have read the compliance statement to the customer")
        if step.input and step.input.required and not run.answers["inputs"].get(step.input.name):
            return self.tr("“{0}” is required").format(step.input.label)
        return None

    def _save(self, run: ScriptRun) -> None:
        actions, row = self.desk_actions, self.conversation
        if actions is None or row is None:
            self.ops.failed.emit(self.tr("save the script answers"), self.tr("not signed in"))
            return
        self.ops.run(
            actions.send_reply(row.id, format_answers(run), internal=True),
            what=self.tr("save the script answers"),
            on_done=self.answersSaved.emit,
        )
