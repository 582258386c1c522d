"""The desk's keyboard actions, as data: ids, groups, translated titles, default keys.

Split from :mod:`desktop.ui.shell.keymap` (which checks, stores and binds keys) so the
table reads on its own. A new action is one entry here, in the group the shortcuts sheet
and the Keyboard settings tab show it under; ``tests/ui/shell/test_keymap.py`` fails if its
default keys are taken or clash with AltGr. Every title is its own literal
``QCoreApplication.translate("Keymap", ...)`` call: lupdate reads only literals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QKeySequence

from desktop.ui.shell.presence import SETTABLE, state_name

PORTABLE = QKeySequence.SequenceFormat.PortableText
NATIVE = QKeySequence.SequenceFormat.NativeText
Keys = tuple[QKeySequence, ...]
DefaultKey = str | QKeySequence.StandardKey


def group_title(group: str) -> str:
    """A group of actions, for people (the sheet's headings, the settings tab)."""
    titles = {
        "inbox": QCoreApplication.translate("Keymap", "Inbox"),
        "conversation": QCoreApplication.translate("Keymap", "Conversation"),
        "reply": QCoreApplication.translate("Keymap", "Reply"),
        "calls": QCoreApplication.translate("Keymap", "Offers and calls"),
        "presence": QCoreApplication.translate("Keymap", "Presence"),
        "pages": QCoreApplication.translate("Keymap", "Pages"),
        "desk": QCoreApplication.translate("Keymap", "Desk"),
    }
    return titles.get(group, group)


GROUPS: tuple[str, ...] = ("inbox", "conversation", "reply", "calls", "presence", "pages", "desk")
"""The groups in the order the sheet and the settings tab show them."""


@dataclass(frozen=True)
class KeyAction:
    """One keyboard action: its id, group, translated title and default keys.

    ``defaults`` are portable key texts ("Ctrl+Shift+H") or a platform's standard key
    (``QKeySequence.StandardKey.Quit``: Cmd+Q on a Mac). ``fixed``: a widget handles the
    keys itself; the action is listed and its keys are kept free, but it is not remapped
    here. ``own_keys``: remappable like any other, but a widget takes the keys itself
    (the reply box's filter, the inbox list's J/K) from the keymap's current bindings
    instead of a window-wide shortcut, because they must act only where that widget has
    the focus.
    """

    id: str
    group: str
    title: Callable[[], str]
    defaults: tuple[DefaultKey, ...]
    fixed: bool = False
    own_keys: bool = False

    def default_keys(self) -> Keys:
        """The defaults on this platform, each once. A standard key needs the platform
        (Qt crashes asking without a ``QGuiApplication``): before one exists it has none."""
        found: list[QKeySequence] = []
        platform = QGuiApplication.instance() is not None
        for default in self.defaults:
            if isinstance(default, QKeySequence.StandardKey):
                sequences = QKeySequence.keyBindings(default) if platform else []
            else:
                sequences = [QKeySequence.fromString(default, PORTABLE)]
            found.extend(s for s in sequences if not s.isEmpty() and s not in found)
        return tuple(found)


def _presence_action(state: str, key: str) -> KeyAction:
    return KeyAction(f"presence.{state}", "presence", lambda: state_name(state), (key,))


PRESENCE_KEYS: dict[str, str] = {
    "available": "Ctrl+Shift+1",
    "break": "Ctrl+Shift+2",
    "lunch": "Ctrl+Shift+3",
    "meeting": "Ctrl+Shift+4",
    "training": "Ctrl+Shift+5",
    "offline": "Ctrl+Shift+0",
}
"""Ctrl+Shift+digit, not Ctrl+Alt+digit: Ctrl+Alt is AltGr on Windows (AltGr+2 is "@"
on a Finnish keyboard, AltGr+7..0 are { [ ] })."""

# Each title is its own literal translate() call (lupdate reads only literals).
KEY_ACTIONS: tuple[KeyAction, ...] = (
    KeyAction(
        "inbox.next",
        "inbox",
        lambda: QCoreApplication.translate("Keymap", "Next conversation"),
        ("Ctrl+PgDown",),
    ),
    KeyAction(
        "inbox.previous",
        "inbox",
        lambda: QCoreApplication.translate("Keymap", "Previous conversation"),
        ("Ctrl+PgUp",),
    ),
    KeyAction(
        "inbox.list_next",
        "inbox",
        lambda: QCoreApplication.translate("Keymap", "Next conversation (in the inbox list)"),
        ("J",),
        own_keys=True,  # the inbox list's own keys (desktop/ui/inbox/view.py)
    ),
    KeyAction(
        "inbox.list_previous",
        "inbox",
        lambda: QCoreApplication.translate("Keymap", "Previous conversation (in the inbox list)"),
        ("K",),
        own_keys=True,
    ),
    KeyAction(
        "inbox.search",
        "inbox",
        lambda: QCoreApplication.translate("Keymap", "Search conversations"),
        ("Ctrl+F",),
    ),
    KeyAction(
        "inbox.merge_new",
        "inbox",
        lambda: QCoreApplication.translate("Keymap", "Show new and updated conversations"),
        ("Ctrl+R",),
    ),
    KeyAction(
        "inbox.take_next",
        "inbox",
        lambda: QCoreApplication.translate("Keymap", "Take the next waiting email"),
        ("Ctrl+Shift+N",),
    ),
    KeyAction(
        "conversation.resolve",
        "conversation",
        lambda: QCoreApplication.translate("Keymap", "Resolve the conversation"),
        ("Ctrl+Shift+R",),
    ),
    KeyAction(
        "conversation.pending",
        "conversation",
        lambda: QCoreApplication.translate("Keymap", "Set pending (waiting on the customer)"),
        ("Ctrl+Shift+P",),
    ),
    KeyAction(
        "conversation.snooze",
        "conversation",
        lambda: QCoreApplication.translate("Keymap", "Snooze the conversation"),
        ("Ctrl+Shift+S",),
    ),
    KeyAction(
        "conversation.reopen",
        "conversation",
        lambda: QCoreApplication.translate("Keymap", "Reopen the conversation"),
        ("Ctrl+Shift+O",),
    ),
    KeyAction(
        "conversation.complaint",
        "conversation",
        lambda: QCoreApplication.translate("Keymap", "Open a complaint for the customer"),
        ("Ctrl+Shift+X",),
    ),
    KeyAction(
        "reply.focus",
        "reply",
        lambda: QCoreApplication.translate("Keymap", "Write a reply"),
        ("Ctrl+2",),
    ),
    KeyAction(
        "reply.send",
        "reply",
        lambda: QCoreApplication.translate("Keymap", "Send the reply"),
        ("Ctrl+Return",),
        own_keys=True,  # the reply box's own key filter (desktop/ui/conversation/reply.py)
    ),
    KeyAction(
        "reply.note_toggle",
        "reply",
        lambda: QCoreApplication.translate("Keymap", "Switch between reply and internal note"),
        ("Ctrl+Shift+I",),
    ),
    KeyAction(
        "reply.canned",
        "reply",
        lambda: QCoreApplication.translate("Keymap", "Insert a canned reply"),
        ("Ctrl+Shift+C",),
    ),
    KeyAction(
        "offer.accept",
        "calls",
        lambda: QCoreApplication.translate("Keymap", "Accept the offer"),
        ("Ctrl+Shift+A",),
    ),
    KeyAction(
        "offer.decline",
        "calls",
        lambda: QCoreApplication.translate("Keymap", "Decline the offer"),
        ("Ctrl+Shift+D",),
    ),
    KeyAction(
        "call.hold",
        "calls",
        lambda: QCoreApplication.translate("Keymap", "Hold or resume the call"),
        ("Ctrl+Shift+H",),
    ),
    KeyAction(
        "call.mute",
        "calls",
        lambda: QCoreApplication.translate("Keymap", "Mute or unmute"),
        ("Ctrl+Shift+M",),
    ),
    KeyAction(
        "call.keypad",
        "calls",
        lambda: QCoreApplication.translate("Keymap", "Keypad (send tones)"),
        ("Ctrl+Shift+K",),
    ),
    KeyAction(
        "call.transfer",
        "calls",
        lambda: QCoreApplication.translate("Keymap", "Transfer the call"),
        ("Ctrl+Shift+T",),
    ),
    KeyAction(
        "call.hangup",
        "calls",
        lambda: QCoreApplication.translate("Keymap", "Hang up"),
        ("Ctrl+Shift+E",),
    ),
    *(_presence_action(state, PRESENCE_KEYS[state]) for state in SETTABLE),
    KeyAction(
        "page.inbox",
        "pages",
        lambda: QCoreApplication.translate("Keymap", "Show the inbox"),
        ("Ctrl+1",),
    ),
    KeyAction(
        "page.knowledge",
        "pages",
        lambda: QCoreApplication.translate("Keymap", "Show the knowledge base"),
        ("Ctrl+3",),
    ),
    KeyAction(
        "knowledge.search",
        "pages",
        lambda: QCoreApplication.translate("Keymap", "Search the knowledge base"),
        ("Ctrl+K",),
    ),
    KeyAction(
        "page.customer",
        "pages",
        lambda: QCoreApplication.translate("Keymap", "Show the customer page"),
        ("Ctrl+4",),
    ),
    KeyAction(
        "customer.find",
        "pages",
        lambda: QCoreApplication.translate("Keymap", "Find a customer"),
        ("Ctrl+Shift+F",),
    ),
    KeyAction(
        "page.schedule",
        "pages",
        lambda: QCoreApplication.translate("Keymap", "Show my day (schedule, breaks, swaps)"),
        ("Ctrl+5",),
    ),
    KeyAction(
        "page.kpi",
        "pages",
        lambda: QCoreApplication.translate("Keymap", "Show my KPIs"),
        ("Ctrl+6",),
    ),
    KeyAction(
        "page.team",
        "pages",
        lambda: QCoreApplication.translate("Keymap", "Show the team (supervisors)"),
        ("Ctrl+T",),
    ),
    KeyAction(
        "help.shortcuts",
        "desk",
        lambda: QCoreApplication.translate("Keymap", "Keyboard shortcuts"),
        ("F1", "?"),
    ),
    KeyAction(
        "app.settings",
        "desk",
        lambda: QCoreApplication.translate("Keymap", "Settings"),
        (QKeySequence.StandardKey.Preferences, "Ctrl+,"),
    ),
    KeyAction(
        "sync.retry",
        "desk",
        lambda: QCoreApplication.translate("Keymap", "Reconnect now"),
        ("F5",),
    ),
    KeyAction(
        "app.sign_out",
        "desk",
        lambda: QCoreApplication.translate("Keymap", "Sign out"),
        ("Ctrl+Shift+L",),
    ),
    KeyAction(
        "app.quit",
        "desk",
        lambda: QCoreApplication.translate("Keymap", "Quit"),
        (QKeySequence.StandardKey.Quit, "Ctrl+Q"),
    ),
)
