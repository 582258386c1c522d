"""The surveys channel's part of the server's startup: the survey page's routes and the
invitation loop (:mod:`server.channels.surveys.runner`).

``GET /survey/{token}`` shows the form in the conversation's language; ``POST`` stores
the answers through the surveys domain (a second answer replaces the first, the
domain's rule) after the same token check as the intake API
(:func:`server.channels.survey_route.survey_owner`). Every bad token, forged or stale,
answers the same friendly 404 page in the browser's language: nothing about the
conversation, or whether it exists, leaks.
"""

from __future__ import annotations

import asyncio
import re
from typing import Annotated
from urllib.parse import parse_qs

import sqlalchemy as sa
from fastapi import APIRouter, Header, HTTPException, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.customer360 import MAX_SURVEY_COMMENT_CHARS, MAX_SURVEY_TOKEN_CHARS
from protocol.text import clean_multiline
from server.channels.delivery.senders import Senders
from server.channels.survey_route import survey_owner
from server.channels.surveys import page
from server.channels.surveys.runner import Invitations
from server.channels.surveys.tables import survey_invites
from server.channels.surveys.texts import language_of, text
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.core.requests import Ctx
from server.domains.conversations import tables as ct
from server.domains.surveys import reads
from server.domains.surveys.tables import survey_responses

router = APIRouter()
_ = survey_invites  # importing the channel puts its table on the metadata

TOKEN_SHAPE = re.compile(rf"[0-9]{{1,16}}\.[A-Za-z0-9_-]{{1,{MAX_SURVEY_TOKEN_CHARS}}}")
FIELDS = frozenset({"csat", "nps", "comment"})
MAX_FORM_BYTES = 16 * 1024
"""A filled form is well under 10 KiB even with a comment of CJK characters."""


def _browser_language(accept_language: str | None) -> str:
    first = (accept_language or "").split(",")[0].split(";")[0]
    return language_of(first[:35])


async def _owner(conn: AsyncConnection, secret: bytes, token: str) -> tuple[int, int, str] | None:
    """Conversation, customer and page language of a token; None for a bad one."""
    if not TOKEN_SHAPE.fullmatch(token):
        return None
    try:
        conversation_id, customer_id = await survey_owner(conn, secret, token)
    except HTTPException:
        return None
    cv = ct.conversations.c
    tag = (await conn.execute(sa.select(cv.language).where(cv.id == conversation_id))).scalar()
    return conversation_id, customer_id, language_of(str(tag or ""))


@router.get("/survey/{token}", response_class=HTMLResponse)
async def survey_form(
    token: str,
    ctx: Ctx,
    accept_language: Annotated[str | None, Header()] = None,
) -> HTMLResponse:
    """The survey form, or the friendly 404."""
    async with ctx.engine.connect() as conn:
        found = await _owner(conn, ctx.secret, token)
        earlier = await _earlier(conn, found[0]) if found is not None else {}
    if found is None:
        return page.missing(_browser_language(accept_language))
    return page.form(found[2], token, values=earlier)


async def _earlier(conn: AsyncConnection, conversation_id: int) -> dict[str, str]:
    """The conversation's stored answers as form values: a customer opening the link
    again sees (and changes) what they said instead of blanking it by accident."""
    s = survey_responses.c
    rows = await conn.execute(
        sa.select(s.kind, s.score, s.comment).where(
            s.conversation_id == conversation_id, s.kind.in_(("csat", "nps"))
        )
    )
    values: dict[str, str] = {}
    for kind, score, comment in rows:
        values[str(kind)] = str(score)
        if kind == "csat":
            values["comment"] = str(comment)
    return values


def _read_form(raw: bytes) -> dict[str, str] | None:
    """The form's fields, or None when it is not a form this page sends (bad UTF-8,
    unknown or repeated fields)."""
    try:
        decoded = raw.decode("utf-8")
        fields = parse_qs(
            decoded, keep_blank_values=True, max_num_fields=8, encoding="utf-8", errors="strict"
        )
    except (UnicodeDecodeError, ValueError):
        return None
    if not set(fields) <= FIELDS or any(len(v) != 1 for v in fields.values()):
        return None
    return {name: values[0] for name, values in fields.items()}


def _check(lang: str, values: dict[str, str]) -> tuple[int | None, int | None, str, list[str]]:
    """CSAT, NPS (None when not given), comment and the problems, in ``lang``."""
    problems: list[str] = []
    csat_text, nps_text = values.get("csat", ""), values.get("nps", "").strip()
    csat = int(csat_text) if csat_text in {"1", "2", "3", "4", "5"} else None
    if csat is None:
        problems.append(text(lang, "need_csat"))
    nps: int | None = None
    if nps_text:
        if nps_text.isascii() and nps_text.isdigit() and int(nps_text) <= 10:
            nps = int(nps_text)
        else:
            problems.append(text(lang, "bad_nps"))
    comment = clean_multiline(values.get("comment", "")).strip()
    if len(comment) > MAX_SURVEY_COMMENT_CHARS:
        problems.append(text(lang, "long_comment", limit=MAX_SURVEY_COMMENT_CHARS))
    return csat, nps, comment, problems


@router.post("/survey/{token}", response_class=HTMLResponse)
async def survey_answer(
    token: str,
    request: Request,
    ctx: Ctx,
    accept_language: Annotated[str | None, Header()] = None,
) -> HTMLResponse:
    """Store the answers and thank; the form again (422) with the problems in the
    customer's language when a value is refused, nothing stored."""
    async with ctx.engine.connect() as conn:
        found = await _owner(conn, ctx.secret, token)
    if found is None:
        return page.missing(_browser_language(accept_language))
    lang = found[2]
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    raw = await request.body()
    form_sent = kind == "application/x-www-form-urlencoded" and len(raw) <= MAX_FORM_BYTES
    values = _read_form(raw) if form_sent else None
    if values is None:
        return page.bad_request(lang)
    csat, nps, comment, problems = _check(lang, values)
    if problems or csat is None:
        shown = {k: v[: MAX_SURVEY_COMMENT_CHARS * 2] for k, v in values.items()}
        return page.form(lang, token, values=shown, problems=problems, status=422)
    secret = ctx.secret

    async def work(conn: AsyncConnection) -> tuple[bool, list[Draft]]:
        try:
            conversation_id, customer_id = await survey_owner(conn, secret, token)
        except HTTPException:
            return False, []  # erased or gone since the check above
        answers = [("csat", csat, comment)] + ([("nps", nps, "")] if nps is not None else [])
        for survey_kind, score, words in answers:
            await reads.store(
                conn,
                conversation_id=conversation_id,
                customer_id=customer_id,
                kind=survey_kind,
                score=score,
                comment=words,
            )
        return True, []

    stored, _seq = await ctx.write(work)
    return page.thanks(lang) if stored else page.missing(lang)


async def start(ctx: ServerContext, senders: Senders) -> list[asyncio.Task[None]]:
    """Start the invitation loop (it records a failure when the server cannot mail, so
    it runs without a relay too); the surveys channel registers no sender."""
    del senders
    ctx_invitations = Invitations(ctx)
    return [ctx.cluster.singleton("survey-invitations", ctx_invitations.run)]
