"""The chat socket spoken to directly (no browser) against a real server: a message goes
in once per client id, resume replays after the cursor, notes never reach the page, an ack
confirms only the page's own replies, and hostile frames are refused with nothing stored.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator

import pytest
from websockets.exceptions import ConnectionClosed

from protocol.frames import Activity, encode
from protocol.webchat import MAX_FRAME_CHARS
from tests.server.channels.support import executemany
from tests.server.channels.webchat.support import (
    Chat,
    ReplyDesk,
    customer_typing,
    session_conversation,
    token_hash,
)
from tests.support.server_proc import ServerProcess, make_factory

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    factory, started = make_factory(tmp_path_factory.mktemp("chat"))
    yield factory("--max-chat-sessions", "40")
    for s in started:
        s.stop()


def _messages(server: ServerProcess, conversation_id: int) -> list[tuple[int, str, str]]:
    return [
        (int(r[0]), str(r[1]), str(r[2]))
        for r in server.rows(
            "SELECT id, direction, body FROM messages WHERE conversation_id = ? ORDER BY id",
            conversation_id,
        )
    ]


async def test_a_message_is_stored_once_per_client_id_and_resume_replays_after_the_cursor(
    server: ServerProcess,
) -> None:
    chat = await Chat.started(server, "Aino Virtanen", email="aino@example.com", language="fi")
    assert token_hash(chat.token) != chat.token
    stored = server.rows("SELECT token_hash FROM chat_sessions")
    assert (chat.token,) not in stored
    assert (token_hash(chat.token),) in stored
    first = await chat.say("Hei, tilaukseni on myöhässä", client_id="m-1")
    again = await chat.say("Hei, tilaukseni on myöhässä", client_id="m-1")
    assert again["id"] == first["id"]
    conversation = session_conversation(server, token_hash(chat.token))
    assert [m[2] for m in _messages(server, conversation)] == ["Hei, tilaukseni on myöhässä"]
    language, channel = server.rows(
        "SELECT c.language, c.channel FROM conversations c WHERE c.id = ?",
        conversation,
    )[0]
    assert (language, channel) == ("fi", "chat")

    desk = await ReplyDesk.open(server, "supervisor01")
    reply = await desk.reply(conversation, "Tarkistan asian")
    note = await desk.reply(conversation, "internal: VIP customer", internal=True)
    got = await chat.until("message", id=reply)
    assert got["direction"] == "out"
    assert got["author_name"]
    assert "client_id" in got
    second = await chat.say("Kiitos", client_id="m-2")
    await chat.close()

    # A new socket resumes after the first message: the reply and "Kiitos", never the note.
    page = await Chat.open(server)
    await page.send({"type": "resume", "token": chat.token, "cursor": first["id"]})
    ready = await page.until("session")
    assert ready["token"] == ""
    assert ready["name"] == "Aino Virtanen"
    done = await page.until("replayed")
    replayed = [f["id"] for f in page.frames if f["type"] == "message"]
    assert replayed == [reply, second["id"]]
    assert note not in replayed
    assert done["cursor"] == second["id"]
    assert [f.get("client_id") for f in page.frames if f["type"] == "message"] == ["", "m-2"]
    # The page resends "Kiitos" (its confirmation was lost): still one row.
    await page.say("Kiitos", client_id="m-2")
    bodies = [m[2] for m in _messages(server, conversation)]
    assert bodies.count("Kiitos") == 1
    await page.close()
    await desk.ws.close()


async def test_typing_reaches_the_desk_and_the_agents_typing_reaches_the_page(
    server: ServerProcess,
) -> None:
    chat = await Chat.started(server, "Typist")
    await chat.say("Hello there")
    conversation = session_conversation(server, token_hash(chat.token))
    desk = await ReplyDesk.open(server, "supervisor01")
    await chat.send({"type": "typing", "typing": True})
    await customer_typing(desk, conversation, True)
    await chat.send({"type": "typing", "typing": False})
    await customer_typing(desk, conversation, False)
    await desk.ws.send(encode(Activity(conversation_id=conversation, state="typing")))
    await chat.until("agent_typing", typing=True)
    await desk.ws.send(encode(Activity(conversation_id=conversation, state="left")))
    await chat.until("agent_typing", typing=False)
    await chat.close()
    await desk.ws.close()


async def test_ack_confirms_only_the_pages_own_replies(server: ServerProcess) -> None:
    mine = await Chat.started(server, "Mine")
    await mine.say("question one")
    theirs = await Chat.started(server, "Theirs")
    await theirs.say("question two")
    desk = await ReplyDesk.open(server, "supervisor01")
    mine_conv = session_conversation(server, token_hash(mine.token))
    their_conv = session_conversation(server, token_hash(theirs.token))
    mine_reply = await desk.reply(mine_conv, "answer one")
    their_reply = await desk.reply(their_conv, "answer two")
    await mine.until("message", id=mine_reply)
    await theirs.until("message", id=their_reply)
    # "mine" confirms the other page's reply: nothing changes for it.
    await mine.send({"type": "ack", "message_ids": [their_reply]})
    await mine.send({"type": "ack", "message_ids": [mine_reply]})

    def delivery(message_id: int) -> str | None:
        found = server.rows("SELECT delivery FROM messages WHERE id = ?", message_id)
        return None if not found else found[0][0]

    async with asyncio.timeout(15):
        while delivery(mine_reply) != "delivered":
            await desk.next_frame()
    # The acks are handled in order: the forged one was done before this one and changed
    # nothing (the dispatcher may have moved it from queued to sent meanwhile).
    assert delivery(their_reply) in ("queued", "sent")
    for chat in (mine, theirs):
        await chat.close()
    await desk.ws.close()


async def test_hostile_frames_are_refused_and_nothing_is_stored(server: ServerProcess) -> None:
    before = server.rows("SELECT COUNT(*) FROM messages")[0][0]
    chat = await Chat.open(server)
    await chat.send({"type": "send", "client_id": "x", "body": "before start"})
    assert (await chat.recv())["code"] == "no_session"
    await chat.send("not json at all")
    assert (await chat.recv())["code"] == "bad_frame"
    await chat.send({"type": "become_agent", "token": "x"})
    assert (await chat.recv())["code"] == "bad_frame"
    await chat.send({"type": "start", "name": "   "})
    assert (await chat.recv())["code"] == "bad_frame"
    await chat.send({"type": "start", "name": "Q", "queue": "No Such Queue"})
    assert (await chat.recv())["code"] == "no_queue"
    await chat.send({"type": "start", "name": "Hostile", "language": "fi"})
    await chat.until("session")
    await chat.send("x" * (MAX_FRAME_CHARS + 1))
    assert (await chat.recv())["code"] == "too_large"
    await chat.send({"type": "send", "client_id": "big", "body": "x" * 100_001})
    assert (await chat.recv())["code"] == "bad_frame"
    await chat.send({"type": "send", "client_id": "bad id with spaces", "body": "hi"})
    assert (await chat.recv())["code"] == "bad_frame"
    await chat.send({"type": "send", "client_id": "ok", "body": "\u0000\u0001  "})
    assert (await chat.recv())["code"] == "bad_frame"
    await chat.send({"type": "rate", "score": 9})
    assert (await chat.recv())["code"] == "bad_frame"
    await chat.send({"type": "rate", "score": 5})
    assert (await chat.recv())["code"] == "not_ended"
    await chat.send({"type": "ack", "message_ids": list(range(1, 500))})
    assert (await chat.recv())["code"] == "bad_frame"
    await chat.send({"type": "transcript"})
    assert (await chat.until("error"))["code"] in ("no_address", "no_mail")
    await chat.send({"type": "start", "name": "Twice"})
    assert (await chat.recv())["code"] == "bad_frame"
    assert server.rows("SELECT COUNT(*) FROM messages")[0][0] == before
    # The socket still works after all that.
    ok = await chat.say("a real question")
    assert ok["direction"] == "in"
    await chat.close()


async def test_a_flood_is_slowed_then_cut_off(server: ServerProcess) -> None:
    chat = await Chat.started(server, "Flood")
    frame = json.dumps({"type": "typing", "typing": True})
    codes: list[str] = []

    async def read_all() -> None:
        # Read while the flood is sent: frames left unread in a closing socket may be
        # lost with it on a busy machine, and the test is about what the page is told.
        while True:
            answer = await chat.recv(timeout=60)
            codes.append(answer.get("code", ""))

    reader = asyncio.create_task(read_all())
    # Far more than the bucket refills at any sending speed; the server cuts off first.
    for _ in range(20_000):
        try:
            await chat.send(frame)
        except ConnectionClosed:
            break
    with pytest.raises(ConnectionClosed) as closed:
        await reader
    assert "too_fast" in codes
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == 1008
    assert "too many frames" in closed.value.rcvd.reason


async def test_a_bad_token_is_a_clear_fatal_error(server: ServerProcess) -> None:
    chat = await Chat.open(server)
    await chat.send({"type": "resume", "token": "forged-token-123", "cursor": 0})
    frame = await chat.recv()
    assert frame == {
        "type": "error",
        "code": "bad_token",
        "detail": "no such chat session",
        "fatal": True,
    }
    with pytest.raises(ConnectionClosed) as closed:
        await chat.recv()
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == 1008


async def test_one_session_too_many_is_refused_with_a_reason(server: ServerProcess) -> None:
    open_now = [await Chat.open(server) for _ in range(40)]
    extra = await Chat.open(server)
    frame = await extra.recv()
    assert frame["code"] == "busy"
    assert frame["fatal"] is True
    with pytest.raises(ConnectionClosed) as closed:
        await extra.recv()
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == 1013
    assert closed.value.rcvd.reason == "too many chat sessions"
    await open_now[0].close()
    # A place is free again once one page leaves.
    async with asyncio.timeout(15):
        while True:
            again = await Chat.open(server)
            await again.send(json.dumps({"type": "start", "name": "Late"}))
            frame = await again.recv()
            if frame["type"] == "session":
                break
            await again.close()
    for chat in [*open_now[1:], again]:
        await chat.close()
    health = server.rows("SELECT COUNT(*) FROM chat_sessions")[0][0]
    assert health >= 1


async def test_the_customer_ends_the_chat_and_rates_it_once(server: ServerProcess) -> None:
    chat = await Chat.started(server, "Ending", email="ending@example.com")
    await chat.say("thanks, that was all")
    conversation = session_conversation(server, token_hash(chat.token))
    # No relay on this server: the transcript is refused clearly, nothing pretends.
    await chat.send({"type": "transcript"})
    refused = await chat.until("error")
    assert refused["code"] == "no_mail"
    await chat.send({"type": "end"})
    await chat.until("ended")
    await chat.send({"type": "rate", "score": 2, "comment": "slow\r\nanswer\u0007"})
    await chat.until("done", what="rate")
    await chat.send({"type": "rate", "score": 5, "comment": "changed my mind"})
    await chat.until("done", what="rate")
    answers = server.rows(
        "SELECT kind, score, comment FROM survey_responses WHERE conversation_id = ?",
        conversation,
    )
    assert answers == [("csat", 5, "changed my mind")]
    await chat.close()
    # A resume says the chat ended and was rated (the page shows thanks, not the form).
    page = await Chat.open(server)
    await page.send({"type": "resume", "token": chat.token, "cursor": 0})
    ready = await page.until("session")
    assert ready["status"] == "ended"
    assert ready["rated"] is True
    await page.close()


async def test_a_long_chat_is_replayed_whole_at_the_pace_the_page_reads(
    server: ServerProcess,
) -> None:
    chat = await Chat.started(server, "Long talker")
    first = await chat.say("start of a long chat")
    conversation = session_conversation(server, token_hash(chat.token))
    await chat.close()
    # More agent lines than one replay query reads and than a page's outbox holds: written
    # straight into the database (the server reads them from there on resume).
    executemany(
        server,
        "INSERT INTO messages (conversation_id, direction, author_name, body, created_at)"
        " VALUES (?, 'out', 'Agent', ?, ?)",
        [(conversation, f"line {n}", time.time()) for n in range(2_100)],
    )
    page = await Chat.open(server)
    await page.send({"type": "resume", "token": chat.token, "cursor": 0})
    done = await page.until("replayed", timeout=60)
    ids = [f["id"] for f in page.frames if f["type"] == "message"]
    assert len(ids) == 2_101
    assert ids == sorted(set(ids))
    assert ids[0] == first["id"]
    assert done["cursor"] == ids[-1]
    await page.close()


async def test_a_socket_that_never_starts_is_closed(server: ServerProcess) -> None:
    from server.channels.webchat.socket import HELLO_SECONDS

    idle = await Chat.open(server)
    with pytest.raises(ConnectionClosed) as closed:
        await idle.recv(timeout=HELLO_SECONDS + 30)
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == 1008
    assert closed.value.rcvd.reason == "no start or resume in time"
