"""The email channel's :class:`~server.channels.delivery.senders.Sender`: one try at
handing an agent's reply to the relay.

It reads what it needs fresh at each attempt (the thread may have grown, the customer may
have got an address since the last try), composes the mail (:mod:`.reply`) and sends it
(:mod:`.mailer`). ``"sent"`` means the relay said 250; whether the customer's provider
takes it later is the relay's business (a bounce comes back to the queue's address).
"""

from __future__ import annotations

from server.channels.delivery.senders import Delivered, Outbound
from server.channels.email.outbound import compose, mailer, reply
from server.core.context import ServerContext


class EmailSender:
    """Sends agents' replies on email conversations through ``--smtp-relay``."""

    def __init__(self, ctx: ServerContext) -> None:
        self.ctx = ctx

    async def send(self, message: Outbound) -> Delivered:
        """Compose the reply from the database and hand it to the relay once; raises
        :class:`~server.channels.delivery.senders.DeliveryError`."""
        settings = self.ctx.settings
        domain = compose.mail_domain(settings)
        async with self.ctx.engine.connect() as conn:
            thread = await reply.read_thread(conn, self.ctx.secret, domain, message)
            attached = await reply.read_files(conn, settings, message.attachment_ids)
        mail = reply.compose_reply(settings, self.ctx.secret, message, thread, attached)
        await mailer.send_mail(settings, mail)
        return "sent"
