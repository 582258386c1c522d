"""The Team page's "Privacy" tab (supervisors): the access log, the retention setting,
and merging duplicate customers (issue 10 part 7 and the merge of part 1).

Everything here is the server's, read and changed over REST through the desk's
``CustomerDirectory`` (given with :meth:`PrivacyTab.set_directory` once the cache is
open), on the asyncio loop: nothing is cached, because the audit log and the merge log
are supervisors' records, not data an agent works from offline. Each view reads when it
is first shown and again on its own Refresh/Show, so a Team page that is never opened
asks the server for nothing. Offline, each view says so and keeps what it showed.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.ui.shell.ops import Ops
from desktop.ui.team.privacy_common import PrivacyService
from desktop.ui.team.privacy_log import AccessLogView
from desktop.ui.team.privacy_merge import MergeView
from desktop.ui.team.privacy_retention import RetentionView

LOG, RETENTION, MERGE = range(3)


class PrivacyTab(QWidget):
    """Access log | Retention | Merge duplicates, as tabs.

    Signals: none of its own (each view has its ``loaded``-style signals).
    """

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyTab")
        self.service: PrivacyService | None = None
        self.online = True
        self.access_log = AccessLogView(ops)
        self.retention = RetentionView(ops)
        self.merge = MergeView(ops)
        self.sections = QTabWidget()
        self.sections.setObjectName("privacySections")
        self.sections.setAccessibleName(self.tr("Privacy sections"))
        self.sections.setDocumentMode(True)
        self.sections.addTab(self.access_log, self.tr("Access log"))
        self.sections.addTab(self.retention, self.tr("Retention"))
        self.sections.addTab(self.merge, self.tr("Merge duplicates"))
        self.sections.currentChanged.connect(self._section_shown)
        self.read: set[int] = set()
        """The sections read since the directory came (each reads once when first shown)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.sections)

    def set_directory(self, service: PrivacyService | None) -> None:
        """The server's customer directory (None: signed out or not ready)."""
        self.service = service
        self.access_log.service = service
        self.retention.service = service
        self.merge.service = service
        self.read.clear()
        if self.isVisible():
            self._section_shown(self.sections.currentIndex())

    def set_online(self, online: bool) -> None:
        """Back online: every section reads again when next shown (what they showed may
        be old, or a failure sentence), the one on screen at once."""
        was, self.online = self.online, online
        if online and not was:
            self.read.clear()
            self._section_shown(self.sections.currentIndex())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        self._section_shown(self.sections.currentIndex())

    def _section_shown(self, index: int) -> None:
        if self.service is None or index in self.read or not self.isVisible():
            return
        self.read.add(index)
        if index == LOG:
            self.access_log.reload()
        elif index == RETENTION:
            self.retention.load()
        elif index == MERGE:
            self.merge.load_merges()
