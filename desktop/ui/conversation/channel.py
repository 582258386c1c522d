"""The conversation pane's part of the real channels (issue 12), kept out of ``pane.py``.

:class:`ChannelExtras` is built by the pane and wires what the channels add to it:

- the bubbles' extras (``bubble_extras.py``): "Retry" on a failed delivery runs the
  ``message.retry`` command on the live session (a refusal or being offline is toasted;
  the message keeps its failed state until the server says otherwise), "View formatted"
  opens the safe HTML view (``email_view.py``), a chip fetches and opens its file
  (``attachments.py``); the same actions in the message list's context menu, for the
  keyboard;
- the reply box's "Attach" strip on email conversations, and a reply carrying the
  picked files: uploaded first, then queued with their ids (an upload that fails raises,
  so the pane keeps the draft and says why);
- "Customer is typing…" above the reply box while the web chat page says so
  (``ActivityUpdate.customer_typing``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, QUrl
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import QBoxLayout, QListView, QMenu, QWidget

from desktop.models.rows import ConversationRow, MessageRow
from desktop.store.readers.conversations import ConversationReads
from desktop.ui.conversation.attachments import AttachmentOpener, AttachStrip, transfer_reason
from desktop.ui.conversation.bubble_extras import ChannelMessageDelegate, chips_of, size_text
from desktop.ui.conversation.email_view import FormattedMailDialog
from desktop.ui.conversation.messages import MESSAGE_ROLE
from desktop.ui.conversation.reply import ReplyBox
from desktop.ui.shell.ops import Ops
from desktop.widgets.plain import PlainLabel, display_text

if TYPE_CHECKING:  # pydantic and httpx load with the sync engine, after the first paint
    from desktop.sync.files import AttachmentFiles
    from protocol.frames import ActivityUpdate


class UploadFailedError(Exception):
    """A reply's file could not be uploaded: nothing was queued."""


class ChannelExtras(QObject):
    """Delivery, email and attachment actions of one conversation pane."""

    def __init__(
        self,
        reader: ConversationReads,
        ops: Ops,
        *,
        view: QListView,
        delegate: ChannelMessageDelegate,
        reply: ReplyBox,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reader = reader
        self.ops = ops
        self.view = view
        self.delegate = delegate
        self.reply = reply
        self.actions: Any = None
        self.opener: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.attachments = AttachmentOpener(ops, self.open_url)
        self.attachments.failed.connect(
            lambda why: ops.failed.emit(self.tr("open the attachment"), why)
        )
        self.strip = AttachStrip()
        self.strip.refused.connect(lambda why: ops.failed.emit(self.tr("attach the file"), why))
        layout = reply.layout()
        if isinstance(layout, QBoxLayout):  # under the editor, above the send row
            layout.insertWidget(layout.indexOf(reply.editor) + 1, self.strip)
        reply.internal.toggled.connect(lambda note: self.strip.button.setEnabled(not note))
        self.typing = PlainLabel(self.tr("Customer is typing…"))
        self.typing.setObjectName("customerTyping")
        self.typing.hide()
        self._typing: set[int] = set()
        self.conversation_id = 0
        self.dialogs: list[FormattedMailDialog] = []
        self._retrying: set[int] = set()
        delegate.retryRequested.connect(self.retry)
        delegate.formattedRequested.connect(self.show_formatted)
        delegate.attachmentRequested.connect(self.open_attachment)
        view.setContextMenuPolicy(view.contextMenuPolicy().CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)

    # ------------------------------------------------------------------ wiring

    def open_url(self, url: QUrl) -> bool:
        """Hand a file or a confirmed link to the system (``opener``: tests replace it)."""
        return self.opener(url)

    def set_actions(self, actions: object | None) -> None:
        """The sync engine once signed in (its command client and outbox)."""
        self.actions = actions

    def set_files(self, files: AttachmentFiles | None) -> None:
        """The attachments client (``desktop/app.py`` gives it once the cache is open)."""
        self.attachments.files = files
        if files is not None:
            self.strip.set_limit(files.upload_limit)

    def switched(self, row: ConversationRow | None) -> None:
        self.conversation_id = row.id if row else 0
        self.strip.bind(self.conversation_id, row is not None and row.channel == "email")
        self.typing.setVisible(self.conversation_id in self._typing)

    def hear(self, update: ActivityUpdate) -> None:
        """Whether the customer types in a conversation (the web chat page says so)."""
        if update.customer_typing:
            self._typing.add(update.conversation_id)
        else:
            self._typing.discard(update.conversation_id)
        self.typing.setVisible(self.conversation_id in self._typing)

    # ------------------------------------------------------------------ replies

    async def reply_work(self, conversation_id: int, body: str, internal: bool) -> int:
        """Queue the reply; with picked files (email, not a note) upload them first and
        queue the reply with their ids. Raises :class:`UploadFailedError` when a file
        cannot be uploaded (nothing is queued; the files stay picked)."""
        actions = self.actions
        paths = [] if internal else self.strip.picked(conversation_id)
        if not paths:
            mutation_id: int = await actions.send_reply(conversation_id, body, internal=internal)
            return mutation_id
        files = self.attachments.files
        if files is None:
            raise UploadFailedError(self.tr("the desk is still starting"))
        refs = []
        self.strip.hint.setText(self.tr("Uploading %n file(s)…", "", len(paths)))
        try:
            for path in paths:
                try:
                    refs.append(await files.upload(path))
                except Exception as exc:  # FileTransferError, or the file went away
                    raise UploadFailedError(
                        self.tr("{0} was not uploaded: {1}").format(
                            display_text(path.name), transfer_reason(exc)
                        )
                    ) from exc
        finally:
            self.strip.show_hint()
        from desktop.store import outbox

        author = actions.agent.display_name if actions.agent else ""
        mutation_id = await actions.queue_change(
            lambda conn: outbox.queue_reply(
                conn, conversation_id, body, author, internal=False, attachments=refs
            )
        )
        self.strip.clear(conversation_id)
        return mutation_id

    # ------------------------------------------------------------------ actions

    def message(self, message_id: int) -> MessageRow | None:
        row = self.reader.conversation(self.conversation_id) if self.conversation_id else None
        if row is None:
            return None
        return next((m for m in self.reader.messages(row.id) if m.id == message_id), None)

    def retry(self, message_id: int) -> bool:
        """Send a failed message again (``message.retry``); False when offline."""
        commands = getattr(self.actions, "commands", None)
        what = self.tr("retry the delivery")
        if commands is None or not commands.online:
            self.ops.failed.emit(what, self.tr("You are offline; try again when connected."))
            return False
        if message_id in self._retrying:  # a second click while the first is on its way
            return False
        self._retrying.add(message_id)

        async def send() -> object:
            from protocol.channels import RETRY_DELIVERY, MessageAnswer, MessageRef

            return await commands.call(
                RETRY_DELIVERY, MessageRef(message_id=message_id), MessageAnswer
            )

        def refused(error: BaseException) -> None:
            self._retrying.discard(message_id)
            reason = getattr(error, "message", "") or str(error)
            self.ops.failed.emit(what, display_text(str(reason)))

        def done(_answer: object) -> None:
            self._retrying.discard(message_id)

        self.ops.run(send(), what="message.retry", on_done=done, on_error=refused)
        return True

    def open_attachment(self, message_id: int, attachment_id: int) -> bool:
        msg = self.message(message_id)
        found = next((a for a in msg.attachments if a.id == attachment_id), None) if msg else None
        return found is not None and self.attachments.open(found)

    def show_formatted(self, message_id: int) -> FormattedMailDialog | None:
        """Open the formatted view of an email; its inline images show once fetched."""
        msg = self.message(message_id)
        if msg is None or not msg.html:
            return None
        by_cid = {a.content_id.strip("<>"): a for a in msg.attachments if a.content_id}

        def image(cid: str) -> QImage | None:
            found = by_cid.get(cid.strip("<>"))
            path = self.reader.attachment_file(found.id) if found else None
            return QImage(str(path)) if path is not None else None

        dialog = FormattedMailDialog(msg, image, self.open_url, self.view)
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self.dialogs.remove(dialog))
        dialog.show()
        files = self.attachments.files
        missing = [a for a in by_cid.values() if self.reader.attachment_file(a.id) is None]
        if files is not None and missing:

            async def fetch() -> None:
                for attachment in missing:
                    await files.fetch(attachment)

            self.ops.run(
                fetch(),
                what="fetch inline images",
                on_done=lambda _n: dialog.show_html(),
                on_error=lambda _e: None,  # the view keeps the images' alt text
            )
        return dialog

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            index = self.view.currentIndex()
        msg = index.data(MESSAGE_ROLE)
        if not isinstance(msg, MessageRow):
            return
        menu = self.menu_for(msg)
        if menu.actions():
            menu.popup(self.view.viewport().mapToGlobal(pos))

    def menu_for(self, msg: MessageRow) -> QMenu:
        """The message's channel actions as a menu (the keyboard's way to them)."""
        menu = QMenu(self.view)
        menu.setObjectName("messageActions")
        if msg.delivery == "failed" and msg.direction == "out":
            menu.addAction(self.tr("Retry delivery"), lambda: self.retry(msg.id))
        if msg.quoted:
            unfolded = msg.id in self.delegate.unfolded
            text = self.tr("Hide quoted text") if unfolded else self.tr("Show quoted text")
            menu.addAction(text, lambda: self.delegate.toggle_quoted(msg.id))
        if msg.html:
            menu.addAction(self.tr("View formatted"), lambda: self.show_formatted(msg.id))
        for attachment in chips_of(msg):
            label = self.tr("Open {0} ({1})").format(
                display_text(attachment.name), size_text(attachment.size)
            )
            menu.addAction(label, functools.partial(self.attachments.open, attachment))
        return menu
