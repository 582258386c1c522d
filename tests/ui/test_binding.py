"""The Qt binding in use must not leak references to None.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every call of a method
that returns nothing; a desk repainting its inbox dies within a minute with
``Fatal Python error: none_dealloc``. pyproject.toml excludes that release; this test
fails if a broken binding comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(1_000):
        label.setText(str(i))
    assert sys.getrefcount(None) >= before - 10
    assert label.text() == "999"
