"""The settings tabs, declared once: the dialog builds one page per entry, in this order.

A tab is a widget that reads its values from ``desk.ini`` when built and writes them back
in :meth:`SettingsTab.apply` (called on OK/Apply). After every tab has applied, the dialog
emits ``applied`` and the window tells the running desk (the keymap, the alerts, the
theme) to read the settings again, so a change takes effect without a restart.

To add a tab: a :class:`SettingsTab` subclass in its own module and one
:class:`SettingsTabSpec` line in :data:`SETTINGS_TABS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget


class SettingsTab(QWidget):
    """One page of the settings dialog."""

    def apply(self) -> None:
        """Write this tab's values to the settings (the dialog syncs them afterwards)."""

    def restore_defaults(self) -> None:
        """Put this tab's controls back to the shipped defaults (written on apply)."""


@dataclass(frozen=True)
class SettingsTabSpec:
    """A tab: its object name, its translated title (a function: the catalogue is read
    when the dialog opens) and the factory that builds it from the settings."""

    key: str
    title: Callable[[], str]
    build: Callable[[QSettings], SettingsTab]


SETTINGS_TABS: list[SettingsTabSpec] = []
"""Filled by the tab modules' registrations below (one line each)."""

# Registrations, one line each: the tab modules import this one, so they come last.
from desktop.ui.settings.alerts_tab import SPEC as ALERTS  # noqa: E402
from desktop.ui.settings.appearance_tab import SPEC as APPEARANCE  # noqa: E402
from desktop.ui.settings.keyboard_tab import SPEC as KEYBOARD  # noqa: E402

SETTINGS_TABS.append(APPEARANCE)
SETTINGS_TABS.append(ALERTS)
SETTINGS_TABS.append(KEYBOARD)
