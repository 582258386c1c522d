"""The theme service: which palette the desk wears, and switching it live.

The agent's choice (``ui/theme`` in ``desk.ini``: ``system``, ``light`` or ``dark``) or,
for ``system``, the platform's colour scheme (``QStyleHints.colorScheme``, followed live
when the system changes it) picks a palette from :mod:`desktop.ui.shell.palettes`.
Applying it does three things, in this order: the live colours delegates paint with
(:func:`desktop.ui.shell.style.use_palette`, in place), the Qt palette for native widgets
(menus, dialogs, scroll bars), then the style sheet filled from the same palette; then
every widget repaints and ``changed`` fires. The composition root builds one service;
the window's ``settingsApplied`` makes it read the choice again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication

from desktop.ui.shell import style
from desktop.ui.shell.palettes import DARK, LIGHT, Palette

THEME_KEY = "ui/theme"
"""desk.ini: ``system`` (the default: the platform's colour scheme decides), ``light``
or ``dark``."""
SYSTEM = "system"
CHOICES: tuple[str, ...] = (SYSTEM, LIGHT.name, DARK.name)


def chosen_theme(settings: QSettings | None) -> str:
    """The stored choice, one of :data:`CHOICES` (``system`` for anything unknown)."""
    value = settings.value(THEME_KEY, SYSTEM) if settings is not None else SYSTEM
    return value if isinstance(value, str) and value in CHOICES else SYSTEM


def palette_for(choice: str, scheme: Qt.ColorScheme) -> Palette:
    """The palette a choice means under the platform's ``scheme`` (light if unknown)."""
    if choice == DARK.name or (choice == SYSTEM and scheme == Qt.ColorScheme.Dark):
        return DARK
    return LIGHT


class ThemeService(QObject):
    """Applies the chosen palette to the application and keeps it applied.

    ``override`` (``frontline desk --theme``) wins over the stored choice for this run.

    Signals:
        changed(str): a palette was applied (its name, ``light`` or ``dark``).
    """

    changed = Signal(str)

    def __init__(
        self,
        app: QApplication,
        settings: QSettings | None,
        override: str | None = None,
        system_scheme: Callable[[], Qt.ColorScheme] | None = None,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        self.override = override if override in CHOICES else None
        hints = app.styleHints()
        self._system_scheme = system_scheme or hints.colorScheme
        self._scheme = self._system_scheme()
        self.palette: Palette | None = None
        hints.colorSchemeChanged.connect(self.on_system_scheme)

    @property
    def choice(self) -> str:
        """What decides now: the override, else the stored choice."""
        return self.override or chosen_theme(self.settings)

    def apply(self, *, force: bool = False) -> Palette:
        """Apply the palette the choice and the system scheme call for; returns it. An
        unchanged palette is not re-applied (a style sheet costs a repolish of every
        widget) unless ``force``."""
        palette = palette_for(self.choice, self._scheme)
        if palette is self.palette and not force:
            return palette
        self.palette = palette
        style.use_palette(palette)
        self.app.setPalette(style.qt_palette(palette))
        points = self.app.font().pointSizeF()
        self.app.setStyleSheet(
            style.load_theme(palette, points if points > 0 else style.BASE_POINTS)
        )
        for widget in self.app.allWidgets():
            widget.update()
        style.notifier.changed.emit()
        self.changed.emit(palette.name)
        return palette

    def reload(self) -> None:
        """The settings changed (OK/Apply): read the choice again and apply it."""
        self.override = None  # a choice made in the settings beats the command line
        self.apply()

    def on_system_scheme(self, scheme: Qt.ColorScheme) -> None:
        """The platform switched between light and dark: follow it if the choice is
        ``system``."""
        self._scheme = scheme
        self.apply()
