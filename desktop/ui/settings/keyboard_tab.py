"""The "Keyboard" settings tab: every keyboard action of the desk with its keys, each
remappable in a key field, with Reset per action and Restore defaults for all.

The actions, their defaults and the checks are the keymap's
(:mod:`desktop.ui.shell.keymap`): a key another action already has is refused and the
message names that action; AltGr and Alt combinations that type characters on Polish or
Finnish keyboards are refused with the reason. OK/Apply writes ``keys/<id>`` to desk.ini
and the window's keymap binds the new keys at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QKeySequenceEdit,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.settings.tabs import SettingsTab, SettingsTabSpec
from desktop.ui.shell.keymap import (
    GROUPS,
    KEY_ACTIONS,
    KeyAction,
    Keys,
    clashes,
    conflict,
    group_title,
    keys_text,
    load_bindings,
    store_bindings,
)
from desktop.widgets.plain import PlainLabel, safe_tooltip

MAX_QUERY = 100


@dataclass
class KeyRow:
    """The widgets of one action's row."""

    action: KeyAction
    title: PlainLabel
    edit: QKeySequenceEdit
    also: PlainLabel
    reset: QToolButton

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.title, self.edit, self.also, self.reset)


class KeyboardTab(SettingsTab):
    """The actions by group, one key field each.

    ``bindings`` is the tab's working copy (written on :meth:`apply`); ``rows`` maps
    each action id to its widgets; ``message`` shows why the last key was refused.
    Signals: none (the dialog calls :meth:`apply` and :meth:`restore_defaults`).
    """

    def __init__(
        self,
        settings: QSettings,
        actions: tuple[KeyAction, ...] = KEY_ACTIONS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.key_actions = actions
        self.bindings: dict[str, Keys] = load_bindings(settings, actions)
        self.rows: dict[str, KeyRow] = {}
        self.headings: dict[str, PlainLabel] = {}
        hint = PlainLabel(
            self.tr(
                "Click a key field and press the new keys; its clear button removes them."
                " New keys replace the action's keys."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("keyboardSearch")
        self.search.setAccessibleName(self.tr("Search actions"))
        self.search.setPlaceholderText(self.tr("Search actions or keys"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(MAX_QUERY)
        self.message = PlainLabel()
        self.message.setObjectName("errorText")  # the theme colours refusals
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Why the keys were refused"))
        self.message.hide()
        grid_host = QWidget()
        self.grid = QGridLayout(grid_host)
        self.grid.setColumnStretch(0, 1)
        self.grid.setHorizontalSpacing(10)
        self._fill_grid()
        scroll = QScrollArea()
        scroll.setObjectName("keyboardActions")
        scroll.setAccessibleName(self.tr("Actions and their keys"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.search)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        self.search.textChanged.connect(self.apply_filter)

    def _fill_grid(self) -> None:
        line = 0
        bold = self.font()
        bold.setBold(True)
        for group in GROUPS:
            actions = [a for a in self.key_actions if a.group == group]
            if not actions:
                continue
            heading = PlainLabel(group_title(group))
            heading.setFont(bold)
            self.grid.addWidget(heading, line, 0, 1, 4)
            self.headings[group] = heading
            line += 1
            for action in actions:
                row = self._make_row(action)
                for column, widget in enumerate(row.widgets()):
                    self.grid.addWidget(widget, line, column)
                self.rows[action.id] = row
                self._show_row(action.id)
                line += 1
        self.grid.setRowStretch(line, 1)
        # The Reset column keeps its room while no row shows one (a hidden widget that
        # kept its size would also keep the rows the search hides).
        resets = [row.reset.sizeHint().width() for row in self.rows.values()]
        self.grid.setColumnMinimumWidth(3, max(resets, default=0))

    def _make_row(self, action: KeyAction) -> KeyRow:
        title = PlainLabel(action.title())
        edit = QKeySequenceEdit()
        edit.setObjectName(f"keys:{action.id}")
        edit.setAccessibleName(action.title())
        edit.setMaximumSequenceLength(1)
        edit.setClearButtonEnabled(True)
        edit.setMinimumWidth(150)
        also = PlainLabel()
        also.setObjectName("muted")
        reset = QToolButton()
        reset.setObjectName(f"reset:{action.id}")
        reset.setText(self.tr("Reset"))
        reset.setAccessibleName(self.tr("Reset {0}").format(action.title()))
        if action.fixed:
            edit.setEnabled(False)
            edit.setToolTip(
                self.tr("Handled by the part of the desk it belongs to; not changeable here yet")
            )
        else:
            edit.editingFinished.connect(lambda a=action.id: self._on_edited(a))
            edit.keySequenceChanged.connect(lambda keys, a=action.id: self._on_changed(a, keys))
            reset.clicked.connect(lambda _checked=False, a=action.id: self.reset(a))
        return KeyRow(action, title, edit, also, reset)

    # ------------------------------------------------------------------ public API

    def remap(self, action_id: str, keys: QKeySequence) -> str | None:
        """Give the action ``keys`` (empty: none). Returns why it was refused, or None;
        a refusal is also shown above the list and the field goes back to what it had."""
        if keys.isEmpty():
            self._set(action_id, ())
            return None
        reason = clashes(keys)
        if reason is None:
            other = conflict(self.bindings, action_id, keys)
            if other is not None:
                reason = self._taken(keys, other)
        if reason is not None:
            self._refuse(action_id, reason)
            return reason
        self._set(action_id, (keys,))
        return None

    def reset(self, action_id: str) -> str | None:
        """Back to the action's shipped keys, unless another action has one of them now."""
        for keys in self._action(action_id).default_keys():
            other = conflict(self.bindings, action_id, keys)
            if other is not None:
                reason = self._taken(keys, other)
                self._refuse(action_id, reason)
                return reason
        self._set(action_id, self._action(action_id).default_keys())
        return None

    def apply(self) -> None:
        store_bindings(self.settings, self.key_actions, self.bindings)

    def restore_defaults(self) -> None:
        for action in self.key_actions:
            self.bindings[action.id] = action.default_keys()
            self._show_row(action.id)
        self.message.hide()

    def apply_filter(self, text: str) -> None:
        """Show the actions whose title, group or keys contain every word typed."""
        words = text.casefold().split()
        for group, heading in self.headings.items():
            any_shown = False
            for row in self.rows.values():
                if row.action.group != group:
                    continue
                haystack = " ".join(
                    (heading.text(), row.action.title(), keys_text(self.bindings[row.action.id]))
                ).casefold()
                shown = all(word in haystack for word in words)
                for widget in (row.title, row.edit, row.also):
                    widget.setVisible(shown)
                row.reset.setVisible(shown and self._resettable(row))
                any_shown = any_shown or shown
            heading.setVisible(any_shown)

    # ------------------------------------------------------------------ internals

    def _action(self, action_id: str) -> KeyAction:
        return self.rows[action_id].action

    def _taken(self, keys: QKeySequence, other: str) -> str:
        action = self._action(other)
        return QCoreApplication.translate(
            "KeyboardTab", "{0} already belongs to “{1}” ({2}): give that action other keys first."
        ).format(
            keys.toString(QKeySequence.SequenceFormat.NativeText),
            action.title(),
            group_title(action.group),
        )

    def _set(self, action_id: str, keys: Keys) -> None:
        self.bindings[action_id] = keys
        self.message.hide()
        self._show_row(action_id)

    def _refuse(self, action_id: str, reason: str) -> None:
        self.message.setText(reason)
        self.message.show()
        self._show_row(action_id)

    def _show_row(self, action_id: str) -> None:
        """The field shows the first key, "also" the others, Reset whether it differs."""
        row = self.rows[action_id]
        keys = self.bindings[action_id]
        row.edit.blockSignals(True)
        try:
            row.edit.setKeySequence(keys[0] if keys else QKeySequence())
        finally:
            row.edit.blockSignals(False)
        rest = keys_text(keys[1:])
        row.also.setText(self.tr("also {0}").format(rest) if rest else "")
        row.title.setToolTip(safe_tooltip(keys_text(keys)))
        # Shown only where there is something to reset; the row keeps its room.
        row.reset.setVisible(not row.edit.isHidden() and self._resettable(row))

    def _resettable(self, row: KeyRow) -> bool:
        return not row.action.fixed and self.bindings[row.action.id] != row.action.default_keys()

    def _on_edited(self, action_id: str) -> None:
        keys = self.rows[action_id].edit.keySequence()
        if keys.isEmpty() or (self.bindings[action_id][:1] == (keys,)):
            return  # cleared (handled as it changed) or unchanged
        self.remap(action_id, keys)

    def _on_changed(self, action_id: str, keys: QKeySequence) -> None:
        """The field also empties itself as it starts recording new keys, in the same
        key press that records them: only an emptiness still there afterwards is the
        clear button (no keys for this action)."""
        if keys.isEmpty():
            QTimer.singleShot(0, self, lambda: self._maybe_cleared(action_id))

    def _maybe_cleared(self, action_id: str) -> None:
        if self.rows[action_id].edit.keySequence().isEmpty() and self.bindings[action_id]:
            self.remap(action_id, QKeySequence())


SPEC: SettingsTabSpec = SettingsTabSpec(
    key="keyboard",
    title=lambda: QCoreApplication.translate("SettingsTabs", "Keyboard"),
    build=KeyboardTab,
)
