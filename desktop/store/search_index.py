"""The conversation search index: every cached message and conversation header as
pre-analysed terms in an FTS5 table, kept in step in the writer's apply transaction.

No Qt, and no SQL outside the ``cs_`` tables and the replicated tables it reads. The text
analysis is the knowledge engine's (``desktop/knowledge/analysis.py``): Chinese folded to
Simplified and indexed as characters and bigrams, Latin-script words stemmed in the
conversation's language (Finnish, English, ...). Each message row also holds its words as
written (lower-cased), so an exact word outranks a stem and the last word typed can be
matched as a prefix by FTS5 itself (``"lask"*``), with a 2- and 3-character prefix index.

Layout:

- ``cs_fts``: FTS5, contentless (the text is in ``messages`` already; only the inverted
  index is stored) with ``contentless_delete`` so rows are deleted by rowid, and
  ``detail=column`` (no positions: phrases are judged on the few candidates' text).
  The rowid is the message id for a message, minus the conversation id for the
  conversation's header row (customer name, subject, the customer's email and phone).
  Column ``terms``: the analysed text; column ``meta``: filter tokens (channel, status,
  queue, language, ``qqnote`` for internal notes, ``qqhead``/``qqmsg``).
- ``cs_words`` / ``cs_deletes``: Latin-script words seen and their one-deletion keys
  (SymSpell), so a typo finds the word it misspells without scanning the vocabulary.
- ``cs_meta``: the analysis version the index was built with.

Status, queue and language live in the meta tokens, so a filter is an FTS5 intersection
in C rather than a join per match. A conversation whose status, queue, channel or
language changes has its rows re-indexed (a few messages for a typical conversation);
the many upserts that only move ``last_message_at`` touch nothing here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from desktop.knowledge.analysis import ANALYSIS_VERSION, TermCache, analyse_words, deletes
from desktop.knowledge.language import guess_language
from desktop.knowledge.prepare import lang_token
from protocol.entities import ConversationData, CustomerData, MessageData

_FTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS cs_fts USING fts5(terms, meta,{content}"
    " detail='column', prefix='2 3 4 5 6', tokenize='unicode61 remove_diacritics 0')"
)
SEARCH_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS cs_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    _FTS.format(content=" content='', contentless_delete=1,"),
    "CREATE TABLE IF NOT EXISTS cs_words (word TEXT PRIMARY KEY) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS cs_deletes (del TEXT NOT NULL, word TEXT NOT NULL,"
    " PRIMARY KEY (del, word)) WITHOUT ROWID",
)
CONTENTLESS_DELETE = (3, 43, 0)
"""SQLite that can delete a contentless FTS5 row by rowid. The desk's SQLCipher is newer;
the standard library's may not be (a plain cache in tests and scripts): there the table
keeps its terms as content instead, which deletes the same way and costs more space."""
TYPO_MIN = 4
"""Words shorter than this get no typo keys (a query word needs 5 letters for a typo)."""
MAX_TYPO_WORD = 32
"""Longer "words" (hashes, tokens pasted in) are not typo candidates."""
CHUNK = 2_000
"""Messages analysed and written per statement batch when (re)building."""
_MARKS = 500
T = TypeVar("T")
_HOOK_TERMS = TermCache()
"""Stems remembered across apply batches (bounded; one dict operation per step, so safe
on the writer thread while a bulk build elsewhere has its own)."""


@dataclass(frozen=True, slots=True)
class ConversationInfo:
    """What a conversation's rows carry as filter tokens, and the language to stem in."""

    channel: str
    status: str
    queue_id: int
    language: str


@lru_cache(maxsize=4096)
def meta_tokens(info: ConversationInfo | None, *, note: bool = False, head: bool = False) -> str:
    """The filter tokens of a row (see :func:`filter_tokens` for the query side); a few
    hundred combinations in practice, so remembered (a fifth of a rebuild's time)."""
    tokens = ["qqhead" if head else "qqmsg"]
    if note:
        tokens.append("qqnote")
    if info is not None:
        tokens += filter_tokens(channel=info.channel, status=info.status, queue_id=info.queue_id)
        tokens += [lang_token(info.language), lang_token(info.language.split("-")[0])]
    return " ".join(dict.fromkeys(tokens))


def filter_tokens(
    *, channel: str | None = None, status: str | None = None, queue_id: int | None = None
) -> list[str]:
    """Meta tokens for the given filter values (letters and digits only)."""
    tokens: list[str] = []
    if channel:
        tokens.append("qqc" + "".join(ch for ch in channel.lower() if ch.isalnum()))
    if status:
        tokens.append("qqs" + "".join(ch for ch in status.lower() if ch.isalnum()))
    if queue_id is not None:
        tokens.append(f"qqq{int(queue_id)}")
    return tokens


def create(conn: sqlite3.Connection) -> None:
    """Create the tables statement by statement, in the caller's transaction."""
    version = str(conn.execute("SELECT sqlite_version()").fetchone()[0])
    contentless = tuple(int(p) for p in version.split(".")[:3]) >= CONTENTLESS_DELETE
    for statement in SEARCH_SCHEMA:
        plain = not contentless and statement.startswith("CREATE VIRTUAL")
        conn.execute(_FTS.format(content="") if plain else statement)


def clear(conn: sqlite3.Connection) -> None:
    """Empty the index (``delete-all`` exists for contentless tables only)."""
    contentless = conn.execute(
        "SELECT sql LIKE '%contentless_delete%' FROM sqlite_master WHERE name = 'cs_fts'"
    ).fetchone()
    if contentless and contentless[0]:
        conn.execute("INSERT INTO cs_fts (cs_fts) VALUES ('delete-all')")
    else:
        conn.execute("DELETE FROM cs_fts")
    for table in ("cs_words", "cs_deletes"):
        conn.execute(f"DELETE FROM {table}")


def is_built(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT value FROM cs_meta WHERE key = 'analysis'").fetchone()
    return row is not None


def analyse_text(text: str, language: str, terms: TermCache, words: set[str]) -> str:
    """The ``terms`` column of ``text``: stems, CJK grams and the words as written (added
    to ``words``, the typo vocabulary's candidates)."""
    found, raw = analyse_words(text, language, terms)
    lowered = {w.lower() for w in raw}
    words.update(lowered)
    return " ".join(dict.fromkeys([*found, *lowered]))


def analyse_messages(
    rows: Sequence[tuple[int, str, str, ConversationInfo | None]],
    terms: TermCache | None = None,
) -> tuple[list[tuple[int, str, str]], set[str]]:
    """(id, direction, body, conversation) -> index rows (rowid, terms, meta) and the
    words seen. Pure (no SQL): the analysis is the cost of a rebuild."""
    cache = TermCache() if terms is None else terms
    words: set[str] = set()
    analysed = []
    for message_id, direction, body, info in rows:
        language = info.language if info else (guess_language(body) or "en")
        text = analyse_text(body, language, cache, words)
        analysed.append((message_id, text, meta_tokens(info, note=direction == "note")))
    return analysed, words


class Indexer:
    """Analyses and writes rows of the index on one connection (the writer's).

    ``known`` caches the typo vocabulary for a long build; the hooks of one apply batch
    make a fresh indexer and ask SQLite which of the batch's words are new.
    """

    def __init__(self, conn: sqlite3.Connection, *, bulk: bool = False) -> None:
        self.conn = conn
        self.terms = TermCache() if bulk else _HOOK_TERMS
        self.known: set[str] | None = None
        self.fresh = False
        if bulk:
            self.known = {str(r[0]) for r in conn.execute("SELECT word FROM cs_words")}

    # -- analysis --------------------------------------------------------------------

    def analyse(self, text: str, language: str, words: set[str]) -> str:
        """The ``terms`` column of ``text``: stems, CJK grams and the words as written."""
        return analyse_text(text, language, self.terms, words)

    # -- writing ---------------------------------------------------------------------

    def delete_rows(self, rowids: Iterable[int]) -> None:
        """Delete these rows if indexed. Deleting a rowid FTS5 does not hold still costs
        a tombstone write (~0.7 ms), so new messages are looked up first."""
        if self.fresh:
            return  # a rebuild starts from an empty index and writes each row once
        wanted = list(rowids)
        present: list[int] = []
        for chunk in chunks(wanted):
            marks = ",".join("?" * len(chunk))
            present += [
                int(r[0])
                for r in self.conn.execute(
                    f"SELECT id FROM cs_fts_docsize WHERE id IN ({marks})", chunk
                )
            ]
        self.conn.executemany("DELETE FROM cs_fts WHERE rowid = ?", ((r,) for r in present))

    def index_messages(
        self,
        rows: Iterable[tuple[int, int, str, str]],
        infos: dict[int, ConversationInfo],
    ) -> int:
        """(id, conversation id, direction, body) rows; replaces their index rows."""
        # a pending reply (negative id) is indexed once the server's copy arrives
        found = [(m, d, b, infos.get(c)) for m, c, d, b in rows if m > 0]
        return self.write_messages(analyse_messages(found, self.terms))

    def write_messages(self, analysed: tuple[list[tuple[int, str, str]], set[str]]) -> int:
        """Write analysed message rows (replacing any they had) and their new words."""
        batch, words = analysed
        self.delete_rows(r[0] for r in batch)
        self.conn.executemany("INSERT INTO cs_fts (rowid, terms, meta) VALUES (?, ?, ?)", batch)
        self.add_words(words)
        return len(batch)

    def index_headers(self, conversation_ids: Sequence[int]) -> None:
        """(Re-)index the header rows of these conversations from the cached tables."""
        rows: list[tuple[int, str, str]] = []
        words: set[str] = set()
        for chunk in chunks(conversation_ids):
            marks = ",".join("?" * len(chunk))
            found = self.conn.execute(
                "SELECT c.id, c.customer_name, c.subject, c.channel, c.status, c.queue_id,"
                " c.language, u.name, u.email, u.phone FROM conversations c"
                f" LEFT JOIN customers u ON u.id = c.customer_id WHERE c.id IN ({marks})",
                chunk,
            ).fetchall()
            for cid, name, subject, channel, status, queue, language, cname, email, phone in found:
                info = ConversationInfo(channel, status, int(queue), language or "en")
                text = header_text(name, subject, cname, email, phone)
                terms = self.analyse(text, info.language, words)
                rows.append((-int(cid), terms, meta_tokens(info, head=True)))
        self.delete_rows(-int(c) for c in conversation_ids)
        self.conn.executemany("INSERT INTO cs_fts (rowid, terms, meta) VALUES (?, ?, ?)", rows)
        self.add_words(words)

    def add_words(self, words: set[str]) -> None:
        """Add new typo-worthy words and their one-deletion keys."""
        wanted = {w for w in words if TYPO_MIN <= len(w) <= MAX_TYPO_WORD and w.isalpha()}
        if not wanted:
            return
        if self.known is not None:
            new = wanted - self.known
            self.known |= new
        else:
            new = set(wanted)
            for chunk in chunks(sorted(wanted)):
                marks = ",".join("?" * len(chunk))
                new.difference_update(
                    str(r[0])
                    for r in self.conn.execute(
                        f"SELECT word FROM cs_words WHERE word IN ({marks})", chunk
                    )
                )
        if not new:
            return
        self.conn.executemany("INSERT OR IGNORE INTO cs_words VALUES (?)", ((w,) for w in new))
        self.conn.executemany(
            "INSERT OR IGNORE INTO cs_deletes VALUES (?, ?)",
            ((key, word) for word in new for key in deletes(word, 1)),
        )

    def conversation_infos(self, ids: Iterable[int]) -> dict[int, ConversationInfo]:
        found: dict[int, ConversationInfo] = {}
        for chunk in chunks(sorted(set(ids))):
            marks = ",".join("?" * len(chunk))
            for cid, channel, status, queue, language in self.conn.execute(
                "SELECT id, channel, status, queue_id, language FROM conversations"
                f" WHERE id IN ({marks})",
                chunk,
            ):
                found[int(cid)] = ConversationInfo(channel, status, int(queue), language or "en")
        return found

    def reindex_conversations(self, conversation_ids: Sequence[int]) -> None:
        """Headers and every message of these conversations (their filters changed)."""
        self.index_headers(conversation_ids)
        infos = self.conversation_infos(conversation_ids)
        for chunk in chunks(conversation_ids):
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                "SELECT id, conversation_id, direction, body FROM messages"
                f" WHERE conversation_id IN ({marks}) AND id > 0",
                chunk,
            ).fetchall()
            self.index_messages(rows, infos)

    def _message_chunks(
        self, infos: dict[int, ConversationInfo]
    ) -> Iterator[list[tuple[int, str, str, ConversationInfo | None]]]:
        """Every cached message, by id, :data:`CHUNK` at a time, ready to analyse."""
        last = 0
        while True:
            rows = self.conn.execute(
                "SELECT id, conversation_id, direction, body FROM messages"
                " WHERE id > ? ORDER BY id LIMIT ?",
                (last, CHUNK),
            ).fetchall()
            if not rows:
                return
            last = int(rows[-1][0])
            yield [(int(m), str(d), str(b), infos.get(int(c))) for m, c, d, b in rows if m > 0]

    def rebuild(self, progress: Callable[[int], None] | None = None) -> int:
        """Empty the index and index every cached conversation and message."""
        clear(self.conn)
        self.known = set()
        self.fresh = True
        ids = [int(r[0]) for r in self.conn.execute("SELECT id FROM conversations")]
        for chunk in chunks(ids, CHUNK):
            self.index_headers(chunk)
        infos = self.conversation_infos(ids)
        done = 0
        # Sequential on purpose: analysing in worker processes (spawned, as the knowledge
        # index does) was slower on the 2-vCPU VM: 11.6 s instead of 4.8 s for 60,000.
        for messages in self._message_chunks(infos):
            done += self.write_messages(analyse_messages(messages, self.terms))
            if progress is not None:
                progress(done)
        # One segment: left to automerge, the segments of a bulk build are merged a bit
        # at each later commit, and the first live messages after a rebuild paid ~3 ms
        # each instead of ~0.3 ms. (4 s for 500,000 messages.)
        self.conn.execute("INSERT INTO cs_fts (cs_fts) VALUES ('optimize')")
        self.conn.execute(
            "INSERT OR REPLACE INTO cs_meta VALUES ('analysis', ?)", (ANALYSIS_VERSION,)
        )
        return done


def header_text(
    name: str | None,
    subject: str | None,
    customer_name: str | None,
    email: str | None,
    phone: str | None,
) -> str:
    """The searchable text of a conversation's header; a phone number is also indexed as
    its digits alone, so "+358 40 123 4567" is found by "358401234567" (or, typed, any
    beginning of it) as well as by its groups."""
    parts = [name or "", subject or ""]
    if customer_name and customer_name != name:
        parts.append(customer_name)
    if email:
        parts.append(email)
    if phone:
        digits = "".join(ch for ch in phone if ch.isdigit())
        parts += [phone, digits]
    return " \n ".join(p for p in parts if p)


def chunks(items: Sequence[T], size: int = _MARKS) -> Iterator[list[T]]:
    """``items`` in lists of at most ``size`` (SQLite's bound-parameter budget)."""
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def rebuild(conn: sqlite3.Connection) -> None:
    """Index everything cached (the migration to schema 11, a snapshot)."""
    Indexer(conn, bulk=True).rebuild()


def ensure_current(conn: sqlite3.Connection) -> bool:
    """Rebuild the index if an older text analysis built it (a Frontline upgrade changed
    how words are cut or stemmed: old terms would no longer match new queries). Runs when
    the cache opens, on the writer thread. True when it rebuilt."""
    row = conn.execute("SELECT value FROM cs_meta WHERE key = 'analysis'").fetchone()
    if row is not None and str(row[0]) == str(ANALYSIS_VERSION):
        return False
    conn.execute("SAVEPOINT cs_rebuild")  # the writer's connection autocommits
    try:
        rebuild(conn)
    except BaseException:
        conn.execute("ROLLBACK TO cs_rebuild")
        conn.execute("RELEASE cs_rebuild")
        raise
    conn.execute("RELEASE cs_rebuild")
    return True


# --------------------------------------------------------------------- store hooks


def _infos_changed(old: tuple[object, ...], new: ConversationData) -> tuple[bool, bool]:
    """(filters changed, header text changed) between a cached row and its new state."""
    channel, status, queue, language, name, subject = old
    filters = (channel, status, queue, language) != (
        new.channel,
        new.status,
        new.queue_id,
        new.language,
    )
    return filters, (name, subject) != (new.customer_name, new.subject)


def follow_conversations(
    conn: sqlite3.Connection,
    upserts: Sequence[ConversationData],
    deleted: Sequence[int],
    reindex_all: bool,
) -> Callable[[], None]:
    """The ``follow`` hook of conversations: runs after the batch's writes.

    A snapshot (``reindex_all``) rebuilds the whole index from the replaced tables in its
    transaction. Otherwise the cached rows are read *before* the writes to tell which
    conversations changed what: new filters re-index all their rows, a new name or
    subject only the header; a deleted conversation takes its messages' rows with it.
    """
    if reindex_all:
        return lambda: rebuild(conn)
    old: dict[int, tuple[object, ...]] = {}
    ids = [c.id for c in upserts]
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            "SELECT id, channel, status, queue_id, language, customer_name, subject"
            f" FROM conversations WHERE id IN ({marks})",
            chunk,
        ):
            old[int(row[0])] = tuple(row[1:])
    gone: list[int] = []
    for chunk in chunks(list(deleted)):
        marks = ",".join("?" * len(chunk))
        gone += [
            int(r[0])
            for r in conn.execute(
                f"SELECT id FROM messages WHERE conversation_id IN ({marks}) AND id > 0", chunk
            )
        ]

    def after() -> None:
        indexer = Indexer(conn)
        indexer.delete_rows([*gone, *(-int(c) for c in deleted)])
        refilter: list[int] = []
        headers: list[int] = []
        for conversation in upserts:
            before = old.get(conversation.id)
            if before is None:
                headers.append(conversation.id)
                continue
            filters, header = _infos_changed(before, conversation)
            if filters:
                refilter.append(conversation.id)
            elif header:
                headers.append(conversation.id)
        if refilter:
            indexer.reindex_conversations(refilter)
        if headers:
            indexer.index_headers(headers)

    return after


def follow_messages(
    conn: sqlite3.Connection,
    upserts: Sequence[MessageData],
    deleted: Sequence[int],
    reindex_all: bool,
) -> Callable[[], None]:
    """The ``follow`` hook of messages: index the batch's messages once written (a
    snapshot is rebuilt by :func:`follow_conversations`), drop deleted ones."""
    if reindex_all:
        return lambda: None

    def after() -> None:
        indexer = Indexer(conn)
        indexer.delete_rows(deleted)
        infos = indexer.conversation_infos(m.conversation_id for m in upserts)
        indexer.index_messages(
            ((m.id, m.conversation_id, m.direction, m.body) for m in upserts), infos
        )

    return after


def follow_customers(
    conn: sqlite3.Connection,
    upserts: Sequence[CustomerData],
    deleted: Sequence[int],
    reindex_all: bool,
) -> Callable[[], None]:
    """The ``follow`` hook of customers: their name, email and phone are in the headers
    of their conversations."""
    del deleted
    if reindex_all or not upserts:
        return lambda: None

    def after() -> None:
        ids: list[int] = []
        for chunk in chunks([c.id for c in upserts]):
            marks = ",".join("?" * len(chunk))
            ids += [
                int(r[0])
                for r in conn.execute(
                    f"SELECT id FROM conversations WHERE customer_id IN ({marks})", chunk
                )
            ]
        erased = {c.id for c in upserts if c.erased}
        if erased:
            _forget_erased(conn, erased)
        if ids:
            Indexer(conn).index_headers(ids)
        if erased:
            # A deleted FTS5 row leaves its tokens in the segment b-trees until a merge
            # rewrites them; an erase must not leave the person's words readable in the
            # file, so merge now (erasures are rare; a 100,000-message index takes ~1 s).
            conn.execute("INSERT INTO cs_fts (cs_fts) VALUES ('optimize')")

    return after


ERASED_BODY = "[erased]"


def _forget_erased(conn: sqlite3.Connection, customer_ids: set[int]) -> None:
    """An erased customer's messages leave the search index and their text leaves the
    cache at once, before the server's redacted copies (which follow in the same write,
    possibly in a later frame) arrive: nothing of the person stays searchable meanwhile.
    The typo vocabulary (``cs_words``) keeps bare words, never linked to anyone, until
    the next rebuild."""
    marks = ",".join("?" * len(customer_ids))
    rows = conn.execute(
        "SELECT m.id FROM messages m JOIN conversations c ON c.id = m.conversation_id"
        f" WHERE c.customer_id IN ({marks})",
        sorted(customer_ids),
    ).fetchall()
    message_ids = [int(r[0]) for r in rows]
    Indexer(conn).delete_rows(message_ids)
    for chunk in chunks(message_ids):
        conn.execute(
            f"UPDATE messages SET body = ? WHERE id IN ({','.join('?' * len(chunk))})",
            [ERASED_BODY, *chunk],
        )
