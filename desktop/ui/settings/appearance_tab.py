"""The "Appearance" settings tab: the theme (System, Light, Dark), stored as ``ui/theme``.

On OK/Apply the window's ``settingsApplied`` reaches the theme service
(:class:`desktop.ui.shell.theme.ThemeService`), which applies the choice at once: no
restart, the open conversation and article simply repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from desktop.ui.settings.tabs import SettingsTab, SettingsTabSpec
from desktop.ui.shell.theme import CHOICES, SYSTEM, THEME_KEY, chosen_theme


def theme_names() -> dict[str, str]:
    """Each choice for people, translated."""
    return {
        SYSTEM: QCoreApplication.translate("AppearanceTab", "Same as the system"),
        "light": QCoreApplication.translate("AppearanceTab", "Light"),
        "dark": QCoreApplication.translate("AppearanceTab", "Dark"),
    }


class AppearanceTab(SettingsTab):
    """The theme choice: one radio button per :data:`~desktop.ui.shell.theme.CHOICES`."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        title = QLabel(self.tr("Theme"))
        title.setObjectName("sectionTitle")
        hint = QLabel(
            self.tr(
                "Same as the system follows the light or dark setting of your computer, "
                "also when it changes during the day."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        names = theme_names()
        for choice in CHOICES:
            button = QRadioButton(names[choice])
            button.setObjectName(f"theme_{choice}")
            button.setAccessibleName(self.tr("Theme: {0}").format(names[choice]))
            self.group.addButton(button)
            self.buttons[choice] = button
            layout.addWidget(button)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.buttons[chosen_theme(settings)].setChecked(True)

    def choice(self) -> str:
        """The checked choice."""
        return next((c for c, b in self.buttons.items() if b.isChecked()), SYSTEM)

    def apply(self) -> None:
        self.settings.setValue(THEME_KEY, self.choice())

    def restore_defaults(self) -> None:
        self.buttons[SYSTEM].setChecked(True)


SPEC: SettingsTabSpec = SettingsTabSpec(
    key="appearance",
    title=lambda: QCoreApplication.translate("SettingsTabs", "Appearance"),
    build=AppearanceTab,
)
