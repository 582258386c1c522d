"""The Team page's "Requests" tab: the review queue of swaps waiting for a supervisor
(``pending_review``) and time off asked for (``requested``), oldest first.

Each row says who trades with whom (or who asks for time off), the shifts in the
supervisor's zone with their paid lengths, and every rule the request breaks in words
(``desktop.ui.schedule.rules_text.explain``, the same sentences the agents read). Approve
and Deny ask for a comment, then send ``swap.review`` / ``timeoff.review`` on the command
path: a decision only counts when the server takes it now, against everyone's current
schedule. An approval the rules refuse since (``accepted`` false: a hard rule broke in the
meantime) is said in words with the rules; nothing changed then. The queue is read from
the cache, so it shows offline; deciding needs the server (buttons say why when off).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from datetime import time as dt_time
from datetime import timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.shell import style
from desktop.ui.shell.ops import Ops
from desktop.ui.team.schedules_common import (
    WorkforceTab,
    WorkforceTeamReads,
    agent_names,
    day_text,
    failure_text,
    hours_text,
    list_table,
    local,
    run_command,
    select_item,
    selected_item,
    span_text,
    time_text,
)
from desktop.widgets.plain import PlainLabel, display_text

if TYPE_CHECKING:
    from protocol.kinds.workforce import ShiftSummary, SwapData, TimeOffData, Violation
    from protocol.workforce import SwapAnswer, TimeOffAnswer

KIND, AGENTS, SHIFTS, WARNINGS = range(4)
_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_COMMENT = 1_000
"""``protocol.kinds.workforce.MAX_COMMENT_CHARS``: the dialog stops there."""


@dataclass(frozen=True)
class ReviewItem:
    """One request waiting for a decision, as the table shows it."""

    kind: str
    """``swap`` or ``time_off``."""
    item_id: int
    created_at: float
    title: str
    agents: str
    shifts: str
    warnings: tuple[str, ...]
    hard: bool
    """A hard rule is broken: approving will be refused (shown, not hidden)."""

    @property
    def key(self) -> tuple[str, int]:
        return self.kind, self.item_id


def explain_all(
    violations: list[Violation], names: dict[int, str], queues: dict[int, str]
) -> tuple[str, ...]:
    """Every rule a request breaks, in words (hard ones say they block approval)."""
    from desktop.ui.schedule.rules_text import explain

    texts = []
    for violation in violations:
        sentence = explain(violation, names, queues)
        if violation.severity == "hard":
            sentence = QCoreApplication.translate("ReviewTab", "Blocks approval: {0}").format(
                sentence
            )
        texts.append(sentence)
    return tuple(texts)


def _shift_line(name: str, shift: ShiftSummary, zone: tzinfo) -> str:
    return QCoreApplication.translate("ReviewTab", "{0}: {1} ({2} paid)").format(
        name, span_text(shift.start, shift.end, zone), hours_text(shift.paid_seconds)
    )


def swap_item(
    swap: SwapData, names: dict[int, str], queues: dict[int, str], zone: tzinfo
) -> ReviewItem:
    unknown = QCoreApplication.translate("ReviewTab", "Unknown agent")
    giver = names.get(swap.initiator_id, unknown)
    taker = names.get(swap.accepter_id or swap.target_agent_id or 0, unknown)
    lines = [_shift_line(giver, swap.shift, zone)]
    if swap.type == "swap" and swap.accepter_shift is not None:
        title = QCoreApplication.translate("ReviewTab", "Swap")
        agents = QCoreApplication.translate("ReviewTab", "{0} ⇄ {1}").format(giver, taker)
        lines.append(_shift_line(taker, swap.accepter_shift, zone))
    else:
        title = QCoreApplication.translate("ReviewTab", "Giveaway")
        agents = QCoreApplication.translate("ReviewTab", "{0} → {1}").format(giver, taker)
    if swap.note:
        lines.append(
            QCoreApplication.translate("ReviewTab", "Note: {0}").format(display_text(swap.note))
        )
    return ReviewItem(
        "swap",
        swap.id,
        swap.created_at,
        title,
        agents,
        "\n".join(lines),
        explain_all(list(swap.violations), names, queues),
        any(v.severity == "hard" for v in swap.violations),
    )


def time_off_span(start: float, end: float, zone: tzinfo) -> str:
    """Whole local days as days ("Fri 11/12/2026", "Mon 14/12/2026 to Fri 18/12/2026"),
    anything else with its times."""
    first, last = local(start, zone), local(end, zone)
    midnight = dt_time(0, 0)
    if first.time() == midnight and last.time() == midnight and last.date() > first.date():
        final = last.date() - timedelta(days=1)
        if final == first.date():
            return QCoreApplication.translate("ReviewTab", "{0} (whole day)").format(
                day_text(first.date())
            )
        return QCoreApplication.translate("ReviewTab", "{0} to {1} (whole days)").format(
            day_text(first.date()), day_text(final)
        )
    return QCoreApplication.translate("ReviewTab", "{0} {1} to {2} {3}").format(
        day_text(first.date()), time_text(start, zone), day_text(last.date()), time_text(end, zone)
    )


def time_off_item(
    request: TimeOffData,
    names: dict[int, str],
    queues: dict[int, str],
    zone: tzinfo,
    covered: float,
) -> ReviewItem:
    """``covered``: the paid seconds of the agent's shifts the request would take."""
    kinds = {
        "vacation": QCoreApplication.translate("ReviewTab", "Vacation"),
        "personal": QCoreApplication.translate("ReviewTab", "Personal"),
        "medical": QCoreApplication.translate("ReviewTab", "Medical"),
        "training": QCoreApplication.translate("ReviewTab", "Training"),
        "other": QCoreApplication.translate("ReviewTab", "Other"),
    }
    span = time_off_span(request.start, request.end, zone)
    lines = [
        span,
        QCoreApplication.translate("ReviewTab", "Scheduled paid time it covers: {0}").format(
            hours_text(covered)
        ),
    ]
    if request.note:
        lines.append(
            QCoreApplication.translate("ReviewTab", "Note: {0}").format(display_text(request.note))
        )
    return ReviewItem(
        "time_off",
        request.id,
        request.created_at,
        QCoreApplication.translate("ReviewTab", "Time off: {0}").format(
            kinds.get(request.type, display_text(request.type))
        ),
        names.get(request.agent_id, QCoreApplication.translate("ReviewTab", "Unknown agent")),
        "\n".join(lines),
        explain_all(list(request.violations), names, queues),
        any(v.severity == "hard" for v in request.violations),
    )


def review_items(reader: WorkforceTeamReads, zone: tzinfo) -> list[ReviewItem]:
    """Swaps waiting for review and time off asked for, oldest first."""
    names = agent_names(reader)
    queues = {q: display_text(n) for q, n in reader.queue_names().items()}
    items = [swap_item(s, names, queues, zone) for s in reader.swaps(("pending_review",))]
    for request in reader.time_offs(states=("requested",)):
        shifts = reader.shifts(request.agent_id, request.start - 86_400.0, request.end)
        covered = 0.0
        for shift in shifts:
            for activity in shift.activities:
                if activity.type in ("lunch", "time_off"):
                    continue
                overlap = min(activity.end, request.end) - max(activity.start, request.start)
                covered += max(overlap, 0.0)
        items.append(time_off_item(request, names, queues, zone, covered))
    items.sort(key=lambda i: (i.created_at, i.kind, i.item_id))
    return items


class CommentDialog(QDialog):
    """Approve or deny, with a comment for the agents (optional, at most 1,000
    characters). Opened window-modal (``open``): the decision goes out on ``accepted``."""

    def __init__(self, approve: bool, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewCommentDialog")
        self.approve = approve
        self.setWindowTitle(self.tr("Approve request") if approve else self.tr("Deny request"))
        about = PlainLabel(summary)
        about.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("reviewComment")
        self.comment.setAccessibleName(self.tr("Comment for the agents"))
        self.comment.setPlaceholderText(self.tr("A comment for the agents (optional)"))
        self.comment.textChanged.connect(self._limit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(
            self.tr("Approve") if approve else self.tr("Deny"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(about)
        column.addWidget(PlainLabel(self.tr("Comment:")))
        column.addWidget(self.comment)
        column.addWidget(buttons)
        self.resize(460, 260)

    def _limit(self) -> None:
        text = self.comment.toPlainText()
        if len(text) > MAX_COMMENT:
            self.comment.setPlainText(text[:MAX_COMMENT])

    def text(self) -> str:
        return self.comment.toPlainText().strip()[:MAX_COMMENT]


class ReviewTab(WorkforceTab):
    """The review queue with Approve / Deny.

    Signals:
        countChanged(int): how many requests wait (the page titles the tab with it).
    """

    countChanged = Signal(int)  # noqa: N815 - Qt naming

    def __init__(
        self,
        reader: WorkforceTeamReads,
        ops: Ops,
        parent: QWidget | None = None,
        zone: tzinfo | None = None,
    ) -> None:
        super().__init__(reader, ops, parent, zone, name="teamReview")
        self.items: list[ReviewItem] = []
        self.loaded = False
        """Read at least once. Not at build: the window builds its pages before the first
        paint, and reading the queue loads pydantic; the first read is when signed in,
        shown or changed."""
        self.sending = False
        self.dialog: CommentDialog | None = None
        self.table = self._make_table()
        self.empty = PlainLabel(self.tr("Nothing waits for your review."))
        self.empty.setObjectName("reviewEmpty")
        self.approve_button = QPushButton(self.tr("Approve…"))
        self.approve_button.setObjectName("reviewApprove")
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.deny_button = QPushButton(self.tr("Deny…"))
        self.deny_button.setObjectName("reviewDeny")
        self.deny_button.clicked.connect(lambda: self.decide(False))
        self.status = PlainLabel()
        self.status.setObjectName("reviewStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = QHBoxLayout()
        bar.addWidget(self.approve_button)
        bar.addWidget(self.deny_button)
        bar.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.empty)
        column.addWidget(self.table, 1)
        column.addLayout(bar)
        column.addWidget(self.status)
        self.table.itemSelectionChanged.connect(self._update_buttons)

    def _make_table(self) -> QTableWidget:
        labels = [
            self.tr("Request"),
            self.tr("Agents"),
            self.tr("Shifts"),
            self.tr("Rule warnings"),
        ]
        accessible = self.tr("Requests waiting for review")
        table = list_table(labels, "reviewTable", accessible, wrap=True)
        header = table.horizontalHeader()
        char = table.fontMetrics().averageCharWidth()
        for section, chars in ((KIND, 20), (AGENTS, 30), (SHIFTS, 46)):
            table.setColumnWidth(section, chars * char)
        header.setStretchLastSection(True)
        header.sectionResized.connect(lambda *_: QTimer.singleShot(0, self.fit_rows))
        return table

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the queue again; the selected request stays selected while it waits."""
        chosen = self.selected()
        self.loaded = True
        self.items = review_items(self.reader, self.zone)
        table = self.table
        table.setRowCount(len(self.items))
        hard = QColor(style.FAILED)
        for row, item in enumerate(self.items):
            requested = QCoreApplication.translate("ReviewTab", "{0}\nasked {1} {2}").format(
                item.title,
                day_text(local(item.created_at, self.zone).date()),
                time_text(item.created_at, self.zone),
            )
            warnings = "\n".join(item.warnings) or self.tr("No rule broken")
            for column, text in enumerate((requested, item.agents, item.shifts, warnings)):
                cell = QTableWidgetItem(text)
                cell.setData(_KEY_ROLE, item.key)
                cell.setToolTip(text)
                if column == WARNINGS and item.hard:
                    cell.setForeground(hard)
                table.setItem(row, column, cell)
        self._fit_columns()
        self.fit_rows()
        self.empty.setVisible(not self.items)
        self.table.setVisible(bool(self.items))
        if chosen is not None:
            self.select(chosen)
        self._update_buttons()
        self.countChanged.emit(len(self.items))

    def fit_rows(self) -> None:
        """Rows as tall as their lines. Qt measures with the primary font, so a line
        drawn with a taller fallback (Chinese names) would be cut: each line gets room
        for that too. Again when a column's width changes (the warnings wrap)."""
        table = self.table
        table.resizeRowsToContents()
        line = math.ceil(table.fontMetrics().lineSpacing() * 1.35)
        for row in range(table.rowCount()):
            lines = max(
                (
                    len((c.text() if (c := table.item(row, col)) else "").splitlines())
                    for col in range(4)
                ),
                default=1,
            )
            table.setRowHeight(row, max(table.rowHeight(row), lines * line + 8))

    def _fit_columns(self) -> None:
        """Request, agents and shifts as wide as their longest line (up to a cap, in
        characters of the desk's font), so a shift's line does not wrap; the warnings
        take the rest."""
        table = self.table
        metrics = table.fontMetrics()
        char = metrics.averageCharWidth()
        header = table.horizontalHeader().fontMetrics()
        for column, (least, most) in {KIND: (12, 24), AGENTS: (16, 36), SHIFTS: (30, 64)}.items():
            title = table.horizontalHeaderItem(column)
            widest = header.horizontalAdvance(title.text() if title else "") + 2 * char
            for row in range(table.rowCount()):
                cell = table.item(row, column)
                for line in (cell.text() if cell else "").splitlines():
                    widest = max(widest, metrics.horizontalAdvance(line) + 2 * char)
            table.setColumnWidth(column, min(max(widest, least * char), most * char))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if not self.loaded:
            self.refresh()

    def selected(self) -> ReviewItem | None:
        return selected_item(self.table, self.items)

    def select(self, item: ReviewItem | tuple[str, int]) -> bool:
        key = item.key if isinstance(item, ReviewItem) else item
        return select_item(self.table, self.items, lambda candidate: candidate.key == key)

    # ------------------------------------------------------------------ deciding

    def _update_buttons(self) -> None:
        ready = self.selected() is not None and not self.sending
        can_send = self.online and self.actions_ is not None
        for button in (self.approve_button, self.deny_button):
            button.setEnabled(ready and can_send)
            button.setToolTip(
                "" if can_send else self.tr("Deciding needs the server: you are offline")
            )

    def decide(self, approve: bool) -> None:
        """Ask for the comment; the decision goes out when the dialog is accepted."""
        item = self.selected()
        if item is None or self.sending:
            return
        summary = f"{item.title}: {item.agents}\n{item.shifts}"
        if approve and item.hard:
            summary += "\n" + self.tr("A hard rule is broken: the server will refuse this.")
        dialog = CommentDialog(approve, summary, self)
        dialog.accepted.connect(lambda: self._send(item, approve, dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _send(self, item: ReviewItem, approve: bool, comment: str) -> None:
        from protocol.workforce import SWAP_REVIEW, TIME_OFF_REVIEW, SwapAnswer, TimeOffAnswer

        self.dialog = None
        self.sending = True
        self._update_buttons()
        self.status.setText(self.tr("Sending your decision…"))
        if item.kind == "swap":
            run_command(
                self.ops,
                self.actions_,
                SWAP_REVIEW,
                {"swap_id": item.item_id, "approve": approve, "comment": comment},
                SwapAnswer,
                what=self.tr("review a swap"),
                on_done=lambda answer: self._answered(item, approve, answer),
                on_error=self._failed,
            )
        else:
            run_command(
                self.ops,
                self.actions_,
                TIME_OFF_REVIEW,
                {"time_off_id": item.item_id, "approve": approve, "comment": comment},
                TimeOffAnswer,
                what=self.tr("review time off"),
                on_done=lambda answer: self._answered(item, approve, answer),
                on_error=self._failed,
            )

    def _answered(
        self, item: ReviewItem, approve: bool, answer: SwapAnswer | TimeOffAnswer
    ) -> None:
        self.sending = False
        if not answer.accepted:
            names = agent_names(self.reader)
            queues = {q: display_text(n) for q, n in self.reader.queue_names().items()}
            reasons = "\n".join(explain_all(list(answer.violations), names, queues))
            self.status.setText(
                self.tr("Not approved: the rules refuse it now. Nothing changed.\n{0}").format(
                    reasons
                )
            )
            self.status.setStyleSheet(f"color: {QColor(style.FAILED).name()}")
        else:
            text = (
                self.tr("Approved: {0} ({1}).") if approve else self.tr("Denied: {0} ({1}).")
            ).format(item.title, item.agents)
            self.status.setText(text)
            self.status.setStyleSheet("")
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.sending = False
        self.status.setText(failure_text(error))
        self.status.setStyleSheet(f"color: {QColor(style.FAILED).name()}")
        self._update_buttons()

    def now(self) -> float:
        return time.time()
