"""``frontline server`` flags of the real channels (issue 12): email, web chat, SIP.

Kept apart from :mod:`cli.server_cmd` so each channel's options read as one group; every
channel is off until its flag is given, so a plain ``frontline server`` behaves as before.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(parser: argparse.ArgumentParser) -> None:
    """Add the channel flags to ``frontline server``."""
    mail = parser.add_argument_group("email")
    mail.add_argument(
        "--smtp-port",
        type=int,
        default=None,
        metavar="N",
        help="listen for inbound mail over SMTP on this port (same host as the API)",
    )
    mail.add_argument(
        "--mail-domain",
        default=None,
        metavar="DOMAIN",
        help="the support domain: QUEUE@DOMAIN picks a queue (needed with --smtp-port)",
    )
    mail.add_argument(
        "--smtp-relay",
        default=None,
        metavar="HOST:PORT",
        help="send email replies through this SMTP relay",
    )
    mail.add_argument(
        "--imap",
        default=None,
        metavar="URL",
        help="also poll a mailbox: imap://USER:PASSWORD@HOST:PORT/MAILBOX",
    )
    mail.add_argument(
        "--max-mail-bytes",
        type=int,
        default=25 * 1024 * 1024,
        metavar="N",
        help="largest inbound email in bytes (refused with 552 beyond)",
    )
    mail.add_argument(
        "--delivery-retry-base",
        type=float,
        default=2.0,
        metavar="SECONDS",
        help="first retry delay of a reply that could not be delivered (doubles each try)",
    )
    mail.add_argument(
        "--delivery-max-attempts",
        type=int,
        default=6,
        metavar="N",
        help="tries before a temporary delivery failure becomes final",
    )
    chat = parser.add_argument_group("web chat")
    chat.add_argument(
        "--max-chat-sessions",
        type=int,
        default=2000,
        metavar="N",
        help="open web chat sockets at once (one more is refused with a clear reason)",
    )
    parser.add_argument(
        "--public-url",
        default=None,
        metavar="URL",
        help="the address customers reach this server at (links in survey mails)",
    )
    sip = parser.add_argument_group("phone (SIP)")
    sip.add_argument(
        "--sip-ctrl",
        default=None,
        metavar="HOST:PORT",
        help="drive the centre's SIP endpoint: a baresip ctrl_tcp address",
    )
    sip.add_argument(
        "--sip-listen",
        default=None,
        metavar="ADDR:PORT",
        help="start that baresip endpoint here, listening for SIP on ADDR:PORT",
    )
    sip.add_argument(
        "--sip-queue", default="General", metavar="QUEUE", help="queue for inbound SIP calls"
    )


def host_port(value: str) -> tuple[str, int]:
    """``HOST:PORT`` as a pair; raises ValueError with the reason."""
    host, sep, port = value.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"{value!r} is not HOST:PORT")
    return host.strip("[]"), int(port)


def problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the channel flags, if anything."""
    checks = (
        (
            args.smtp_port is not None and not 0 < args.smtp_port < 65536,
            "--smtp-port must be a port number from 1 to 65535",
        ),
        (
            args.smtp_port is not None and not args.mail_domain,
            "--smtp-port needs --mail-domain (the support domain mail arrives for)",
        ),
        (args.max_mail_bytes < 1024, "--max-mail-bytes must be at least 1024"),
        (
            not 1 <= args.max_chat_sessions <= 1_000_000,
            "--max-chat-sessions must be from 1 to 1000000",
        ),
        (
            not 0 < args.delivery_retry_base <= 3600,
            "--delivery-retry-base must be more than 0 and at most 3600 seconds",
        ),
        (
            not 1 <= args.delivery_max_attempts <= 50,
            "--delivery-max-attempts must be from 1 to 50",
        ),
        (
            args.imap is not None and not args.imap.startswith(("imap://", "imaps://")),
            "--imap must be an imap:// or imaps:// URL",
        ),
    )
    found = next((message for failed, message in checks if failed), None)
    if found:
        return found
    for flag, value in (("--smtp-relay", args.smtp_relay), ("--sip-ctrl", args.sip_ctrl)):
        if value is not None:
            try:
                host_port(value)
            except ValueError as exc:
                return f"{flag}: {exc}"
    return None


def settings(args: argparse.Namespace) -> dict[str, Any]:
    """The :class:`~server.core.settings.Settings` fields the channel flags set."""
    return {
        "smtp_port": args.smtp_port,
        "mail_domain": args.mail_domain.lower() if args.mail_domain else None,
        "smtp_relay": host_port(args.smtp_relay) if args.smtp_relay else None,
        "imap_url": args.imap,
        "max_mail_bytes": args.max_mail_bytes,
        "delivery_retry_base": args.delivery_retry_base,
        "delivery_max_attempts": args.delivery_max_attempts,
        "max_chat_sessions": args.max_chat_sessions,
        "public_url": args.public_url,
        "sip_ctrl": host_port(args.sip_ctrl) if args.sip_ctrl else None,
        "sip_listen": args.sip_listen,
        "sip_queue": args.sip_queue,
    }
