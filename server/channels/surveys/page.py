"""The survey page's HTML: the form, the thank-you page and the friendly "not found".

Plain server-rendered HTML with no script and no external resource: it works in any
browser, with a screen reader (each question is a ``fieldset`` whose ``legend`` is the
question, each choice a labelled radio button) and with the keyboard alone (arrow keys
move within a radio group, Tab between questions). The one inline style sheet is allowed
by its hash in the Content-Security-Policy, so nothing else could ever run or load.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Mapping, Sequence

from fastapi.responses import HTMLResponse

from protocol.customer360 import MAX_SURVEY_COMMENT_CHARS
from server.channels.surveys.texts import text

CSS = """
body{font:1rem/1.5 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1c1e21}
main{max-width:36rem;margin:0 auto;padding:1.5rem;background:#fff;min-height:100vh}
h1{font-size:1.5rem;margin-top:0}
fieldset{border:1px solid #c4c8cf;border-radius:.4rem;margin:0 0 1.2rem;padding:.8rem 1rem}
legend{font-weight:600;padding:0 .3rem}
.choice{display:block;padding:.25rem 0}
.scale{display:flex;flex-wrap:wrap;gap:.2rem .9rem}
label{cursor:pointer}
textarea{width:100%;box-sizing:border-box;font:inherit;margin:.3rem 0 1rem}
button{font:inherit;padding:.6rem 1.4rem;border:0;border-radius:.4rem;
background:#1d4ed8;color:#fff;cursor:pointer}
:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
#problems{border:2px solid #b91c1c;border-radius:.4rem;padding:.5rem 1rem;margin-bottom:1rem}
.hint{color:#4b5563;font-size:.9rem;margin:.2rem 0 .4rem}
"""
_CSS_HASH = base64.b64encode(hashlib.sha256(CSS.encode()).digest()).decode()
CSP = (
    f"default-src 'none'; style-src 'sha256-{_CSS_HASH}'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    # The token is in the address: never hand it to another site.
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


def _e(value: str) -> str:
    return html.escape(value, quote=True)


def _document(lang: str, title: str, body: str, status: int) -> HTMLResponse:
    page = (
        f'<!DOCTYPE html>\n<html lang="{_e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n"
        f"<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )
    return HTMLResponse(page, status_code=status, headers=HEADERS)


def _radios(name: str, choices: Sequence[tuple[str, str]], chosen: str, required: bool) -> str:
    items = []
    for value, label in choices:
        ident = f"{name}-{value}"
        checked = " checked" if value == chosen else ""
        need = " required" if required else ""
        items.append(
            f'<span class="choice"><input type="radio" id="{ident}" name="{name}" '
            f'value="{value}"{checked}{need}> <label for="{ident}">{_e(label)}</label></span>'
        )
    return "\n".join(items)


def form(
    lang: str,
    token: str,
    *,
    values: Mapping[str, str] | None = None,
    problems: Sequence[str] = (),
    status: int = 200,
) -> HTMLResponse:
    """The survey form (CSAT required, NPS and comment optional), refilled with
    ``values`` and headed by ``problems`` after a refused answer."""
    values = values or {}
    title = text(lang, "title")
    parts = [f"<h1>{_e(title)}</h1>", f"<p>{_e(text(lang, 'intro'))}</p>"]
    if problems:
        items = "".join(f"<li>{_e(p)}</li>" for p in problems)
        parts.append(
            f'<div id="problems" role="alert"><h2>{_e(text(lang, "problems"))}</h2>'
            f"<ul>{items}</ul></div>"
        )
    csat = [(str(n), text(lang, f"csat_{n}")) for n in range(5, 0, -1)]
    nps = [(str(n), str(n)) for n in range(11)]
    comment = values.get("comment", "")
    parts.append(
        f'<form method="post" action="/survey/{_e(token)}">\n'
        f'<fieldset id="csat"><legend>{_e(text(lang, "csat_legend"))}</legend>\n'
        f"{_radios('csat', csat, values.get('csat', ''), True)}\n</fieldset>\n"
        f'<fieldset id="nps" aria-describedby="nps-hint">'
        f"<legend>{_e(text(lang, 'nps_legend'))}</legend>\n"
        f'<p class="hint" id="nps-hint">{_e(text(lang, "nps_low"))}; '
        f"{_e(text(lang, 'nps_high'))}</p>\n"
        f'<div class="scale">{_radios("nps", nps, values.get("nps", ""), False)}</div>\n'
        "</fieldset>\n"
        f'<label for="comment">{_e(text(lang, "comment_label"))}</label>\n'
        f'<textarea id="comment" name="comment" rows="4" '
        f'maxlength="{MAX_SURVEY_COMMENT_CHARS}">{_e(comment)}</textarea>\n'
        f'<button type="submit">{_e(text(lang, "send"))}</button>\n</form>'
    )
    return _document(lang, title, "\n".join(parts), status)


def thanks(lang: str) -> HTMLResponse:
    """After a stored answer."""
    title = text(lang, "thanks_title")
    body = f'<h1>{_e(title)}</h1>\n<p role="status">{_e(text(lang, "thanks"))}</p>'
    return _document(lang, title, body, 200)


def missing(lang: str) -> HTMLResponse:
    """A bad, forged or stale token: 404, the same words whatever was wrong."""
    title = text(lang, "missing_title")
    return _document(lang, title, f"<h1>{_e(title)}</h1>\n<p>{_e(text(lang, 'missing'))}</p>", 404)


def bad_request(lang: str) -> HTMLResponse:
    """A body that is not a form this page sent (wrong type, bad encoding, repeated
    fields): 400 without echoing any of it."""
    title = text(lang, "bad_request_title")
    body = f"<h1>{_e(title)}</h1>\n<p>{_e(text(lang, 'bad_request'))}</p>"
    return _document(lang, title, body, 400)
