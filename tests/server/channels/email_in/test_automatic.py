"""Automatic mail never opens a conversation nor adds to one (auto-replies, bounces, loops,
our own domain as sender): it waits in the quarantine, which supervisors (only) list,
read, release into a conversation or delete."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest

from server.channels.email import ids
from tests.server.channels.email_in.support import DOMAIN, MailServer, mail, start_mail_server


@pytest.fixture(scope="module")
def mx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MailServer]:
    yield from start_mail_server(tmp_path_factory, "automatic")


def _auth(mx: MailServer, username: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {mx.token(username)}"}


def _bounce(subject: str) -> bytes:
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.customer.test>\r\n"
        f"To: general@{DOMAIN}\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.customer.test\r\n\r\n"
        "Final-Recipient: rfc822; gone@customer.test\r\n"
        "Action: failed\r\nStatus: 5.1.1\r\n--B--\r\n"
    ).encode()


CASES = {
    "auto-submitted": ({"Auto_Submitted": "auto-replied"}, "auto-reply"),
    "precedence": ({"Precedence": "bulk"}, "auto-reply"),
    "suppress": ({"X_Auto_Response_Suppress": "All"}, "auto-reply"),
    "x-loop": ({"X_Loop": f"general@{DOMAIN}"}, "loop"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_automatic_mail_opens_nothing_and_is_kept(mx: MailServer, case: str) -> None:
    headers, reason = CASES[case]
    subject = f"Out of office {uuid.uuid4().hex[:8]}"
    mx.send(mail(subject, "I am away until Monday.", **headers))
    assert mx.conversation_of(subject) is None
    kept = [r for r in mx.quarantine_rows() if r["subject"] == subject]
    assert [r["reason"] for r in kept] == [reason]


def test_bounces_and_our_own_domain_open_nothing(mx: MailServer) -> None:
    bounce = f"Undelivered Mail {uuid.uuid4().hex[:8]}"
    mx.send(_bounce(bounce), sender="")
    null_sender = f"Returned {uuid.uuid4().hex[:8]}"
    mx.send(mail(null_sender, "bounced", Return_Path="<>"), sender="")
    ours = f"From ourselves {uuid.uuid4().hex[:8]}"
    mx.send(mail(ours, "echo", sender=f"billing@{DOMAIN}"), sender=f"billing@{DOMAIN}")
    for subject, reason in ((bounce, "bounce"), (null_sender, "bounce"), (ours, "loop")):
        assert mx.conversation_of(subject) is None
        assert [r["reason"] for r in mx.quarantine_rows() if r["subject"] == subject] == [reason]


def test_an_auto_reply_to_our_answer_adds_nothing(mx: MailServer) -> None:
    subject = f"Question {uuid.uuid4().hex[:8]}"
    mx.send(mail(subject, "Where is my order?"))
    conversation = mx.conversation_of(subject)
    assert conversation is not None
    ours = ids.message_id(mx.secret(), DOMAIN, conversation["id"], 99)
    token = ids.reply_token(mx.secret(), conversation["id"])
    auto = mail(f"Automatic reply: {subject}", "I am away.", Auto_Submitted="auto-replied")
    auto["In-Reply-To"] = ours
    mx.send(auto, to=f"general+{token}@{DOMAIN}")
    assert [m["body"] for m in mx.messages(conversation["id"])] == ["Where is my order?"]


def test_quarantine_is_for_supervisors_who_release_or_delete(mx: MailServer) -> None:
    subject = f"Vacation {uuid.uuid4().hex[:8]}"
    mx.send(mail(subject, "Back soon, but please do call me.", Precedence="junk"))
    base = f"{mx.url}/api/mail/quarantine"
    assert httpx.get(base, headers=_auth(mx, "agent01")).status_code == 403
    listing = httpx.get(base, headers=_auth(mx, "supervisor01"))
    assert listing.status_code == 200
    body = listing.json()
    [item] = [i for i in body["items"] if i["subject"] == subject]
    assert body["total"] >= 1
    assert item["reason"] == "auto-reply"
    assert item["sender"] == "ann@customer.test"
    assert item["recipient"] == f"general@{DOMAIN}"
    raw = httpx.get(f"{base}/{item['id']}/raw", headers=_auth(mx, "supervisor01"))
    assert raw.status_code == 200
    assert subject.encode() in raw.content
    assert item["size"] == len(raw.content)
    for method in ("post", "delete"):
        path = f"{base}/{item['id']}" + ("/release" if method == "post" else "")
        assert httpx.request(method, path, headers=_auth(mx, "agent01")).status_code == 403
    released = httpx.post(f"{base}/{item['id']}/release", headers=_auth(mx, "supervisor01"))
    assert released.status_code == 200, released.text
    conversation = mx.conversation_of(subject)
    assert conversation is not None
    assert released.json()["conversation_id"] == conversation["id"]
    assert [m["body"] for m in mx.messages(conversation["id"])] == [
        "Back soon, but please do call me."
    ]
    assert all(r["id"] != item["id"] for r in mx.quarantine_rows())
    gone = httpx.post(f"{base}/{item['id']}/release", headers=_auth(mx, "supervisor01"))
    assert gone.status_code == 404
    other = f"Delete me {uuid.uuid4().hex[:8]}"
    mx.send(mail(other, "spam", Precedence="bulk"))
    [row] = [r for r in mx.quarantine_rows() if r["subject"] == other]
    deleted = httpx.delete(f"{base}/{row['id']}", headers=_auth(mx, "supervisor01"))
    assert deleted.status_code == 204
    assert all(r["id"] != row["id"] for r in mx.quarantine_rows())
    assert mx.conversation_of(other) is None


def test_mail_without_a_usable_sender_is_kept_and_a_failed_release_keeps_it(
    mx: MailServer,
) -> None:
    subject = f"Nobody {uuid.uuid4().hex[:8]}"
    raw = f"To: general@{DOMAIN}\r\nSubject: {subject}\r\n\r\nWho am I?\r\n".encode()
    mx.send(raw, sender="not-an-address")
    assert mx.conversation_of(subject) is None
    [row] = [r for r in mx.quarantine_rows() if r["subject"] == subject]
    assert row["reason"] == "no-customer"
    base = f"{mx.url}/api/mail/quarantine/{row['id']}"
    refused = httpx.post(f"{base}/release", headers=_auth(mx, "supervisor01"))
    assert refused.status_code == 422
    assert "no-customer" in refused.json()["detail"]
    assert [r["id"] for r in mx.quarantine_rows() if r["subject"] == subject] == [row["id"]]
    assert mx.conversation_of(subject) is None
