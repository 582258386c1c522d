"""The settings dialog (Ctrl+, or the agent's menu): the tabs of :data:`SETTINGS_TABS`,
OK / Apply / Cancel / Restore defaults."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.settings.tabs import SETTINGS_TABS, SettingsTab, SettingsTabSpec


class SettingsDialog(QDialog):
    """Every settings tab in one dialog.

    Signals:
        applied(): the tabs wrote their values; whoever runs on settings reads them again.
    """

    applied = Signal()

    def __init__(
        self,
        settings: QSettings,
        specs: Sequence[SettingsTabSpec] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.pages: dict[str, SettingsTab] = {}
        for spec in SETTINGS_TABS if specs is None else specs:
            page = spec.build(settings)
            page.setObjectName(f"settings_{spec.key}")
            self.pages[spec.key] = page
            self.tabs.addTab(page, spec.title())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply_button.clicked.connect(self.apply)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setToolTip(self.tr("Put this tab back to the shipped defaults"))
        defaults.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def apply(self) -> None:
        """Every tab writes its values; then ``applied``."""
        for page in self.pages.values():
            page.apply()
        self.settings.sync()
        self.applied.emit()

    def accept(self) -> None:
        self.apply()
        super().accept()

    def restore_defaults(self) -> None:
        """Only the visible tab: restoring every tab at once would surprise."""
        page = self.tabs.currentWidget()
        if isinstance(page, SettingsTab):
            page.restore_defaults()
