"""Canned replies made ready for one conversation: the language variant, the variables
and the fill-ins (no Qt: the reply box and the tests share it).

A canned reply's body is a template. ``{customer.first_name}``-style *variables* are
replaced by what the desk knows about the conversation; a variable the desk does not know
(``{order.number}`` when no order of the customer is known) or knows to be empty stays
visible in the text and is reported, so the agent sees what to fix instead of sending
"Hello ,". ``{{fill:order number}}`` *fill-ins* stay in the text exactly as written: the
reply box selects them one by one (Tab, Shift+Tab) and typing replaces the selection.
Keeping them literal, rather than remembering positions, means they survive edits, a
second snippet, a draft saved and restored and a restart; the send check only has to
look for the pattern.

The variant is chosen from the conversation's language: the same language and script
first (``zh-TW`` is Traditional, ``zh-CN`` Simplified), then the same language in the
other script (a Traditional reader reads Simplified better than English), then English,
then whatever the reply has.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from desktop.knowledge.analysis import CJK_CHAR

FILL_LABEL_MAX = 80
"""A fill-in's label is a prompt ("order number"), not prose: ``{{fill:`` followed by more
than this before ``}}`` is ordinary text, never a placeholder."""
TEMPLATE_MAX = 20_000
"""Bodies are at most 5,000 characters on the wire; a longer template (a hostile or
corrupt cache row) is cut here before expansion so the editor never receives megabytes."""
FILL_INS_MAX = 100
"""At most this many fill-ins are reported per expansion (the rest stay as text)."""

_LABEL = r"[^{}\n]{1," + str(FILL_LABEL_MAX) + "}"
FILL_IN = re.compile(r"\{\{fill:(" + _LABEL + r")\}\}")
_NAME = r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+"
_TOKEN = re.compile(r"\{\{fill:(?P<label>" + _LABEL + r")\}\}|\{(?P<name>" + _NAME + r")\}")
VARIABLE = re.compile(r"(?<!\{)\{(" + _NAME + r")\}(?!\})")
"""A variable left in a text (``{order.number}``): never meant for a customer's eyes."""

VARIABLES = (
    "customer.first_name",
    "customer.name",
    "agent.name",
    "agent.first_name",
    "conversation.id",
    "conversation.subject",
    "queue.name",
    "order.number",
    "order.status",
    "order.total",
)
"""The variables the desk fills in, in the order the reply box documents them."""

_HANS_REGIONS = frozenset({"cn", "sg", "my"})
_HANT_REGIONS = frozenset({"tw", "hk", "mo"})


@dataclass(frozen=True)
class SnippetContext:
    """What the desk knows about the conversation a snippet goes into; "" or None is
    unknown (the variable then stays visible and is reported)."""

    customer_name: str = ""
    agent_name: str = ""
    conversation_id: int | None = None
    conversation_subject: str = ""
    queue_name: str = ""
    language: str | None = None
    order_number: str = ""
    """The order mentioned last in the conversation if it is this customer's, else the
    customer's newest cached order; ``order_status`` is its status in the agent's
    language and ``order_total`` its total formatted for the agent's locale."""
    order_status: str = ""
    order_total: str = ""


@dataclass(frozen=True)
class FillIn:
    """One placeholder in an expanded text: ``text[start:end]`` is ``{{fill:label}}``."""

    label: str
    start: int
    end: int


@dataclass(frozen=True)
class Expansion:
    """A template made ready for a conversation.

    ``language`` is the variant chosen ("" for a bare template); ``fill_ins`` are in text
    order; ``unknown`` names the variables left visible (unknown to the desk or empty for
    this conversation), each once, in text order.
    """

    text: str
    language: str
    fill_ins: tuple[FillIn, ...] = ()
    unknown: tuple[str, ...] = ()


def canonical_language(tag: str | None) -> tuple[str, str]:
    """``(language, script)`` of a BCP 47 tag, lower-case; the script is "hans" or
    "hant" for Chinese (from the script or the region: ``zh-TW`` → hant, ``zh`` and
    ``zh-CN`` → hans), "" otherwise. ``None``/"" → ``("", "")``."""
    if not tag:
        return "", ""
    parts = [p for p in tag.strip().replace("_", "-").lower().split("-") if p]
    if not parts:
        return "", ""
    language, rest = parts[0], parts[1:]
    if language != "zh":
        return language, ""
    if "hant" in rest or any(p in _HANT_REGIONS for p in rest):
        return language, "hant"
    if "hans" in rest or any(p in _HANS_REGIONS for p in rest):
        return language, "hans"
    return language, ""


def same_language(a: str | None, b: str | None) -> bool:
    """Whether two tags name the same language and script (``zh`` and ``zh-CN`` do,
    ``zh-TW`` and ``zh-Hans`` do not); two unknown tags are not the same."""
    first, second = canonical_language(a), canonical_language(b)
    if not first[0] or not second[0]:
        return False
    if first[0] == "zh":
        return second[0] == "zh" and (first[1] or "hans") == (second[1] or "hans")
    return first[0] == second[0]


def choose_variant(variants: Mapping[str, str], language: str | None) -> str | None:
    """The key of the variant to use for a conversation in ``language``, or None when
    there is none.

    Order: same language and script (a bare ``zh`` counts as Simplified, the script most
    readers of an unmarked ``zh`` use), same language in another script, English, then
    the first variant the reply lists.
    """
    if not variants:
        return None
    wanted_language, wanted_script = canonical_language(language)
    if wanted_language == "zh" and not wanted_script:
        wanted_script = "hans"
    same_script: list[str] = []
    same_language: list[str] = []
    english: list[str] = []
    for key in variants:
        key_language, key_script = canonical_language(key)
        if key_language == "zh" and not key_script:
            key_script = "hans"
        if key_language == wanted_language and wanted_language:
            (same_script if key_script == wanted_script else same_language).append(key)
        elif key_language == "en":
            english.append(key)
    for found in (same_script, same_language, english):
        if found:
            # Prefer the plain tag ("fi" over "fi-FI"): the author's main text.
            return min(found, key=len)
    return next(iter(variants))


def first_name(full_name: str) -> str:
    """The name to greet someone by: the first word of a Latin-script name ("Aino" of
    "Aino Virtanen", "Anna-Liisa" of "Anna-Liisa Korhonen", "John" of "Smith, John"), the
    whole name when it is written in Chinese or Japanese characters, where the given name
    alone would be over-familiar and the order differs ("王小明" stays "王小明")."""
    name = " ".join(full_name.split())
    if not name or CJK_CHAR.search(name):
        return name
    if "," in name:
        family, _, given = name.partition(",")
        name = given.strip() or family.strip()
    return name.split(" ")[0]


def _values(context: SnippetContext) -> dict[str, str]:
    return {
        "customer.first_name": first_name(context.customer_name),
        "customer.name": " ".join(context.customer_name.split()),
        "agent.name": " ".join(context.agent_name.split()),
        "agent.first_name": first_name(context.agent_name),
        "conversation.id": str(context.conversation_id) if context.conversation_id else "",
        "conversation.subject": " ".join(context.conversation_subject.split()),
        "queue.name": " ".join(context.queue_name.split()),
        "order.number": context.order_number.strip(),
        "order.status": context.order_status.strip(),
        "order.total": context.order_total.strip(),
    }


def expand(template: str, context: SnippetContext, language: str = "") -> Expansion:
    """Replace the known variables of ``template``; keep fill-ins and unknown or empty
    variables as written, reporting both with their places in the result."""
    template = template[:TEMPLATE_MAX]
    values = _values(context)
    out: list[str] = []
    fill_ins: list[FillIn] = []
    unknown: list[str] = []
    length = 0
    last = 0
    for match in _TOKEN.finditer(template):
        plain = template[last : match.start()]
        out.append(plain)
        length += len(plain)
        last = match.end()
        name = match.group("name")
        value = values.get(name, "") if name else ""
        if value:
            piece = value
        else:
            piece = match.group(0)
            label = match.group("label")
            if label is not None:
                if len(fill_ins) < FILL_INS_MAX:
                    fill_ins.append(FillIn(label.strip(), length, length + len(piece)))
            elif name not in unknown:
                unknown.append(name)
        out.append(piece)
        length += len(piece)
    out.append(template[last:])
    return Expansion("".join(out), language, tuple(fill_ins), tuple(unknown))


def expand_variants(variants: Mapping[str, str], context: SnippetContext) -> Expansion:
    """A canned reply's ``variants`` (language -> template) in the one for
    ``context.language``, expanded; an empty text when there is no variant at all."""
    key = choose_variant(variants, context.language)
    if key is None:
        return Expansion("", "")
    return expand(variants[key], context, key)


def variables_left(text: str) -> list[str]:
    """The ``{a.b}`` variables still in ``text`` (an editor's whole text), each once, as
    written with their braces: a snippet's variable the desk could not fill, or one
    typed or pasted by hand."""
    return list(dict.fromkeys(match.group(0) for match in VARIABLE.finditer(text)))


def fill_ins(text: str) -> Iterator[FillIn]:
    """The fill-ins still in ``text`` (an editor's whole text), in order."""
    for match in FILL_IN.finditer(text):
        yield FillIn(match.group(1).strip(), match.start(), match.end())


def next_fill_in(text: str, after: int) -> FillIn | None:
    """The first fill-in starting at or after ``after``, else the first of all (Tab
    wraps round), else None (no fill-ins remain: Tab does what Tab does)."""
    first: FillIn | None = None
    for found in fill_ins(text):
        if found.start >= after:
            return found
        if first is None:
            first = found
    return first


def previous_fill_in(text: str, before: int) -> FillIn | None:
    """The last fill-in ending at or before ``before``, else the last of all (Shift+Tab
    wraps round), else None."""
    last: FillIn | None = None
    best: FillIn | None = None
    for found in fill_ins(text):
        last = found
        if found.end <= before:
            best = found
    return best or last


def preview(text: str, limit: int = 160) -> str:
    """One line of ``text`` for a list: whitespace runs become one space, cut at
    ``limit`` characters with an ellipsis."""
    line = " ".join(text[: limit * 4].split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
