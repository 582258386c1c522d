"""The desk's two palettes, light and dark: every colour the desk paints, by role.

A palette is plain data (``#rrggbb`` strings, no Qt), so the contrast of every pair of
text and background the desk shows can be checked by a function and a test
(:data:`TEXT_PAIRS`, :func:`contrast`). The style sheet (``resources/themes/desk.qss``)
names these roles as ``@ROLE@``; the delegates read them as live colours from
:mod:`desktop.ui.shell.style`; :mod:`desktop.ui.shell.theme` switches between them.

The dark palette is not an inversion: surfaces are dark blue-greys (no pure black, which
makes light text glare), text is a soft off-white, and the accent, amber and red are
lighter and less saturated so they keep 4.5:1 against the dark rows.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True, slots=True)
class Palette:
    """Every colour of one theme. Names say the role, not the hue."""

    name: str
    dark: bool
    # Surfaces
    window: str  # the main window, pages
    base: str  # lists, editors, inputs, the inbox rows
    alt_base: str  # secondary panes: messages, the context column, the browse tree
    surface: str  # bars: the mode bar, the status bar
    hover_bg: str
    pressed_bg: str  # a mode button under the pointer
    selected_bg: str  # a selected row, a checked mode button
    selection: str  # selected text
    divider: str
    border: str  # inputs and buttons
    border_hover: str
    # Text
    text: str
    secondary: str  # section titles, status bar text
    muted: str  # what is secondary: times, counts, languages
    disabled: str  # disabled controls (exempt from contrast, still readable)
    accent: str  # focus rings, checked marks, progress
    accent_bg: str  # the primary button
    accent_hover: str
    accent_strong: str  # accent-coloured text: links, "syncing", the checked mode
    on_accent: str  # text on accent_bg, success_bg, danger_bg, channel glyphs
    # States
    pending: str  # amber text: sending, SLA at risk
    failed: str  # red text: failed, SLA overdue, errors
    success: str  # green text: online, resolved
    warning: str  # amber text for states (reconnecting, pending status)
    warn_strong: str  # dark amber text on tinted bands (held call, wrap-up, favourite)
    offline: str
    success_bg: str  # the Accept button
    success_hover: str
    danger_bg: str  # the Hang up button
    danger_hover: str
    # Messages
    bubble_in: str
    bubble_out: str
    bubble_note: str
    bubble_note_edge: str
    note_bg: str  # the reply editor in note mode, compliance steps, a favourite
    # Overlays
    tooltip_bg: str
    tooltip_text: str
    toast_bg: str
    toast_error_bg: str
    toast_text: str
    # Knowledge
    mark: str  # search-hit highlight behind text
    code_bg: str
    table_head: str
    vote_up_bg: str
    vote_up_edge: str
    vote_up_text: str
    vote_down_bg: str
    vote_down_edge: str
    vote_down_text: str
    # Calls
    offer_bg: str
    offer_edge: str
    offer_why: str
    offer_track: str
    call_bg: str
    call_edge: str
    call_text: str
    held_bg: str
    held_edge: str
    toggled_bg: str  # a checked call button (mute, hold)
    toggled_edge: str
    wrapup_bg: str
    wrapup_edge: str
    wrapup_text: str
    # Channels and conversation states (text on base), channel glyphs (on_accent on them)
    chat: str
    email: str
    phone: str
    chat_bg: str
    email_bg: str
    phone_bg: str
    chat_fill: str  # the channel badge of an inbox row (the channel's colour as text on it)
    email_fill: str
    phone_fill: str
    status_open: str
    status_pending: str
    status_snoozed: str
    status_resolved: str
    # Presence dots (non-text; the same in both palettes: a dot is painted into an icon once)
    presence_available: str
    presence_busy: str
    presence_acw: str
    presence_break: str
    presence_meeting: str
    presence_offline: str
    presence_not_responding: str

    def roles(self) -> dict[str, str]:
        """Role name -> colour, for filling the style sheet (``@ROLE@`` in upper case)."""
        return {
            f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("name", "dark")
        }


LIGHT = Palette(
    name="light",
    dark=False,
    window="#ffffff",
    base="#ffffff",
    alt_base="#fafbfc",
    surface="#f5f7fa",
    hover_bg="#f3f6fa",
    pressed_bg="#e9edf2",
    selected_bg="#e0ebff",
    selection="#bfd4ff",
    divider="#e4e7eb",
    border="#cbd2d9",
    border_hover="#9aa5b1",
    text="#1f2933",
    secondary="#3e4c59",
    muted="#59636f",
    disabled="#9aa5b1",
    accent="#2563eb",
    accent_bg="#2563eb",
    accent_hover="#1d4ed8",
    accent_strong="#1d4ed8",
    on_accent="#ffffff",
    pending="#7c5e00",
    failed="#b42318",
    success="#15803d",
    warning="#8f5706",
    warn_strong="#7a4d00",
    offline="#52606d",
    success_bg="#15803d",
    success_hover="#166534",
    danger_bg="#c13a2a",
    danger_hover="#a33224",
    bubble_in="#f1f3f5",
    bubble_out="#dbe8ff",
    bubble_note="#fff4cc",
    bubble_note_edge="#e8c54a",
    note_bg="#fffbea",
    tooltip_bg="#1f2933",
    tooltip_text="#ffffff",
    toast_bg="#1f2933",
    toast_error_bg="#7a271a",
    toast_text="#ffffff",
    mark="#fbe7a1",
    code_bg="#f0f2f5",
    table_head="#eef2f6",
    vote_up_bg="#e7f5ec",
    vote_up_edge="#4caf73",
    vote_up_text="#166534",
    vote_down_bg="#fdeeec",
    vote_down_edge="#e07a6e",
    vote_down_text="#9b1c12",
    offer_bg="#eef4ff",
    offer_edge="#c7d7fb",
    offer_why="#334e68",
    offer_track="#dbe4f7",
    call_bg="#ecf8f0",
    call_edge="#b7e0c4",
    call_text="#166534",
    held_bg="#fff8e6",
    held_edge="#f0d58c",
    toggled_bg="#fde68a",
    toggled_edge="#d4a20b",
    wrapup_bg="#fff4e8",
    wrapup_edge="#f3cfa5",
    wrapup_text="#8f4608",
    chat="#0b705c",
    email="#6d3fc0",
    phone="#a34b08",
    chat_bg="#0e7c66",
    email_bg="#6d3fc0",
    phone_bg="#a34b08",
    chat_fill="#d3f2ea",
    email_fill="#ebe3fc",
    phone_fill="#fde6d2",
    status_open="#1d4ed8",
    status_pending="#8f5706",
    status_snoozed="#5f6673",
    status_resolved="#117336",
    presence_available="#2e9d4f",
    presence_busy="#c8402f",
    presence_acw="#d9822b",
    presence_break="#e0b400",
    presence_meeting="#5b7fd6",
    presence_offline="#8a8f98",
    presence_not_responding="#a23bb5",
)

DARK = Palette(
    name="dark",
    dark=True,
    window="#1b1f24",
    base="#1f242a",
    alt_base="#191d22",
    surface="#252a31",
    hover_bg="#2a3038",
    pressed_bg="#313842",
    selected_bg="#233a5e",
    selection="#2f5288",
    divider="#323941",
    border="#46505b",
    border_hover="#6b7785",
    text="#e6e9ed",
    secondary="#c3cad3",
    muted="#9ea8b4",
    disabled="#6b7582",
    accent="#5b9cf6",
    accent_bg="#2b63d1",
    accent_hover="#3a72e0",
    accent_strong="#8ab6ff",
    on_accent="#ffffff",
    pending="#e8bd55",
    failed="#ff8f80",
    success="#63d08e",
    warning="#e8b45a",
    warn_strong="#f0c46a",
    offline="#aab4bf",
    success_bg="#1d7a41",
    success_hover="#186a37",
    danger_bg="#b3382a",
    danger_hover="#c4473a",
    bubble_in="#2a3037",
    bubble_out="#223a5c",
    bubble_note="#3a3219",
    bubble_note_edge="#a8892a",
    note_bg="#322c18",
    tooltip_bg="#3a424d",
    tooltip_text="#f5f7fa",
    toast_bg="#3a424d",
    toast_error_bg="#8a2a1c",
    toast_text="#ffffff",
    mark="#5a4510",
    code_bg="#2a3037",
    table_head="#2a3037",
    vote_up_bg="#1c3326",
    vote_up_edge="#3f8f5c",
    vote_up_text="#7ddc9f",
    vote_down_bg="#3a1f1c",
    vote_down_edge="#a8544a",
    vote_down_text="#ff9d90",
    offer_bg="#1c2a40",
    offer_edge="#2c4470",
    offer_why="#b9cbe0",
    offer_track="#2c3a52",
    call_bg="#1a2d22",
    call_edge="#2d5a3c",
    call_text="#7ddc9f",
    held_bg="#2e2815",
    held_edge="#6b5520",
    toggled_bg="#5a4710",
    toggled_edge="#c09020",
    wrapup_bg="#32241a",
    wrapup_edge="#6b4a2a",
    wrapup_text="#f2ad6e",
    chat="#4fcaa9",
    email="#b99af2",
    phone="#f0a35a",
    chat_bg="#0e7c66",
    email_bg="#6d3fc0",
    phone_bg="#a34b08",
    chat_fill="#173b34",
    email_fill="#2f2749",
    phone_fill="#3d2b19",
    status_open="#8ab6ff",
    status_pending="#e8b45a",
    status_snoozed="#a3abb7",
    status_resolved="#63d08e",
    presence_available="#2e9d4f",
    presence_busy="#c8402f",
    presence_acw="#d9822b",
    presence_break="#e0b400",
    presence_meeting="#5b7fd6",
    presence_offline="#8a8f98",
    presence_not_responding="#a23bb5",
)

PALETTES: dict[str, Palette] = {LIGHT.name: LIGHT, DARK.name: DARK}


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21); text needs 4.5 (AA)."""
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(colour: str, over: str, share: float) -> str:
    """``share`` of ``colour`` over ``over`` (the tint behind an SLA countdown)."""
    a, b = colour.lstrip("#"), over.lstrip("#")
    parts = (
        round(int(b[i : i + 2], 16) + (int(a[i : i + 2], 16) - int(b[i : i + 2], 16)) * share)
        for i in (0, 2, 4)
    )
    return "#" + "".join(f"{p:02x}" for p in parts)


SLA_TINT_SHARE = 0.1
"""How much of its colour an at-risk or overdue countdown's fill takes over the row."""

TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"),
    ("text", "base"),
    ("text", "alt_base"),
    ("text", "surface"),
    ("text", "hover_bg"),
    ("text", "selected_bg"),
    ("text", "selection"),
    ("secondary", "surface"),
    ("secondary", "alt_base"),
    ("secondary", "base"),
    ("secondary", "pressed_bg"),
    ("muted", "base"),
    ("muted", "alt_base"),
    ("muted", "surface"),
    ("muted", "hover_bg"),
    ("muted", "selected_bg"),
    ("accent_strong", "base"),
    ("accent_strong", "surface"),
    ("accent_strong", "selected_bg"),
    ("on_accent", "accent_bg"),
    ("on_accent", "accent_hover"),
    ("on_accent", "success_bg"),
    ("on_accent", "success_hover"),
    ("on_accent", "danger_bg"),
    ("on_accent", "danger_hover"),
    ("pending", "base"),
    ("pending", "selected_bg"),
    ("failed", "base"),
    ("failed", "alt_base"),
    ("failed", "selected_bg"),
    ("success", "surface"),
    ("success", "base"),
    ("warning", "surface"),
    ("warning", "base"),
    ("offline", "surface"),
    ("text", "bubble_in"),
    ("text", "bubble_out"),
    ("text", "bubble_note"),
    ("muted", "bubble_in"),
    ("muted", "bubble_out"),
    ("pending", "bubble_out"),
    ("text", "note_bg"),
    ("warn_strong", "note_bg"),
    ("warn_strong", "alt_base"),
    ("tooltip_text", "tooltip_bg"),
    ("toast_text", "toast_bg"),
    ("toast_text", "toast_error_bg"),
    ("text", "mark"),
    ("secondary", "mark"),
    ("text", "code_bg"),
    ("text", "table_head"),
    ("vote_up_text", "vote_up_bg"),
    ("vote_down_text", "vote_down_bg"),
    ("text", "offer_bg"),
    ("offer_why", "offer_bg"),
    ("secondary", "offer_bg"),
    ("accent_strong", "offer_bg"),
    ("text", "call_bg"),
    ("call_text", "call_bg"),
    ("failed", "call_bg"),
    ("pending", "call_bg"),
    ("text", "held_bg"),
    ("warn_strong", "held_bg"),
    ("text", "toggled_bg"),
    ("wrapup_text", "wrapup_bg"),
    ("failed", "wrapup_bg"),
    ("chat", "base"),
    ("email", "base"),
    ("phone", "base"),
    ("chat", "selected_bg"),
    ("email", "selected_bg"),
    ("phone", "selected_bg"),
    ("chat", "chat_fill"),
    ("email", "email_fill"),
    ("phone", "phone_fill"),
    ("on_accent", "chat_bg"),
    ("on_accent", "email_bg"),
    ("on_accent", "phone_bg"),
    ("status_open", "base"),
    ("status_pending", "base"),
    ("status_snoozed", "base"),
    ("status_resolved", "base"),
    ("status_open", "selected_bg"),
    ("status_pending", "selected_bg"),
    ("status_snoozed", "selected_bg"),
    ("status_resolved", "selected_bg"),
)
"""(text role, background role): every pair the desk paints text in, checked for 4.5:1."""


def sla_tint(palette: Palette, ink: str) -> str:
    """The fill behind an at-risk or overdue countdown: its colour lightly over the row."""
    return mix(ink, palette.base, SLA_TINT_SHARE)


def failing_pairs(palette: Palette, minimum: float = 4.5) -> list[str]:
    """Every text pair of ``palette`` under ``minimum`` (with the SLA tints), described."""
    roles = palette.roles()
    pairs = [(roles[fg], roles[bg], f"{fg} on {bg}") for fg, bg in TEXT_PAIRS]
    for ink in ("pending", "failed"):
        tint = sla_tint(palette, roles[ink])
        pairs.append((roles[ink], tint, f"{ink} on its SLA tint"))
    return [
        f"{palette.name}: {what} {contrast(fg, bg):.2f}:1"
        for fg, bg, what in pairs
        if contrast(fg, bg) < minimum
    ]
