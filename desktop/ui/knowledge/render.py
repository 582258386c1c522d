"""Article Markdown to the HTML subset a ``QTextDocument`` renders.

markdown-it-py (CommonMark plus tables) turns the article body into HTML. The reader is
offline-first and must never reach the network while a customer waits, so the reader shows
only images already in the cache: an ``asset:<sha256>`` image (what ``frontline kb import``
makes of a local image) the cache holds stays an ``<img>`` whose source
``KbBrowser.loadResource`` answers from the cache; any other image (one not downloaded yet,
a remote URL) becomes its alt text in brackets, with a note when it is an asset still to
come. Raw HTML
in articles is escaped, not rendered. Tables get explicit cell padding and borders because
Qt's rich text ignores most table CSS; ``<mark>`` becomes a styled span for the same reason.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

from desktop.ui.shell import style
from desktop.ui.shell.palettes import Palette

MARK_CLASS = "mark"
"""Search highlights are ``<span class="mark">``: the theme's default style sheet colours
them (:func:`desktop.ui.shell.style.rich_text_css`), so a theme switch needs no re-render
of the hits."""
ASSET_SCHEME = "asset"
NOT_DOWNLOADED = "image not downloaded yet"
_MARK_OPEN = re.compile(r"<mark>", re.IGNORECASE)
_MARK_CLOSE = re.compile(r"</mark>", re.IGNORECASE)

# Named heading sizes: Qt's rich text scales them with the text (em and % it ignores).
ARTICLE_LAYOUT_CSS = """
p, li { line-height: 140%; }
h1 { font-size: x-large; font-weight: 600; margin-top: 4px; margin-bottom: 8px; }
h2 { font-size: large; font-weight: 600; margin-top: 16px; margin-bottom: 6px; }
h3 { font-size: medium; font-weight: 600; margin-top: 12px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 10px; }
"""


def article_css(palette: Palette | None = None) -> str:
    """The reader's default style sheet in ``palette``'s colours (the current one by
    default): the article is readable in the dark theme too, and heading sizes are
    relative to the text so they follow the system font size."""
    p = palette or style.current()
    return (
        ARTICLE_LAYOUT_CSS
        + style.rich_text_css(p)
        + f"table {{ border-color: {p.border}; margin-top: 4px; margin-bottom: 12px; }}\n"
        + f"th {{ background-color: {p.table_head}; font-weight: 600; text-align: left; }}\n"
        + f"td, th {{ border-color: {p.border}; }}\n"
        + f"code {{ font-family: monospace; background-color: {p.code_bg}; }}\n"
        + f".image-alt {{ color: {p.muted}; font-style: italic; }}\n"
    )


def _image(
    self: RendererHTML,
    tokens: Sequence[Token],
    idx: int,
    options: OptionsDict,
    env: EnvType,
) -> str:
    """A cached asset as an ``<img>``, anything else as its alt text."""
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env) or "image"
    src = str(token.attrGet("src") or "")
    has: Callable[[str], bool] | None = env.get("has_asset")
    if src.startswith(ASSET_SCHEME + ":"):
        sha = src[len(ASSET_SCHEME) + 1 :]
        if has is not None and has(sha):
            return f'<img src="{ASSET_SCHEME}:{html.escape(sha)}" alt="{html.escape(alt)}">'
        return (
            f'<span class="image-alt">[{html.escape(alt)}] '
            f"({html.escape(env.get('not_yet', NOT_DOWNLOADED))})</span>"
        )
    return f'<span class="image-alt">[{html.escape(alt)}]</span>'


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
    md.add_render_rule("image", _image)
    return md


_MD = _parser()


def article_html(
    title: str,
    body: str,
    has_asset: Callable[[str], bool] | None = None,
    not_yet: str = NOT_DOWNLOADED,
) -> str:
    """The reader's HTML for an article (title as the heading, then the body).

    ``has_asset(sha256)`` says which images the cache holds (None: none)."""
    rendered = _MD.render(body, {"has_asset": has_asset, "not_yet": not_yet})
    rendered = rendered.replace(
        "<table>", '<table border="1" cellspacing="0" cellpadding="6" width="100%">'
    )
    return f"<h1>{html.escape(title)}</h1>\n{rendered}"


def marks_to_spans(text: str) -> str:
    """``<mark>`` (from search highlights) as a span Qt's rich text can colour (by class)."""
    text = _MARK_OPEN.sub(f'<span class="{MARK_CLASS}">', text)
    return _MARK_CLOSE.sub("</span>", text)
