"""The current theme's colours, the style sheet filled from it, and the desk's font.

Style sheets do not reach what a delegate paints, so the colours delegates need live here
as module attributes (``style.TEXT``, ``style.CHANNEL_COLORS["chat"]``, ...). They are
**live**: :func:`use_palette` changes each ``QColor`` *in place* on a theme switch instead
of rebinding the names. Code that reads ``style.TEXT`` at paint time, code that did
``from style import TEXT`` and dictionaries that hold these objects all see the new colour
without knowing themes exist, so views written before themes (and those being written
beside them) keep working; a repaint is all a switch needs. A copy (``QColor(style.TEXT)``)
is a snapshot: take it at paint time, not in ``__init__``.

Rich text we author (the knowledge lists, the article reader) cannot hold live objects;
it uses class names (``<span class="muted">``) and :func:`rich_text_css` as the
document's default style sheet, keyed by :func:`generation` so caches notice a switch.
``notifier.changed`` fires after a switch, for the few widgets that must rebuild.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QPalette

from desktop.ui.shell.palettes import LIGHT, Palette, sla_tint

RESOURCES = Path(__file__).resolve().parents[3] / "resources"
THEME = RESOURCES / "themes" / "desk.qss"
ICONS = RESOURCES / "icons"
BASE_POINTS = 10.5
"""The text size the sheet's sizes are designed at; the sheet scales with the app font."""


class _Worn:
    """The palette the live colours follow, and how many switches there have been."""

    palette: Palette = LIGHT
    generation = 0


_worn = _Worn()


def _live(role: str) -> QColor:
    return QColor(getattr(LIGHT, role))


# The live colours (role in the palette in brackets where the name differs).
TEXT = _live("text")
SECONDARY = _live("secondary")
MUTED = _live("muted")
FAINT = _live("disabled")
ACCENT = _live("accent")
ACCENT_TEXT = _live("accent_strong")
BASE = _live("base")
ALT_BASE = _live("alt_base")
SELECTED_BG = _live("selected_bg")
HOVER_BG = _live("hover_bg")
DIVIDER = _live("divider")
BUBBLE_IN = _live("bubble_in")
BUBBLE_OUT = _live("bubble_out")
BUBBLE_NOTE = _live("bubble_note")
BUBBLE_NOTE_EDGE = _live("bubble_note_edge")
PENDING = _live("pending")
FAILED = _live("failed")
SUCCESS = _live("success")
MARK = _live("mark")
PENDING_TINT = QColor(sla_tint(LIGHT, LIGHT.pending))
FAILED_TINT = QColor(sla_tint(LIGHT, LIGHT.failed))

CHANNEL_COLORS: dict[str, QColor] = {
    "chat": _live("chat"),
    "email": _live("email"),
    "phone": _live("phone"),
}
CHANNEL_FILLS: dict[str, QColor] = {
    "chat": _live("chat_fill"),
    "email": _live("email_fill"),
    "phone": _live("phone_fill"),
}
"""A channel badge's fill; its text is the channel's colour (4.5:1 on it in both themes)."""
STATUS_COLORS: dict[str, QColor] = {
    "open": _live("status_open"),
    "pending": _live("status_pending"),
    "snoozed": _live("status_snoozed"),
    "resolved": _live("status_resolved"),
}
PRESENCE_COLORS: dict[str, str] = {
    "available": LIGHT.presence_available,
    "busy": LIGHT.presence_busy,
    "acw": LIGHT.presence_acw,
    "break": LIGHT.presence_break,
    "lunch": LIGHT.presence_break,
    "meeting": LIGHT.presence_meeting,
    "training": LIGHT.presence_meeting,
    "offline": LIGHT.presence_offline,
    "not_responding": LIGHT.presence_not_responding,
}
"""Presence dots, as ``#rrggbb`` (the same in both palettes: a dot is painted once)."""

_LIVE: dict[str, QColor] = {
    "text": TEXT,
    "secondary": SECONDARY,
    "muted": MUTED,
    "disabled": FAINT,
    "accent": ACCENT,
    "accent_strong": ACCENT_TEXT,
    "base": BASE,
    "alt_base": ALT_BASE,
    "selected_bg": SELECTED_BG,
    "hover_bg": HOVER_BG,
    "divider": DIVIDER,
    "bubble_in": BUBBLE_IN,
    "bubble_out": BUBBLE_OUT,
    "bubble_note": BUBBLE_NOTE,
    "bubble_note_edge": BUBBLE_NOTE_EDGE,
    "pending": PENDING,
    "failed": FAILED,
    "success": SUCCESS,
    "mark": MARK,
    **{f"status_{k}": v for k, v in STATUS_COLORS.items()},
    **CHANNEL_COLORS,
    **{f"{k}_fill": v for k, v in CHANNEL_FILLS.items()},
}


class ThemeNotifier(QObject):
    """Signals:
    changed(): the live colours and the sheet now follow another palette."""

    changed = Signal()


notifier = ThemeNotifier()


def current() -> Palette:
    """The palette the live colours follow now."""
    return _worn.palette


def generation() -> int:
    """Incremented by every :func:`use_palette`: caches of painted rich text key on it."""
    return _worn.generation


def _set(colour: QColor, value: str) -> None:
    colour.setRgba(QColor(value).rgba())


def use_palette(palette: Palette) -> None:
    """Make every live colour follow ``palette`` (in place; see the module docstring)."""
    _worn.palette = palette
    _worn.generation += 1
    for role, colour in _LIVE.items():
        _set(colour, getattr(palette, role))
    _set(PENDING_TINT, sla_tint(palette, palette.pending))
    _set(FAILED_TINT, sla_tint(palette, palette.failed))
    PRESENCE_COLORS.update(
        available=palette.presence_available,
        busy=palette.presence_busy,
        acw=palette.presence_acw,
        lunch=palette.presence_break,
        meeting=palette.presence_meeting,
        training=palette.presence_meeting,
        offline=palette.presence_offline,
        not_responding=palette.presence_not_responding,
        **{"break": palette.presence_break},
    )


_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_SIZE = re.compile(r"@(PT|PX):(\d+(?:\.\d+)?)@")
_ICON = re.compile(r"@ICON:([a-z0-9-]+)@")
_ROLE = re.compile(r"@([A-Z_]+)@")


def fill_sheet(template: str, palette: Palette, points: float = BASE_POINTS) -> str:
    """``template`` with ``@ROLE@`` as the palette's colours, ``@ICONS@`` as the icons'
    absolute path (style sheets resolve ``url()`` against the working directory),
    ``@ICON:name@`` as an icon's file (``name-dark.svg`` in a dark palette, if there is
    one: an SVG's colours are its own) and the
    sizes ``@PT:n@`` / ``@PX:n@`` (designed at :data:`BASE_POINTS`) scaled to the app's
    text size, so headings and round badges grow with the system font. An unknown role
    stays as written (the sheet then shows Qt's default, never fails). Comments are
    dropped: they document the template, not the filled sheet."""
    scale = max(0.5, points / BASE_POINTS)
    roles = {name.upper(): value for name, value in palette.roles().items()}
    roles["ICONS"] = ICONS.as_posix()

    def size(match: re.Match[str]) -> str:
        value = float(match.group(2)) * scale
        return f"{value:.1f}pt" if match.group(1) == "PT" else f"{round(value)}px"

    def icon(match: re.Match[str]) -> str:
        name = match.group(1)
        dark = ICONS / f"{name}-dark.svg"
        chosen = dark if palette.dark and dark.exists() else ICONS / f"{name}.svg"
        return chosen.as_posix()

    sheet = _ICON.sub(icon, _SIZE.sub(size, _COMMENT.sub("", template)))
    return _ROLE.sub(lambda m: roles.get(m.group(1), m.group(0)), sheet)


def load_theme(palette: Palette | None = None, points: float = BASE_POINTS) -> str:
    """The desk's style sheet for ``palette`` (the current one by default), or an empty
    one if the file is missing (a broken install should look plain, not fail to start)."""
    try:
        template = THEME.read_text(encoding="utf-8")
    except OSError:
        return ""
    return fill_sheet(template, palette or _worn.palette, points)


def qt_palette(palette: Palette) -> QPalette:
    """The Qt palette for native widgets the sheet does not style (menus, dialogs, message
    boxes, scroll bars of plain views, the settings dialog)."""
    result = QPalette()
    role = QPalette.ColorRole
    pairs = {
        role.Window: palette.window,
        role.WindowText: palette.text,
        role.Base: palette.base,
        role.AlternateBase: palette.alt_base,
        role.Text: palette.text,
        role.Button: palette.surface,
        role.ButtonText: palette.text,
        role.BrightText: palette.on_accent,
        role.Highlight: palette.accent_bg,
        role.HighlightedText: palette.on_accent,
        role.ToolTipBase: palette.tooltip_bg,
        role.ToolTipText: palette.tooltip_text,
        role.PlaceholderText: palette.muted,
        role.Link: palette.accent_strong,
        role.LinkVisited: palette.accent_strong,
        role.Light: palette.hover_bg,
        role.Midlight: palette.divider,
        role.Mid: palette.border,
        role.Dark: palette.border_hover,
        role.Shadow: palette.alt_base if palette.dark else palette.border_hover,
        role.Accent: palette.accent,
    }
    for which, value in pairs.items():
        result.setColor(which, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for which in (role.WindowText, role.Text, role.ButtonText):
        result.setColor(disabled, which, QColor(palette.disabled))
    return result


def rich_text_css(palette: Palette | None = None) -> str:
    """The default style sheet of rich text we author (knowledge lists and articles):
    the classes it uses, in the current palette's colours."""
    p = palette or _worn.palette
    return (
        f"body {{ color: {p.text}; }}\n"
        f".muted {{ color: {p.muted}; }}\n"
        f".secondary {{ color: {p.secondary}; }}\n"
        f".kind {{ color: {p.accent_strong}; }}\n"
        f".mark {{ background-color: {p.mark}; }}\n"
        f"a {{ color: {p.accent_strong}; }}\n"
    )


def smaller(font: QFont, points: float = 1.5) -> QFont:
    """``font`` a little smaller, whether it is sized in points or (by a sheet) in pixels."""
    result = QFont(font)
    if font.pixelSize() > 0:
        result.setPixelSize(max(9, font.pixelSize() - round(points * 4 / 3)))
    else:
        result.setPointSizeF(max(7.0, font.pointSizeF() - points))
    return result


def app_font(base: QFont, *, traditional: bool = False) -> QFont:
    """The desk's text font: a humanist sans with CJK fallbacks so Chinese names and
    messages render in the same line height, at the system's size but never under
    :data:`BASE_POINTS` (a 9 pt default is small for eight hours of reading; an agent who
    set 13 pt gets 13 pt). ``traditional`` (a Traditional Chinese desk) puts the
    Traditional fonts first, for Taiwan's glyph forms."""
    simplified = ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC"]
    hant = ["Noto Sans CJK TC", "Microsoft JhengHei", "PingFang TC"]
    cjk = [*hant, *simplified] if traditional else [*simplified, *hant]
    font = QFont(base)
    font.setFamilies(["Noto Sans", "Inter", "Segoe UI", "Cantarell", "DejaVu Sans", *cjk])
    system = base.pointSizeF() if base.pointSizeF() > 0 else BASE_POINTS
    font.setPointSizeF(max(BASE_POINTS, system))
    return font
