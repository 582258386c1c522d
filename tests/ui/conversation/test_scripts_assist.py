"""Call scripts and agent assist in the context column, over the demo knowledge base."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QValidator
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.knowledge.scripts import Input
from desktop.ui.conversation.scripts import amount_validator, is_amount
from desktop.ui.shell.window import INBOX_PAGE
from protocol.entities import ConversationData
from tests.ui import fill
from tests.ui.fill import Filler
from tests.ui.kb_fill import KbDesk


def test_a_script_branches_blocks_on_compliance_and_saves_an_internal_note(
    qtbot: QtBot, kb_desk: KbDesk
) -> None:
    window = kb_desk.window
    window.show_page(INBOX_PAGE)
    window.set_agent("Agent One")
    assert window.inbox.select_id(1)
    panel = window.scripts
    assert panel.start_script("complaint-intake-en")
    assert "Aino" in panel.step_text.text()  # {customer.first_name}
    assert not panel.next.isEnabled()  # the description is required
    assert "What happened" in panel.blocked.text()
    QTest.keyClicks(panel.input, "The courier left the parcel in the rain")
    assert panel.next.isEnabled()
    with qtbot.waitSignal(panel.stepShown, timeout=1000) as shown:
        QTest.mouseClick(panel.next, Qt.MouseButton.LeftButton)
    assert shown.args == ["category"]
    labels = [button.text() for button in panel.choice_buttons()]
    assert labels == ["Billing", "Delivery", "Service", "Staff"]

    with qtbot.waitSignal(panel.stepShown, timeout=1000) as shown:
        QTest.mouseClick(panel.choice_buttons()[3], Qt.MouseButton.LeftButton)
    assert shown.args == ["escalate"]  # "Staff" branches to the team lead
    with qtbot.waitSignal(panel.stepShown, timeout=1000) as shown:
        QTest.mouseClick(panel.back, Qt.MouseButton.LeftButton)
    assert shown.args == ["category"]
    with qtbot.waitSignal(panel.stepShown, timeout=1000) as shown:
        QTest.mouseClick(panel.choice_buttons()[1], Qt.MouseButton.LeftButton)
    assert shown.args == ["outcome"]  # "Delivery" does not
    QTest.keyClicks(panel.input, "Replace the parcel")
    with qtbot.waitSignal(panel.stepShown, timeout=1000) as shown:
        QTest.mouseClick(panel.next, Qt.MouseButton.LeftButton)
    assert shown.args == ["record"]
    assert "record 1." in panel.step_text.text()  # {conversation.id}

    assert panel.confirm.isVisible()
    assert not panel.next.isEnabled()
    assert "compliance statement" in panel.blocked.text()
    panel.confirm.setChecked(True)
    assert panel.next.isEnabled()
    assert panel.blocked.text() == ""
    panel.confirm.setChecked(False)
    assert not panel.next.isEnabled()
    panel.confirm.setChecked(True)
    with qtbot.waitSignal(panel.stepShown, timeout=1000) as shown:
        QTest.mouseClick(panel.next, Qt.MouseButton.LeftButton)
    assert shown.args == ["close"]
    assert "Agent One" in panel.step_text.text()  # {agent.name}
    assert panel.next.text() == "Finish"

    with qtbot.waitSignal(panel.answersSaved, timeout=3000):
        QTest.mouseClick(panel.next, Qt.MouseButton.LeftButton)
    notes = [m for m in kb_desk.reader.messages(1) if m.direction == "note"]
    assert len(notes) == 1
    assert notes[0].pending
    assert "Script: Complaint intake" in notes[0].body
    assert "What happened: The courier left the parcel in the rain" in notes[0].body
    # Steps by their titles (the first sentence the agent read), never by their ids.
    assert "- Which area does the complaint concern? Delivery" in notes[0].body
    assert "- I have created complaint record 1: compliance statement confirmed" in notes[0].body
    assert "Path: 1 → 2 → 3 → 5 → 6" in notes[0].body
    for step_id in ("acknowledge", "category", "outcome", "record", "close"):
        assert f"- {step_id}:" not in notes[0].body
        assert f"{step_id} →" not in notes[0].body
    assert not panel.next.isEnabled()


def test_amount_fields_take_only_amounts(qtbot: QtBot, kb_desk: KbDesk) -> None:
    window = kb_desk.window
    window.show_page(INBOX_PAGE)
    assert window.inbox.select_id(1)
    panel = window.scripts
    assert panel.start_script("refund-request-en")
    QTest.keyClicks(panel.input, "A-1001")  # the order number is free text
    assert panel.input.text() == "A-1001"
    with qtbot.waitSignal(panel.stepShown, timeout=1000):
        QTest.mouseClick(panel.next, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.stepShown, timeout=1000) as shown:
        QTest.mouseClick(panel.choice_buttons()[0], Qt.MouseButton.LeftButton)
    assert shown.args == ["amount"]
    assert panel.input.text() == ""
    QTest.keyClicks(panel.input, "1x2a.5e0$9")
    assert panel.input.text() == "12.50"  # letters, a sign and a third decimal refused
    assert "12.50" in panel.input.toolTip()
    assert panel.next.isEnabled()
    with qtbot.waitSignal(panel.stepShown, timeout=1000):
        QTest.mouseClick(panel.next, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.stepShown, timeout=1000):
        QTest.mouseClick(panel.back, Qt.MouseButton.LeftButton)
    assert panel.input.text() == "12.50"
    assert panel.run is not None
    assert panel.run.answers["inputs"] == {"order_number": "A-1001", "amount": "12.50"}


def state(validator: QValidator, text: str) -> QValidator.State:
    result = validator.validate(text, len(text))
    assert isinstance(result, tuple)
    found = result[0]
    assert isinstance(found, QValidator.State)
    return found


def test_an_amount_takes_the_locale_decimal_separator() -> None:
    finnish = amount_validator(locale=QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))
    english = amount_validator(locale=QLocale(QLocale.Language.English))
    acceptable = QValidator.State.Acceptable
    assert state(finnish, "12,50") == acceptable
    assert state(finnish, "12.50") == acceptable
    assert state(english, "12.50") == acceptable
    assert state(english, "12,50") == acceptable  # not 1250 from a refused comma
    assert state(english, "1,250") == QValidator.State.Invalid  # nor a thousands comma
    for bad in ("12a", "1e5", "-3", "12.505", "abc", "12 €", "1 250", "1.2.3"):
        assert state(finnish, bad) == QValidator.State.Invalid
    assert is_amount(Input("amount", "Amount (EUR)"))
    assert is_amount(Input("refund_amount", "Refund"))
    assert not is_amount(Input("second_check", "Address or invoice amount"))
    assert not is_amount(Input("order_number", "Order number"))


def _conversation(cid: int, name: str, language: str) -> ConversationData:
    data = fill.conversation(cid, name=name).model_dump()
    return ConversationData.model_validate(data | {"language": language})


def test_assist_suggests_for_the_customer_words_and_follows_new_messages(
    qtbot: QtBot, kb_desk: KbDesk, filler: Filler
) -> None:
    window = kb_desk.window
    window.show_page(INBOX_PAGE)
    changes = filler.apply(
        _conversation(7, "Maria Garcia", "en"),
        fill.message(
            70, 7, body="Hi, where is my refund? You promised the money back two weeks ago."
        ),
    )
    kb_desk.bridge.on_changes(changes)
    kb_desk.bridge.flush()
    with qtbot.waitSignal(window.assist.suggestionsChanged, timeout=2000):
        assert window.inbox.select_id(7)
    first = window.assist.model.items
    assert len(first) == 3
    assert first[0].id in ("refunds-en", "refund-request-en")
    assert all(s.lang == "en" for s in first)

    with qtbot.waitSignal(window.assist.suggestionsChanged, timeout=3000):
        kb_desk.bridge.on_changes(
            filler.apply(
                fill.message(
                    71, 7, body="Also I forgot my password and cannot log in to the account"
                )
            )
        )
    second = [s.id for s in window.assist.model.items]
    assert second[0] in ("password-reset-en",)
    assert second != [s.id for s in first]

    # one click opens an article in the reader or starts a script
    article_row = next(i for i, s in enumerate(window.assist.model.items) if s.kind == "article")
    with qtbot.waitSignal(window.knowledge.articleOpened, timeout=2000):
        window.assist.view.clicked.emit(window.assist.model.index(article_row))
    assert window.pages.currentIndex() == 1
    window.show_page(INBOX_PAGE)
    window.assist.view.setCurrentIndex(window.assist.model.index(article_row))
    QTest.mouseClick(window.assist.insert, Qt.MouseButton.LeftButton)
    assert "password-reset" in window.conversation.reply.editor.toPlainText()


def test_assist_answers_in_the_conversation_language(
    qtbot: QtBot, kb_desk: KbDesk, filler: Filler
) -> None:
    window = kb_desk.window
    window.show_page(INBOX_PAGE)
    changes = filler.apply(
        _conversation(8, "陳美玲", "zh-Hant"),
        fill.message(80, 8, body="我忘記密碼了，無法登入"),
    )
    kb_desk.bridge.on_changes(changes)
    kb_desk.bridge.flush()
    with qtbot.waitSignal(window.assist.suggestionsChanged, timeout=2000):
        assert window.inbox.select_id(8)
    items = window.assist.model.items
    assert items
    assert items[0].lang == "zh-Hant"
    assert "password-reset" in items[0].id
    script = next((s for s in items if s.kind == "script"), None)
    if script is not None:
        window.assist.view.clicked.emit(window.assist.model.index(items.index(script)))
        assert window.scripts.run is not None
        assert window.scripts.run.script.id == script.id


def test_an_unfinished_script_waits_in_its_conversation(
    qtbot: QtBot, kb_desk: KbDesk, filler: Filler
) -> None:
    window = kb_desk.window
    window.show_page(INBOX_PAGE)
    kb_desk.bridge.on_changes(filler.apply(_conversation(9, "Liisa Korhonen", "fi")))
    kb_desk.bridge.flush()
    assert window.inbox.select_id(1)
    panel = window.scripts
    assert panel.start_script("complaint-intake-en")
    QTest.keyClicks(panel.input, "Late delivery")
    assert window.inbox.select_id(9)
    assert panel.run is None
    assert not panel.steps.isVisible()
    assert panel.picker.currentData() in {
        "identity-verification-fi",
        "outage-callback-fi",
        "refund-request-fi",
    }
    assert window.inbox.select_id(1)
    assert panel.run is not None
    assert panel.run.script.id == "complaint-intake-en"
    assert panel.input.text() == "Late delivery"
    assert panel.next.isEnabled()
