"""Files with email: the reply box's "Attach" strip, and opening a message's attachment.

:class:`AttachStrip` sits under the reply editor on email conversations only: "Attach…"
picks files (a non-modal file dialog), each picked file shows as a removable chip, and
the limit is said up front ("Up to 20 MB a file, 10 files"). A file over the limit or one
too many is refused at once with a sentence. The picks belong to the conversation they
were made in (switching keeps them aside), are uploaded when the reply is sent, and stay
until the reply is queued: an upload that fails keeps the draft and the files.

:class:`AttachmentOpener` opens a message's attachment: fetched over REST into the
private folder beside the cache (``desktop/sync/files.py``) unless already there, then
handed to the system viewer (``QDesktopServices.openUrl``; tests inject their own opener
since an offscreen test has no viewer). The fetch runs on the loop, never blocking Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QToolButton, QWidget

from desktop.models.rows import AttachmentRow
from desktop.ui.conversation.bubble_extras import size_text
from desktop.ui.shell.ops import Ops
from desktop.widgets.plain import PlainLabel, display_text

if TYPE_CHECKING:  # httpx and pydantic load with the sync engine, after the first paint
    from desktop.sync.files import AttachmentFiles

MAX_FILES = 10
"""Files one reply may carry (``protocol.frames.MAX_REPLY_ATTACHMENTS``)."""
UPLOAD_LIMIT = 20 * 1024 * 1024
"""The largest file offered for upload (``desktop.sync.files.MAX_UPLOAD_BYTES``)."""
Opener = Callable[[QUrl], bool]


def transfer_reason(error: BaseException) -> str:
    """A sentence for a failed upload or fetch (``FileTransferError`` or anything else)."""
    reason = str(getattr(error, "reason", ""))
    detail = display_text(str(getattr(error, "detail", "") or ""))
    if reason == "offline":
        return QCoreApplication.translate("AttachStrip", "You are offline; nothing was sent.")
    if reason == "signed_out":
        return QCoreApplication.translate("AttachStrip", "You are signed out.")
    if reason == "too_large":
        return QCoreApplication.translate(
            "AttachStrip", "The file is larger than the server accepts."
        )
    if reason == "not_found":
        return QCoreApplication.translate("AttachStrip", "It is gone, or not visible to you.")
    if reason == "refused":
        return QCoreApplication.translate("AttachStrip", "The server refused it: {0}").format(
            detail
        )
    return display_text(str(error)) or type(error).__name__


class AttachStrip(QWidget):
    """The reply's attachments for one conversation at a time.

    Signals:
        refused(str): a file could not be added; the sentence says why.
        changed(): the picked files changed.
    """

    refused = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachStrip")
        self.limit = UPLOAD_LIMIT
        self.conversation_id = 0
        self._picked: dict[int, list[Path]] = {}
        self.button = QPushButton(self.tr("Attach…"))
        self.button.setObjectName("attachFiles")
        self.button.setToolTip(self.tr("Attach files to this email reply"))
        self.button.clicked.connect(self.pick)
        self.hint = PlainLabel()
        self.hint.setObjectName("muted")
        self._chips: list[QToolButton] = []
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 4, 0, 0)
        self.row.addWidget(self.button)
        self.row.addStretch(1)
        self.row.addWidget(self.hint)
        self.show_hint()
        self.hide()

    def show_hint(self) -> None:
        self.hint.setText(
            self.tr("Up to {0} a file, {1} files").format(size_text(self.limit), MAX_FILES)
        )

    def set_limit(self, limit: int) -> None:
        self.limit = limit
        self.show_hint()

    def bind(self, conversation_id: int, is_email: bool) -> None:
        """Show the strip (with that conversation's picks) on an email conversation."""
        self.conversation_id = conversation_id
        self.setVisible(is_email and bool(conversation_id))
        self._show_chips()

    def picked(self, conversation_id: int | None = None) -> list[Path]:
        cid = self.conversation_id if conversation_id is None else conversation_id
        return list(self._picked.get(cid, []))

    def clear(self, conversation_id: int) -> None:
        """The reply with these files was queued: they are the reply's now."""
        if self._picked.pop(conversation_id, None) is not None:
            self._show_chips()
            self.changed.emit()

    def pick(self) -> None:
        dialog = QFileDialog(self, self.tr("Attach files"))
        dialog.setObjectName("attachDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda names: self.add_files([Path(n) for n in names]))
        dialog.open()

    def add_files(self, paths: list[Path]) -> list[Path]:
        """Add ``paths`` to the open conversation's reply; returns those added. A file
        over the limit, a folder, an unreadable one or one too many is refused."""
        cid = self.conversation_id
        if not cid:
            return []
        picked = self._picked.setdefault(cid, [])
        added: list[Path] = []
        for path in paths:
            try:
                size = path.stat().st_size if path.is_file() else -1
            except OSError:
                size = -1
            name = display_text(path.name)
            if size < 0:
                self.refused.emit(self.tr("{0} cannot be read").format(name))
            elif size > self.limit:
                self.refused.emit(
                    self.tr("{0} is larger than {1}").format(name, size_text(self.limit))
                )
            elif len(picked) >= MAX_FILES:
                self.refused.emit(self.tr("A reply carries at most {0} files").format(MAX_FILES))
                break
            elif path not in picked:
                picked.append(path)
                added.append(path)
        if not picked:
            self._picked.pop(cid, None)
        self._show_chips()
        self.changed.emit()
        return added

    def remove(self, path: Path) -> None:
        picked = self._picked.get(self.conversation_id, [])
        if path in picked:
            picked.remove(path)
            self._show_chips()
            self.changed.emit()

    def _show_chips(self) -> None:
        for chip in self._chips:
            self.row.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for number, path in enumerate(self.picked()):
            chip = QToolButton()
            chip.setObjectName("attachedFile")
            chip.setText(f"{display_text(path.name)}  ✕")
            chip.setToolTip(self.tr("Remove {0} from the reply").format(display_text(path.name)))
            chip.setAccessibleName(self.tr("Attached: {0}").format(display_text(path.name)))
            chip.clicked.connect(lambda _c=False, p=path: self.remove(p))
            self.row.insertWidget(1 + number, chip)
            self._chips.append(chip)


class AttachmentOpener(QObject):
    """Fetch-then-open for attachment chips.

    Signals:
        opened(int, str): an attachment's file was handed to the viewer (id, path).
        failed(str): fetching failed; the sentence says why.
    """

    opened = Signal(int, str)
    failed = Signal(str)

    def __init__(self, ops: Ops, opener: Opener = QDesktopServices.openUrl) -> None:
        super().__init__()
        self.ops = ops
        self.opener = opener
        self.files: AttachmentFiles | None = None

    def open(self, attachment: AttachmentRow) -> bool:
        """Fetch (unless kept) and open ``attachment``; False when the desk has no file
        client yet (before the cache is open)."""
        files = self.files
        if files is None:
            self.failed.emit(self.tr("The desk is still starting; try again in a moment."))
            return False

        def done(path: Path) -> None:
            self.opener(QUrl.fromLocalFile(str(path)))
            self.opened.emit(attachment.id, str(path))

        self.ops.run(
            files.fetch(attachment),
            what="open an attachment",
            on_done=done,
            on_error=lambda error: self.failed.emit(transfer_reason(error)),
        )
        return True
