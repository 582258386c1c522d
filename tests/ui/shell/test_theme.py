"""Themes: a switch changes the style sheet and the colours delegates paint with, live; the
System choice follows the platform's colour scheme as it changes; every text pair of both
palettes has WCAG AA contrast; the choice is kept in desk.ini and applied on OK/Apply."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QListView
from pytestqt.qtbot import QtBot

from desktop.ui.knowledge.models import ArticleItem, ArticleListModel, HitDelegate
from desktop.ui.settings.appearance_tab import AppearanceTab
from desktop.ui.settings.dialog import SettingsDialog
from desktop.ui.settings.tabs import SETTINGS_TABS
from desktop.ui.shell import style
from desktop.ui.shell.palettes import (
    DARK,
    LIGHT,
    TEXT_PAIRS,
    Palette,
    contrast,
    failing_pairs,
)
from desktop.ui.shell.theme import THEME_KEY, ThemeService, chosen_theme
from tests.ui.kb_fill import KbDesk


def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def restore_theme(qapp: QApplication) -> Iterator[None]:
    """Each test leaves the application as it found it: light colours, its sheet and
    palette (other tests paint with the live colours)."""
    sheet, palette, font = qapp.styleSheet(), QPalette(qapp.palette()), qapp.font()
    earlier = set(qapp.findChildren(ThemeService))
    yield
    for service in set(qapp.findChildren(ThemeService)) - earlier:
        qapp.styleHints().colorSchemeChanged.disconnect(service.on_system_scheme)
        service.deleteLater()  # no longer follows the colour scheme
    style.use_palette(LIGHT)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def service(
    qapp: QApplication, settings: QSettings, scheme: Qt.ColorScheme = Qt.ColorScheme.Light
) -> ThemeService:
    return ThemeService(qapp, settings, system_scheme=lambda: scheme)


# ---------------------------------------------------------------- contrast


def test_contrast_is_wcag() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the AA grey


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_pair_has_aa_contrast(palette: Palette) -> None:
    assert failing_pairs(palette) == []
    assert len(TEXT_PAIRS) > 60


def test_a_weak_pair_is_caught() -> None:
    weak = dataclasses.replace(DARK, muted="#4a525c")
    assert any("muted on base" in problem for problem in failing_pairs(weak))


def test_the_dark_palette_has_no_pure_black() -> None:
    assert "#000000" not in DARK.roles().values()
    assert DARK.dark
    assert not LIGHT.dark


# ---------------------------------------------------------------- the sheet


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_the_sheet_is_filled_from_the_palette(palette: Palette) -> None:
    sheet = style.load_theme(palette)
    assert sheet
    assert "@" not in sheet  # every role, size and path was filled
    assert palette.text in sheet
    assert ":focus" in sheet
    colours = set(re.findall(r"#[0-9a-fA-F]{6}\b", sheet))
    assert colours <= set(palette.roles().values())  # no colour that is not the palette's


def test_sizes_follow_the_text_size() -> None:
    normal = style.load_theme(LIGHT, style.BASE_POINTS)
    bigger = style.load_theme(LIGHT, style.BASE_POINTS * 1.5)
    assert not re.search(r"font-size:\s*[0-9.]+px", normal)  # text in points, never pixels

    def points(sheet: str) -> list[float]:
        return [float(v) for v in re.findall(r"font-size:\s*([0-9.]+)pt", sheet)]

    assert points(bigger) == pytest.approx([1.5 * p for p in points(normal)], abs=0.16)


# ---------------------------------------------------------------- switching


def test_a_switch_changes_sheet_qt_palette_and_live_colours(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, restore_theme: None
) -> None:
    settings = ini(tmp_path)
    themes = service(qapp, settings)
    held_text = style.TEXT  # a reference taken before the switch, as views hold them
    held_chat = style.CHANNEL_COLORS["chat"]
    assert themes.apply() is LIGHT
    assert held_text == QColor(LIGHT.text)
    assert LIGHT.alt_base in qapp.styleSheet()

    model = ArticleListModel()
    model.set_items([ArticleItem(1, "a", "Title", "en", '<div>Title <span class="muted">x</span>')])
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(HitDelegate(view))
    view.resize(300, 120)
    view.show()
    view.setCurrentIndex(model.index(0))
    qtbot.waitExposed(view)

    def row_colour() -> QColor:
        rect = view.visualRect(model.index(0))
        return view.viewport().grab().toImage().pixelColor(rect.right() - 4, rect.top() + 4)

    assert row_colour() == QColor(LIGHT.selected_bg)

    settings.setValue(THEME_KEY, "dark")
    with qtbot.waitSignal(themes.changed, timeout=2000) as changed:
        themes.reload()
    assert changed.args == ["dark"]
    assert held_text == QColor(DARK.text)  # the same object, now dark
    assert held_chat == QColor(DARK.chat)
    assert style.TEXT is held_text
    assert DARK.base in qapp.styleSheet()
    assert LIGHT.alt_base not in qapp.styleSheet()
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)
    qtbot.waitUntil(lambda: row_colour() == QColor(DARK.selected_bg), timeout=2000)


def test_an_unchanged_choice_is_not_applied_again(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, restore_theme: None
) -> None:
    themes = service(qapp, ini(tmp_path))
    themes.apply()
    with qtbot.assertNotEmitted(themes.changed):
        themes.reload()


def test_system_follows_the_colour_scheme_live(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, restore_theme: None
) -> None:
    settings = ini(tmp_path)
    themes = service(qapp, settings, Qt.ColorScheme.Dark)
    assert themes.apply() is DARK  # system is the default choice
    hints = qapp.styleHints()
    with qtbot.waitSignal(themes.changed, timeout=2000):
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert style.current() is LIGHT
    assert LIGHT.text in qapp.styleSheet()
    with qtbot.waitSignal(themes.changed, timeout=2000):
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert style.current() is DARK

    settings.setValue(THEME_KEY, "light")  # a fixed choice ignores the system
    themes.reload()
    with qtbot.assertNotEmitted(themes.changed):
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert style.current() is LIGHT


def test_the_command_line_wins_until_the_settings_change(
    qapp: QApplication, tmp_path: Path, restore_theme: None
) -> None:
    settings = ini(tmp_path)
    themes = ThemeService(qapp, settings, override="dark")
    assert themes.apply() is DARK
    themes.reload()  # OK in the settings dialog: the stored choice (system, light here)
    assert style.current() is LIGHT


# ---------------------------------------------------------------- the settings tab


def test_the_choice_is_kept_and_applied_on_ok(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, restore_theme: None
) -> None:
    assert any(spec.key == "appearance" for spec in SETTINGS_TABS)
    settings = ini(tmp_path)
    themes = service(qapp, settings)
    themes.apply()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.applied.connect(themes.reload)
    tab = dialog.pages["appearance"]
    assert isinstance(tab, AppearanceTab)
    assert tab.choice() == "system"
    tab.buttons["dark"].setChecked(True)
    with qtbot.waitSignal(themes.changed, timeout=2000):
        dialog.accept()
    assert style.current() is DARK
    assert chosen_theme(ini(tmp_path)) == "dark"  # read back from the file
    again = SettingsDialog(ini(tmp_path))
    qtbot.addWidget(again)
    shown = again.pages["appearance"]
    assert isinstance(shown, AppearanceTab)
    assert shown.choice() == "dark"
    shown.restore_defaults()
    assert shown.choice() == "system"


def test_an_unknown_stored_value_means_system(tmp_path: Path) -> None:
    settings = ini(tmp_path)
    settings.setValue(THEME_KEY, "<b>neon</b>")
    assert chosen_theme(settings) == "system"
    assert chosen_theme(None) == "system"


def test_an_open_article_is_rendered_again_in_the_new_colours(
    qtbot: QtBot, qapp: QApplication, kb_desk: KbDesk, tmp_path: Path, restore_theme: None
) -> None:
    view = kb_desk.window.knowledge
    article = kb_desk.reader.article_by_slug("billing-overview-en")
    assert article is not None
    with qtbot.waitSignal(view.articleOpened, timeout=2000):
        view.open_article(article.id)
    document = view.article_reader.browser.document()

    themes = ThemeService(qapp, ini(tmp_path), override="dark")
    themes.apply()
    assert DARK.code_bg in document.defaultStyleSheet()
    assert DARK.table_head in document.toHtml()  # the table's head, rendered again
    assert LIGHT.table_head not in document.toHtml()
    themes.override = "light"
    themes.apply()
    assert LIGHT.table_head in document.toHtml()
