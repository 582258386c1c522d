"""The survey invitation mail: words in the customer's language and the page's link.

The link carries the survey token (:func:`server.channels.intake.survey_token`): it lets
its holder answer this conversation's survey and nothing else, so the mail needs no
sign-in and the page no cookie.
"""

from __future__ import annotations

import html
from email.message import EmailMessage

from server.channels.email.outbound import compose
from server.channels.intake import survey_token
from server.channels.surveys.invites import Due
from server.channels.surveys.texts import language_of, text
from server.core.settings import Settings


def survey_link(settings: Settings, secret: bytes, conversation_id: int, customer_id: int) -> str:
    """``{base_url}/survey/{token}``: the page answering this conversation's survey."""
    token = survey_token(secret, conversation_id, customer_id)
    return f"{settings.base_url}/survey/{token}"


def invitation(settings: Settings, secret: bytes, due: Due) -> EmailMessage:
    """The invitation mail for ``due`` (which must have an address); raises
    :class:`server.channels.delivery.senders.DeliveryError` when it cannot be composed."""
    assert due.address is not None
    lang = language_of(due.language)
    link = survey_link(settings, secret, due.conversation_id, due.customer_id)
    subject = due.subject.strip()
    title = text(lang, "subject", subject=subject) if subject else text(lang, "subject_plain")
    name = due.customer_name.strip() or due.address
    lines = [
        text(lang, "hello", name=name),
        "",
        text(lang, "mail_body"),
        link,
        "",
        text(lang, "mail_footer"),
    ]
    body_html = (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head><body>\n'
        f"<p>{html.escape(text(lang, 'hello', name=name))}</p>\n"
        f"<p>{html.escape(text(lang, 'mail_body'))}</p>\n"
        f'<p><a href="{html.escape(link)}">{html.escape(text(lang, "mail_link"))}</a></p>\n'
        f"<p><small>{html.escape(text(lang, 'mail_footer'))}</small></p>\n"
        "</body></html>\n"
    )
    return compose.automatic(
        settings,
        secret,
        to=due.address,
        to_name=due.customer_name,
        subject=title,
        text="\n".join(lines),
        html=body_html,
        queue_name=due.queue_name,
        conversation_id=due.conversation_id,
    )
