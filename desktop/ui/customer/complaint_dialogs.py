"""The complaint dialogs: open a complaint (from a conversation), resolve it (what was
done and the customer's satisfaction), escalate it, and add a follow-up task.

Each dialog only collects values and builds the protocol op with :meth:`op`; a value the
protocol refuses (an empty description, a reason too long) is named under the fields and
the dialog stays open, so nothing invalid reaches the outbox. Sending is the caller's.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.customer.complaint_labels import category_label, severity_label
from desktop.widgets.plain import PlainLabel
from protocol.kinds.complaints import (
    COMPLAINT_CATEGORIES,
    SEVERITIES,
    ComplaintEscalateOp,
    ComplaintMoveOp,
    ComplaintOpenOp,
    TaskAddOp,
)


def _problem(error: ValidationError, labels: dict[str, str]) -> str:
    """The protocol's refusal as one line per field: the field as the form names it,
    then the protocol's own words."""
    lines = []
    for e in error.errors():
        field = ".".join(str(p) for p in e["loc"])
        message = str(e["msg"]).removeprefix("Value error, ")
        lines.append(f"{labels.get(field, field) or '-'}: {message}")
    return "\n".join(lines)


class _Form(QDialog):
    """A titled form with OK/Cancel and a line under it for the protocol's refusal."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("complaintDialog")
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.labels: dict[str, str] = {}
        """Field name -> the form's label for it, to name a refused value."""
        self.error = PlainLabel("", self)
        self.error.setObjectName("complaintDialogError")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.buttons = buttons

    def _try_accept(self) -> None:
        try:
            self.build()
        except ValidationError as error:
            self.error.setText(_problem(error, self.labels))
            self.error.show()
            return
        self.accept()

    def build(self) -> object:
        raise NotImplementedError


def _add_row(form: _Form, field: str, label: str, widget: QWidget) -> None:
    form.form.addRow(PlainLabel(label, form), widget)
    form.labels[field] = label


def _text_box(parent: QWidget, name: str, accessible: str) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(70)
    return box


class OpenComplaintDialog(_Form):
    """Open a complaint from conversation ``conversation_id``; the contact channel and
    value come prefilled from the customer (email first, else phone)."""

    def __init__(
        self,
        conversation_id: int,
        *,
        email: str = "",
        phone: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Open a complaint"), parent)
        self.conversation_id = conversation_id
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Category"))
        for value in COMPLAINT_CATEGORIES:
            self.category.addItem(category_label(value), value)
        self.severity = QComboBox(self)
        self.severity.setAccessibleName(self.tr("Severity"))
        for value in SEVERITIES:
            self.severity.addItem(severity_label(value), value)
        self.severity.setCurrentIndex(SEVERITIES.index("medium"))
        self.description = _text_box(self, "complaintDescription", self.tr("Description"))
        self.wanted = _text_box(self, "complaintWanted", self.tr("What the customer wants"))
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("Contact channel"))
        self.channel.addItem(self.tr("Email"), "email")
        self.channel.addItem(self.tr("Phone"), "phone")
        self.channel.addItem(self.tr("Chat"), "chat")
        self.contact = QLineEdit(self)
        self.contact.setAccessibleName(self.tr("Contact details"))
        self._known = {"email": email, "phone": phone, "chat": ""}
        if not email and phone:
            self.channel.setCurrentIndex(1)
        self.contact.setText(self._known[str(self.channel.currentData())])
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.confirmed = QCheckBox(self.tr("Contact details confirmed with the customer"), self)
        _add_row(self, "category", self.tr("Category"), self.category)
        _add_row(self, "severity", self.tr("Severity"), self.severity)
        _add_row(self, "description", self.tr("Description"), self.description)
        _add_row(self, "wanted", self.tr("What the customer wants"), self.wanted)
        _add_row(self, "contact_channel", self.tr("Contact channel"), self.channel)
        _add_row(self, "contact_value", self.tr("Contact details"), self.contact)
        self.form.addRow(self.confirmed)
        self.resize(520, 460)

    def _channel_changed(self) -> None:
        self.contact.setText(self._known.get(str(self.channel.currentData()), ""))

    def build(self) -> ComplaintOpenOp:
        return ComplaintOpenOp.model_validate(
            {
                "conversation_id": self.conversation_id,
                "category": self.category.currentData(),
                "severity": self.severity.currentData(),
                "description": self.description.toPlainText(),
                "wanted": self.wanted.toPlainText(),
                "contact_channel": self.channel.currentData(),
                "contact_value": self.contact.text(),
                "contact_confirmed": self.confirmed.isChecked(),
            }
        )

    def op(self) -> ComplaintOpenOp:
        return self.build()


class ResolveDialog(_Form):
    """Resolve a complaint: what was done, and the customer's satisfaction if given."""

    def __init__(self, complaint_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Resolve the complaint"), parent)
        self.complaint_id = complaint_id
        self.resolution = _text_box(self, "complaintResolution", self.tr("Resolution"))
        self.satisfaction = QComboBox(self)
        self.satisfaction.setAccessibleName(self.tr("Customer's satisfaction"))
        self.satisfaction.addItem(self.tr("Not given"), None)
        for score in range(1, 6):
            self.satisfaction.addItem(str(score), score)
        _add_row(self, "resolution", self.tr("Resolution"), self.resolution)
        _add_row(self, "satisfaction", self.tr("Customer's satisfaction (1-5)"), self.satisfaction)
        self.labels[""] = self.tr("Resolution")  # "a resolution needs a text" is the model's
        self.resize(460, 280)

    def build(self) -> ComplaintMoveOp:
        return ComplaintMoveOp.model_validate(
            {
                "complaint_id": self.complaint_id,
                "to": "resolved",
                "resolution": self.resolution.toPlainText(),
                "satisfaction": self.satisfaction.currentData(),
            }
        )

    def op(self) -> ComplaintMoveOp:
        return self.build()


class EscalateDialog(_Form):
    """Escalate to a supervisor or second level with a reason and, optionally, a
    person (``agents``: id and name of the agents in the cache)."""

    def __init__(
        self, complaint_id: int, agents: list[tuple[int, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Escalate the complaint"), parent)
        self.complaint_id = complaint_id
        self.level = QComboBox(self)
        self.level.setAccessibleName(self.tr("Level"))
        self.level.addItem(self.tr("Supervisor"), "supervisor")
        self.level.addItem(self.tr("Second level"), "second_level")
        self.reason = _text_box(self, "complaintReason", self.tr("Reason"))
        self.person = QComboBox(self)
        self.person.setAccessibleName(self.tr("Person"))
        self.person.addItem(self.tr("Anyone"), None)
        for agent_id, name in agents:
            self.person.addItem(name, agent_id)
        _add_row(self, "level", self.tr("Level"), self.level)
        _add_row(self, "reason", self.tr("Reason"), self.reason)
        _add_row(self, "to_agent_id", self.tr("Person"), self.person)
        self.resize(460, 280)

    def build(self) -> ComplaintEscalateOp:
        return ComplaintEscalateOp.model_validate(
            {
                "complaint_id": self.complaint_id,
                "level": self.level.currentData(),
                "reason": self.reason.toPlainText(),
                "to_agent_id": self.person.currentData(),
            }
        )

    def op(self) -> ComplaintEscalateOp:
        return self.build()


def tomorrow_at_ten(now: QDateTime | None = None) -> QDateTime:
    """The default due time of a new task: tomorrow 10:00 local time."""
    now = QDateTime.currentDateTime() if now is None else now
    day: QDate = now.date().addDays(1)
    return QDateTime(day, QTime(10, 0))


class TaskDialog(_Form):
    """Add a follow-up task: title, assignee (default: ``me``) and due time."""

    def __init__(
        self,
        complaint_id: int,
        agents: list[tuple[int, str]],
        me: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Add a follow-up task"), parent)
        self.complaint_id = complaint_id
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Task"))
        self.assignee = QComboBox(self)
        self.assignee.setAccessibleName(self.tr("Assignee"))
        for agent_id, name in agents:
            self.assignee.addItem(name, agent_id)
        if me is not None and (index := self.assignee.findData(me)) >= 0:
            self.assignee.setCurrentIndex(index)
        self.due = QDateTimeEdit(tomorrow_at_ten(), self)
        self.due.setAccessibleName(self.tr("Due"))
        self.due.setCalendarPopup(True)
        _add_row(self, "title", self.tr("Task"), self.title)
        _add_row(self, "assignee_id", self.tr("Assignee"), self.assignee)
        _add_row(self, "due_at", self.tr("Due"), self.due)
        self.resize(420, 200)

    def build(self) -> TaskAddOp:
        return TaskAddOp.model_validate(
            {
                "complaint_id": self.complaint_id,
                "assignee_id": self.assignee.currentData(),
                "title": self.title.text(),
                "due_at": self.due.dateTime().toMSecsSinceEpoch() / 1000.0,
            }
        )

    def op(self) -> TaskAddOp:
        return self.build()
