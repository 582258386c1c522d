"""Log lines that input cannot forge, and no secrets in uvicorn's request lines.

:class:`SafeFormatter` escapes every character of a log record's *message* that could end
the line or disguise it: CR, LF and the other C0 controls, DEL, the C1 controls (NEL among
them), the Unicode line and paragraph separators and the bidi controls. ``"\\n"`` becomes the
two characters ``\\n``, others ``\\xNN`` / ``\\uNNNN``. A client id, username or subject
that contains a newline therefore stays on its own line, visibly escaped. Tracebacks the
server itself produces are appended unescaped (they are ours, and multi-line by nature).

:class:`RedactQuery` removes query strings from the request paths uvicorn logs (access
lines and websocket handshakes), so a token somebody put in a URL never reaches the log.
"""

from __future__ import annotations

import logging

REDACTED = "?[redacted]"

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_BIDI = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_CONTROLS = [*range(0x20), 0x7F, *range(0x80, 0xA0)]


def _escape_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in _CONTROLS:
        table[code] = _NAMED.get(chr(code), f"\\x{code:02x}")
    for code in (0x2028, 0x2029, *_BIDI):
        table[code] = f"\\u{code:04x}"
    return table


_TABLE = _escape_table()


def escape(text: str) -> str:
    """``text`` with line breaks, control and bidi characters escaped (one line)."""
    return text.translate(_TABLE)


class SafeFormatter(logging.Formatter):
    """A :class:`logging.Formatter` whose message part is always exactly one line."""

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging API
        record.message = escape(record.message)
        return super().formatMessage(record)


def _redact_path(value: object) -> object:
    if isinstance(value, str) and value.startswith("/") and "?" in value:
        return value.partition("?")[0] + REDACTED
    return value


class RedactQuery(logging.Filter):
    """Drops the query string of every request path in uvicorn's log records."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and any(isinstance(a, str) and "?" in a for a in args):
            record.args = tuple(_redact_path(a) for a in args)
        return True


_REDACTED_LOGGERS = ("uvicorn.access", "uvicorn.error")


def install() -> None:
    """Make the process's logging safe: every handler of the root logger (set up with
    ``logging.basicConfig`` when it has none) formats through :class:`SafeFormatter` with
    its existing format, and uvicorn's loggers drop query strings. Idempotent."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in root.handlers:
        current = handler.formatter
        if isinstance(current, SafeFormatter):
            continue
        if current is None:
            handler.setFormatter(SafeFormatter())
        else:
            handler.setFormatter(SafeFormatter(current._fmt, current.datefmt))
    redact_uvicorn_queries()


def redact_uvicorn_queries() -> None:
    """Attach :class:`RedactQuery` to uvicorn's access and error loggers (idempotent)."""
    for name in _REDACTED_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactQuery) for f in logger.filters):
            logger.addFilter(RedactQuery())
