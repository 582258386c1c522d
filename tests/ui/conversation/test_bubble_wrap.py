"""Message bubbles wrap between words, never inside one ("origi nal"), and still wrap a
token too long for any line (a URL, a tracking code) instead of letting it run out."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from desktop.ui.conversation.messages import TEXT_FLAGS, bubble_text


def test_words_wrap_whole(qapp: QApplication) -> None:
    metrics = QFontMetrics(QFont())
    text = "refund original"
    # Room for "refund origi" but not for the whole text: the break must come between words.
    width = metrics.horizontalAdvance("refund origi") + 2
    laid = metrics.boundingRect(QRect(0, 0, width, 10_000), TEXT_FLAGS, bubble_text(text))
    assert laid.height() >= 2 * metrics.lineSpacing() - 1
    longest = max(metrics.horizontalAdvance("refund"), metrics.horizontalAdvance("original"))
    assert laid.width() <= longest + 1  # no line holds a piece of "original"


def test_a_long_token_still_wraps_inside_the_bubble(qapp: QApplication) -> None:
    metrics = QFontMetrics(QFont())
    url = "https://tracking.example.com/parcel/ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    width = metrics.horizontalAdvance(url) // 3
    laid = metrics.boundingRect(QRect(0, 0, width, 10_000), TEXT_FLAGS, bubble_text(url))
    assert laid.width() <= width
    assert bubble_text(url).replace("\u200b", "") == url
    assert bubble_text("Kiitos paljon") == "Kiitos paljon"
