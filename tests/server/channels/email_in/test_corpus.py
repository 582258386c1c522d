"""CPython's own tricky-mail corpus (every ``msg_*.txt`` shipped with the interpreter)
through the real SMTP listener: each mail is refused with a clear SMTP error or accepted,
and an accepted one is a message in a conversation or, when it is automatic (a bounce,
an auto-reply, a loop) or has no usable sender, kept in the quarantine. The server keeps
serving throughout."""

from __future__ import annotations

import re
import sysconfig
from collections.abc import Iterator
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

import aiosmtplib
import httpx
import pytest

from tests.server.channels.email_in.support import MailServer, start_mail_server

CORPUS = Path(sysconfig.get_paths()["stdlib"]) / "test" / "test_email" / "data"
MAILS = sorted(CORPUS.glob("msg_*.txt"))
QUARANTINE_REASONS = {"auto-reply", "bounce", "loop", "no-customer"}


def _message_id(raw: bytes) -> str:
    headers = BytesHeaderParser(policy=compat32).parsebytes(raw)
    found = re.search(r"<[^<>\s]+>", str(headers.get("message-id", "")))
    return found[0] if found else ""


def _max_id(mx: MailServer, table: str) -> int:
    return int(mx.server.rows(f"SELECT COALESCE(MAX(id), 0) FROM {table}")[0][0])


def _deliver(mx: MailServer, raw: bytes) -> tuple[int, str] | None:
    """None when the listener took the mail, else its refusal (code, text)."""
    try:
        mx.send(raw)
    except aiosmtplib.SMTPResponseException as refused:
        return refused.code, refused.message
    return None


@pytest.fixture(scope="module")
def mx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MailServer]:
    yield from start_mail_server(tmp_path_factory, "corpus")


@pytest.mark.skipif(not MAILS, reason="CPython's email test corpus is not installed")
def test_the_whole_corpus_is_taken_kept_or_refused_clearly(mx: MailServer) -> None:
    outcomes: dict[str, str] = {}
    for path in MAILS:
        before_messages = _max_id(mx, "messages")
        before_kept = _max_id(mx, "mail_quarantine")
        refused = _deliver(mx, path.read_bytes())
        if refused is not None:
            assert 500 <= refused[0] < 600, (path.name, refused)
            assert refused[1].strip(), path.name
            outcomes[path.name] = f"refused {refused[0]}"
            continue
        new_messages = mx.records(
            "SELECT m.id, c.channel FROM messages m JOIN conversations c"
            " ON c.id = m.conversation_id WHERE m.id > ?",
            before_messages,
        )
        kept = mx.records("SELECT reason FROM mail_quarantine WHERE id > ?", before_kept)
        own_id = _message_id(path.read_bytes())
        seen = mx.server.rows(
            "SELECT COUNT(*) FROM mail_ids WHERE header_id = ? AND message_id <= ?",
            own_id,
            before_messages,
        )[0][0]
        if not new_messages and not kept and own_id and seen:
            outcomes[path.name] = "duplicate of an earlier one"  # the corpus repeats ids
        elif new_messages:
            assert [r["channel"] for r in new_messages] == ["email"], path.name
            assert not kept, path.name
            outcomes[path.name] = "conversation"
        else:
            assert len(kept) == 1, (path.name, "accepted but neither taken nor kept")
            assert kept[0]["reason"] in QUARANTINE_REASONS, (path.name, kept[0]["reason"])
            outcomes[path.name] = f"kept {kept[0]['reason']}"
    assert len(outcomes) == len(MAILS)
    assert sum(v == "conversation" for v in outcomes.values()) >= len(MAILS) // 2, outcomes
    assert httpx.get(f"{mx.url}/api/health", timeout=10).status_code == 200
    assert "Traceback" not in mx.server.log_text()
