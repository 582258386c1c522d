"""The desk's language: the agent's choice, kept in ``desk.ini``, and the menu that makes it.

The composition root (``desktop/app.py``) installs one catalogue before any widget is
built, from this choice or else the system locale; a new choice therefore takes effect
after a restart, and the menu says so. The menu hangs under the presence control (the
agent's own menu, at the left of the status bar).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

LANGUAGE_KEY = "ui/language"
"""desk.ini: ``system`` (the default: the system locale decides) or a catalogue code."""
SYSTEM = "system"
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fi": "Suomi",
    "zh_CN": "简体中文",
    "zh_TW": "繁體中文",
}
"""Catalogue code -> the language's name in that language: never translated, so an agent
who cannot read the desk's current language still finds their own."""


def chosen_language(settings: QSettings | None) -> str:
    """The stored choice: a code of :data:`LANGUAGES`, or :data:`SYSTEM` (also for a value
    the desk does not know)."""
    value = settings.value(LANGUAGE_KEY, SYSTEM) if settings is not None else SYSTEM
    return value if isinstance(value, str) and value in LANGUAGES else SYSTEM


class LanguageMenu(QMenu):
    """ "Language": the system's, or one of :data:`LANGUAGES`, checked as stored.

    Signals:
        toastRequested(str, str): the sentence that the choice takes effect after a
            restart, and its level.
    """

    toastRequested = Signal(str, str)  # noqa: N815 - Qt naming

    def __init__(self, settings: QSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        self.setTitle(self.tr("Language"))
        self.settings = settings
        group = QActionGroup(self)
        group.setExclusive(True)
        current = chosen_language(settings)
        choices = {SYSTEM: self.tr("System language"), **LANGUAGES}
        for code, name in choices.items():
            action = self.addAction(name)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))

    def choose(self, code: str) -> None:
        """Store ``code`` (``system`` or a catalogue) and tell the agent when it applies."""
        if self.settings is not None:
            self.settings.setValue(LANGUAGE_KEY, code)
            self.settings.sync()
        name = LANGUAGES.get(code) or self.tr("System language")
        self.toastRequested.emit(
            self.tr("Language: {0}. It takes effect when Frontline is restarted.").format(name),
            "info",
        )
