"""The agent's own canned replies: "Save as canned reply…" and "Manage my canned replies…".

Personal replies are made in the desk, from the reply box (its text, or the selection),
in the conversation's language; the manager lists every reply the agent can use, edits
and deletes the personal ones and shows the shared ones (supervisors keep those as files:
``frontline canned import``). Saving and deleting go through the outbox like a reply
(``CannedActions``), so they work offline and the picker shows them at once; a value the
protocol refuses is said in the dialog, which stays open.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.knowledge.canned_search import CannedSearch
from desktop.knowledge.snippets import canonical_language, choose_variant, preview, same_language
from desktop.models.canned import CannedReply
from desktop.models.changes import Changes
from desktop.ui.conversation.canned_picker import (
    CannedSource,
    PickerDelegate,
    PickerEntry,
    PickerModel,
    ReplyRole,
    scope_label,
)
from desktop.ui.conversation.details import LANGUAGES
from desktop.ui.shell import style
from desktop.ui.shell.actions import CannedActions
from desktop.ui.shell.ops import Ops
from desktop.widgets.plain import PlainLabel, display_text

SHORTCUT_MAX = 32
TITLE_MAX = 120
BODY_MAX = 5_000
"""The protocol's limits (``protocol/kinds/canned.py``), enforced as the agent types."""
VARIANT_LANGUAGES = ("en", "fi", "zh-Hans", "zh-Hant")
_SHORTCUT_TYPED = re.compile(r"[^a-z0-9_-]+")


def variant_tag(language: str | None) -> str:
    """The variant a conversation in ``language`` gets: ``zh-TW`` → ``zh-Hant``, ``zh``
    and ``zh-CN`` → ``zh-Hans``, ``fi-FI`` → ``fi``; English when unknown."""
    base, script = canonical_language(language)
    if base == "zh":
        return "zh-Hant" if script == "hant" else "zh-Hans"
    return base or "en"


def normal_shortcut(typed: str) -> str:
    """What the agent typed as a shortcut, as the protocol stores it: lower case, no "/",
    spaces as "-" ("/Refund Note" → ``refund-note``); other characters dropped."""
    text = typed.strip().lstrip("/").strip().lower().replace(" ", "-")
    return _SHORTCUT_TYPED.sub("", text)[:SHORTCUT_MAX]


class SaveCannedDialog(QDialog):
    """Shortcut, title, language and text of one personal reply (new or edited).

    Switching the language keeps what was typed for the previous one: an edited reply
    is saved with every variant.

    Signals:
        saveRequested(object, str, str, object): id (None: new), shortcut, title and the
            variants (language -> text).
    """

    saveRequested = Signal(object, str, str, object)  # noqa: N815 - Qt naming

    def __init__(
        self,
        language: str,
        text: str = "",
        reply: CannedReply | None = None,
        taken: frozenset[str] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("saveCannedDialog")
        self.reply = reply
        self.taken = taken
        self.setWindowTitle(
            self.tr("Save as canned reply") if reply is None else self.tr("Edit canned reply")
        )
        self.variants: dict[str, str] = dict(reply.variants) if reply is not None else {}
        if reply is None:
            self.variants[language] = text
        self._make_fields(reply, language)
        self.error = PlainLabel()
        self.error.setObjectName("cannedError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._lay_out()
        self._shown = language
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.body.setPlainText(self.variants.get(language, ""))
        self.language.currentIndexChanged.connect(self._on_language)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.resize(520, 380)
        (self.title if reply is None and self.shortcut.text() else self.shortcut).setFocus()

    def _make_fields(self, reply: CannedReply | None, language: str) -> None:
        self.shortcut = QLineEdit(reply.shortcut if reply else "")
        self.shortcut.setObjectName("cannedShortcut")
        self.shortcut.setAccessibleName(self.tr("Shortcut"))
        self.shortcut.setMaxLength(SHORTCUT_MAX + 1)
        self.shortcut.setValidator(QRegularExpressionValidator(r"/?[A-Za-z0-9_ -]{0,32}", self))
        self.shortcut.setPlaceholderText(self.tr("refund-note"))
        self.title = QLineEdit(reply.title if reply else "")
        self.title.setObjectName("cannedTitle")
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setMaxLength(TITLE_MAX)
        self.language = QComboBox()
        self.language.setObjectName("cannedLanguage")
        self.language.setAccessibleName(self.tr("Language"))
        for tag in dict.fromkeys((*VARIANT_LANGUAGES, *self.variants, language)):
            self.language.addItem(LANGUAGES.get(tag, tag), tag)
        self.body = QPlainTextEdit()
        self.body.setObjectName("cannedBody")
        self.body.setAccessibleName(self.tr("Text"))
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(
            self.tr("Text; {customer.first_name} and {{fill:order number}} work here too")
        )

    def _lay_out(self) -> None:
        intro = PlainLabel(self.tr("Only you see it; type / and its shortcut in a reply."))
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(intro)
        form.addRow(self.tr("Shortcut"), self.shortcut)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Language"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def fail(self, reason: str) -> None:
        """Say why nothing was saved; the dialog stays open for another try."""
        self.error.setStyleSheet(f"QLabel#cannedError {{ color: {style.FAILED.name()}; }}")
        self.error.setText(reason)
        self.error.show()
        self.buttons.setEnabled(True)

    def _on_language(self, _index: int) -> None:
        self.variants[self._shown] = self.body.toPlainText()
        self._shown = str(self.language.currentData())
        self.body.setPlainText(self.variants.get(self._shown, ""))

    def _on_save(self) -> None:
        self.variants[self._shown] = self.body.toPlainText()
        variants = {k: v.strip() for k, v in self.variants.items() if v.strip()}
        shortcut = normal_shortcut(self.shortcut.text())
        title = " ".join(self.title.text().split())
        if not shortcut:
            self.fail(self.tr("Give it a shortcut: letters, digits, - or _"))
        elif shortcut in self.taken:
            self.fail(self.tr("You already have a reply /{0}").format(shortcut))
        elif not title:
            self.fail(self.tr("Give it a title"))
        elif not variants:
            self.fail(self.tr("The text is empty"))
        elif any(len(v) > BODY_MAX for v in variants.values()):
            self.fail(self.tr("A text has at most {0} characters").format(BODY_MAX))
        else:
            self.buttons.setEnabled(False)
            self.saveRequested.emit(
                self.reply.id if self.reply else None, shortcut, title, variants
            )


class ManageCannedDialog(QDialog):
    """Every canned reply the agent can use, filtered as they type; the personal ones can
    be edited and deleted (after a second click), the shared ones read.

    Signals:
        editRequested(object): edit this reply (None: a new one).
        deleteRequested(int): delete this personal reply.
    """

    editRequested = Signal(object)  # noqa: N815 - Qt naming
    deleteRequested = Signal(int)  # noqa: N815 - Qt naming

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manageCannedDialog")
        self.setWindowTitle(self.tr("My canned replies"))
        self.language = language
        self.search: CannedSearch[CannedReply] = CannedSearch()
        self._confirming = 0
        self.filter = QLineEdit()
        self.filter.setObjectName("cannedFilter")
        self.filter.setAccessibleName(self.tr("Filter"))
        self.filter.setPlaceholderText(self.tr("Filter by shortcut, title or text"))
        self.filter.setClearButtonEnabled(True)
        self.model = PickerModel(self)
        self.list = self._make_list()
        self.text = QPlainTextEdit()
        self.text.setObjectName("cannedText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text of the chosen reply"))
        self.about = PlainLabel()
        self.about.setObjectName("muted")
        self.new = QPushButton(self.tr("New…"))
        self.edit = QPushButton(self.tr("Edit…"))
        self.delete = QPushButton(self.tr("Delete"))
        self.delete.setObjectName("deleteCanned")
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        for button in (self.new, self.edit, self.delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        side = QVBoxLayout()
        side.addWidget(self.about)
        side.addWidget(self.text, 1)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.filter)
        left.addWidget(self.list, 1)
        columns.addLayout(left, 1)
        columns.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.filter.textChanged.connect(self._show_found)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.new.clicked.connect(lambda: self.editRequested.emit(None))
        self.edit.clicked.connect(self._on_edit)
        self.delete.clicked.connect(self._on_delete)
        close.clicked.connect(self.accept)
        self.resize(760, 460)

    def _make_list(self) -> QListView:
        """The picker's rows: title, /shortcut, Shared or Personal, a line of the text."""
        view = QListView()
        view.setObjectName("cannedManageList")
        view.setAccessibleName(self.tr("Canned replies"))
        view.setUniformItemSizes(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setItemDelegate(PickerDelegate(view))
        view.setModel(self.model)
        return view

    def set_replies(self, replies: list[CannedReply]) -> None:
        """Show ``replies`` (the personal ones first), keeping the one chosen."""
        chosen = self.current()
        personal = [r for r in replies if r.scope == "personal"]
        self.search.rebuild([*personal, *(r for r in replies if r.scope != "personal")])
        self._show_found(chosen_id=chosen.id if chosen else None)

    def current(self) -> CannedReply | None:
        entry = self.list.currentIndex().data(ReplyRole)
        return entry.reply if isinstance(entry, PickerEntry) else None

    def count(self) -> int:
        return self.model.rowCount()

    def choose_row(self, row: int) -> None:
        self.list.setCurrentIndex(self.model.index(row, 0))

    def _show_found(self, _text: str = "", chosen_id: int | None = None) -> None:
        entries = []
        for reply in self.search.search(self.filter.text(), limit=1_000):
            key = choose_variant(reply.variants, self.language) or ""
            text = reply.variants.get(key, "")
            fallback = not same_language(key, self.language)
            entries.append(PickerEntry(reply, display_text(preview(text)), key, fallback))
        self.model.set_entries(entries)
        rows = [e.reply.id for e in entries]
        self.choose_row(rows.index(chosen_id) if chosen_id in rows else 0)
        self._on_current()

    def _on_current(self, *_args: object) -> None:
        reply = self.current()
        self._confirming = 0
        self.delete.setText(self.tr("Delete"))
        mine = reply is not None and reply.scope == "personal"
        self.edit.setEnabled(mine)
        self.delete.setEnabled(mine)
        if reply is None:
            self.about.setText(self.tr("No canned reply here yet"))
            self.text.setPlainText("")
            return
        key = choose_variant(reply.variants, self.language) or ""
        languages = ", ".join(reply.variants)
        self.about.setText(display_text(f"/{reply.shortcut} · {scope_label(reply)} · {languages}"))
        self.text.setPlainText(display_text(reply.variants.get(key, "")))

    def _on_edit(self) -> None:
        reply = self.current()
        if reply is not None and reply.scope == "personal":
            self.editRequested.emit(reply)

    def _on_delete(self) -> None:
        """The first click asks ("Delete /x?"), the second deletes."""
        reply = self.current()
        if reply is None or reply.scope != "personal":
            return
        if self._confirming != reply.id:
            self._confirming = reply.id
            self.delete.setText(self.tr("Delete /{0}? Click again").format(reply.shortcut))
            return
        self._confirming = 0
        self.deleteRequested.emit(reply.id)


class CannedManager(QObject):
    """Opens the save and manage dialogs for one reply box and runs what they ask
    through the outbox. ``source``, ``agent_id`` and ``language`` are set by the pane."""

    def __init__(self, ops: Ops, parent: QWidget) -> None:
        super().__init__(parent)
        self.ops = ops
        self.host = parent
        self.source: CannedSource | None = None
        self.actions: CannedActions | None = None
        self.agent_id: Callable[[], int | None] = lambda: None
        self.language: Callable[[], str | None] = lambda: None
        self.save_dialog: SaveCannedDialog | None = None
        self.manage_dialog: ManageCannedDialog | None = None

    def set_actions(self, actions: CannedActions | None) -> None:
        self.actions = actions

    def on_changes(self, changes: Changes) -> None:
        if (changes.canned or changes.reset) and self.manage_dialog is not None:
            self.manage_dialog.set_replies(self._replies())

    def save_as(self, text: str, reply: CannedReply | None = None) -> SaveCannedDialog:
        """Open the save dialog for ``text`` in the conversation's language (or to edit
        ``reply``)."""
        if self.save_dialog is not None:
            self.save_dialog.close()
        language = variant_tag(self.language())
        if reply is not None:
            language = choose_variant(reply.variants, self.language()) or language
        taken = frozenset(
            r.shortcut
            for r in self._replies()
            if r.scope == "personal" and (reply is None or r.id != reply.id)
        )
        dialog = SaveCannedDialog(language, text, reply, taken, self.host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saveRequested.connect(self._save)
        if self.actions is None:
            dialog.fail(self.tr("Signing in…"))
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.save_dialog = dialog
        dialog.finished.connect(lambda _r: self._forget_save(dialog))
        dialog.open()
        return dialog

    def manage(self) -> ManageCannedDialog:
        if self.manage_dialog is None:
            dialog = ManageCannedDialog(variant_tag(self.language()), self.host)
            dialog.editRequested.connect(lambda reply: self.save_as("", reply))
            dialog.deleteRequested.connect(self._delete)
            self.manage_dialog = dialog
        self.manage_dialog.language = variant_tag(self.language())
        self.manage_dialog.set_replies(self._replies())
        if self.manage_dialog.isVisible():
            self.manage_dialog.raise_()  # already open behind the window: bring it up
            self.manage_dialog.activateWindow()
        else:
            self.manage_dialog.show()
        return self.manage_dialog

    def _replies(self) -> list[CannedReply]:
        return self.source.canned_replies(self.agent_id()) if self.source is not None else []

    def _forget_save(self, dialog: SaveCannedDialog) -> None:
        if self.save_dialog is dialog:
            self.save_dialog = None

    def _save(
        self, reply_id: int | None, shortcut: str, title: str, variants: dict[str, str]
    ) -> None:
        dialog, actions = self.save_dialog, self.actions
        if actions is None or dialog is None:
            return

        def failed(error: BaseException) -> None:
            dialog.fail(self.tr("Not saved: {0}").format(error))

        self.ops.run(
            actions.save_canned_reply(shortcut, title, variants, reply_id),
            what="save a canned reply",
            on_done=lambda _mutation: dialog.accept(),
            on_error=failed,
        )

    def _delete(self, reply_id: int) -> None:
        actions = self.actions
        if actions is None:
            return
        self.ops.run(
            actions.delete_canned_reply(reply_id),
            what="delete a canned reply",
            on_error=lambda error: self.ops.failed.emit(
                self.tr("Deleting the canned reply"), str(error)
            ),
        )
