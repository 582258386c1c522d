"""The top of a customer's profile: who they are and how they may be contacted.

Name, tags as chips (VIP, at risk), the "repeat contact" badge, consent to be contacted by
email, phone and for marketing as plain yes/no, language, the customer's local time in
their time zone, every identity (emails, phones, chat handles), and a line saying when the
profile was last fetched (what an offline desk is showing). The buttons act on the shown
customer: Edit… (tags, consent, time zone, identities), Refresh, and for supervisors
Export… and Erase…. Every piece of customer text is shown as plain text.
"""

from __future__ import annotations

import time
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.calls.format import language_name
from desktop.ui.customer.merge import ProfileView
from desktop.widgets.elided_label import ElidedLabel
from desktop.widgets.plain import PlainLabel, display_text
from protocol.customer360 import SurveyAverages

RISK_TAGS = frozenset({"at-risk", "churn-risk", "risk", "complaint"})


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def local_time(zone: str, now: float | None = None) -> str:
    """The time it is now in ``zone`` (an IANA name), in the desk's locale, with the
    offset from UTC; "" for an unknown zone."""
    try:
        info = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return ""
    there = datetime.fromtimestamp(time.time() if now is None else now, info)
    clock = QLocale().toString(QTime(there.hour, there.minute), QLocale.FormatType.ShortFormat)
    offset = there.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    utc = f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
    return f"{clock} ({utc})"


def _same(kind: str, value: str) -> tuple[str, str]:
    """A handle's identity for comparing: a phone's digits, an email in lower case."""
    if kind == "phone":
        return kind, "".join(ch for ch in value if ch.isdigit())
    return kind, value.strip().casefold()


class ProfileHeader(QFrame):
    """The shown customer's facts and the actions on them.

    Signals:
        editRequested(): Edit… was pressed.
        refreshRequested(): fetch the profile again.
        exportRequested(): Export… (supervisors).
        eraseRequested(): Erase… (supervisors).
    """

    editRequested = Signal()  # noqa: N815 - Qt naming
    refreshRequested = Signal()  # noqa: N815 - Qt naming
    exportRequested = Signal()  # noqa: N815 - Qt naming
    eraseRequested = Signal()  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerHeader")
        self.name = ElidedLabel()
        self.name.setObjectName("customerName")
        self.repeat = PlainLabel(self.tr("Repeat contact"))
        self.repeat.setObjectName("customerRepeat")
        self.repeat.setToolTip(self.tr("This customer contacted us within the last 7 days"))
        self.chips = QHBoxLayout()
        self.chips.setSpacing(4)
        self.chip_labels: list[QLabel] = []
        self.consent = PlainLabel()
        self.consent.setObjectName("fact")
        self.refused = PlainLabel()
        self.refused.setObjectName("customerConsentRefused")
        self.language = PlainLabel()
        self.language.setObjectName("fact")
        self.clock = PlainLabel()
        self.clock.setObjectName("fact")
        self.timezone = ""
        self.ratings = PlainLabel()
        self.ratings.setObjectName("fact")
        self.ratings.setWordWrap(True)
        self.identities = PlainLabel()
        self.identities.setObjectName("fact")
        self.identities.setWordWrap(True)
        self.identities.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fetched = PlainLabel()
        self.fetched.setObjectName("customerFetched")
        self.fetched.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("customerEdit")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("customerRefresh")
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("customerExport")
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.setObjectName("customerErase")
        self.edit_button.clicked.connect(self.editRequested)
        self.refresh_button.clicked.connect(self.refreshRequested)
        self.export_button.clicked.connect(self.exportRequested)
        self.erase_button.clicked.connect(self.eraseRequested)
        self._lay_out()
        self.set_supervisor(False)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.name, 1)
        top.addWidget(self.repeat)
        top.addLayout(self.chips)
        facts = QGridLayout()
        facts.setHorizontalSpacing(12)
        facts.setVerticalSpacing(4)
        consent = QHBoxLayout()
        consent.setSpacing(16)
        consent.addWidget(self.consent)
        consent.addWidget(self.refused)
        consent.addStretch(1)
        rows: tuple[tuple[str, QWidget | QHBoxLayout], ...] = (
            (self.tr("Consent"), consent),
            (self.tr("Language"), self.language),
            (self.tr("Local time"), self.clock),
            (self.tr("Reach them at"), self.identities),
            (self.tr("Satisfaction"), self.ratings),
        )
        for row, (title, value) in enumerate(rows):
            label = PlainLabel(title)
            label.setObjectName("muted")
            # Baselines, not tops: a CJK value's line is taller than its title's.
            facts.addWidget(label, row, 0, Qt.AlignmentFlag.AlignBaseline)
            if isinstance(value, QHBoxLayout):
                facts.addLayout(value, row, 1, Qt.AlignmentFlag.AlignBaseline)
            else:
                facts.addWidget(value, row, 1, Qt.AlignmentFlag.AlignBaseline)
        facts.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.fetched, 1)
        for button in (
            self.refresh_button,
            self.edit_button,
            self.export_button,
            self.erase_button,
        ):
            buttons.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 10)
        column.setSpacing(8)
        column.addLayout(top)
        column.addLayout(facts)
        column.addLayout(buttons)

    # ------------------------------------------------------------------ public API

    def set_supervisor(self, supervisor: bool) -> None:
        """Export and Erase are for supervisors only (the server refuses agents too)."""
        self.export_button.setVisible(supervisor)
        self.erase_button.setVisible(supervisor)

    def show_profile(self, view: ProfileView) -> None:
        person = view.person
        if view.erased:
            self.name.set_full_text(self.tr("Erased customer"))
        elif not view.known:
            self.name.set_full_text(self.tr("Customer #{0}").format(view.customer_id))
        else:
            self.name.set_full_text(" ".join(display_text(person.name).split()))
        self.repeat.setVisible(view.repeat_contact and not view.erased)
        self._set_chips(() if view.erased else person.tags)
        self._show_consent(person.consent_email, person.consent_phone, person.consent_marketing)
        self.language.setText(language_name(person.language) if person.language else "")
        self.timezone = "" if view.erased else person.timezone
        self.update_clock()
        self.identities.setText(self._identities(person.identities, person.email, person.phone))
        self.ratings.setText(self.ratings_text(view.averages))
        for button in (self.edit_button, self.refresh_button):
            button.setEnabled(view.known and not view.erased)
        self.export_button.setEnabled(view.known and not view.erased)
        self.erase_button.setEnabled(view.known and not view.erased)

    def ratings_text(self, averages: SurveyAverages | None) -> str:
        """The customer's survey averages with how many answers each rests on:
        "CSAT 4.5/5 (2) · NPS 9.0/10 (1) · CES 2.0/7 (1)", or that none were given."""
        parts: list[str] = []
        if averages is not None:
            for name, value, count, top in (
                ("CSAT", averages.csat, averages.csat_count, 5),
                ("NPS", averages.nps, averages.nps_count, 10),
                ("CES", averages.ces, averages.ces_count, 7),
            ):
                if value is not None and count:
                    number = QLocale().toString(float(value), "f", 1)
                    parts.append(self.tr("{0} {1}/{2} ({3})").format(name, number, top, count))
        return "  ·  ".join(parts) if parts else self.tr("No survey answers yet")

    def update_clock(self) -> None:
        """The customer's local time now (the page calls this every 30 s while shown)."""
        zone = self.timezone
        clock = local_time(zone) if zone else ""
        unknown = self.tr("Time zone not known")
        self.clock.setText(f"{clock}  ·  {display_text(zone)}" if clock else unknown)

    def set_fetched(self, text: str, *, stale: bool) -> None:
        """The line about when the profile was fetched (``stale``: offline or failed)."""
        self.fetched.setText(text)
        if self.fetched.property("stale") != stale:
            self.fetched.setProperty("stale", stale)
            _restyle(self.fetched)

    def describe_fetch(self, fetched_at: float | None, *, online: bool, failed: str = "") -> str:
        """The fetched line: when the shown profile is from, or why it is not fresh."""
        if failed:
            return failed
        if fetched_at is None:
            return self.tr("Not fetched from the server yet: showing what this desk holds.")
        at = QDateTime.fromMSecsSinceEpoch(int(fetched_at * 1000))
        same_day = at.date() == QDateTime.currentDateTime().date()
        when = QLocale().toString(at.time() if same_day else at, QLocale.FormatType.ShortFormat)
        if not online:
            return self.tr("You are offline; showing what this desk last saw at {0}").format(when)
        return self.tr("Profile as of {0}").format(when)

    # ------------------------------------------------------------------ internals

    def _show_consent(self, email: bool, phone: bool, marketing: bool) -> None:
        """What the customer allows and, apart and in the warning colour, what they do
        not: "Allowed: email" then "Not allowed: phone, marketing" reads at a glance
        where three yes/no pairs had to be read one by one before dialling."""
        channels = (
            (email, self.tr("email")),
            (phone, self.tr("phone calls")),
            (marketing, self.tr("marketing")),
        )
        allowed = [name for ok, name in channels if ok]
        refused = [name for ok, name in channels if not ok]
        self.consent.setText(self.tr("Allowed: {0}").format(", ".join(allowed)))
        self.consent.setVisible(bool(allowed))
        if not allowed:
            self.refused.setText(self.tr("No contact allowed"))
        else:
            self.refused.setText(self.tr("Not allowed: {0}").format(", ".join(refused)))
        self.refused.setVisible(bool(refused))

    def _identities(self, identities: tuple[tuple[str, str], ...], email: str, phone: str) -> str:
        """Every handle once: the primary email and phone first unless an identity
        already holds them (a phone written with spaces is the same number)."""
        kinds = {"email": self.tr("Email"), "phone": self.tr("Phone"), "chat": self.tr("Chat")}
        handles = list(identities)
        have = {_same(k, v) for k, v in handles}
        for kind, value in (("phone", phone), ("email", email)):
            if value and _same(kind, value) not in have:
                handles.insert(0, (kind, value))
        if not handles:
            return self.tr("No email, phone or chat handle known")
        return "  ·  ".join(f"{kinds.get(k, k)} {display_text(v)}" for k, v in handles)

    def _set_chips(self, tags: tuple[str, ...]) -> None:
        for label in self.chip_labels:
            self.chips.removeWidget(label)
            label.deleteLater()
        self.chip_labels = []
        names = {"vip": self.tr("VIP"), "at-risk": self.tr("at risk")}
        for tag in tags:
            chip = PlainLabel(names.get(tag, display_text(tag)))
            chip.setObjectName("customerTag")
            chip.setProperty("tone", "risk" if tag in RISK_TAGS else "plain")
            self.chips.addWidget(chip)
            self.chip_labels.append(chip)
