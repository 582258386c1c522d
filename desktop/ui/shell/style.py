"""Colours and spacing that delegates paint with, matching ``resources/themes/desk.qss``.

Style sheets do not reach what a delegate paints, so the few colours a delegate needs live
here, next to the loader of the sheet. A calm, light palette with enough contrast for eight
hours a day: dark grey text on white, one blue accent, muted greys for secondary text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QFont

RESOURCES = Path(__file__).resolve().parents[3] / "resources"
THEME = RESOURCES / "themes" / "desk.qss"
ICONS = RESOURCES / "icons"

TEXT = QColor("#1f2933")
MUTED = QColor("#616e7c")
FAINT = QColor("#9aa5b1")
ACCENT = QColor("#2563eb")
SELECTED_BG = QColor("#e0ebff")
HOVER_BG = QColor("#f3f6fa")
DIVIDER = QColor("#e4e7eb")
BUBBLE_IN = QColor("#f1f3f5")
BUBBLE_OUT = QColor("#dbe8ff")
BUBBLE_NOTE = QColor("#fff4cc")
BUBBLE_NOTE_EDGE = QColor("#e8c54a")
PENDING = QColor("#8a6d00")
FAILED = QColor("#b42318")

CHANNEL_COLORS: dict[str, QColor] = {
    "chat": QColor("#0e7c66"),
    "email": QColor("#6d3fc0"),
    "phone": QColor("#b45309"),
}
STATUS_COLORS: dict[str, QColor] = {
    "open": QColor("#1d4ed8"),
    "pending": QColor("#a16207"),
    "snoozed": QColor("#6b7280"),
    "resolved": QColor("#15803d"),
}


def load_theme() -> str:
    """The desk's style sheet, or an empty one if the file is missing (a broken install
    should look plain, not fail to start). Style sheets resolve ``url()`` against the
    working directory, so ``@ICONS@`` is replaced by the icons' absolute path."""
    try:
        sheet = THEME.read_text(encoding="utf-8")
    except OSError:
        return ""
    return sheet.replace("@ICONS@", ICONS.as_posix())


def smaller(font: QFont, points: float = 1.5) -> QFont:
    """``font`` a little smaller, whether it is sized in points or (by a sheet) in pixels."""
    result = QFont(font)
    if font.pixelSize() > 0:
        result.setPixelSize(max(9, font.pixelSize() - round(points * 4 / 3)))
    else:
        result.setPointSizeF(max(7.0, font.pointSizeF() - points))
    return result


def app_font(base: QFont, *, traditional: bool = False) -> QFont:
    """The desk's text font: a humanist sans at about 14 px, with CJK fallbacks so
    Chinese names and messages render in the same line height. ``traditional`` (a
    Traditional Chinese desk) puts the Traditional fonts first, for Taiwan's glyph forms."""
    simplified = ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC"]
    hant = ["Noto Sans CJK TC", "Microsoft JhengHei", "PingFang TC"]
    cjk = [*hant, *simplified] if traditional else [*simplified, *hant]
    font = QFont(base)
    font.setFamilies(["Noto Sans", "Inter", "Segoe UI", "Cantarell", "DejaVu Sans", *cjk])
    font.setPointSizeF(10.5)
    return font
