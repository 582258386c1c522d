"""``frontline sim``: drive a server with simulated customer contacts: chats and emails
over the intake API, phone calls over the CTI API (``docs/cti.md``); with ``--smtp`` the
emails are real mails to the server's SMTP listener and with ``--webchat`` the chats are
real sessions on the chat page's websocket (:mod:`cli.sim_real`).

Deterministic for a ``--seed``; prints one JSON summary line on stdout. Exits 1 on an
unexpected failure (no answer, 5xx, 401, 404, 422), never on a 409 (a call the agent or the
router changed first).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import TYPE_CHECKING, Any

from cli.channel_flags import host_port

if TYPE_CHECKING:
    from cli.sim_real import RealSummary
    from server.channels.simulator import Summary


def register(subparsers: Any) -> None:
    """Add ``sim`` to the ``frontline`` parser."""
    parser = subparsers.add_parser("sim", help="send simulated customer contacts to a server")
    parser.add_argument("--server", required=True, help="server URL, e.g. http://127.0.0.1:8765")
    parser.add_argument("--chats", type=int, default=5, help="chat contacts")
    parser.add_argument("--emails", type=int, default=5, help="email contacts")
    parser.add_argument("--calls", type=int, default=5, help="phone calls (through the CTI API)")
    parser.add_argument("--rate", type=float, default=5.0, help="messages per second (0 = max)")
    parser.add_argument(
        "--call-rate", type=float, default=1.0, help="calls starting per second (0 = all at once)"
    )
    parser.add_argument(
        "--speed",
        type=float,
        default=1.0,
        metavar="X",
        help="play calls X times faster than life (ring, patience, talk and hold times)",
    )
    parser.add_argument(
        "--answer-as",
        default=None,
        metavar="USER",
        help="answer calls as this agent (for a server without agents online); "
        "by default the server's routing answers when an agent accepts",
    )
    parser.add_argument(
        "--abandon",
        type=float,
        default=0.2,
        metavar="SHARE",
        help="share of callers who hang up after 5-45 s of waiting (default 0.2)",
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (deterministic)")
    parser.add_argument(
        "--messages-per-contact", type=int, default=2, metavar="K", help="messages per contact"
    )
    parser.add_argument("--intake-key", default=None, help="X-Intake-Key, if the server needs it")
    parser.add_argument(
        "--phone-key", default=None, help="the phone channel's key for calls (default --intake-key)"
    )
    parser.add_argument(
        "--smtp",
        default=None,
        metavar="HOST:PORT",
        help="send the emails as real mail to this SMTP listener (the server's --smtp-port)",
    )
    parser.add_argument(
        "--mail-domain",
        default=None,
        metavar="DOMAIN",
        help="the server's support domain (with --smtp): mails go to QUEUE@DOMAIN",
    )
    parser.add_argument(
        "--webchat",
        default=None,
        metavar="URL",
        help="open the chats as real sessions on this server's chat page socket (/chat/ws)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Run the simulation and print its summary; exit 1 on any unexpected failure."""
    import logging

    if not args.verbose:  # one line per request drowns the summary and the refusals
        logging.getLogger("httpx").setLevel(logging.WARNING)

    for name in ("chats", "emails", "calls"):
        if getattr(args, name) < 0:
            print(f"--{name} must not be negative", file=sys.stderr)
            return 2
    if args.messages_per_contact < 1:
        print("--messages-per-contact must be at least 1", file=sys.stderr)
        return 2
    if args.speed <= 0 or not 0 <= args.abandon <= 1:
        print("--speed must be positive and --abandon between 0 and 1", file=sys.stderr)
        return 2
    smtp = None
    if args.smtp is not None:
        try:
            smtp = host_port(args.smtp)
        except ValueError as bad:
            print(f"--smtp: {bad}", file=sys.stderr)
            return 2
        if not args.mail_domain:
            print("--smtp needs --mail-domain (the server's support domain)", file=sys.stderr)
            return 2
    summary, real = asyncio.run(_run_all(args, smtp))
    out = summary.as_json()
    if smtp is not None or args.webchat:
        out["real"] = real.as_json()
        out["sent"]["email"] += real.mails
        out["sent"]["chat"] += real.chat_messages
        out["messages"] += real.mails + real.chat_messages
        out["errors"] += real.errors
        out["duration_s"] = max(out["duration_s"], round(real.duration_s, 3))
    sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    if summary.key_refused is not None:
        print(
            f"frontline sim: the server refused the key (401, {summary.key_refused}); "
            "pass the channel's key with --intake-key (calls: the phone key, --phone-key)",
            file=sys.stderr,
        )
    return 1 if out["errors"] else 0


async def _run_all(
    args: argparse.Namespace, smtp: tuple[str, int] | None
) -> tuple[Summary, RealSummary]:
    """The intake/CTI part and the real-channel part at the same time: the emails go one
    way or the other (``--smtp``), so do the chats (``--webchat``)."""
    from cli.sim_real import run_real
    from server.channels.simulator import run_http

    real_task = run_real(
        seed=args.seed,
        chats=args.chats,
        emails=args.emails,
        per_contact=args.messages_per_contact,
        rate=args.rate,
        smtp=smtp,
        mail_domain=args.mail_domain,
        webchat=args.webchat,
    )
    return await asyncio.gather(
        run_http(
            args.server,
            chats=0 if args.webchat else args.chats,
            emails=0 if smtp is not None else args.emails,
            calls=args.calls,
            rate=args.rate,
            seed=args.seed,
            per_contact=args.messages_per_contact,
            intake_key=args.intake_key,
            phone_key=args.phone_key,
            call_rate=args.call_rate,
            speed=args.speed,
            answer_as=args.answer_as,
            abandon_share=args.abandon,
        ),
        real_task,
    )
