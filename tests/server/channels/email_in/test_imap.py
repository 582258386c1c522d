"""The optional second way in: the server polls a real dovecot mailbox over IMAP
(``--imap``). Mail waiting in the mailbox is taken in like mail from the listener (the
queue from its ``To``, automatic mail to the quarantine) and marked seen afterwards, so
the next poll does not take it again."""

from __future__ import annotations

import imaplib
import time
import uuid
from collections.abc import Iterator
from email.message import EmailMessage

import pytest

from tests.server.channels.email_in.support import DOMAIN, MailServer, mail
from tests.support.mailserver import IMAP, PASSWORD, USER, mail_system
from tests.support.server_proc import ServerProcess
from tests.support.waiting import wait_until

pytestmark = pytest.mark.other_side

SUBJECT = f"By IMAP {uuid.uuid4().hex[:8]}"
AUTO = f"Away by IMAP {uuid.uuid4().hex[:8]}"


def _append(message: EmailMessage) -> None:
    with imaplib.IMAP4(*IMAP, timeout=15) as imap:
        imap.login(USER, PASSWORD)
        status, _ = imap.append("INBOX", "", imaplib.Time2Internaldate(time.time()), bytes(message))
        assert status == "OK"


def _unseen() -> list[bytes]:
    with imaplib.IMAP4(*IMAP, timeout=15) as imap:
        imap.login(USER, PASSWORD)
        imap.select("INBOX", readonly=True)
        _status, data = imap.search(None, "UNSEEN")
        return list(data[0].split())


@pytest.fixture(scope="module")
def mx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MailServer]:
    with mail_system():
        _append(mail(SUBJECT, "Sent to a hosted mailbox", to=f"Billing <billing@{DOMAIN}>"))
        _append(mail(AUTO, "I am away", Auto_Submitted="auto-replied"))
        url = f"imap://{USER}:{PASSWORD}@{IMAP[0]}:{IMAP[1]}/INBOX"
        server = ServerProcess(
            tmp_path_factory.mktemp("imap") / "server.sqlite",
            ["--demo", "--mail-domain", DOMAIN, "--imap", url],
            start_timeout=90,
        )
        server.start()
        try:
            yield MailServer(server, 0)
        finally:
            server.stop()


def test_polled_mail_is_taken_in_and_marked_seen(mx: MailServer) -> None:
    conversation = wait_until(lambda: mx.conversation_of(SUBJECT), 60, interval=0.2)
    assert conversation is not None
    queue = mx.server.rows("SELECT name FROM queues WHERE id = ?", conversation["queue_id"])
    assert queue[0][0] == "Billing"
    assert [m["body"] for m in mx.messages(conversation["id"])] == ["Sent to a hosted mailbox"]
    kept = wait_until(
        lambda: [r for r in mx.quarantine_rows() if r["subject"] == AUTO], 60, interval=0.2
    )
    assert [r["reason"] for r in kept] == ["auto-reply"]
    assert mx.conversation_of(AUTO) is None
    assert wait_until(lambda: _unseen() == [], 30, interval=0.2)
