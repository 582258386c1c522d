"""The desk cache's part of the real channels (issue 12): a message's delivery state,
HTML, quoted history and attachments read back as synced; a reply queued with uploaded
files (their ids in the op, chips on the pending copy) and refused whole beyond the
protocol's limit; damaged attachment JSON read as nothing rather than an error; fetched
files remembered in ``attachment_files`` only while intact; file names from mail made
safe to create."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store import apply, outbox
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.store.readers.conversations import attachment_rows
from desktop.sync.files import AttachmentFiles, files_folder, safe_file_name
from protocol.frames import ReplyOp
from protocol.kinds.conversations import AttachmentRef, MessageData
from tests.desktop import factories as f


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    c = Cache(tmp_path / "cache.sqlite3")
    c.open()
    c.writer.call(lambda conn: apply.apply_events(conn, f.events(f.conversation(1)), upto=1))
    yield c
    c.close()


@pytest.fixture
def reader(cache: Cache) -> Iterator[CacheReader]:
    r = CacheReader(cache.path)
    yield r
    r.close()


PDF = AttachmentRef(id=7, name="invoice.pdf", content_type="application/pdf", size=2048)
LOGO = AttachmentRef(
    id=8, name="logo.png", content_type="image/png", size=90, inline=True, content_id="logo@x"
)


def test_a_message_reads_back_with_its_channel_fields(cache: Cache, reader: CacheReader) -> None:
    message = MessageData(
        id=5,
        conversation_id=1,
        direction="out",
        author_name="Emma",
        body="Thanks",
        created_at=1000.0,
        delivery="failed",
        delivery_error="550 5.1.1 no such user",
        delivery_attempts=3,
        html="<p>Thanks</p>",
        quoted="> earlier",
        attachments=[PDF, LOGO],
    )
    cache.writer.call(lambda conn: apply.apply_events(conn, f.events(message, start=2), upto=2))
    (row,) = reader.messages(1)
    assert (row.delivery, row.delivery_error, row.delivery_attempts) == (
        "failed",
        "550 5.1.1 no such user",
        3,
    )
    assert (row.html, row.quoted) == ("<p>Thanks</p>", "> earlier")
    assert [(a.id, a.name, a.size, a.inline, a.content_id) for a in row.attachments] == [
        (7, "invoice.pdf", 2048, False, ""),
        (8, "logo.png", 90, True, "logo@x"),
    ]


def test_an_inbound_message_has_no_delivery(cache: Cache, reader: CacheReader) -> None:
    cache.writer.call(
        lambda conn: apply.apply_events(conn, f.events(f.message(3, 1), start=2), upto=2)
    )
    (row,) = reader.messages(1)
    assert (row.delivery, row.delivery_error, row.attachments) == (None, "", ())


def test_a_reply_with_files_is_queued_with_their_ids(cache: Cache, reader: CacheReader) -> None:
    mutation_id, changes = cache.writer.call(
        lambda conn: outbox.queue_reply(
            conn, 1, "See attached", "Emma", internal=False, attachments=[PDF]
        )
    )
    assert 1 in changes.messages_of
    (queued,) = cache.writer.call(outbox.pending)
    assert isinstance(queued.change, ReplyOp)
    assert queued.change.attachment_ids == [7]
    (pending,) = reader.messages(1)
    assert pending.pending
    assert pending.id == -mutation_id
    assert [a.name for a in pending.attachments] == ["invoice.pdf"]
    # Without files the op is as before.
    cache.writer.call(lambda conn: outbox.queue_reply(conn, 1, "Plain", "Emma", internal=False))
    assert cache.writer.call(outbox.pending)[-1].change.attachment_ids == []  # type: ignore[union-attr]


def test_more_files_than_a_reply_carries_are_refused_whole(
    cache: Cache, reader: CacheReader
) -> None:
    many = [PDF.model_copy(update={"id": n}) for n in range(1, 12)]
    with pytest.raises(ValueError, match="attachment_ids"):
        cache.writer.call(
            lambda conn: outbox.queue_reply(
                conn, 1, "Too many", "Emma", internal=False, attachments=many
            )
        )
    assert reader.messages(1) == []
    assert cache.writer.call(outbox.pending) == []


@pytest.mark.parametrize(
    "raw",
    [
        None,
        "",
        "not json",
        "{}",
        '"a string"',
        json.dumps([{"name": "no id"}, 5, None, {"id": "7"}]),
    ],
)
def test_damaged_attachment_json_reads_as_no_attachments(raw: object) -> None:
    assert attachment_rows(raw) == ()


def test_odd_attachment_values_are_read_safely() -> None:
    (row,) = attachment_rows(json.dumps([{"id": 3, "size": "huge", "name": None, "inline": 1}]))
    assert (row.id, row.size, row.name, row.inline) == (3, 0, "", True)


@pytest.mark.asyncio
async def test_a_fetched_file_counts_only_while_intact(cache: Cache, reader: CacheReader) -> None:
    files = AttachmentFiles(cache, lambda: None)
    assert files.folder == files_folder(cache.path)
    assert files.folder.name == "cache-files"
    kept = files.folder / "7" / "invoice.pdf"
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"x" * 10)

    def remember(size: int) -> None:
        cache.writer.call(
            lambda conn: conn.execute(
                "INSERT OR REPLACE INTO attachment_files (id, path, size, fetched_at)"
                " VALUES (7, ?, ?, 0)",
                (str(kept), size),
            )
        )

    remember(10)
    assert reader.attachment_file(7) == kept
    assert await files.local_path(7) == kept
    remember(11)  # changed on disk since: fetched again
    assert reader.attachment_file(7) is None
    assert await files.local_path(7) is None
    remember(10)
    kept.unlink()  # deleted by the agent: fetched again
    assert reader.attachment_file(7) is None
    assert reader.attachment_file(99) is None


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("invoice.pdf", "invoice.pdf"),
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\report.docx", "report.docx"),
        (".bashrc", "bashrc"),
        ("..", "attachment-1"),
        ("", "attachment-1"),
        ("evil\u202egnp.exe", "evil_gnp.exe"),
        ("a\x00b\nc.txt", "a_b_c.txt"),
        ("x" * 300 + ".pdf", "x" * 116 + ".pdf"),
        ("漢字 報告.pdf", "漢字 報告.pdf"),
    ],
)
def test_file_names_from_mail_are_made_safe(name: str, safe: str) -> None:
    assert safe_file_name(name, "attachment-1") == safe
