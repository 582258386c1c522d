"""The desk's keyboard actions, declared once: the only place a desk shortcut is made.

Every action has an id (``inbox.next``, ``presence.break``, ``page.knowledge``), a
translated title and group (what the shortcuts sheet and the Keyboard settings tab show),
and its default keys. The agent's own keys live in ``desk.ini`` under ``keys/<id>``; a
:class:`Keymap` reads them, makes the window's ``QShortcut`` objects and makes them again
when the settings are applied, so a remap works at once.

Why one table rather than a ``QShortcut`` wherever a key is handled: the conflict check
("two actions on one key"), the AltGr check (:func:`clashes`), the sheet and the remap
editor must all see every key; shortcuts scattered over panels could only be checked by
reading the code, and two of them on one key silently do nothing (Qt calls that
ambiguous). Pages name their actions' ids in their ``PageSpec``; an action some widget
still handles itself (the reply box's Ctrl+Enter) is declared ``fixed``: listed and
guarded against, not bound here.

Keys: Ctrl+Alt+<anything> is refused everywhere (Windows delivers AltGr as Ctrl+Alt, so
Ctrl+Alt+2 would fire while a Finnish agent types "@"), as is Alt+<a key that types>
(Option on a Mac types ą ł ś and "@"). Single keys without Ctrl ("?", J, K) act only while
no text field has the focus. The table itself is :mod:`desktop.ui.shell.key_actions`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QKeyCombination, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QKeySequenceEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.ui.shell.key_actions import (
    GROUPS,
    KEY_ACTIONS,
    NATIVE,
    PORTABLE,
    PRESENCE_KEYS,
    KeyAction,
    Keys,
    group_title,
)

__all__ = [
    "GROUPS",
    "KEY_ACTIONS",
    "PRESENCE_KEYS",
    "KeyAction",
    "Keymap",
    "Keys",
    "clashes",
    "conflict",
    "group_title",
    "is_bare",
    "keys_text",
    "load_bindings",
    "overlaps",
    "parse_stored",
    "store_bindings",
]

log = logging.getLogger(__name__)

SETTINGS_GROUP = "keys"
"""``desk.ini`` keeps an agent's keys for an action under ``keys/<id>``."""
MAX_KEYS_PER_ACTION = 4
MAX_STORED_CHARS = 200
"""A stored value longer than this is not a key list (a hand-edited or damaged file)."""

# ---------------------------------------------------------------------- what a key may be

_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
        Qt.Key.Key_ScrollLock,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_unknown,
    }
)
_NAVIGATION_KEYS = frozenset(
    {
        Qt.Key.Key_Tab,
        Qt.Key.Key_Backtab,
        Qt.Key.Key_Escape,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Space,
        Qt.Key.Key_Backspace,
        Qt.Key.Key_Delete,
        Qt.Key.Key_Insert,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
    }
)
_SYSTEM_ALT_KEYS = frozenset(
    {Qt.Key.Key_F4, Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape, Qt.Key.Key_Space}
)
_TEXT_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_META = Qt.KeyboardModifier.MetaModifier


def _types_a_character(key: Qt.Key) -> bool:
    """Keys with a character of their own (letters, digits, punctuation, any script's
    letters: Qt numbers those by their code point); not Space, which is navigation."""
    return 0x21 <= key.value < 0x01000000


def _chord_text(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> str:
    return QKeySequence(key.value | modifiers.value).toString(NATIVE)


def _chords(sequence: QKeySequence) -> list[QKeyCombination]:
    """The key combinations of a sequence, in order (the stubs lack its ``[]``)."""
    return [sequence[i] for i in range(sequence.count())]  # type: ignore[index]


def _modifier_clash(  # noqa: PLR0911 - one sentence per rule reads best
    key: Qt.Key, modifiers: Qt.KeyboardModifier, text: str
) -> str | None:
    """AltGr, the system key, Ctrl+Alt and Alt: what types characters or is the system's."""
    if modifiers & Qt.KeyboardModifier.GroupSwitchModifier:
        return QCoreApplication.translate(
            "Keymap", "{0} uses AltGr, which types characters on many keyboards."
        ).format(text)
    if modifiers & _META:
        return QCoreApplication.translate(
            "Keymap", "{0} uses the system key (Windows, Super): it belongs to the system."
        ).format(text)
    if modifiers & _CTRL and modifiers & _ALT:
        if _types_a_character(key):
            return QCoreApplication.translate(
                "Keymap",
                "{0} is AltGr on Windows: Polish and Finnish keyboards type characters"
                " with it (ą ę ł ó ś ż, @ {{ [ ] }} \\ | ~ €).",
            ).format(text)
        return QCoreApplication.translate(
            "Keymap", "{0}: Ctrl+Alt with this key belongs to the system."
        ).format(text)
    if modifiers & _ALT and _types_a_character(key):
        return QCoreApplication.translate(
            "Keymap",
            "{0} types characters on some keyboards (Option on a Mac: ą ł ś, @ on a"
            " Finnish Mac) and opens menus.",
        ).format(text)
    if modifiers & _ALT and key in _SYSTEM_ALT_KEYS:
        return QCoreApplication.translate(
            "Keymap", "{0} belongs to the system (windows and menus)."
        ).format(text)
    return None


def _chord_clash(key: Qt.Key, modifiers: Qt.KeyboardModifier, *, first: bool) -> str | None:
    """Why this chord must not be a desk shortcut, or None."""
    if key in _MODIFIER_KEYS:
        return QCoreApplication.translate("Keymap", "That is not a key the desk can use.")
    text = _chord_text(key, modifiers)
    reason = _modifier_clash(key, modifiers, text)
    if reason is None and (
        (modifiers & _CTRL and key in (Qt.Key.Key_Space, Qt.Key.Key_Period, Qt.Key.Key_Escape))
        or (modifiers & _SHIFT and not modifiers & _CTRL and key == Qt.Key.Key_Space)
    ):
        reason = QCoreApplication.translate(
            "Keymap", "{0} switches input methods (Chinese) or opens the system menu."
        ).format(text)
    if reason is None and first and not modifiers & (_CTRL | _ALT) and key in _NAVIGATION_KEYS:
        reason = QCoreApplication.translate(
            "Keymap", "{0} moves the focus, edits text or closes dialogs: add Ctrl."
        ).format(text)
    return reason


def clashes(keys: QKeySequence | str) -> str | None:
    """Why ``keys`` may not be a desk shortcut (a translated sentence), or None.

    Refused: AltGr, i.e. Ctrl+Alt with a key that types (Windows delivers AltGr as
    Ctrl+Alt); Alt with a key that types (Option on a Mac types ą ł ś and "@"); keys the
    system or the input methods take (Alt+F4, Ctrl+Space, Windows key); and, first in a
    sequence, Tab, Esc, Enter, arrows and the like without Ctrl. No keys clash with
    nothing. Single keys that type ("?", J) pass: the keymap acts on them only while no
    text field has the focus.
    """
    sequence = keys if isinstance(keys, QKeySequence) else QKeySequence.fromString(keys, PORTABLE)
    for index, combination in enumerate(_chords(sequence)):
        reason = _chord_clash(combination.key(), combination.keyboardModifiers(), first=index == 0)
        if reason is not None:
            return reason
    return None


def is_bare(keys: QKeySequence) -> bool:
    """A single key that types without Ctrl or Alt ("?", J): it must not act while a
    text field has the focus (the character belongs there)."""
    if keys.count() != 1:
        return False
    combination = _chords(keys)[0]
    return not (combination.keyboardModifiers() & ~_TEXT_MODIFIERS) and _types_a_character(
        combination.key()
    )


def overlaps(a: QKeySequence, b: QKeySequence) -> bool:
    """Whether ``a`` and ``b`` cannot both be shortcuts: equal, or one begins the other
    (Ctrl+K and "Ctrl+K, C": Qt would wait for the second key and lose the first)."""
    if a.isEmpty() or b.isEmpty():
        return False
    no = QKeySequence.SequenceMatch.NoMatch
    return a.matches(b) != no or b.matches(a) != no


def conflict(bindings: Mapping[str, Keys], action_id: str, keys: QKeySequence) -> str | None:
    """The id of another action whose keys overlap ``keys``, or None."""
    for other, sequences in bindings.items():
        if other != action_id and any(overlaps(keys, s) for s in sequences):
            return other
    return None


def keys_text(keys: Iterable[QKeySequence]) -> str:
    """Keys as the platform writes them (⌘⇧H on a Mac), separated by commas."""
    return ", ".join(k.toString(NATIVE) for k in keys)


# ---------------------------------------------------------------------- desk.ini


def settings_key(action_id: str) -> str:
    return f"{SETTINGS_GROUP}/{action_id}"


def parse_stored(value: object) -> Keys | None:
    """The keys of a ``keys/<id>`` value, or None when it is not a usable list (then the
    defaults apply). "" means the agent took every key off the action. Unknown keys, AltGr
    and the other refused keys make the whole value unusable."""
    items: list[object]
    if isinstance(value, str):
        items = [value]
    elif isinstance(value, list):
        items = list(value)
    else:
        return None
    texts = [item.strip() for item in items if isinstance(item, str)]
    if len(texts) != len(items) or sum(map(len, texts)) > MAX_STORED_CHARS:
        return None
    texts = [t for t in texts if t]
    if len(texts) > MAX_KEYS_PER_ACTION:
        return None
    found: list[QKeySequence] = []
    for text in texts:
        sequence = QKeySequence.fromString(text, PORTABLE)
        if sequence.isEmpty() or clashes(sequence) is not None:
            return None
        if any(c.key() == Qt.Key.Key_unknown for c in _chords(sequence)):
            return None
        if sequence not in found:
            found.append(sequence)
    return tuple(found)


def load_bindings(settings: QSettings | None, actions: Sequence[KeyAction]) -> dict[str, Keys]:
    """Every action's keys: the agent's where ``desk.ini`` has usable ones, else the
    defaults. Actions on their defaults claim their keys first; an agent's key that
    overlaps one already claimed is dropped (the settings tab never writes such a file,
    but a hand-edited one must not make two shortcuts ambiguous, which silences both)."""
    chosen: dict[str, Keys] = {}
    for action in actions:
        stored = None
        if settings is not None and not action.fixed:
            stored = parse_stored(settings.value(settings_key(action.id)))
        chosen[action.id] = stored if stored is not None else action.default_keys()
    on_defaults = [a.id for a in actions if chosen[a.id] == a.default_keys()]
    remapped = [a.id for a in actions if a.id not in on_defaults]
    taken: list[tuple[QKeySequence, str]] = []
    bindings: dict[str, Keys] = {}
    for action_id in on_defaults + remapped:
        kept: list[QKeySequence] = []
        for sequence in chosen[action_id]:
            holder = next((who for seq, who in taken if overlaps(seq, sequence)), None)
            if holder is not None:
                log.warning(
                    "keys %s of %s already belong to %s",
                    sequence.toString(PORTABLE),
                    action_id,
                    holder,
                )
                continue
            kept.append(sequence)
            taken.append((sequence, action_id))
        bindings[action_id] = tuple(kept)
    return {a.id: bindings[a.id] for a in actions}


def store_bindings(
    settings: QSettings, actions: Sequence[KeyAction], bindings: Mapping[str, Keys]
) -> None:
    """Write the agent's keys: an action back on its defaults keeps no entry."""
    for action in actions:
        if action.fixed or action.id not in bindings:
            continue
        keys = bindings[action.id]
        if keys == action.default_keys():
            settings.remove(settings_key(action.id))
        elif not keys:
            settings.setValue(settings_key(action.id), "")
        elif len(keys) == 1:
            settings.setValue(settings_key(action.id), keys[0].toString(PORTABLE))
        else:
            settings.setValue(settings_key(action.id), [k.toString(PORTABLE) for k in keys])


# ---------------------------------------------------------------------- the window's keys


def text_field_has_focus() -> bool:
    """Whether the focused widget takes typed characters (where a single key is text)."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QAbstractSpinBox | QKeySequenceEdit)


class Keymap(QObject):
    """The registry's actions with the agent's keys, bound as shortcuts on one window.

    ``connect_action(id, slot)`` says what an action does; ``bind(window)`` makes a
    window-wide ``QShortcut`` per key of every action that is not ``fixed`` or
    ``own_keys`` (those a widget takes itself, through :meth:`matches`) (an action
    with no slot still announces itself through ``triggered``); ``reload()`` reads
    ``desk.ini`` again and remakes them.

    Signals:
        triggered(str): the agent pressed the keys of this action (after the slot ran).
        changed(): the keys were read again (tooltips and menus show the new ones).
    """

    triggered = Signal(str)
    changed = Signal()

    def __init__(
        self,
        settings: QSettings | None,
        actions: Sequence[KeyAction] = KEY_ACTIONS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.actions: dict[str, KeyAction] = {a.id: a for a in actions}
        self.bindings: dict[str, Keys] = load_bindings(settings, actions)
        self._slots: dict[str, Callable[[], object]] = {}
        self._shortcuts: dict[str, list[QShortcut]] = {}
        self._disabled: set[str] = set()
        self._host: QWidget | None = None

    def action(self, action_id: str) -> KeyAction:
        return self.actions[action_id]

    def keys(self, action_id: str) -> Keys:
        """The action's keys now (the agent's or the defaults)."""
        return self.bindings[action_id]

    def on_defaults(self, action_id: str) -> bool:
        """Whether the action has its shipped keys (texts that name them still hold)."""
        return self.bindings[action_id] == self.actions[action_id].default_keys()

    def matches(self, action_id: str, event: QKeyEvent) -> bool:
        """Whether a key press is one of the action's single-chord keys: for a widget that
        handles a ``fixed`` action in its own key filter (Enter on the keypad counts as
        Return, as the reply box has always taken it)."""
        key, modifiers = Qt.Key(event.key()), event.modifiers()
        modifiers &= ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Enter:
            key = Qt.Key.Key_Return
        pressed = QKeySequence(QKeyCombination(modifiers, key))
        return any(k == pressed for k in self.bindings[action_id])

    def text(self, action_id: str) -> str:
        """The action's keys as the platform writes them; "" when it has none."""
        return keys_text(self.bindings[action_id])

    def connect_action(self, action_id: str, slot: Callable[[], object]) -> None:
        """What the action does (one slot per action: a second replaces the first)."""
        if action_id not in self.actions:
            raise KeyError(f"no keyboard action {action_id!r} in desktop/ui/shell/keymap.py")
        self._slots[action_id] = slot

    def shortcuts(self, action_id: str) -> list[QShortcut]:
        return list(self._shortcuts.get(action_id, ()))

    def set_enabled(self, action_id: str, enabled: bool) -> None:
        """Switch an action's keys off (a page this agent may not see) or on again."""
        if enabled:
            self._disabled.discard(action_id)
        else:
            self._disabled.add(action_id)
        for shortcut in self._shortcuts.get(action_id, ()):
            shortcut.setEnabled(enabled)

    def bind(self, host: QWidget) -> None:
        """Make the shortcuts on ``host`` (the main window): they work anywhere in it."""
        self._host = host
        self._make_shortcuts()

    def reload(self) -> None:
        """Read the agent's keys again and remake the shortcuts: a remap applies now."""
        self.bindings = load_bindings(self.settings, tuple(self.actions.values()))
        if self._host is not None:
            self._make_shortcuts()
        self.changed.emit()

    def trigger(self, action_id: str) -> None:
        """Do what the action's keys do (the shortcuts call this)."""
        slot = self._slots.get(action_id)
        if slot is not None:
            slot()
        self.triggered.emit(action_id)

    def _make_shortcuts(self) -> None:
        host = self._host
        assert host is not None
        for shortcuts in self._shortcuts.values():
            for shortcut in shortcuts:
                shortcut.setEnabled(False)
                shortcut.setParent(None)
                shortcut.deleteLater()
        self._shortcuts = {}
        for action_id, keys in self.bindings.items():
            if self.actions[action_id].fixed or self.actions[action_id].own_keys:
                continue
            made = self._shortcuts.setdefault(action_id, [])
            for sequence in keys:
                shortcut = QShortcut(sequence, host)
                shortcut.setObjectName(f"key:{action_id}")
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.setEnabled(action_id not in self._disabled)
                bare = is_bare(sequence)
                shortcut.activated.connect(
                    lambda action_id=action_id, bare=bare: self._on_activated(action_id, bare)
                )
                made.append(shortcut)

    def _on_activated(self, action_id: str, bare: bool) -> None:
        if bare and text_field_has_focus():
            return  # "?" or J typed into a field that did not claim it: not ours
        self.trigger(action_id)
