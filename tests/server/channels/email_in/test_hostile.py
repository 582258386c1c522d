"""Hostile mail through the real listener: NUL bytes, a nesting bomb, a flood of parts,
broken transfer encodings, thousands of References, lying and nonsense charsets. Each is
taken into a conversation with what could be read (or kept in the quarantine), nothing
crashes, and the server keeps serving."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import aiosmtplib
import httpx
import pytest

from protocol.kinds.conversations import MAX_ATTACHMENTS
from tests.server.channels.email_in.support import DOMAIN, MailServer, mail, start_mail_server


@pytest.fixture(scope="module")
def mx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MailServer]:
    yield from start_mail_server(tmp_path_factory, "hostile")


def _head(subject: str, content_type: str) -> bytes:
    return (
        f"From: Eve <eve@customer.test>\r\nTo: general@{DOMAIN}\r\nSubject: {subject}\r\n"
        f"MIME-Version: 1.0\r\nContent-Type: {content_type}\r\n\r\n"
    ).encode()


def _messages_of(mx: MailServer, subject: str) -> list[dict[str, object]]:
    conversation = mx.conversation_of(subject)
    assert conversation is not None, subject
    return mx.messages(conversation["id"])


def test_nul_bytes_and_nonsense_charsets(mx: MailServer) -> None:
    subject = f"Nul {uuid.uuid4().hex[:8]}"
    raw = _head(subject, "text/plain; charset=rot13") + b"Hel\x00lo \xff\xfe there\r\n"
    mx.send(raw)
    [message] = _messages_of(mx, subject)
    body = str(message["body"])
    assert "\x00" not in body
    assert body.startswith("Hello")


def test_a_nesting_bomb_and_a_flood_of_parts(mx: MailServer) -> None:
    subject = f"Bomb {uuid.uuid4().hex[:8]}"
    depth = 300
    inner = b"Content-Type: text/plain\r\n\r\ndeep text\r\n"
    for level in range(depth):
        inner = (
            f'Content-Type: multipart/mixed; boundary="b{level}"\r\n\r\n--b{level}\r\n'.encode()
            + inner
            + f"\r\n--b{level}--\r\n".encode()
        )
    mx.send(
        _head(subject, 'multipart/mixed; boundary="top"') + b"--top\r\n" + inner + b"--top--\r\n"
    )
    assert len(_messages_of(mx, subject)) == 1
    flood = f"Flood {uuid.uuid4().hex[:8]}"
    message = mail(flood, "Many files")
    for index in range(MAX_ATTACHMENTS + 5):
        message.add_attachment(
            f"file {index}".encode(), maintype="text", subtype="plain", filename=f"f{index}.txt"
        )
    mx.send(message)
    [got] = _messages_of(mx, flood)
    assert isinstance(got["attachments"], list)
    assert len(got["attachments"]) == MAX_ATTACHMENTS
    assert "not kept" in str(got["body"])


def test_broken_encodings_and_endless_references(mx: MailServer) -> None:
    subject = f"Broken {uuid.uuid4().hex[:8]}"
    references = "\r\n ".join(f"<{i}.{uuid.uuid4().hex}@spam.test>" for i in range(3000))
    raw = (
        f"From: =?utf-8?b?!!!notbase64?= <eve@customer.test>\r\nTo: general@{DOMAIN}\r\n"
        f"Subject: {subject}\r\nReferences: {references}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="x"\r\n\r\n'
        "--x\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n@@@not base64@@@\r\n"
        '--x\r\nContent-Type: application/pdf; name="\u202egpj.exe"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n=ZZ=\r\n--x--\r\n"
    ).encode()
    mx.send(raw)
    [message] = _messages_of(mx, subject)
    for ref in message["attachments"]:  # type: ignore[attr-defined]
        assert "\u202e" not in ref["name"]
    assert message["body"] == "@@@not base64@@@"
    assert httpx.get(f"{mx.url}/api/health", timeout=10).status_code == 200
    assert "Traceback" not in mx.server.log_text()


def test_an_unfolded_line_beyond_the_rfc_limit_is_refused_clearly(mx: MailServer) -> None:
    subject = f"Long line {uuid.uuid4().hex[:8]}"
    raw = _head(subject, "text/plain") + b"x" * 5000 + b"\r\n"
    with pytest.raises(aiosmtplib.SMTPResponseException) as refused:
        mx.send(raw)
    assert refused.value.code == 500
    assert "Line too long" in refused.value.message
    assert mx.conversation_of(subject) is None
