"""The customer page's dialogs: edit a customer's tags, consent, time zone and identities
(a ``customer.update`` through the outbox), and the supervisor's Erase confirmation
(typing the customer's name, so a wrong click cannot anonymise somebody).

The edit dialog checks every value with the protocol's own rules
(``protocol.kinds.customers``) before it closes, and shows the rule's sentence under the
fields; the server checks again (an identity another customer holds).
"""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.customer.merge import Person
from desktop.widgets.plain import PlainLabel, display_text

IdentityRole = Qt.ItemDataRole.UserRole + 1


class EditCustomerDialog(QDialog):
    """Tags, consent, time zone and identities of one customer.

    Signals:
        saved(object): the ``CustomerUpdateOp`` to queue (only what changed).
    """

    saved = Signal(object)

    def __init__(self, customer_id: int, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerEditDialog")
        self.setWindowTitle(self.tr("Edit customer"))
        self.customer_id = customer_id
        self.person = person
        self.tags = QLineEdit(", ".join(person.tags))
        self.tags.setObjectName("customerEditTags")
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("vip, at-risk"))
        self.consent_email = QCheckBox(self.tr("May be contacted by email"))
        self.consent_email.setChecked(person.consent_email)
        self.consent_phone = QCheckBox(self.tr("May be contacted by phone"))
        self.consent_phone.setChecked(person.consent_phone)
        self.consent_marketing = QCheckBox(self.tr("Agreed to marketing"))
        self.consent_marketing.setChecked(person.consent_marketing)
        self.timezone = QComboBox()
        self.timezone.setObjectName("customerEditTimezone")
        self.timezone.setAccessibleName(self.tr("Time zone"))
        self.timezone.setEditable(True)
        self.timezone.addItem("")
        self.timezone.addItems(sorted(available_timezones()))
        self.timezone.setCurrentText(person.timezone)
        self.identities = QListWidget()
        self.identities.setObjectName("customerEditIdentities")
        self.identities.setAccessibleName(self.tr("Identities"))
        for kind, value in person.identities:
            self._add_item(kind, value)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.new_kind = QComboBox()
        self.new_kind.setAccessibleName(self.tr("Kind of identity"))
        for kind, title in (
            ("email", self.tr("Email")),
            ("phone", self.tr("Phone")),
            ("chat", self.tr("Chat")),
        ):
            self.new_kind.addItem(title, kind)
        self.new_value = QLineEdit()
        self.new_value.setAccessibleName(self.tr("New identity"))
        self.new_value.setPlaceholderText(self.tr("name@example.com, +358 40 123 4567, handle"))
        self.add_button = QPushButton(self.tr("Add"))
        self.error = PlainLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._lay_out()
        self.remove_button.clicked.connect(self._remove)
        self.add_button.clicked.connect(self._add)
        self.new_value.returnPressed.connect(self._add)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Tags"), self.tags)
        consent = QVBoxLayout()
        for box in (self.consent_email, self.consent_phone, self.consent_marketing):
            consent.addWidget(box)
        form.addRow(self.tr("Consent"), consent)
        form.addRow(self.tr("Time zone"), self.timezone)
        add = QHBoxLayout()
        add.addWidget(self.new_kind)
        add.addWidget(self.new_value, 1)
        add.addWidget(self.add_button)
        identities = QVBoxLayout()
        identities.addWidget(self.identities)
        identities.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        identities.addLayout(add)
        form.addRow(self.tr("Identities"), identities)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(self.buttons)

    def _add_item(self, kind: str, value: str) -> None:
        item = QListWidgetItem(f"{kind}: {display_text(value)}")
        item.setData(IdentityRole, (kind, value))
        self.identities.addItem(item)

    def current_identities(self) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        for row in range(self.identities.count()):
            data = self.identities.item(row).data(IdentityRole)
            if isinstance(data, tuple):
                found.append((str(data[0]), str(data[1])))
        return found

    def _remove(self) -> None:
        row = self.identities.currentRow()
        if row >= 0:
            self.identities.takeItem(row)

    def _add(self) -> None:
        from pydantic import ValidationError

        from protocol.kinds.customers import Identity

        kind = str(self.new_kind.currentData())
        try:
            identity = Identity.model_validate({"type": kind, "value": self.new_value.text()})
        except ValidationError as exc:
            self._say(exc)
            return
        if (identity.type, identity.value) not in self.current_identities():
            self._add_item(identity.type, identity.value)
        self.new_value.clear()
        self._say(None)

    def build_change(self) -> object:
        """The ``CustomerUpdateOp`` for what changed (raises pydantic's error)."""
        from protocol.kinds.customers import CustomerUpdateOp

        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        now = self.current_identities()
        before = list(self.person.identities)
        body: dict[str, object] = {"customer_id": self.customer_id, "tags": tags}
        body["consent"] = {
            "email": self.consent_email.isChecked(),
            "phone": self.consent_phone.isChecked(),
            "marketing": self.consent_marketing.isChecked(),
        }
        zone = self.timezone.currentText().strip()
        if zone and zone != self.person.timezone:
            body["timezone"] = zone
        body["add_identities"] = [{"type": k, "value": v} for k, v in now if (k, v) not in before]
        body["remove_identities"] = [
            {"type": k, "value": v} for k, v in before if (k, v) not in now
        ]
        return CustomerUpdateOp.model_validate(body)

    def _save(self) -> None:
        from pydantic import ValidationError

        try:
            change = self.build_change()
        except ValidationError as exc:
            self._say(exc)
            return
        self.saved.emit(change)
        self.accept()

    def _say(self, error: Exception | None) -> None:
        if error is None:
            self.error.hide()
            return
        errors = getattr(error, "errors", None)
        text = str(error)
        if callable(errors):
            found = errors()
            if found:
                text = str(found[0].get("msg", text)).removeprefix("Value error, ")
        self.error.setText(text)
        self.error.show()


class EraseDialog(QDialog):
    """Erase a customer: the supervisor types the customer's name to confirm.

    Signals:
        confirmed(): erase now.
    """

    confirmed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerEraseDialog")
        self.setWindowTitle(self.tr("Erase customer"))
        self.name = " ".join(name.split())
        text = PlainLabel(
            self.tr(
                "Erasing anonymises {0} everywhere: name, contact details and identities, "
                "messages redacted, also in every desk's cache. An audit record without "
                "personal data is kept. This cannot be undone.\n\nType the customer's name "
                "to confirm:"
            ).format(display_text(self.name))
        )
        text.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setObjectName("customerEraseName")
        self.typed.setAccessibleName(self.tr("The customer's name, to confirm"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(
            self.tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        column = QVBoxLayout(self)
        column.addWidget(text)
        column.addWidget(self.typed)
        column.addWidget(self.buttons)
        self.typed.textChanged.connect(self._typed)
        self.erase_button.clicked.connect(self._erase)
        self.buttons.rejected.connect(self.reject)

    def _matches(self) -> bool:
        return bool(self.name) and " ".join(self.typed.text().split()) == self.name

    def _typed(self) -> None:
        self.erase_button.setEnabled(self._matches())

    def _erase(self) -> None:
        if self._matches():
            self.confirmed.emit()
            self.accept()
