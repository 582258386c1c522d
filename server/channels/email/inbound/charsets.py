"""Bytes and header words of real mail to text, whatever they claim to be.

Mail lies about its charset all the time (GB2312 declared for GBK text, ISO-8859-1 for
Windows-1252, US-ASCII for UTF-8) or names one nobody knows, and a hostile sender may
name a Python codec that is not a charset at all (``rot13``, ``zlib``, ``punycode``,
``unicode_escape``). So a declared charset is mapped to the superset real clients mean,
only real text encodings are used, a strict decode is tried first and a lenient one
(replacement characters) last: decoding never raises.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import email.quoprimime
import re

_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "big5": "big5hkscs",
    "x-big5": "big5hkscs",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "utf-8",
    "ascii": "utf-8",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "iso-2022-jp": "iso2022_jp_ext",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-874": "cp874",
    "tis-620": "cp874",
    "utf8": "utf-8",
}
"""Declared charset -> what to decode with (the WHATWG encoding standard's choices)."""

_TEXT_CODEC = re.compile(
    r"^(utf_8|utf_8_sig|utf_7|utf_16(_[lb]e)?|utf_32(_[lb]e)?|ascii|latin_1|iso8859_\d+"
    r"|cp\d+|mac_\w+|koi8_\w+|gb2312|gbk|gb18030|hz|big5|big5hkscs|euc_\w+|iso2022_\w+"
    r"|shift_jis\w*|johab|tis_620|ptcp154|kz1048|hp_roman8)$"
)
"""Python codec names that are charsets real mail uses (an allow-list: the others are
transforms, compressors or escapes a sender must not be able to invoke)."""


def codec_for(charset: str | None) -> str | None:
    """The codec to decode a declared ``charset`` with, or None (unknown or not text)."""
    name = (charset or "").strip().strip("\"'").lower()
    if not name or len(name) > 40:
        return None
    name = _SUPERSETS.get(name, name)
    try:
        codec = codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        return None
    return codec if _TEXT_CODEC.match(codec) else None


def decode_text(data: bytes, charset: str | None) -> str:
    """``data`` as text: the declared charset (mapped to its superset) if it decodes
    cleanly, else UTF-8 if that does, else Windows-1252 or the declared one with
    replacement characters. Never raises."""
    codec = codec_for(charset)
    for candidate in (codec, "utf_8"):
        if candidate is None:
            continue
        try:
            return data.decode(candidate)
        except (UnicodeDecodeError, LookupError, ValueError):
            continue
    try:
        return data.decode(codec or "cp1252", "replace")
    except (LookupError, ValueError):
        return data.decode("utf-8", "replace")


def _unescape(text: str) -> str:
    """A header string the parser kept as ASCII with surrogate escapes (8-bit bytes sent
    without encoded words, usually UTF-8) back to text."""
    if not any("\udc80" <= c <= "\udcff" for c in text):
        return text
    return decode_text(text.encode("utf-8", "surrogateescape"), None)


_WORD = re.compile(r"=\?([^?\s]{1,60})\?([bBqQ])\?([^?\s]*)\?=")


def _word_bytes(encoding: str, payload: str) -> bytes | None:
    try:
        if encoding in "bB":
            return base64.b64decode(payload + "=" * (-len(payload) % 4))
        return email.quoprimime.header_decode(payload).encode("latin-1")
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return None


def decode_header_value(raw: str) -> str:
    """A header's raw value with its RFC 2047 words decoded, lines unfolded. Raw 8-bit
    text around the words (sent without encoding, usually UTF-8) is decoded too, white
    space between adjacent words dropped as the RFC says, and adjacent words in one
    charset are joined before decoding (clients split multi-byte characters across
    words). Never raises."""
    value = _unescape(re.sub(r"\r?\n[ \t]", " ", raw).strip())
    out: list[str] = []
    pending = b""
    pending_charset = ""
    position = 0
    for found in _WORD.finditer(value):
        data = _word_bytes(found[2], found[3])
        if data is None:
            continue  # a broken word stays as it was sent
        between = value[position : found.start()]
        charset = found[1].split("*", 1)[0].lower()
        adjacent = position > 0 and not between.strip()
        if pending and (not adjacent or charset != pending_charset):
            out.append(decode_text(pending, pending_charset))
            pending = b""
        if not adjacent:
            out.append(between)
        pending += data
        pending_charset = charset
        position = found.end()
    if pending:
        out.append(decode_text(pending, pending_charset))
    out.append(value[position:])
    return "".join(out)
