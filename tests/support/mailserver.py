"""The machine's real postfix and dovecot, configured for one test module's mail round trip.

Why real ones: a mail desk is only proven when a customer's mail crosses a real MTA on its
way in and our reply is queued, relayed and delivered by one on its way out (threading
headers survive, the envelope is right, an attachment arrives intact). The picture:

    test --SMTP--> postfix :25 --(transport_maps: example.test)--> frontline's aiosmtpd
    frontline --SMTP (--smtp-relay 127.0.0.1:25)--> postfix --local--> ~customer/Maildir
    test --IMAP--> dovecot :143 (user ``customer``) reads the Maildir back

Usage (module-scoped: the lock is held for the whole module, because postfix routes the
support domain to ONE server's port at a time)::

    @pytest.fixture(scope="module")
    def mail(tmp_path_factory):
        with mail_system() as system:           # skips when postfix/dovecot are absent
            port = free_port()
            system.route("example.test", port)  # before the server starts: mail may wait
            server = ServerProcess(db, ["--smtp-port", str(port), ...]).start()
            yield system, server

Everything is idempotent: running postfix is reloaded, running dovecot (ours) is left
alone, the user is created once. Each module starts from an empty postfix queue and an
empty Maildir so it only ever sees its own mail. postfix is started with ``postfix start``
and dovecot from its own config file (``ssl = no``, plaintext passwd-file auth on
loopback), both with output redirected: no systemd here.
"""

from __future__ import annotations

import contextlib
import imaplib
import pwd
import shutil
import socket
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import aiosmtplib
import pytest

from tests.support.syslock import system_lock
from tests.support.waiting import wait_until

CUSTOMER_DOMAIN = "customer.test"
"""Mail to ``<anything>@customer.test`` lands in the local user's Maildir."""
USER = "customer"
PASSWORD = "frontline-test-imap"
STATE_DIR = Path("/var/lib/frontline-test-mail")
DOVECOT_CONF = STATE_DIR / "dovecot.conf"
TRANSPORT = Path("/etc/postfix/frontline_transport")
REFUSALS = Path("/etc/postfix/frontline_refusals")
REFUSED = f"refused@{CUSTOMER_DOMAIN}"
"""postfix answers RCPT TO this address with a permanent ``550 5.1.1`` (a real 5xx)."""
BUSY = f"busy@{CUSTOMER_DOMAIN}"
"""...and this one with a temporary ``450 4.2.1`` (a real 4xx)."""
_REFUSALS = f"""\
{REFUSED} 550 5.1.1 no such user here
{BUSY} 450 4.2.1 mailbox busy, try again later
"""
POSTFIX_LOG = Path("/var/log/postfix-frontline.log")
DOVECOT_LOG = Path("/var/log/dovecot-frontline.log")
SMTP = ("127.0.0.1", 25)
IMAP = ("127.0.0.1", 143)

_DOVECOT = """\
# Frontline tests' own dovecot (tests/support/mailserver.py): IMAP on loopback only,
# no TLS (nothing leaves the host), the test user from a passwd-file.
protocols = imap
listen = 127.0.0.1
base_dir = /run/dovecot-frontline/
instance_name = dovecot-frontline
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
log_path = {log}
first_valid_uid = 100
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%n {passwd}
}}
userdb {{
  driver = passwd-file
  args = username_format=%n {passwd}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = 143
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
"""

_POSTFIX = {
    # Local delivery for the customers' domain into ~customer/Maildir/.
    "mydestination": f"{CUSTOMER_DOMAIN}, frontline.test, $myhostname, localhost",
    "home_mailbox": "Maildir/",
    # Every local part there is the one test user (``someone@``, ``ann@``: one Maildir).
    "local_recipient_maps": "",
    "luser_relay": USER,
    # The centre's support domain is relayed to the frontline server under test.
    "relay_domains": "example.test",
    "transport_maps": f"hash:{TRANSPORT}",
    "smtpd_recipient_restrictions": (
        f"check_recipient_access hash:{REFUSALS}, permit_mynetworks, reject_unauth_destination"
    ),
    "inet_interfaces": "loopback-only",
    "mynetworks": "127.0.0.0/8 [::ffff:127.0.0.0]/104 [::1]/128",
    # No DNS on loopback: no reverse lookup of 127.0.0.1, no MX lookups.
    "smtpd_peername_lookup": "no",
    "smtp_dns_support_level": "disabled",
    "maillog_file": str(POSTFIX_LOG),
    # Retry a deferred mail soon (a test server restarting), never for days.
    "minimal_backoff_time": "5s",
    "maximal_backoff_time": "30s",
    "queue_run_delay": "5s",
    "bounce_queue_lifetime": "1h",
    "maximal_queue_lifetime": "1h",
}


def free_port() -> int:
    """A TCP port nothing listens on now (for a server's ``--smtp-port``)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run(*cmd: str) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
    if done.returncode != 0:
        raise RuntimeError(
            f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr}{done.stdout}"
        )
    return done.stdout


def _listening(address: tuple[str, int]) -> bool:
    try:
        with socket.create_connection(address, timeout=1.0):
            return True
    except OSError:
        return False


@dataclass
class MailSystem:
    """The configured postfix + dovecot, and how a test talks to them."""

    home: Path
    """``~customer``: mail to ``*@customer.test`` is in ``home/Maildir``."""

    @property
    def maildir(self) -> Path:
        """The customer's Maildir."""
        return self.home / "Maildir"

    def route(self, domain: str, port: int) -> None:
        """Relay ``domain`` to ``127.0.0.1:port`` (a frontline server's SMTP listener)."""
        TRANSPORT.write_text(f"{domain} smtp:[127.0.0.1]:{port}\n", encoding="utf-8")
        _run("postmap", str(TRANSPORT))
        _run("postconf", "-e", f"relay_domains = {domain}")
        _run("postfix", "reload")

    def accept(self, address: str) -> None:
        """Stop refusing ``address`` (its mailbox is no longer busy): postfix takes it from
        now on. Each module starts with the refusals again."""
        kept = [line for line in _REFUSALS.splitlines() if not line.startswith(f"{address} ")]
        REFUSALS.write_text("".join(f"{line}\n" for line in kept), encoding="utf-8")
        _run("postmap", str(REFUSALS))
        _run("postfix", "reload")

    async def send(self, message: EmailMessage, *, sender: str, recipients: list[str]) -> None:
        """Hand a mail to postfix on port 25, as a customer's provider would."""
        await aiosmtplib.send(
            message,
            sender=sender,
            recipients=recipients,
            hostname=SMTP[0],
            port=SMTP[1],
            start_tls=False,
            timeout=30,
        )

    def imap_messages(self) -> list[EmailMessage]:
        """Every mail in the customer's INBOX, read over IMAP from dovecot."""
        with imaplib.IMAP4(*IMAP, timeout=15) as imap:
            imap.login(USER, PASSWORD)
            imap.select("INBOX", readonly=True)
            _status, data = imap.search(None, "ALL")
            found: list[EmailMessage] = []
            for number in data[0].split():
                _status, parts = imap.fetch(number.decode(), "(BODY.PEEK[])")
                for part in parts:
                    if isinstance(part, tuple):
                        parsed = message_from_bytes(part[1], policy=policy.default)
                        assert isinstance(parsed, EmailMessage)
                        found.append(parsed)
            return found

    def wait_for_mail(
        self, matches: Callable[[EmailMessage], bool], timeout: float = 30.0
    ) -> EmailMessage:
        """The first INBOX mail ``matches`` accepts, polling IMAP until one arrives."""

        def look() -> EmailMessage | None:
            return next((m for m in self.imap_messages() if matches(m)), None)

        found = wait_until(look, timeout, interval=0.1, message=f"no such mail:\n{self.log_tail()}")
        assert found is not None
        return found

    def queue_empty(self) -> bool:
        """True when postfix holds nothing (every mail delivered or bounced)."""
        return "Mail queue is empty" in _run("postqueue", "-p")

    def log_tail(self, lines: int = 40) -> str:
        """The end of postfix's log (for failure messages)."""
        if not POSTFIX_LOG.exists():
            return ""
        return "\n".join(POSTFIX_LOG.read_text(errors="replace").splitlines()[-lines:])


def _ensure_user() -> Path:
    try:
        entry = pwd.getpwnam(USER)
    except KeyError:
        _run("useradd", "--create-home", "--shell", "/usr/sbin/nologin", USER)
        entry = pwd.getpwnam(USER)
    home = Path(entry.pw_dir)
    maildir = home / "Maildir"
    for sub in ("new", "cur", "tmp"):
        box = maildir / sub
        box.mkdir(parents=True, exist_ok=True)
        shutil.chown(box, entry.pw_uid, entry.pw_gid)
        for stale in box.iterdir():  # this module sees only its own mail
            if stale.is_file():
                stale.unlink()
    shutil.chown(maildir, entry.pw_uid, entry.pw_gid)
    STATE_DIR.mkdir(mode=0o755, exist_ok=True)
    passwd = STATE_DIR / "passwd"
    passwd.write_text(
        f"{USER}:{{PLAIN}}{PASSWORD}:{entry.pw_uid}:{entry.pw_gid}::{home}::\n", encoding="utf-8"
    )
    passwd.chmod(0o640)
    shutil.chown(passwd, "root", "dovecot")
    return home


def _start_postfix() -> None:
    for name, value in _POSTFIX.items():
        _run("postconf", "-e", f"{name} = {value}")
    REFUSALS.write_text(_REFUSALS, encoding="utf-8")
    _run("postmap", str(REFUSALS))
    if not TRANSPORT.exists():
        TRANSPORT.write_text("", encoding="utf-8")
    _run("postmap", str(TRANSPORT))
    with contextlib.suppress(RuntimeError, FileNotFoundError):
        # Debian's own preparation of the chroot (resolv.conf, services, hosts).
        _run("/usr/lib/postfix/configure-instance.sh", "-")
    running = (
        subprocess.run(["postfix", "status"], capture_output=True, check=False).returncode == 0
    )
    if running:
        _run("postfix", "reload")
    else:
        with (STATE_DIR / "postfix.out").open("ab") as out:
            subprocess.run(
                ["postfix", "start"], stdin=subprocess.DEVNULL, stdout=out, stderr=out, check=True
            )
    # Mail left by an earlier module (its server is gone) must not reach this one's.
    subprocess.run(["postsuper", "-d", "ALL"], capture_output=True, check=False)
    wait_until(lambda: _listening(SMTP), 30, interval=0.1, message="postfix is not listening")


def _imap_login_works() -> bool:
    try:
        with imaplib.IMAP4(*IMAP, timeout=5) as imap:
            imap.login(USER, PASSWORD)
            return True
    except (OSError, imaplib.IMAP4.error):
        return False


def _start_dovecot() -> None:
    DOVECOT_CONF.write_text(
        _DOVECOT.format(log=DOVECOT_LOG, passwd=STATE_DIR / "passwd"), encoding="utf-8"
    )
    if _imap_login_works():
        return
    if _listening(IMAP):
        # Ours from an earlier run with another passwd-file, or the system's dovecot.
        subprocess.run(
            ["dovecot", "-c", str(DOVECOT_CONF), "reload"], capture_output=True, check=False
        )
        wait_until(
            _imap_login_works, 15, interval=0.1, message="port 143 is taken by another IMAP server"
        )
        return
    with (STATE_DIR / "dovecot.out").open("ab") as out:
        subprocess.run(
            ["dovecot", "-c", str(DOVECOT_CONF)],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=out,
            check=True,
        )
    wait_until(_imap_login_works, 30, interval=0.1, message=f"dovecot did not start: {DOVECOT_LOG}")


@contextlib.contextmanager
def mail_system() -> Iterator[MailSystem]:
    """Hold the machine's ``mail`` lock and have postfix (:25) and dovecot (:143) running
    for this module; fails the test when they are not installed (``scripts/test``
    installs them: a skip would hide a broken set-up)."""
    missing = [b for b in ("postfix", "postconf", "postmap", "dovecot") if shutil.which(b) is None]
    if missing:
        pytest.fail(
            f"postfix/dovecot missing (no {', '.join(missing)}); scripts/test installs them"
        )
    with system_lock("mail"):
        home = _ensure_user()
        _start_postfix()
        _start_dovecot()
        yield MailSystem(home=home)
