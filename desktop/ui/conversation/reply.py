"""The reply box: an editor bound to one conversation, and the language check before sending.

The box is always *bound* to the conversation it was loaded for (:attr:`ReplyBox.
conversation_id`): what it sends carries that id, never "whatever is open now", and the
pane refuses a send whose id is not the one in the header. Switching conversations loads
the other conversation's draft with :meth:`ReplyBox.load`, which also empties the editor's
undo history, so Ctrl+Z can never bring one customer's text into another's reply.

Canned replies (``canned_picker.py``): "/" at the start or after a space opens the picker,
as does :meth:`ReplyBox.open_canned_picker` (for the shortcut the keymap binds); the
reply goes in with its variables filled and its first ``{{fill:...}}`` selected. Tab and
Shift+Tab move between the fill-ins left (typing replaces the one selected); with none
left Tab moves the focus as usual. A reply still holding a fill-in asks before it goes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.knowledge.analysis import CJK_CHAR
from desktop.knowledge.language import guess_language
from desktop.knowledge.snippets import (
    VARIABLE,
    Expansion,
    fill_ins,
    next_fill_in,
    previous_fill_in,
    variables_left,
)
from desktop.ui.conversation.canned_picker import CannedController
from desktop.ui.shell import style
from desktop.widgets.plain import PlainLabel

EDITOR_HEIGHT = 92
EDITOR_GROWS_TO = 0.35
"""A long reply (a canned one, a pasted answer) lets the editor grow up to this share of
the window's height, so the agent reads what goes out rather than scrolling a 4-line box;
it shrinks back as text is removed and after the send."""
MIN_LETTERS_TO_WARN = 20
"""Replies with fewer letters than this never warn ("OK", "Kiitos!", a name, an order
number): the guess would be noise, and a greeting in the agent's language is fine. A
Chinese character counts as :data:`LETTERS_PER_HAN` letters (it carries about as much as
a short word: "谢谢您" is as short as "thank you")."""
LETTERS_PER_HAN = 3
RECENT_CUSTOMER_TEXTS = 3
"""How many of the customer's latest messages tell their language when the conversation
does not say it."""
KNOWN_LANGUAGES = ("en", "fi", "zh")
"""What :func:`desktop.knowledge.language.guess_language` can tell apart: a conversation
in any other language gives the check nothing to compare with, so it stays quiet."""


def primary_language(tag: str | None) -> str | None:
    """``"zh-Hant"`` → ``"zh"``; None or "" → None."""
    if not tag:
        return None
    return tag.replace("_", "-").split("-")[0].lower() or None


def language_name(primary: str) -> str:
    """The language's name in the desk's language."""
    names = {
        "en": QCoreApplication.translate("ReplyLanguage", "English"),
        "fi": QCoreApplication.translate("ReplyLanguage", "Finnish"),
        "zh": QCoreApplication.translate("ReplyLanguage", "Chinese"),
    }
    return names.get(primary, primary)


def language_mismatch(
    body: str, conversation_language: str | None, customer_texts: list[str]
) -> tuple[str, str] | None:
    """``(reply language, customer language)`` as primary tags when ``body`` looks like
    another language than the customer's, else None.

    The customer's language is the conversation's, or, when it has none, a guess from
    what the customer wrote (``customer_texts``, newest last). Short replies (under
    :data:`MIN_LETTERS_TO_WARN` letters) and anything the guess cannot tell never warn.
    """
    han = len(CJK_CHAR.findall(body))
    letters = sum(1 for ch in body if ch.isalpha()) - han + LETTERS_PER_HAN * han
    if letters < MIN_LETTERS_TO_WARN:
        return None
    customer = primary_language(conversation_language)
    if customer is None and customer_texts:
        customer = primary_language(guess_language(" ".join(customer_texts)))
    reply = primary_language(guess_language(body))
    if reply is None or customer is None or reply == customer:
        return None
    if customer not in KNOWN_LANGUAGES or reply not in KNOWN_LANGUAGES:
        return None
    return reply, customer


def utf16_length(text: str) -> int:
    """Qt counts positions in UTF-16 units: an emoji or a rare Han character (U+20000
    and up) is two."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def python_index(text: str, position: int) -> int:
    """The index into ``text`` of Qt's UTF-16 ``position``."""
    if text.isascii():
        return position
    units = 0
    for index, ch in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def select_range(editor: QPlainTextEdit, start: int, end: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


def select_fill_in(editor: QPlainTextEdit, *, backwards: bool = False) -> bool:
    """Select the next (or previous) ``{{fill:...}}`` of the editor, wrapping round;
    False when none remain (Tab then does what Tab does)."""
    text = editor.toPlainText()
    cursor = editor.textCursor()
    if backwards:
        found = previous_fill_in(text, python_index(text, cursor.selectionStart()))
    else:
        found = next_fill_in(text, python_index(text, cursor.selectionEnd()))
    if found is None:
        return False
    select_range(editor, utf16_length(text[: found.start]), utf16_length(text[: found.end]))
    return True


def highlight_fill_ins(editor: QPlainTextEdit) -> None:
    """Tint every fill-in and every variable still in the editor, so none is overlooked."""
    text = editor.toPlainText()
    spans: list[tuple[int, int]] = []
    if "{" in text:
        spans += [(found.start, found.end) for found in fill_ins(text)]
        spans += [match.span() for match in VARIABLE.finditer(text)]
    selections: list[QTextEdit.ExtraSelection] = []
    for start, end in spans:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(editor.document())
        cursor.setPosition(utf16_length(text[:start]))
        cursor.setPosition(utf16_length(text[:end]), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format.setBackground(style.BUBBLE_NOTE)  # live: follows the theme
        selections.append(selection)
    if selections or editor.extraSelections():
        editor.setExtraSelections(selections)


class LanguageWarning(QFrame):
    """An inline question above the editor before a reply is sent: "This reply looks like
    Finnish; the customer writes English. Send anyway?" with Send anyway / Edit, or any
    other question (:meth:`ask_text`: "Assigned to Li Wei. Reply anyway?" with Send
    anyway / Cancel). It blocks nothing else: the agent can keep reading, switch
    conversations or type (which withdraws the question).

    Signals:
        confirmed(): the agent chose "Send anyway".
        declined(): the agent chose "Edit" (or the other question's decline button).
    """

    confirmed = Signal()
    declined = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageWarning")
        self.setAccessibleName(self.tr("Language check"))
        # The note bubble's amber, from the desk's colours: a question, not an error.
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, style.BUBBLE_NOTE)
        self.setPalette(palette)
        self.text = PlainLabel()
        self.text.setObjectName("languageWarningText")
        self.text.setWordWrap(True)
        self.send_anyway = QPushButton(self.tr("Send anyway"))
        self.send_anyway.setObjectName("sendAnyway")
        self.edit = QPushButton(self.tr("Edit"))
        self.edit.setObjectName("editReply")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.send_anyway)
        row.addWidget(self.edit)
        self.send_anyway.clicked.connect(self.confirmed)
        self.edit.clicked.connect(self.declined)
        self.hide()

    def ask(self, reply: str, customer: str) -> None:
        self.ask_text(
            self.tr("This reply looks like {0}; the customer writes {1}. Send anyway?").format(
                language_name(reply), language_name(customer)
            ),
            self.tr("Edit"),
            self.tr("Language check"),
        )

    def ask_text(self, question: str, decline: str, what: str) -> None:
        """Ask ``question`` (plain text) with Send anyway and ``decline``; ``what`` names
        the check for screen readers."""
        self.setAccessibleName(what)
        self.text.setText(question)
        self.edit.setText(decline)
        self.show()


class ReplyBox(QWidget):
    """A plain-text editor with an "Internal note" toggle, bound to one conversation;
    Ctrl+Enter sends.

    Signals:
        submitted(int, str, bool): the agent asked to send; carries the conversation the
            box is bound to, the text (stripped) and whether it is an internal note. The
            box keeps the text until the pane calls :meth:`sent`. A reply that still
            holds a ``{{fill:...}}`` is submitted only once the agent says "Send anyway".
        edited(): the agent changed the text or the note toggle (not :meth:`load`).
        confirmed(int, str, bool): "Send anyway" on the language question; what
            :meth:`warn` held.
        saveCannedRequested(str): "Save as canned reply…"; carries the text (the
            selection, else all of it).
        manageCannedRequested(): "Manage my canned replies…".
    """

    submitted = Signal(int, str, bool)
    edited = Signal()
    confirmed = Signal(int, str, bool)
    saveCannedRequested = Signal(str)  # noqa: N815 - Qt naming
    manageCannedRequested = Signal()  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyBox")
        self.conversation_id = 0
        self.dirty = False  # edited since it was loaded or its draft was last kept
        self._loading = False
        self._held: tuple[int, str, bool] | None = None
        self._asking_fill_ins = False
        self.warning = LanguageWarning()
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("replyEditor")
        self.editor.setAccessibleName(self.tr("Reply"))
        self.send_matches: Callable[[QKeyEvent], bool] | None = None
        self.set_send_keys(None, "Ctrl+Enter")
        self.editor.setTabChangesFocus(True)
        self.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.editor.setFixedHeight(EDITOR_HEIGHT)
        self.internal = QCheckBox(self.tr("Internal note"))
        self.internal.setObjectName("internalNote")
        self.internal.setToolTip(self.tr("Only colleagues see internal notes"))
        self.send = QPushButton(self.tr("Send"))
        self.send.setObjectName("primary")
        self.hint = PlainLabel()
        self.hint.setObjectName("muted")
        self.canned = CannedController(self.editor, self)
        self._fit_timer = self._make_fit_timer()
        self.snippet_note = self._make_snippet_note()
        self.canned_button = self._make_canned_button()
        row = QHBoxLayout()
        row.addWidget(self.internal)
        row.addWidget(self.canned_button)
        row.addWidget(self.hint, 1)
        row.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addWidget(self.warning)
        layout.addWidget(self.editor)
        layout.addWidget(self.snippet_note)
        layout.addLayout(row)
        self._set_tab_order()
        self.editor.installEventFilter(self)
        self.editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.editor.customContextMenuRequested.connect(self._show_context_menu)
        self.send.clicked.connect(self.on_send)
        self.internal.toggled.connect(self._on_internal_toggled)
        self.editor.textChanged.connect(self._on_edited)
        self.warning.confirmed.connect(self._on_confirmed)
        self.warning.declined.connect(self._on_declined)
        self.canned.inserted.connect(self._on_snippet_inserted)

    def _make_snippet_note(self) -> PlainLabel:
        note = PlainLabel()
        note.setObjectName("snippetNote")
        note.setWordWrap(True)
        note.hide()
        return note

    def _make_canned_button(self) -> QToolButton:
        button = QToolButton()
        button.setObjectName("cannedButton")
        button.setText(self.tr("Canned"))
        button.setToolTip(self.tr("Canned replies (type / in the reply)"))
        button.setAccessibleName(self.tr("Canned replies"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        self._add_canned_actions(menu)
        button.setMenu(menu)
        return button

    def _add_canned_actions(self, menu: QMenu) -> None:
        insert = menu.addAction(self.tr("Insert canned reply…"))
        insert.setEnabled(self.canned.source is not None)
        insert.triggered.connect(self.open_canned_picker)
        save = menu.addAction(self.tr("Save as canned reply…"))
        save.setEnabled(bool(self.text().strip()))
        save.triggered.connect(self._request_save)
        manage = menu.addAction(self.tr("Manage my canned replies…"))
        manage.triggered.connect(self.manageCannedRequested)

        def refresh() -> None:
            insert.setEnabled(self.canned.source is not None)
            save.setEnabled(bool(self.text().strip()))

        menu.aboutToShow.connect(refresh)

    def _set_tab_order(self) -> None:
        """Editor, the language warning's answers, then the note switch and Canned."""
        order = (self.editor, self.warning.send_anyway, self.warning.edit, self.internal)
        for first, second in zip(order, (*order[1:], self.canned_button), strict=True):
            self.setTabOrder(first, second)

    def set_send_keys(self, matches: Callable[[QKeyEvent], bool] | None, keys: str) -> None:
        """The keys that send (``reply.send`` in the keymap: Ctrl+Enter unless the agent
        remapped it) and their name for the placeholder; ``matches`` None: Ctrl+Enter."""
        self.send_matches = matches
        if keys:
            hint = self.tr("Write a reply…  ({0} sends)").format(keys)
        else:
            hint = self.tr("Write a reply…")
        self.editor.setPlaceholderText(hint)

    def _is_send_key(self, event: QKeyEvent) -> bool:
        if self.send_matches is not None:
            return self.send_matches(event)
        return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Ctrl+Enter sends. A filter rather than a QShortcut: it works the same whether
        or not the window is active, and plain Enter still makes a new line. While the
        canned picker is open it takes its keys first; Tab and Shift+Tab move between
        fill-ins while there are some."""
        if watched is not self.editor:
            return False
        if event.type() == QEvent.Type.FocusOut:
            self.canned.close()
            return False
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        return self._on_key(event)

    def _on_key(self, event: QKeyEvent) -> bool:
        if self.canned.handle_key(event):
            return True
        key, mods = event.key(), event.modifiers()
        if self._is_send_key(event):
            self.on_send()
            return True
        if key == Qt.Key.Key_Tab and mods == Qt.KeyboardModifier.NoModifier:
            return select_fill_in(self.editor)
        if key == Qt.Key.Key_Backtab:
            return select_fill_in(self.editor, backwards=True)
        return False

    # ------------------------------------------------------------------ public API

    def text(self) -> str:
        return self.editor.toPlainText()

    def is_note(self) -> bool:
        return self.internal.isChecked()

    def load(self, conversation_id: int, text: str = "", is_note: bool = False) -> None:
        """Bind the box to ``conversation_id`` with its draft (a fresh undo history; any
        language question is withdrawn)."""
        self.canned.close()
        self._loading = self.canned.quiet = True
        try:
            self.conversation_id = conversation_id
            self.editor.setPlainText(text)  # also clears undo/redo
            self.internal.setChecked(is_note)
            self.editor.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            self._loading = self.canned.quiet = False
        self.dirty = False
        self._note_unfilled()
        self._withdraw()

    def sent(self) -> None:
        """The text went to the outbox: empty the editor (the note toggle stays)."""
        self.canned.close()
        self._loading = self.canned.quiet = True
        try:
            self.editor.clear()
        finally:
            self._loading = self.canned.quiet = False
        self.dirty = False
        self._note_unfilled()
        self._withdraw()

    def set_can_send(self, can: bool, why: str = "") -> None:
        self.send.setEnabled(can)
        self.hint.setText("" if can else why)

    def insert_text(self, text: str) -> None:
        """Insert ``text`` at the cursor as its own paragraph and focus the editor, so the
        agent can edit it before sending (knowledge snippets, links)."""
        cursor = self.editor.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        if before.strip():
            text = "\n" + text
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def warn(
        self, reply_language: str, customer_language: str, held: tuple[int, str, bool]
    ) -> None:
        """Ask before sending ``held`` (conversation id, body, note) in another language."""
        self._held = held
        self.warning.ask(reply_language, customer_language)

    def ask(self, question: str, held: tuple[int, str, bool], decline: str) -> None:
        """Ask ``question`` before sending ``held`` (conversation id, body, note):
        "Send anyway" emits :attr:`confirmed` with it, ``decline`` drops it."""
        self._held = held
        self.warning.ask_text(question, decline, self.tr("Reply check"))

    @property
    def asking(self) -> bool:
        return self._held is not None

    def open_canned_picker(self) -> bool:
        """Open the canned-reply picker at the caret (the keymap's shortcut, the
        button's menu); False when there are no canned replies to pick from."""
        if not self.conversation_id:
            return False
        return self.canned.open_picker()

    def on_send(self) -> None:
        body = self.text().strip()
        if not body or not self.send.isEnabled() or not self.conversation_id:
            return
        self.canned.close()
        unfilled = [found.label for found in fill_ins(body)] + variables_left(body)
        if unfilled and not self.is_note():
            self._held = (self.conversation_id, body, self.is_note())
            self._asking_fill_ins = True
            self.warning.ask_text(
                self.tr("Not filled in yet: {0}. Send anyway?").format(
                    ", ".join(dict.fromkeys(unfilled))
                ),
                self.tr("Fill in"),
                self.tr("Fill-in check"),
            )
            return
        self.submitted.emit(self.conversation_id, body, self.is_note())

    # ------------------------------------------------------------------ internals

    def _withdraw(self) -> None:
        self._held = None
        self._asking_fill_ins = False
        self.warning.hide()

    def _request_save(self) -> None:
        selected = self.editor.textCursor().selectedText().replace("\u2029", "\n")
        self.saveCannedRequested.emit((selected or self.text()).strip())

    def _show_context_menu(self, position: QPoint) -> None:
        menu = self.editor.createStandardContextMenu()
        menu.addSeparator()
        self._add_canned_actions(menu)
        menu.exec(self.editor.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _on_snippet_inserted(self, expansion: Expansion, start: int) -> None:
        """Select the snippet's first fill-in (typing replaces it); say which variables
        are left."""
        if expansion.fill_ins:
            first = expansion.fill_ins[0]
            select_range(
                self.editor,
                start + utf16_length(expansion.text[: first.start]),
                start + utf16_length(expansion.text[: first.end]),
            )
        self._note_unfilled()

    def _note_unfilled(self) -> None:
        """Say which variables are left in the text (``{order.number}``: the desk could
        not fill them), for the agent to replace; hidden once none is."""
        names = variables_left(self.text()) if "{" in self.text() else []
        if names:
            # Amber of the theme in use (set when shown: the theme may have changed).
            self.snippet_note.setStyleSheet(
                f"QLabel#snippetNote {{ color: {style.PENDING.name()}; }}"
            )
            self.snippet_note.setText(self.tr("Fill in by hand: {0}").format(", ".join(names)))
        self.snippet_note.setVisible(bool(names))

    def _make_fit_timer(self) -> QTimer:
        timer = QTimer(self)
        timer.setObjectName("reply-fit-height")
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(self._fit_height)
        self._fit_passes = 0
        return timer

    def _fit_height(self) -> None:
        """Between :data:`EDITOR_HEIGHT` and :data:`EDITOR_GROWS_TO` of the window."""
        editor = self.editor
        lines = max(1, int(editor.document().documentLayout().documentSize().height()))
        margins = editor.contentsMargins()
        wanted = (
            (lines + 1) * editor.fontMetrics().lineSpacing()  # a spare line: room to type
            + 2 * int(editor.document().documentMargin())
            + margins.top()
            + margins.bottom()
        )
        tallest = max(EDITOR_HEIGHT, int(self.window().height() * EDITOR_GROWS_TO))
        height = max(EDITOR_HEIGHT, min(wanted, tallest))
        if height != editor.height():
            editor.setFixedHeight(height)
            editor.ensureCursorVisible()
            # The new width (a scroll bar gone or come) may wrap differently: look again,
            # a bounded number of times so two heights can never alternate for ever.
            self._fit_passes += 1
            if self._fit_passes < 3:
                self._fit_timer.start()

    def _on_edited(self) -> None:
        highlight_fill_ins(self.editor)
        if self.snippet_note.isVisible():
            self._note_unfilled()  # the agent may just have replaced the last one
        self._fit_passes = 0
        self._fit_timer.start()  # once the text is laid out: then its lines are known
        if self._loading:
            return
        self.dirty = True
        self._withdraw()  # the question was about other words
        self.edited.emit()

    def _on_confirmed(self) -> None:
        held, self._held = self._held, None
        fill_question, self._asking_fill_ins = self._asking_fill_ins, False
        self.warning.hide()
        if held is None or held[0] != self.conversation_id:
            return
        if fill_question:
            self.submitted.emit(*held)  # the pane's own checks come next
        else:
            self.confirmed.emit(*held)

    def _on_declined(self) -> None:
        fill_question = self._asking_fill_ins
        self._withdraw()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if fill_question:
            cursor = self.editor.textCursor()
            cursor.setPosition(0)
            self.editor.setTextCursor(cursor)
            select_fill_in(self.editor)

    def _on_internal_toggled(self, on: bool) -> None:
        self.editor.setProperty("note", on)
        self.editor.style().unpolish(self.editor)
        self.editor.style().polish(self.editor)
        self.send.setText(self.tr("Add note") if on else self.tr("Send"))
        self._on_edited()
