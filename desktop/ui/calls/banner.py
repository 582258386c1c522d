"""The ringing offer: a calm banner across the top of the window, never a modal.

It shows what an agent needs before answering (the screen pop): the channel, who the
customer is, the queue and language, why this contact came to them, the customer's most
recent contacts, and how long the offer still rings (against the server's clock as the
desk estimates it). Accept (Ctrl+Shift+A) sends ``offer.accept`` and opens the
conversation; Decline (Ctrl+Shift+D) asks for a reason first. Typing elsewhere is never
interrupted: the banner takes no focus. When the offer stops ringing without the agent
(timed out, withdrawn) the banner goes and a short message says why. "Customer profile"
opens the caller's profile on the customer page, or, when the cache does not know who is
calling, the page's find box with the caller's number.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.changes import Changes
from desktop.store.reader import CacheReader
from desktop.store.readers.routing import OfferView
from desktop.ui.calls.commands import CommandRunner
from desktop.ui.calls.dialogs import DeclineDialog
from desktop.ui.calls.format import duration, glyph, language_name, why_sentence
from desktop.ui.labels import channel_label, relative_time, status_label
from desktop.widgets.elided_label import ElidedLabel
from desktop.widgets.plain import PlainLabel, display_text

ACCEPT_KEYS = "Ctrl+Shift+A"
DECLINE_KEYS = "Ctrl+Shift+D"
TICK_MS = 250


class OfferBanner(QFrame):
    """The agent's ringing offer, if any (read from the cache on every change).

    Signals:
        conversationRequested(int): the offer was accepted: open this conversation.
        toastRequested(str, str): a sentence for the agent and its level.
        customerRequested(int): "Customer profile": show this customer's page.
        customerSearchRequested(str): "Customer profile" for a caller the cache does not
            know: find a customer by this number.
    """

    conversationRequested = Signal(int)  # noqa: N815 - Qt naming
    customerRequested = Signal(int)  # noqa: N815 - Qt naming
    customerSearchRequested = Signal(str)  # noqa: N815 - Qt naming
    toastRequested = Signal(str, str)  # noqa: N815 - Qt naming

    def __init__(
        self, reader: CacheReader, runner: CommandRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("offerBanner")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reader = reader
        self.runner = runner
        self.offer: OfferView | None = None
        self._answered: set[int] = set()  # offers this desk accepted or declined
        self.decline_dialog: DeclineDialog | None = None
        self._make_widgets()
        self._lay_out()
        self.ticker = QTimer(self)
        self.ticker.setObjectName("offer-countdown")
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)
        self.accept_button.clicked.connect(self.accept_offer)
        self.profile_button.clicked.connect(self.open_profile)
        self.decline_button.clicked.connect(self.decline_offer)
        runner.pendingChanged.connect(lambda _pending: self._enable())
        self.hide()

    def _make_widgets(self) -> None:
        self.glyph = PlainLabel()
        self.glyph.setObjectName("offerGlyph")
        self.glyph.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = PlainLabel()
        self.title.setObjectName("muted")
        self.customer = ElidedLabel()
        self.customer.setObjectName("offerCustomer")
        self.facts = ElidedLabel()
        self.facts.setObjectName("muted")
        self.why = ElidedLabel()
        self.why.setObjectName("offerWhy")
        self.history = ElidedLabel()
        self.history.setObjectName("offerHistory")
        self.countdown = PlainLabel()
        self.countdown.setObjectName("offerCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.progress = QProgressBar()
        self.progress.setObjectName("offerTime")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(4)
        self.progress.setRange(0, 1000)
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setObjectName("acceptOffer")
        self.accept_button.setToolTip(self.tr("Accept the offer ({0})").format(ACCEPT_KEYS))
        self.accept_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.decline_button = QPushButton(self.tr("Decline…"))
        self.decline_button.setObjectName("declineOffer")
        self.decline_button.setToolTip(self.tr("Decline with a reason ({0})").format(DECLINE_KEYS))
        self.decline_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.profile_button = QPushButton(self.tr("Customer profile"))
        self.profile_button.setObjectName("offerProfile")
        self.profile_button.setToolTip(self.tr("Who is calling: history, orders and notes"))
        self.profile_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _lay_out(self) -> None:
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.customer)
        text.addWidget(self.facts)
        text.addWidget(self.why)
        text.addWidget(self.history)
        clock = QVBoxLayout()
        clock.setSpacing(4)
        clock.addWidget(self.countdown)
        clock.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addWidget(self.profile_button)
        buttons.addWidget(self.decline_button)
        buttons.addWidget(self.accept_button)
        clock.addLayout(buttons)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        row.setSpacing(14)
        row.addWidget(self.glyph, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        row.addLayout(text, 1)
        row.addLayout(clock, 0)

    # ------------------------------------------------------------------ public API

    def on_changes(self, changes: Changes) -> None:
        if changes.reset or changes.offers or changes.conversations or changes.queues:
            self.refresh()

    def refresh(self) -> None:
        """Show the ringing offer as the cache has it; say so when one stopped ringing."""
        agent_id = self.runner.agent_id
        ringing = self.reader.ringing_offer(agent_id) if agent_id is not None else None
        if ringing is not None and self._ran_out_offline(ringing):
            # The server's word (timed out, most likely) cannot arrive while offline; a
            # banner ringing at 0:00 would only mislead. The replay brings the truth.
            ringing = None
        previous = self.offer
        if previous is not None and (ringing is None or ringing.id != previous.id):
            self._ended(previous)
        self.offer = ringing
        if ringing is None:
            self.ticker.stop()
            self.hide()
            return
        self._show(ringing)
        if not self.ticker.isActive():
            self.ticker.start()
        self.show()

    def accept_offer(self) -> None:
        offer = self.offer
        if offer is None or not self.isVisible() or self.runner.pending:
            return

        def accepted(_answer: object) -> None:
            self._answered.add(offer.id)
            self.conversationRequested.emit(offer.conversation_id)

        self.runner.send(
            "offer.accept",
            {"offer_id": offer.id},
            failed=self.tr("The offer was not accepted"),
            on_done=accepted,
        )

    def open_profile(self) -> None:
        """The screen pop: the ringing customer's profile, or a search by the caller's
        number when the cache does not know the customer."""
        offer = self.offer
        if offer is None:
            return
        if offer.customer_id is not None:
            self.customerRequested.emit(offer.customer_id)
            return
        call = self.reader.call(offer.call_id) if offer.call_id is not None else None
        if call is not None and call.caller:
            self.customerSearchRequested.emit(call.caller)

    def decline_offer(self) -> None:
        """Ask for a reason (a small dialog), then send ``offer.decline``."""
        offer = self.offer
        if offer is None or not self.isVisible() or self.runner.pending:
            return
        if self.decline_dialog is not None:
            self.decline_dialog.close()
        dialog = DeclineDialog(self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.declined.connect(lambda reason: self.send_decline(offer.id, reason))
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.decline_dialog = dialog
        dialog.open()

    def send_decline(self, offer_id: int, reason: str) -> None:
        def declined(_answer: object) -> None:
            self._answered.add(offer_id)
            self.toastRequested.emit(self.tr("Offer declined"), "info")

        self.runner.send(
            "offer.decline",
            {"offer_id": offer_id, "reason": reason},
            failed=self.tr("The offer was not declined"),
            on_done=declined,
        )

    def remaining(self) -> float:
        """Seconds the shown offer still rings (server clock as the desk knows it)."""
        return 0.0 if self.offer is None else max(0.0, self.offer.expires_at - self.runner.now())

    def stop(self) -> None:
        self.ticker.stop()

    # ------------------------------------------------------------------ internals

    def _forget_dialog(self, dialog: DeclineDialog) -> None:
        if self.decline_dialog is dialog:
            self.decline_dialog = None

    def _show(self, offer: OfferView) -> None:
        self.glyph.setText(glyph(offer.channel))
        if self.glyph.property("channel") != offer.channel:
            self.glyph.setProperty("channel", offer.channel)  # its colour (desk.qss)
            self.glyph.style().unpolish(self.glyph)
            self.glyph.style().polish(self.glyph)
        kinds = {
            "phone": self.tr("Incoming call"),
            "chat": self.tr("Incoming chat"),
            "email": self.tr("Email offered to you"),
        }
        self.title.setText(kinds.get(offer.channel, self.tr("Contact offered to you")))
        name = offer.customer_name or self.tr("Conversation #{0}").format(offer.conversation_id)
        self.customer.set_full_text(name)
        parts = [
            channel_label(offer.channel),
            offer.queue_name,
            language_name(offer.language),
            " ".join(offer.subject.split()),
        ]
        self.facts.set_full_text("  ·  ".join(display_text(p) for p in parts if p))
        self.why.set_full_text(
            why_sentence(offer.why, offer.why_level, offer.why_candidates, offer.why_waited)
        )
        self.history.set_full_text(self._history(offer))
        self._tick()
        self._enable()

    def _history(self, offer: OfferView) -> str:
        if offer.customer_id is None:
            return ""
        recent = self.reader.recent_contacts(offer.customer_id, exclude=offer.conversation_id)
        if not recent:
            return self.tr("First contact: no earlier conversations")
        items = [
            "{} {} ({}, {})".format(
                glyph(r.channel),
                " ".join(display_text(r.subject).split()) or channel_label(r.channel),
                status_label(r.status),
                relative_time(r.last_message_at),
            )
            for r in recent
        ]
        return self.tr("Recently: {0}").format("; ".join(items))

    def _tick(self) -> None:
        offer = self.offer
        if offer is None:
            return
        if self._ran_out_offline(offer):
            self.refresh()
            return
        left = self.remaining()
        self.countdown.setText(duration(left + 0.999))
        total = max(1.0, offer.expires_at - offer.offered_at)
        self.progress.setValue(int(1000 * min(1.0, left / total)))

    def _ran_out_offline(self, offer: OfferView) -> bool:
        return not self.runner.online and offer.expires_at <= self.runner.now()

    def _enable(self) -> None:
        idle = not self.runner.pending
        self.accept_button.setEnabled(idle)
        self.decline_button.setEnabled(idle)

    def _ended(self, offer: OfferView) -> None:
        """The shown offer stopped ringing: tell the agent why, unless they answered it."""
        if offer.id in self._answered:
            return
        if self.decline_dialog is not None:
            self.decline_dialog.close()
        now = self.reader.offer(offer.id)
        state = now.state if now is not None else "withdrawn"
        if state == "ringing":  # it ran out while the desk was offline
            state = "timed_out"
        who = display_text(offer.customer_name) or self.tr("the customer")
        if state == "timed_out":
            text = self.tr("Missed: the offer of {0} timed out").format(who)
        elif state == "accepted":
            return  # accepted (from this desk or another of the agent's)
        elif state == "declined":
            text = self.tr("The offer of {0} was declined").format(who)
        else:
            text = self.tr("The offer of {0} was withdrawn").format(who)
        self.toastRequested.emit(text, "info")
