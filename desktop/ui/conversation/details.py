"""The right-hand column: who the customer is and the facts of the open conversation.

Agents look here before they answer (which language, which channel, how to call back), so
the facts sit in a quiet column instead of crowding the conversation header. The row comes
from the shared :class:`CurrentConversation`; the customer's facts and the queue names are
read from the cache by primary key. "Open profile" asks for the customer page (issue 10);
the customer's tags and consent to be contacted show here too, so the agent sees "VIP" or
"no phone calls" before answering.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QPushButton, QVBoxLayout, QWidget

from desktop.models.rows import ConversationRow
from desktop.store.reader import CacheReader
from desktop.ui.conversation.current import CurrentConversation
from desktop.ui.labels import channel_label, status_label
from desktop.widgets.elided_label import ElidedLabel
from desktop.widgets.plain import PlainLabel, display_text

LANGUAGES = {"en": "English", "fi": "Suomi", "zh-Hans": "简体中文", "zh-Hant": "繁體中文"}


class DetailsPanel(QFrame):
    """Customer and conversation facts for the open conversation (``current``'s row,
    refilled on each of its signals).

    Signals:
        profileRequested(int): "Open profile" was pressed: show this customer's page.
    """

    profileRequested = Signal(int)  # noqa: N815 - Qt naming

    def __init__(
        self, reader: CacheReader, current: CurrentConversation, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("details")
        self.reader = reader
        self.customer_title = PlainLabel(self.tr("Customer"))
        self.customer_title.setObjectName("sectionTitle")
        self.customer_title.setWordWrap(True)
        self.conversation_title = PlainLabel(self.tr("Conversation"))
        self.conversation_title.setObjectName("sectionTitle")
        self.conversation_title.setWordWrap(True)
        self.fields: dict[str, ElidedLabel] = {}
        customer = self._form(
            [
                ("name", self.tr("Name")),
                ("email", self.tr("Email")),
                ("phone", self.tr("Phone")),
                ("language", self.tr("Language")),
                ("tags", self.tr("Tags")),
                ("consent", self.tr("Contact allowed")),
            ]
        )
        self.open_profile = QPushButton(self.tr("Open profile"))
        self.open_profile.setObjectName("openProfile")
        self.open_profile.setToolTip(self.tr("The customer's history, orders and notes"))
        self.open_profile.clicked.connect(self._open_profile)
        self.customer_id: int | None = None
        conversation = self._form(
            [
                ("channel", self.tr("Channel")),
                ("queue", self.tr("Queue")),
                ("status", self.tr("Status")),
                ("messages", self.tr("Messages")),
                ("activity", self.tr("Last activity")),
                ("reference", self.tr("Reference")),
            ]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(self.customer_title)
        layout.addLayout(customer)
        layout.addWidget(self.open_profile, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(12)
        layout.addWidget(self.conversation_title)
        layout.addLayout(conversation)
        layout.addStretch(1)
        self._layout = layout
        self.show_row(current.row)
        current.switched.connect(self.show_row)
        current.updated.connect(self.show_row)

    def add_section(self, widget: QWidget) -> None:
        """Add a panel below the facts (assist, call scripts), above the spare space."""
        self._layout.insertWidget(self._layout.count() - 1, widget)

    def _form(self, rows: list[tuple[str, str]]) -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        for key, title in rows:
            label = PlainLabel(title)
            label.setObjectName("muted")
            value = ElidedLabel()
            value.setObjectName("fact")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
        return form

    def text(self, key: str) -> str:
        return self.fields[key].full_text()

    def show_row(self, row: ConversationRow | None) -> None:
        """Show ``row``'s facts (None: empty and disabled)."""
        for value in self.fields.values():
            value.set_full_text("")
        for key in self.fields:
            self.fields[key].setEnabled(row is not None)
        self.customer_id = row.customer_id if row is not None else None
        self.open_profile.setEnabled(row is not None)
        if row is not None:
            self._fill(row)

    def _open_profile(self) -> None:
        if self.customer_id is not None:
            self.profileRequested.emit(self.customer_id)

    def _fill(self, row: ConversationRow) -> None:
        facts = self.reader.customer_facts(row.customer_id)
        language = facts.language if facts else row.language
        self.fields["name"].set_full_text(facts.name if facts else row.customer_name)
        self.fields["email"].set_full_text(facts.email if facts else "")
        self.fields["phone"].set_full_text(facts.phone if facts else "")
        self.fields["language"].set_full_text(LANGUAGES.get(language, language))
        if facts is not None:
            self.fields["tags"].set_full_text(", ".join(display_text(t) for t in facts.tags))
            allowed = [
                name
                for name, yes in (
                    (self.tr("email"), facts.consent_email),
                    (self.tr("phone"), facts.consent_phone),
                    (self.tr("marketing"), facts.consent_marketing),
                )
                if yes
            ]
            self.fields["consent"].set_full_text(", ".join(allowed) or self.tr("none"))
        self.fields["channel"].set_full_text(channel_label(row.channel))
        self.fields["queue"].set_full_text(self.reader.queue_names().get(row.queue_id, ""))
        self.fields["status"].set_full_text(status_label(row.status))
        self.fields["messages"].set_full_text(QLocale().toString(row.message_count))
        last = QDateTime.fromMSecsSinceEpoch(int(row.last_message_at * 1000))
        self.fields["activity"].set_full_text(
            QLocale().toString(last, QLocale.FormatType.ShortFormat)
        )
        self.fields["reference"].set_full_text(f"#{row.id}")
