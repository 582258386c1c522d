"""The SMTP listener (aiosmtpd) the centre's MTA relays its support domain to.

It runs in the server's own event loop (not aiosmtpd's threaded ``Controller``), so a
mail is taken in with the same engine and write gate as every other write. Refusals are
given in the dialogue, where the sending MTA turns them into a bounce the sender reads:
``552`` beyond ``max_mail_bytes`` (aiosmtpd counts while reading, nothing is buffered
beyond the limit), ``550 5.7.1`` for other domains (we are not a relay), ``550 5.1.1``
for an address that names no queue and no valid reply token. Once a mail is accepted it
is taken in or quarantined; only when even the quarantine cannot be written (the disk or
the database failing) is the answer ``451``, so the MTA keeps it and tries again.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session

from protocol.text import excerpt
from server.channels.email.inbound import take
from server.core.context import ServerContext

log = logging.getLogger(__name__)

MAX_RECIPIENTS = 50


class Handler:
    """aiosmtpd's hooks: recipients checked at ``RCPT``, mail taken at end of ``DATA``."""

    def __init__(self, ctx: ServerContext) -> None:
        self.ctx = ctx

    async def handle_RCPT(  # noqa: N802  (aiosmtpd's hook name)
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        """``250`` for a queue's address or a valid reply address at our domain."""
        del server, session, rcpt_options
        if len(envelope.rcpt_tos) >= MAX_RECIPIENTS:
            return "452 4.5.3 too many recipients"
        refusal = await take.check_recipient(self.ctx, address)
        if refusal is not None:
            log.info("smtp: refused recipient %s: %s", excerpt(address), refusal)
            return refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802  (aiosmtpd's hook name)
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        """Take the mail in for its first recipient (one conversation per mail)."""
        del server, session
        raw = envelope.original_content or b""
        if isinstance(envelope.content, bytes) and not raw:
            raw = envelope.content
        sender = envelope.mail_from or ""
        recipient = envelope.rcpt_tos[0] if envelope.rcpt_tos else ""
        started = time.perf_counter()
        try:
            # Shielded: a sender that hangs up mid-way must not cut a take in half; the
            # mail is taken (and its retry recognised as a duplicate) or quarantined.
            taken = await asyncio.shield(take.receive(self.ctx, raw, sender, recipient))
        except Exception:
            log.exception("smtp: mail from %s could not be taken", excerpt(sender))
            try:
                await take.quarantine(
                    self.ctx,
                    raw,
                    sender=sender,
                    recipient=recipient,
                    subject="",
                    reason="error",
                    detail="taking the mail in failed (see the server log); release retries",
                )
            except Exception:
                log.exception("smtp: could not quarantine either: the MTA will retry")
                return "451 4.3.0 temporary failure, try again later"
            return "250 2.0.0 kept for review"
        if taken.conversation_id is not None:
            log.info(
                "smtp: mail from %s -> conversation %d message %d (%.0f ms)",
                excerpt(sender),
                taken.conversation_id,
                taken.message_id or 0,
                (time.perf_counter() - started) * 1000,
            )
        return "250 2.0.0 OK"


async def serve(ctx: ServerContext) -> asyncio.Task[None]:
    """Listen on ``settings.host:smtp_port``; the task closes the listener when cancelled.
    Raises OSError when the port is taken (the server must not half-start)."""
    settings = ctx.settings
    handler = Handler(ctx)
    # aiosmtpd logs every command of every session at INFO: a line per mail is ours.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    loop = asyncio.get_running_loop()

    def factory() -> SMTP:
        return SMTP(
            handler,
            data_size_limit=settings.max_mail_bytes,
            enable_SMTPUTF8=True,
            decode_data=False,
            hostname=settings.mail_domain,
            ident="Frontline",
            timeout=120,
            loop=loop,
        )

    listener = await loop.create_server(factory, host=settings.host, port=settings.smtp_port)
    bound: Any = listener.sockets[0].getsockname() if listener.sockets else ("?", 0)
    log.info("smtp: listening on %s:%s for %s", bound[0], bound[1], settings.mail_domain)

    async def run() -> None:
        try:
            await listener.serve_forever()
        finally:
            listener.close()

    return asyncio.create_task(run(), name="smtp-listener")
