"""The profile header shows the customer's survey averages with their answer counts."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.customer.header import ProfileHeader
from protocol.customer360 import SurveyAverages


def test_ratings_show_each_average_with_its_count(qtbot: QtBot) -> None:
    header = ProfileHeader()
    qtbot.addWidget(header)
    text = header.ratings_text(
        SurveyAverages(csat=4.5, csat_count=2, nps=None, nps_count=0, ces=2.0, ces_count=1)
    )
    assert "CSAT 4.5/5 (2)" in text
    assert "CES 2.0/7 (1)" in text
    assert "NPS" not in text


def test_no_answers_say_so(qtbot: QtBot) -> None:
    header = ProfileHeader()
    qtbot.addWidget(header)
    assert header.ratings_text(None) == "No survey answers yet"
    assert header.ratings_text(SurveyAverages()) == "No survey answers yet"
