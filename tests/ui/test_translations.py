"""The Finnish catalogue is complete and the compiled .qm files load and translate.

``resources/translations/frontline_fi.ts`` is refreshed with ``pyside6-lupdate`` (see the
README there); after a refresh every new source string must be translated before the
catalogue is compiled, or the desk shows English in the middle of Finnish.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _untranslated(ts: Path) -> list[str]:
    """``context: source`` of every live message whose translation is missing or empty."""
    missing: list[str] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            if kind == "unfinished" or not texts or not all(t.strip() for t in texts):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def test_every_finnish_source_string_is_translated() -> None:
    assert _untranslated(TRANSLATIONS / "frontline_fi.ts") == []


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
