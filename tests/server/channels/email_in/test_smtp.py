"""Inbound mail through the server's own SMTP listener (real aiosmtplib client, real
server process): the SMTP refusals, every charset real mail uses as the desk reads it,
RFC 2047 subjects, sanitised HTML, attachments and who may download them, threading by
reply token, by our Message-ID and by a customer's own id, and duplicates taken once."""

from __future__ import annotations

import asyncio
import base64
import uuid
from collections.abc import Iterator
from email.message import EmailMessage

import aiosmtplib
import httpx
import pytest

from server.channels.email import ids
from tests.server.channels.email_in.support import (
    DOMAIN,
    MAX_MAIL,
    MailServer,
    mail,
    start_mail_server,
)


@pytest.fixture(scope="module")
def mx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MailServer]:
    yield from start_mail_server(tmp_path_factory, "smtp")


def _unique(prefix: str) -> str:
    return f"{prefix} {uuid.uuid4().hex[:8]}"


def _raw(subject_words: str, charset: str, body: bytes, sender: str = "ann@customer.test") -> bytes:
    head = (
        f"From: {sender}\r\nTo: general@{DOMAIN}\r\nSubject: {subject_words}\r\n"
        f"Message-ID: <{uuid.uuid4().hex}@customer.test>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset={charset}\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
    ).encode()
    return head + base64.encodebytes(body).replace(b"\n", b"\r\n")


CHARSETS = [
    # (declared charset, what the sender really encoded with, text, the new customer's language)
    ("gb18030", "gb18030", "退款申请：订单号 €12，谢谢", "zh-Hans"),
    ("gb2312", "gbk", "请帮我查一下朱镕基的订单", "zh-Hans"),  # 镕 is GBK, not GB2312: mail lies
    ("big5", "big5", "請問我的訂單在哪裡？謝謝", "zh-Hant"),
    ("iso-2022-jp", "iso2022_jp", "お問い合わせありがとうございます", "en"),
    ("iso-8859-15", "iso8859_15", "Prix 20 €, cœur, Škoda", "en"),
    ("windows-1252", "cp1252", "Smart “quotes” – and € signs", "en"),
    ("iso-8859-1", "cp1252", "Café “déjà vu” — Windows text declared Latin-1", "en"),
    ("x-unknown-charset", "utf-8", "Hei! Tilaus ei ole tullut, kiitos: äö", "fi"),
]


@pytest.mark.parametrize(("declared", "codec", "text", "language"), CHARSETS)
def test_every_charset_reaches_the_desk_as_text(
    mx: MailServer, declared: str, codec: str, text: str, language: str
) -> None:
    marker = uuid.uuid4().hex[:6]
    subject = f"{text[:12].strip()} {marker}"
    word = base64.b64encode(subject.encode(codec)).decode()
    raw = _raw(f"=?{declared}?B?{word}?=", declared, text.encode(codec), f"c{marker}@cust.test")
    mx.send(raw)
    conversation = mx.conversation_of(subject)
    assert conversation is not None, f"no conversation titled {subject!r}"
    assert conversation["channel"] == "email"
    assert conversation["language"] == language
    messages = mx.messages(conversation["id"])
    assert [m["body"] for m in messages] == [text]


def test_rfc2047_words_and_raw_utf8_headers(mx: MailServer) -> None:
    marker = uuid.uuid4().hex[:6]
    raw = (
        f"From: =?iso-8859-1?q?J=F6rg?= M\xc3\xbcller <jorg@customer.test>\r\n"
        f"To: general@{DOMAIN}\r\n"
        f"Subject: =?utf-8?q?Caf=C3=A9?= =?iso-8859-1?q?_cr=E8me?= {marker}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nBonjour\r\n"
    ).encode("latin-1")
    mx.send(raw, sender="jorg@customer.test")
    conversation = mx.conversation_of(f"Café crème {marker}")
    assert conversation is not None
    [message] = mx.messages(conversation["id"])
    assert message["author_name"] == "Jörg Müller"
    assert message["body"] == "Bonjour"


def test_html_is_sanitised_and_gives_the_text(mx: MailServer) -> None:
    subject = _unique("HTML only")
    message = mail(subject)
    message.set_content(
        "<html><head><style>body{display:none}</style></head><body onload='steal()'>"
        "<p>Hello <b>team</b><script>alert(1)</script></p>"
        "<img src='https://tracker.example/pixel.gif' onerror='alert(2)'>"
        "<img src='cid:logo@customer.test'><a href='javascript:alert(3)'>x</a>"
        "<a href='https://shop.example/order/7'>order</a></body></html>",
        subtype="html",
    )
    message.add_related(
        b"\x89PNG\r\n\x1a\nfakepng", maintype="image", subtype="png", cid="<logo@customer.test>"
    )
    mx.send(message)
    conversation = mx.conversation_of(subject)
    assert conversation is not None
    [got] = mx.messages(conversation["id"])
    html = got["html"]
    for gone in ("script", "alert", "onerror", "onload", "tracker.example", "style", "javascript"):
        assert gone not in html, (gone, html)
    assert '<img src="cid:logo@customer.test">' in html
    assert 'href="https://shop.example/order/7"' in html
    assert "Hello team" in got["body"]
    assert "alert" not in got["body"]
    [inline] = got["attachments"]
    assert inline["inline"] is True
    assert inline["content_id"] == "logo@customer.test"


def test_attachments_are_stored_and_only_visible_ones_download(mx: MailServer) -> None:
    subject = _unique("Invoice")
    message = mail(subject, "See the attached invoice.", to=f"technical-support@{DOMAIN}")
    payload = bytes(range(256)) * 64
    message.add_attachment(
        payload, maintype="application", subtype="pdf", filename="../../Rechnung März.pdf"
    )
    mx.send(message, to=f"technical-support@{DOMAIN}")
    conversation = mx.conversation_of(subject)
    assert conversation is not None
    [got] = mx.messages(conversation["id"])
    assert got["body"] == "See the attached invoice."
    [ref] = got["attachments"]
    assert ref["name"] == "Rechnung März.pdf"
    assert ref["content_type"] == "application/pdf"
    assert ref["size"] == len(payload)
    link = f"{mx.url}/api/attachments/{ref['id']}"
    # agent01 is not in Technical Support; agent02 and the supervisor are.
    outsider = httpx.get(link, headers={"Authorization": f"Bearer {mx.token('agent01')}"})
    assert outsider.status_code == 404
    for insider in ("agent02", "supervisor01"):
        answer = httpx.get(link, headers={"Authorization": f"Bearer {mx.token(insider)}"})
        assert answer.status_code == 200
        assert answer.content == payload
        assert answer.headers["x-content-type-options"] == "nosniff"


def test_too_large_unknown_queue_and_other_domains_are_refused(mx: MailServer) -> None:
    subject = _unique("Huge")
    huge = mail(subject, "x" * 10)
    huge.add_attachment(b"y" * MAX_MAIL, maintype="application", subtype="octet-stream")
    with pytest.raises(aiosmtplib.SMTPResponseException) as too_big:
        mx.send(huge)
    assert too_big.value.code == 552
    assert mx.conversation_of(subject) is None
    refusals = {
        f"nobody@{DOMAIN}": (550, "5.1.1 no such queue here"),
        f"general+c1x0000000000000000@{DOMAIN}": (550, "5.1.1 no such queue here"),
        "support@elsewhere.test": (550, "5.7.1 relaying denied"),
    }
    for rcpt, (code, text) in refusals.items():
        with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as refused:
            mx.send(mail(_unique("Nowhere")), to=rcpt)
        [error] = refused.value.recipients
        assert (error.code, error.message) == (code, text)
    still = _unique("Still serving")
    mx.send(mail(still, "after the refusals"))
    assert mx.conversation_of(still) is not None
    assert httpx.get(f"{mx.url}/api/health").status_code == 200


def _first_conversation(mx: MailServer, subject: str, **headers: str) -> int:
    mx.send(mail(subject, "First mail", **headers))
    found = mx.conversation_of(subject)
    assert found is not None
    return int(found["id"])


def test_reply_token_joins_even_from_another_address(mx: MailServer) -> None:
    conversation = _first_conversation(mx, _unique("Token thread"))
    token = ids.reply_token(mx.secret(), conversation)
    reply = mail("Re: anything", "Second mail", sender="Ann at work <ann@work.test>")
    mx.send(reply, to=f"general+{token}@{DOMAIN}")
    bodies = [m["body"] for m in mx.messages(conversation)]
    assert bodies == ["First mail", "Second mail"]


def test_our_message_id_joins_and_reopens_a_resolved_conversation(mx: MailServer) -> None:
    conversation = _first_conversation(mx, _unique("Resolved thread"))
    mx.set_status(conversation, "resolved")
    ours = ids.message_id(mx.secret(), DOMAIN, conversation, 424242)
    reply = mail("Re: our answer", "Thanks!\n\nOn Monday, Support wrote:\n> Fixed it.\n")
    reply["In-Reply-To"] = ours
    reply["References"] = f"<older@customer.test> {ours}"
    mx.send(reply)
    messages = mx.messages(conversation)
    assert [m["body"] for m in messages] == ["First mail", "Thanks!"]
    assert "> Fixed it." in messages[-1]["quoted"]
    status = mx.server.rows("SELECT status FROM conversations WHERE id = ?", conversation)
    assert status[0][0] == "open"
    forged = ours.replace("frontline.", "frontline.").replace(ours[-25:-20], "00000")
    stray = _unique("Forged id")
    mx.send(mail(stray, "Not yours", In_Reply_To=forged))
    other = mx.conversation_of(stray)
    assert other is not None
    assert other["id"] != conversation


def test_customer_message_id_threads_and_a_new_mail_opens_a_new_one(mx: MailServer) -> None:
    own = f"<{uuid.uuid4().hex}@customer.test>"
    conversation = _first_conversation(mx, _unique("Own id thread"), Message_ID=own)
    follow = mail("Forgot something", "Second mail", References=f"<zz@customer.test> {own}")
    mx.send(follow)
    assert [m["body"] for m in mx.messages(conversation)] == ["First mail", "Second mail"]
    # Anyone who got a copy knows the id: from another address it opens a new one.
    stranger = _unique("Hijack")
    mx.send(mail(stranger, "Let me in", sender="eve@evil.test", In_Reply_To=own))
    assert [m["body"] for m in mx.messages(conversation)] == ["First mail", "Second mail"]
    hijack = mx.conversation_of(stranger)
    assert hijack is not None
    assert hijack["id"] != conversation
    fresh = _unique("Unrelated question")
    mx.send(mail(fresh, "A new topic"))
    new = mx.conversation_of(fresh)
    assert new is not None
    assert new["id"] != conversation


def test_the_same_mail_delivered_twice_is_taken_once(mx: MailServer) -> None:
    own = f"<{uuid.uuid4().hex}@customer.test>"
    subject = _unique("Twice")
    message: EmailMessage = mail(subject, "Once only", Message_ID=own)
    mx.send(message)
    mx.send(message)
    conversation = mx.conversation_of(subject)
    assert conversation is not None
    assert [m["body"] for m in mx.messages(conversation["id"])] == ["Once only"]
    # Two MTAs (or a retry racing the first try) deliver one mail at the same time.
    racing = _unique("Racing")
    twin = mail(racing, "Raced once", Message_ID=f"<{uuid.uuid4().hex}@customer.test>")

    async def both() -> None:
        await asyncio.gather(*(mx.send_async(twin) for _ in range(8)))

    asyncio.run(both())
    raced = mx.conversation_of(racing)
    assert raced is not None
    assert [m["body"] for m in mx.messages(raced["id"])] == ["Raced once"]
