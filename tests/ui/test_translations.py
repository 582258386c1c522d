"""The Finnish and Chinese catalogues are complete, keep every placeholder, and the compiled
.qm files load and translate; the desk picks its catalogue from the locale or the setting.

``resources/translations/frontline_{fi,zh_CN,zh_TW}.ts`` are refreshed with
``pyside6-lupdate`` (see the README there); after a refresh every new source string must be
translated before the catalogue is compiled, or the desk shows English in the middle of
Finnish or Chinese.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import catalogue_for, install_catalogue
from desktop.store.reader import CacheReader
from desktop.ui.shell import style
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.language import LANGUAGE_KEY, LANGUAGES, SYSTEM, chosen_language
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import MainWindow

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
CATALOGUES = ("fi", "zh_CN", "zh_TW")
"""The full translations; ``frontline_en.ts`` holds only the English plural forms."""
PLACEHOLDER = re.compile(r"\{\d+\}|%n|%L?\d|&[^&\s;]|</?[A-Za-z][^>]*>")
"""What a translation must carry over: ``{0}``, ``%n``, ``%1``, an ``&`` accelerator
(``&&`` is a literal ampersand) and HTML tags."""


def _messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    """``(context, message)`` of every live message (not vanished or obsolete)."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in ("vanished", "obsolete"):
                yield name, message


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


def _untranslated(ts: Path) -> list[str]:
    """``context: source`` of every live message whose translation is missing or empty."""
    missing: list[str] = []
    for name, message in _messages(ts):
        translation = message.find("translation")
        assert translation is not None
        texts = _texts(message)
        if (
            translation.get("type") == "unfinished"
            or not texts
            or not all(t.strip() for t in texts)
        ):
            missing.append(f"{name}: {message.findtext('source')}")
    return missing


def _lost_placeholders(ts: Path) -> list[str]:
    """``context: source -> translation`` wherever a translation lacks a placeholder,
    accelerator or tag of its source (or has one the source does not)."""
    lost: list[str] = []
    for name, message in _messages(ts):
        source = message.findtext("source") or ""
        wanted = Counter(PLACEHOLDER.findall(source.replace("&&", "")))
        for text in _texts(message):
            if Counter(PLACEHOLDER.findall(text.replace("&&", ""))) != wanted:
                lost.append(f"{name}: {source!r} -> {text!r}")
    return lost


@pytest.mark.parametrize("code", CATALOGUES)
def test_every_source_string_is_translated(code: str) -> None:
    assert _untranslated(TRANSLATIONS / f"frontline_{code}.ts") == []


@pytest.mark.parametrize("code", CATALOGUES)
def test_translations_keep_every_placeholder(code: str) -> None:
    assert _lost_placeholders(TRANSLATIONS / f"frontline_{code}.ts") == []


def test_the_placeholder_check_sees_a_lost_one(tmp_path: Path) -> None:
    ts = tmp_path / "frontline_xx.ts"
    ts.write_text(
        "<TS><context><name>C</name>"
        "<message><source>Call {0} at {1}</source><translation>Soita {0}</translation></message>"
        "<message><source>&amp;Save</source><translation>保存</translation></message>"
        "<message><source>&amp;Open</source><translation>打开(&amp;O)</translation></message>"
        '<message numerus="yes"><source>%n min</source><translation>'
        "<numerusform>分钟</numerusform></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert _lost_placeholders(ts) == [
        "C: 'Call {0} at {1}' -> 'Soita {0}'",
        "C: '&Save' -> '保存'",
        "C: '%n min' -> '分钟'",
    ]


def test_the_catalogues_hold_the_same_messages() -> None:
    """A catalogue that was not refreshed with the others (lupdate, see the README there)
    lacks the new strings and would show them in English."""

    def keys(code: str) -> set[tuple[str, str]]:
        ts = TRANSLATIONS / f"frontline_{code}.ts"
        return {(name, m.findtext("source") or "") for name, m in _messages(ts)}

    every = {code: keys(code) for code in CATALOGUES}
    union = set().union(*every.values())
    lacking = {code: sorted(union - held) for code, held in every.items() if union - held}
    assert lacking == {}


def test_every_english_plural_form_is_filled() -> None:
    assert _untranslated(TRANSLATIONS / "frontline_en.ts") == []


def _installed(qapp: QApplication, qm: Path) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    assert QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def finnish(qapp: QApplication) -> Iterator[QTranslator]:
    yield from _installed(qapp, TRANSLATIONS / "frontline_fi.qm")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QTranslator]:
    yield from _installed(qapp, TRANSLATIONS / "frontline_en.qm")


@pytest.mark.parametrize(
    ("context", "source", "expected"),
    [
        ("MainWindow", "Knowledge", "Tietopankki"),
        ("KnowledgeView", "Search the knowledge base", "Hae tietopankista"),
        ("ArticleReader", "Was this helpful?", "Oliko tästä apua?"),
        ("ScriptPanel", "Call script", "Puhelukäsikirjoitus"),
        ("AssistPanel", "No suggestions yet", "Ei vielä ehdotuksia"),
        ("MainWindow", "Inserted into the reply to {0}", "Lisätty vastaukseen asiakkaalle {0}"),
        ("OfferBanner", "Accept", "Hyväksy"),
        ("CallPanel", "Hang up", "Lopeta puhelu"),
        ("WrapupPanel", "No time limit", "Ei aikarajaa"),
    ],
)
def test_new_desk_strings_translate_to_finnish(
    finnish: QTranslator, context: str, source: str, expected: str
) -> None:
    assert QCoreApplication.translate(context, source) == expected


def test_finnish_plural_forms(finnish: QTranslator) -> None:
    def queued(n: int) -> str:
        return QCoreApplication.translate("DeskStatusBar", "%n change(s) queued", "", n)

    assert queued(1) == "1 muutos jonossa"
    assert queued(3) == "3 muutosta jonossa"


def test_english_plural_forms(english: QTranslator) -> None:
    def queued(n: int) -> str:
        return QCoreApplication.translate("DeskStatusBar", "%n change(s) queued", "", n)

    assert queued(1) == "1 change queued"
    assert queued(2) == "2 changes queued"


@pytest.fixture
def simplified(qapp: QApplication) -> Iterator[QTranslator]:
    yield from _installed(qapp, TRANSLATIONS / "frontline_zh_CN.qm")


@pytest.fixture
def traditional(qapp: QApplication) -> Iterator[QTranslator]:
    yield from _installed(qapp, TRANSLATIONS / "frontline_zh_TW.qm")


@pytest.mark.parametrize(
    ("context", "source", "zh_cn", "zh_tw"),
    [
        ("MainWindow", "Inbox", "收件箱", "收件匣"),
        ("MainWindow", "Knowledge", "知识库", "知識庫"),
        ("Presence", "After-call work", "话后处理", "話後處理"),
        ("Team", "Agent", "坐席", "客服人員"),
        ("WrapupPanel", "Choose a wrap-up code…", "选择小结代码…", "選擇結案代碼…"),
        ("SignInDialog", "Server", "服务器", "伺服器"),
        ("MainWindow", "Could not {0}: {1}", "无法{0}：{1}", "無法{0}：{1}"),
        ("Messages", "Internal note · %1", "内部备注 · %1", "內部備註 · %1"),
        ("KnowledgeView", "Search articles  (Ctrl+K)", "搜索文章（Ctrl+K）", "搜尋文章（Ctrl+K）"),
    ],
)
def test_desk_strings_translate_to_chinese(
    qapp: QApplication, context: str, source: str, zh_cn: str, zh_tw: str
) -> None:
    for qm, expected in (("frontline_zh_CN.qm", zh_cn), ("frontline_zh_TW.qm", zh_tw)):
        for _ in _installed(qapp, TRANSLATIONS / qm):
            assert QCoreApplication.translate(context, source) == expected


def test_chinese_has_one_plural_form(simplified: QTranslator) -> None:
    def queued(n: int) -> str:
        return QCoreApplication.translate("DeskStatusBar", "%n change(s) queued", "", n)

    assert queued(1) == "1 项更改待发送"
    assert queued(12) == "12 项更改待发送"


# ---------------------------------------------------------------------- choosing a catalogue


@pytest.mark.parametrize(
    ("locale", "code"),
    [
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_Hans", "zh_CN"),
        ("zh", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_MO", "zh_TW"),
        ("zh_Hant", "zh_TW"),
        ("zh_Hant_HK", "zh_TW"),
        ("fi_FI", "fi"),
        ("sv_FI", "en"),
        ("en_US", "en"),
        ("de_DE", "en"),
        ("C", "en"),
    ],
)
def test_the_system_locale_picks_the_catalogue(locale: str, code: str) -> None:
    assert catalogue_for(QLocale(locale)) == code
    assert catalogue_for(QLocale(locale), SYSTEM) == code


@pytest.mark.parametrize("choice", list(LANGUAGES))
def test_the_setting_overrides_the_locale(choice: str) -> None:
    for locale in ("zh_HK", "zh_SG", "fi_FI", "en_GB", "C"):
        assert catalogue_for(QLocale(locale), choice) == choice


def test_the_stored_choice_is_read_from_desk_ini(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    assert chosen_language(settings) == SYSTEM
    assert chosen_language(None) == SYSTEM
    settings.setValue(LANGUAGE_KEY, "zh_TW")
    assert chosen_language(settings) == "zh_TW"
    settings.setValue(LANGUAGE_KEY, "klingon")  # unknown (an older or newer desk): the system's
    assert chosen_language(settings) == SYSTEM


@pytest.fixture
def system_locale() -> Iterator[None]:
    """Put the process's default locale back after a test changes it."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("system", "stored", "expected"),
    [
        ("zh_HK", None, ("收件匣", "取消")),
        ("zh_SG", None, ("收件箱", "取消")),
        ("zh_HK", "zh_CN", ("收件箱", "取消")),
        ("fi_FI", "zh_TW", ("收件匣", "取消")),
        ("zh_TW", "fi", ("Saapuneet", "Peru")),
        ("zh_TW", "en", ("Inbox", "Cancel")),
        ("zh_TW", "system", ("收件匣", "取消")),
        ("C", None, ("Inbox", "Cancel")),
    ],
)
@pytest.mark.usefixtures("system_locale")
def test_the_desk_installs_the_chosen_catalogue(
    qapp: QApplication,
    tmp_path: Path,
    system: str,
    stored: str | None,
    expected: tuple[str, str],
) -> None:
    """``expected``: the desk's "Inbox" and Qt's own "Cancel" button."""
    inbox, cancel = expected
    QLocale.setDefault(QLocale(system))
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    if stored is not None:
        settings.setValue(LANGUAGE_KEY, stored)
    installed = install_catalogue(qapp, settings)
    try:
        assert QCoreApplication.translate("MainWindow", "Inbox") == inbox
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
        assert len(installed) == (1 if cancel == "Cancel" else 2)  # frontline_, qtbase_
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()


@pytest.mark.usefixtures("system_locale")
def test_a_chosen_language_brings_its_dates(qapp: QApplication, tmp_path: Path) -> None:
    QLocale.setDefault(QLocale("fi_FI"))
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "zh_TW")
    for translator in install_catalogue(qapp, settings):
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    assert QLocale().name() == "zh_TW"


# ---------------------------------------------------------------------- the desk in Chinese


def test_the_main_window_speaks_traditional_chinese(
    qtbot: QtBot, reader: CacheReader, traditional: QTranslator, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window = MainWindow(reader, SyncBridge(), Ops(), settings=settings)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    titles = [button.text() for button in window.mode_buttons.buttons()]
    assert titles[:2] == ["收件匣", "知識庫"]
    assert window.sign_out.text() == "登出"
    assert window.presence.text().startswith("離線")
    assert window.inbox.title.text() == "收件匣"
    assert window.status.link.text().endswith("正在啟動…")
    assert window.language.title() == "語言"
    names = [action.text() for action in window.language.actions()]
    assert names == ["依照系統", "English", "Suomi", "简体中文", "繁體中文"]
    assert window.language in [
        action.menu() for action in window.presence.menu().actions() if action.menu()
    ]

    window.language.actions()[3].trigger()  # 简体中文
    assert settings.value(LANGUAGE_KEY) == "zh_CN"
    assert window.toast.isVisible()
    assert window.toast.text.text() == "語言：简体中文。重新啟動 Frontline 後生效。"
    assert window.language.actions()[3].isChecked()


def test_a_traditional_desk_prefers_traditional_glyphs(qapp: QApplication) -> None:
    def cjk(traditional: bool) -> list[str]:
        families = style.app_font(qapp.font(), traditional=traditional).families()
        return [f for f in families if "CJK" in f]

    assert cjk(traditional=True) == ["Noto Sans CJK TC", "Noto Sans CJK SC"]
    assert cjk(traditional=False) == ["Noto Sans CJK SC", "Noto Sans CJK TC"]


def test_every_translate_call_names_its_context_and_text_literally() -> None:
    """lupdate reads the source, not the running program: a context or text held in a
    variable (or a local ``tr`` wrapper) files the string where the desk never looks it
    up, and it stays English in every language. Twice seen: SLA tooltips, colleagues.
    The one allowed shape is a class's own ``tr`` shim whose context is the class name
    (lupdate files ``self.tr("...")`` calls under the class)."""
    import ast

    root = Path(__file__).resolve().parents[2] / "desktop"
    found: list[str] = []

    class Calls(ast.NodeVisitor):
        def __init__(self, path: Path) -> None:
            self.path = path
            self.where: list[str] = []

        def visit_ClassDef(self, node: ast.ClassDef) -> None:
            self.where.append(node.name)
            self.generic_visit(node)
            self.where.pop()

        def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
            self.where.append(node.name)
            self.generic_visit(node)
            self.where.pop()

        def visit_Call(self, node: ast.Call) -> None:
            func = node.func
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "translate"
                and isinstance(func.value, ast.Name)
                and func.value.id in ("QCoreApplication", "QApplication")
                and len(node.args) >= 2
            ):
                context, text = node.args[0], node.args[1]
                shim = (
                    self.where[-1:] == ["tr"]
                    and isinstance(context, ast.Constant)
                    and context.value in self.where
                )
                literal = isinstance(context, ast.Constant) and isinstance(text, ast.Constant)
                if not (literal or shim):
                    found.append(f"{self.path.relative_to(root.parent)}:{node.lineno}")
            self.generic_visit(node)

    for path in sorted(root.rglob("*.py")):
        Calls(path).visit(ast.parse(path.read_text(encoding="utf-8")))
    assert found == []
